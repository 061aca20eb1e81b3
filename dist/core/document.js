import { fingerprint, fingerprintFromWords, hashPlainWords, plainFingerprint, scanPlainWords } from './fingerprint.js';
import { blocksSharingShingles } from './shared-shingles.js';
import { segmentSentences } from './segment.js';
import { Int32Arena } from './int32-arena.js';
import { mapPacked } from './map-packed.js';
import { readingText } from './reading-text.js';
/**
 * Where the blocks' word hashes live (see `Int32Arena`): buffers of 64 KB shared by the
 * documents built one after another, each kept alive by the documents that use it.
 */
const wordHashArena = new Int32Arena(1 << 14);
/** Where the blocks' word ends live, when a document keeps them. */
const wordEndArena = new Int32Arena(1 << 14);
/** Fewer words than this are never evidence, whatever their length (dates, `Share on X`). */
const MIN_EVIDENCE_WORDS = 4;
/**
 * What a segment of `words` words and `letters` letters and digits can be matched as (see
 * `Segment.evidence`); the exact-only path uses the same rule.
 */
export function evidenceOf(words, letters, minLength) {
    if (words < MIN_EVIDENCE_WORDS)
        return 'none';
    if (letters >= minLength)
        return 'full';
    // A short line printed twice word for word ("See it now: Amazon") is still an echo.
    return letters >= minLength / 2 ? 'repeat' : 'none';
}
/**
 * The sentences of a block that hold any of its words `[first, end)` (word indices among the
 * block's words, as `Match.span` gives them), in order; none when the block was not cut.
 */
export function sentencesTouching(model, span) {
    const [first, end] = span;
    return model.sentences.filter((sentence) => sentence.firstWord < end && first < sentence.firstWord + sentence.fp.wordCount);
}
/**
 * Segments and fingerprints the blocks of a text, as matching reads it (see `readingText`).
 * @param source the original text
 * @param minLength letters and digits a segment needs to count as evidence
 * @param cutRule which blocks are cut into sentences (see `CutRule`)
 * @param keepWordEnds keep where each word of a plain block ends, so that a summary can find
 *   the words of the sentences of a block left whole without reading it again
 */
export function buildDocument(source, blocks, locale, minLength, cutRule = 'shared', keepWordEnds = false) {
    const text = readingText(source, blocks);
    const segments = [];
    const add = (block, sentence, range, fp, firstWord, evidence) => {
        const segment = { id: segments.length, block, sentence, range, fp, evidence, firstWord };
        segments.push(segment);
        return segment;
    };
    const scans = mapPacked(blocks, (block) => scanBlock(text, block, locale, wordHashArena, keepWordEnds));
    const repeats = repeatsOf(mapPacked(scans, (scan) => scan.hashes), mapPacked(scans, (scan) => evidenceOf(scan.hashes.length, scan.letters, minLength)));
    const models = mapPacked(blocks, (block, index) => {
        const scan = scans[index];
        // A block that shares no word 3-gram with another block nor repeats one of its own has no
        // sentence that can match another (see `CandidateFinder`): cutting it into sentences would
        // cost most of its share of the work and find nothing. For cleaning (`shared`), the first
        // block is cut anyway, as the title rule asks whether it is one sentence; and a block read as
        // sentences from the start is cut under every rule.
        const cut = scan.done !== undefined || cutRule === 'all' || (cutRule === 'shared' && (index === 0 || repeats[index] !== 0));
        const { whole, ranges, parts, hashes } = cut ? segmentBlock(text, block, locale, scan) : wholeOnly(scan);
        const wholeSegment = add(index, -1, block.content, whole, 0, evidenceOf(whole.wordCount, whole.letters, minLength));
        let firstWord = 0;
        const sentences = mapPacked(ranges, (range, sentence) => {
            const fp = parts[sentence];
            const segment = add(index, sentence, range, fp, firstWord, evidenceOf(fp.wordCount, fp.letters, minLength));
            firstWord += fp.wordCount;
            return segment;
        });
        return { block, whole: wholeSegment, sentences, wordHashes: hashes, cut, wordEnds: scan.ends };
    });
    return { text, source, blocks: models, segments, repeats };
}
/** `blocksSharingShingles` over the blocks that are evidence. */
function repeatsOf(hashes, evidence) {
    const none = new Int32Array(0);
    return blocksSharingShingles(mapPacked(hashes, (words, index) => (evidence[index] === 'none' ? none : words)));
}
/**
 * A combining mark that follows no letter, digit or mark: it starts a word, and after a sentence
 * end (which it does not move) it joins the next sentence's first word only in the whole text.
 */
const ORPHAN_MARK = /(?<![\p{L}\p{N}\p{M}])\p{M}/u;
function scanBlock(text, block, locale, arena, keepEnds = false) {
    const { content } = block;
    const blockText = text.slice(content.start, content.end);
    const scratch = keepEnds ? endScratchFor(content.end - content.start) : undefined;
    const plain = hashPlainWords(text, content.start, content.end, arena, scratch);
    if (plain) {
        if (scratch === undefined)
            return { blockText, hashes: plain.hashes, letters: plain.letters, ends: undefined, whole: undefined, done: undefined };
        const count = plain.hashes.length;
        const ends = { offsets: wordEndArena.copy(scratch.offsets, count), letters: wordEndArena.copy(scratch.letters, count) };
        return { blockText, hashes: plain.hashes, letters: plain.letters, ends, whole: undefined, done: undefined };
    }
    if (blockText.includes('`') || ORPHAN_MARK.test(blockText)) {
        const done = fingerprintSentences(text, content, segmentSentences(text, content, locale, block.inline), blockText);
        return { blockText, hashes: done.hashes, letters: done.whole.letters, ends: undefined, whole: undefined, done };
    }
    const hashes = [];
    const whole = fingerprint(blockText, hashes);
    return { blockText, hashes: Int32Array.from(hashes), letters: whole.letters, ends: undefined, whole, done: undefined };
}
/** Word ends of the block being scanned, reused from block to block. */
let endScratch = { offsets: new Int32Array(1024), letters: new Int32Array(1024) };
/** `endScratch`, with room for the words of a text of `length` characters (a word takes a character and a separator). */
function endScratchFor(length) {
    const most = (length >> 1) + 1;
    if (endScratch.offsets.length < most)
        endScratch = { offsets: new Int32Array(2 * most), letters: new Int32Array(2 * most) };
    return endScratch;
}
/** A block left whole: its words are made only if something reads them. */
function wholeOnly(scan) {
    const whole = scan.whole ?? plainFingerprint(scan.blockText, scan.hashes.length, scan.letters);
    return { whole, ranges: [], parts: [], hashes: scan.hashes };
}
/**
 * The fingerprint of a block's content and of its sentences (none when it is one sentence);
 * the block's words are its sentences' words.
 */
export function fingerprintBlock(text, content, locale) {
    return segmentBlock(text, { content }, locale, scanBlock(text, { content }, locale));
}
/** Cuts a scanned block into sentences; one scan of the block, its words dealt out to the sentences they start in. */
function segmentBlock(text, block, locale, scan) {
    if (scan.done)
        return scan.done;
    const { content } = block;
    const ranges = segmentSentences(text, content, locale, block.inline);
    if (ranges.length < 2)
        return wholeOnly(scan);
    if (scan.whole)
        return fingerprintSentences(text, content, ranges, scan.blockText);
    // The same scan as `hashPlainWords`, which read this block: it cannot fail here.
    const scanned = scanPlainWords(scan.blockText);
    let at = 0;
    const parts = mapPacked(ranges, (range) => {
        const from = at;
        while (at < scanned.starts.length && scanned.starts[at] < range.end - content.start)
            at++;
        return fingerprintFromWords(text.slice(range.start, range.end), scanned.words.slice(from, at));
    });
    return { whole: fingerprintFromWords(scan.blockText, scanned.words), ranges, parts, hashes: scan.hashes };
}
/** For text the quick scan does not read: each sentence normalised on its own, the block's words joined from theirs. */
function fingerprintSentences(text, content, ranges, blockText) {
    const hashes = [];
    if (ranges.length < 2) {
        const whole = fingerprint(blockText, hashes);
        return { whole, ranges: [], parts: [], hashes: Int32Array.from(hashes) };
    }
    const parts = mapPacked(ranges, (range) => fingerprint(text.slice(range.start, range.end), hashes));
    return { whole: joinFingerprints(blockText, parts), ranges, parts, hashes: Int32Array.from(hashes) };
}
/** The fingerprint of a block from its sentences'; the normalised text is made when asked for. */
function joinFingerprints(text, parts) {
    // A plain loop: flatMap costs a tenth of the whole run here.
    const words = [];
    for (const part of parts)
        for (const word of part.words)
            words.push(word);
    return fingerprintFromWords(text, words);
}
/** The text of a segment in the original. */
export const segmentText = (doc, segment) => doc.text.slice(segment.range.start, segment.range.end);
