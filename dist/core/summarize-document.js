import { winnowHashes } from './shingle-index.js';
import { sortedDistinct } from './sorted-distinct.js';
import { keyHash } from './key-hash.js';
/**
 * What the cross-file analysis needs of a document (see `FileSummary`): its features (the kept
 * shingles of every block; shingles never span two blocks), and the key hash and place of every
 * evidence segment, in document order. Both come from the words' hashes the document holds.
 */
export function summarizeDocument(doc) {
    if (doc.blocks.some((model) => !model.cut))
        throw new Error('summarizeDocument needs a document cut into sentences throughout (buildDocument with segmentAll)');
    let count = 0;
    for (const segment of doc.segments)
        if (segment.evidence !== 'none')
            count++;
    const keyHashes = new Float64Array(count);
    const segmentBlocks = new Int32Array(count);
    const segmentSentences = new Int32Array(count);
    const segmentStarts = new Int32Array(count);
    const segmentEnds = new Int32Array(count);
    const blockEvidence = new Uint8Array(doc.blocks.length);
    const blockSentences = new Int32Array(doc.blocks.length);
    const shingles = [];
    let at = 0;
    // Segments are in document order, a block's whole before its sentences (see `buildDocument`).
    for (const segment of doc.segments) {
        const model = doc.blocks[segment.block];
        const hashes = model.wordHashes;
        if (segment.sentence < 0) {
            for (const shingle of winnowHashes(hashes))
                shingles.push(shingle);
            blockEvidence[segment.block] = segment.evidence === 'none' ? 0 : 1;
            blockSentences[segment.block] = model.sentences.length;
        }
        if (segment.evidence === 'none')
            continue;
        const from = segment.sentence < 0 ? 0 : segment.firstWord;
        keyHashes[at] = keyHash(hashes, from, from + segment.fp.wordCount);
        segmentBlocks[at] = segment.block;
        segmentSentences[at] = segment.sentence;
        segmentStarts[at] = segment.range.start;
        segmentEnds[at] = segment.range.end;
        at++;
    }
    return { features: sortedDistinct(Int32Array.from(shingles)), keyHashes, segmentBlocks, segmentSentences, segmentStarts, segmentEnds, blockEvidence, blockSentences };
}
