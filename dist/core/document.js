import { fingerprint } from './fingerprint.js';
import { segmentSentences } from './segment.js';
/** Fewer words than this are never evidence, whatever their length (dates, `Share on X`). */
const MIN_EVIDENCE_WORDS = 4;
function evidenceOf(fp, minLength) {
    if (fp.words.length < MIN_EVIDENCE_WORDS)
        return 'none';
    if (fp.letters >= minLength)
        return 'full';
    // A short line printed twice word for word ("See it now: Amazon") is still an echo.
    return fp.letters >= minLength / 2 ? 'repeat' : 'none';
}
/**
 * Segments and fingerprints the blocks of a text.
 * @param minLength letters and digits a segment needs to count as evidence
 */
export function buildDocument(text, blocks, locale, minLength) {
    const segments = [];
    const add = (block, sentence, range, firstWord) => {
        const fp = fingerprint(text.slice(range.start, range.end));
        const evidence = evidenceOf(fp, minLength);
        const segment = { id: segments.length, block, sentence, range, fp, evidence, firstWord };
        segments.push(segment);
        return segment;
    };
    const models = blocks.map((block, index) => {
        const whole = add(index, -1, block.content, 0);
        const ranges = segmentSentences(text, block.content, locale);
        if (ranges.length < 2)
            return { block, whole, sentences: [] };
        let firstWord = 0;
        const sentences = ranges.map((range, sentence) => {
            const segment = add(index, sentence, range, firstWord);
            firstWord += segment.fp.words.length;
            return segment;
        });
        return { block, whole, sentences };
    });
    return { text, blocks: models, segments };
}
/** The text of a segment in the original. */
export const segmentText = (doc, segment) => doc.text.slice(segment.range.start, segment.range.end);
