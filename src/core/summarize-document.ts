import type { DocumentModel, Segment } from './document.js';
import { winnowHashes } from './shingle-index.js';
import type { FileSummary } from './types.js';

/**
 * What the cross-file analysis needs of a document (see `FileSummary`): its features (the kept
 * shingles of every block; shingles never span two blocks), and the key hash and place of every
 * evidence segment, in document order. Both come from the words' hashes the document holds.
 */
export function summarizeDocument(doc: DocumentModel): FileSummary {
  const features = new Set<number>();
  const evidence: { segment: Segment; hash: number }[] = [];
  for (const model of doc.blocks) {
    const hashes = model.wordHashes;
    for (const shingle of winnowHashes(hashes)) features.add(shingle);
    for (const segment of [model.whole, ...model.sentences]) {
      if (segment.evidence === 'none') continue;
      const own = segment.sentence < 0 ? hashes : hashes.subarray(segment.firstWord, segment.firstWord + segment.fp.words.length);
      evidence.push({ segment, hash: keyHash(own) });
    }
  }
  return {
    features: Int32Array.from(features).sort(),
    keyHashes: Float64Array.from(evidence, ({ hash }) => hash),
    segmentBlocks: Int32Array.from(evidence, ({ segment }) => segment.block),
    segmentSentences: Int32Array.from(evidence, ({ segment }) => segment.sentence),
    segmentStarts: Int32Array.from(evidence, ({ segment }) => segment.range.start),
    segmentEnds: Int32Array.from(evidence, ({ segment }) => segment.range.end),
    blockEvidence: Uint8Array.from(doc.blocks, (model) => (model.whole.evidence === 'none' ? 0 : 1)),
    blockSentences: Int32Array.from(doc.blocks, (model) => model.sentences.length),
  };
}

/**
 * A 53-bit hash of a key given as its words' hashes. Equal keys always hash alike; different
 * keys collide only when their words' hashes do, and the analysis compares the keys of every
 * hash it reports, so a collision costs a comparison, never a wrong finding.
 */
function keyHash(words: Int32Array): number {
  let high = 0x811c9dc5;
  let low = words.length;
  for (let i = 0; i < words.length; i++) {
    high = Math.imul(high ^ words[i]!, 0x01000193);
    low = Math.imul(low ^ words[i]!, 0x5bd1e995) ^ (high >>> 15);
  }
  return (high >>> 0) * 0x200000 + ((low >>> 0) & 0x1fffff);
}
