import type { DocumentModel } from './document.js';
import type { WordHasher } from './shingle-index.js';
/**
 * The features two near-duplicate documents share: the kept (winnowed) word 3-gram shingle
 * hashes of every block, without repeats, in ascending order. Shingles never span two blocks.
 */
export declare function documentFeatures(doc: DocumentModel, hasher: WordHasher): number[];
