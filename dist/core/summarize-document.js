import { evidenceOf } from './document.js';
import { fingerprint, hashPlainWords } from './fingerprint.js';
import { segmentSentences } from './segment.js';
import { winnowInto } from './shingle-index.js';
import { sortDistinctInPlace } from './sorted-distinct.js';
import { keyHash } from './key-hash.js';
import { lineStartsOf } from './locate.js';
import { textHash } from './text-hash.js';
/**
 * What the cross-file analysis needs of a document (see `FileSummary`): its features (the kept
 * shingles of every block; shingles never span two blocks), and the key hash, place and text
 * hash of every evidence segment, in document order (so the analysis can run without the text).
 * Both come from the words' hashes the document holds. A sentence may recur in other files even
 * where nothing in its own file matches it, so the blocks `buildDocument` left whole are cut
 * into sentences here, as it would have cut them. Without `sentences`, only whole blocks are
 * segments and no block is cut for the summary, which then costs about a third as much.
 * @param locale and `minLength`: those the document was built with
 * @param sentences whether sentences inside blocks are segments too (see `AnalyzeFilesOptions.sentences`)
 */
export function summarizeDocument(doc, locale, minLength, sentences = true) {
    const segments = new SegmentRows(doc.source);
    const blockCount = doc.blocks.length;
    blockScratch = roomFor(blockScratch, 2 * blockCount);
    // Per block, side by side: 1 when it is evidence, and its number of sentences (zeroed: the
    // scratch holds the last document's).
    const blocks = blockScratch.fill(0, 0, 2 * blockCount);
    let features = 0;
    for (const model of doc.blocks) {
        const block = model.block.index;
        const hashes = model.wordHashes;
        featureScratch = roomFor(featureScratch, features + hashes.length);
        features = winnowInto(hashes, featureScratch, features);
        const whole = model.whole;
        blocks[2 * block] = whole.evidence === 'none' ? 0 : 1;
        if (whole.evidence !== 'none')
            segments.add(block, -1, whole.range.start, whole.range.end, keyHash(hashes, 0, hashes.length));
        if (!sentences)
            continue;
        if (model.cut) {
            blocks[2 * block + 1] = model.sentences.length;
            for (const sentence of model.sentences) {
                if (sentence.evidence === 'none')
                    continue;
                const { start, end } = sentence.range;
                segments.add(block, sentence.sentence, start, end, keyHash(hashes, sentence.firstWord, sentence.firstWord + sentence.fp.wordCount));
            }
        }
        else
            blocks[2 * block + 1] = addSentencesOf(doc.text, model, locale, minLength, segments);
    }
    const featureCount = sortDistinctInPlace(featureScratch.subarray(0, features));
    return segments.summary(featureScratch.subarray(0, featureCount), blocks, blockCount);
}
/** Per block of the document being summarised: evidence and sentences (see `summarizeDocument`). */
let blockScratch = new Int32Array(512);
/** Kept shingles of the document being summarised, reused from call to call. */
let featureScratch = new Int32Array(1 << 12);
/** `array`, or a copy twice as long, so that it holds `length` values. */
function roomFor(array, length) {
    if (array.length >= length)
        return array;
    const grown = new array.constructor(Math.max(length, 2 * array.length));
    grown.set(array);
    return grown;
}
/** Fields per segment in `SegmentRows`: block, sentence, start, end, line, column; and two hashes. */
const INT_FIELDS = 6;
const HASH_FIELDS = 2;
/**
 * The evidence segments of a summary as rows in two shared typed arrays, each field copied
 * out once at the end: eight lists of numbers grown a value at a time and copied cost more than
 * the rest of a paragraph-only summary. Segments come in text order (a block, then its
 * sentences), so their lines are found by walking the text's line starts once.
 */
class SegmentRows {
    text;
    count = 0;
    line = 0;
    lineStarts;
    constructor(text) {
        this.text = text;
        this.lineStarts = lineStartsOf(text);
    }
    add(block, sentence, start, end, key) {
        const { lineStarts } = this;
        while (this.line + 1 < lineStarts.length && lineStarts[this.line + 1] <= start)
            this.line++;
        intRows = roomFor(intRows, (this.count + 1) * INT_FIELDS);
        hashRows = roomFor(hashRows, (this.count + 1) * HASH_FIELDS);
        const at = this.count * INT_FIELDS;
        intRows[at] = block;
        intRows[at + 1] = sentence;
        intRows[at + 2] = start;
        intRows[at + 3] = end;
        intRows[at + 4] = this.line + 1;
        intRows[at + 5] = start - lineStarts[this.line] + 1;
        hashRows[this.count * HASH_FIELDS] = key;
        hashRows[this.count * HASH_FIELDS + 1] = textHash(this.text, start, end);
        this.count++;
    }
    /**
     * The summary with these segments, the features and the blocks' facts (evidence, sentences;
     * side by side), every array a view of one buffer: a folder's summaries are then a buffer
     * each (one transfer between threads, one object to collect), not eleven.
     */
    summary(features, blocks, blockCount) {
        const count = this.count;
        // Doubles first, then 32-bit integers, then bytes: every view starts aligned.
        const buffer = new ArrayBuffer(HASH_FIELDS * 8 * count + 4 * (features.length + INT_FIELDS * count + blockCount) + blockCount);
        let offset = 0;
        const take = (Kind, length) => {
            const view = new Kind(buffer, offset, length);
            offset += view.byteLength;
            return view;
        };
        const hashColumn = (field) => {
            const column = take(Float64Array, count);
            for (let row = 0; row < count; row++)
                column[row] = hashRows[row * HASH_FIELDS + field];
            return column;
        };
        const intColumn = (field) => {
            const column = take(Int32Array, count);
            for (let row = 0; row < count; row++)
                column[row] = intRows[row * INT_FIELDS + field];
            return column;
        };
        const keyHashes = hashColumn(0);
        const segmentTextHashes = hashColumn(1);
        const featureView = take(Int32Array, features.length);
        featureView.set(features);
        const segmentBlocks = intColumn(0);
        const segmentSentences = intColumn(1);
        const segmentStarts = intColumn(2);
        const segmentEnds = intColumn(3);
        const segmentLines = intColumn(4);
        const segmentColumns = intColumn(5);
        const blockSentences = take(Int32Array, blockCount);
        const blockEvidence = take(Uint8Array, blockCount);
        for (let block = 0; block < blockCount; block++) {
            blockEvidence[block] = blocks[2 * block];
            blockSentences[block] = blocks[2 * block + 1];
        }
        return {
            features: featureView,
            keyHashes,
            segmentBlocks,
            segmentSentences,
            segmentStarts,
            segmentEnds,
            segmentLines,
            segmentColumns,
            segmentTextHashes,
            blockEvidence,
            blockSentences,
        };
    }
}
/** The rows of `SegmentRows`, shared by the summaries made one after another. */
let intRows = new Int32Array(INT_FIELDS * 256);
let hashRows = new Float64Array(HASH_FIELDS * 256);
/**
 * Adds the evidence sentences `buildDocument` would have cut a block it left whole into: each
 * read alone has the words it has in its block (see `fingerprintBlock`). Where the document kept
 * the block's word ends, a sentence's words are those that end in it; else it is read again.
 * @returns how many sentences the block has (0 for one)
 */
function addSentencesOf(text, model, locale, minLength, segments) {
    const ranges = segmentSentences(text, model.block.content, locale, model.block.inline);
    if (ranges.length < 2)
        return 0;
    const ends = model.wordEnds;
    if (ends !== undefined) {
        const { offsets, letters } = ends;
        let first = 0;
        for (let sentence = 0; sentence < ranges.length; sentence++) {
            const { start, end } = ranges[sentence];
            let last = first;
            while (last < offsets.length && offsets[last] <= end)
                last++;
            const read = (last > 0 ? letters[last - 1] : 0) - (first > 0 ? letters[first - 1] : 0);
            if (evidenceOf(last - first, read, minLength) !== 'none')
                segments.add(model.block.index, sentence, start, end, keyHash(model.wordHashes, first, last));
            first = last;
        }
        return ranges.length;
    }
    for (let sentence = 0; sentence < ranges.length; sentence++) {
        const { start, end } = ranges[sentence];
        const plain = hashPlainWords(text, start, end);
        let hashes;
        let evidence;
        if (plain) {
            hashes = plain.hashes;
            evidence = evidenceOf(plain.hashes.length, plain.letters, minLength) !== 'none';
        }
        else {
            const words = [];
            const fp = fingerprint(text.slice(start, end), words);
            hashes = Int32Array.from(words);
            evidence = evidenceOf(fp.wordCount, fp.letters, minLength) !== 'none';
        }
        if (evidence)
            segments.add(model.block.index, sentence, start, end, keyHash(hashes, 0, hashes.length));
    }
    return ranges.length;
}
