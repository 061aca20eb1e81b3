import type { DocumentModel } from './document.js';
import { winnow } from './shingle-index.js';
import type { WordHasher } from './shingle-index.js';

/**
 * The features two near-duplicate documents share: the kept (winnowed) word 3-gram shingle
 * hashes of every block, without repeats, in ascending order. Shingles never span two blocks.
 */
export function documentFeatures(doc: DocumentModel, hasher: WordHasher): number[] {
  const features = new Set<number>();
  for (const model of doc.blocks) {
    for (const shingle of winnow(model.whole.fp.words, hasher)) features.add(shingle);
  }
  return [...features].sort((a, b) => a - b);
}
