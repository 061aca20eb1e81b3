import { resolveOptions } from './options.js';
import { DECODE_FIRST, byteKeyHash, exactKeyHash, sameExactKey } from './exact-key.js';
import { findRepeats } from './find-repeats.js';
import { parseTextColumns } from './parse-text.js';
import { removalEdits } from './plan-edits.js';
import { UTF8_BYTES } from './text-units.js';
import { Utf16Places } from './utf16-places.js';
import { exactStats, repeatChange } from './clean-exact.js';
/**
 * `parseText` then `cleanExactBlocks` on a UTF-8 text left as bytes, for the exact-only filter:
 * it parses and hashes the bytes, and decodes only the blocks it reports (and those whose key
 * needs the full fingerprint). The blocks, keys and removals are those of the decoded text;
 * the changes and counts are in its UTF-16 units, as the text path gives them.
 * @returns the changes, the byte ranges to cut, and the counts
 */
export function planExactBytes(source, options = {}) {
    const { bytes, chars } = source;
    // Columns, not block objects: a large input has hundreds of thousands of blocks.
    const blocks = parseTextColumns(chars, UTF8_BYTES);
    const { count, contentStart, contentEnd } = blocks;
    const { minLength } = resolveOptions(options);
    // Bytes over UTF-16 units in each block (0 for ASCII), and the texts decoded so far.
    const excess = new Float64Array(count);
    const texts = new Array(count);
    const decoder = new TextDecoder();
    const decode = (index) => decoder.decode(bytes.subarray(contentStart[index], contentEnd[index]));
    const textOf = (index) => (texts[index] ??= excess[index] === 0 ? chars.slice(contentStart[index], contentEnd[index]) : decode(index));
    const hashOf = (index, facts) => {
        const start = contentStart[index];
        const end = contentEnd[index];
        const hash = byteKeyHash(chars, start, end, facts);
        if (hash !== DECODE_FIRST) {
            excess[index] = facts.excess;
            return hash;
        }
        const text = (texts[index] = decode(index));
        excess[index] = end - start - text.length;
        return exactKeyHash(text, 0, text.length, facts);
    };
    const sameKey = (kept, echo) => {
        // A copy byte for byte has its twin's text, decoded once.
        if (chars.slice(contentStart[kept], contentEnd[kept]) === chars.slice(contentStart[echo], contentEnd[echo])) {
            texts[echo] ??= textOf(kept);
            return true;
        }
        return sameExactKey(textOf(kept), textOf(echo));
    };
    const removed = findRepeats(count, minLength, hashOf, sameKey);
    const ranges = removed.map(({ echo }) => ({ start: blocks.removalStart[echo], end: blocks.removalEnd[echo] }));
    const removals = removalEdits(chars, ranges, { units: UTF8_BYTES }).map((edit) => edit.range);
    if (removed.length === 0)
        return { changes: [], removals, stats: exactStats(count, 0, 0) };
    const places16 = new Utf16Places(chars, blocks, excess);
    // A block kept for many echoes (a boilerplate line) is placed once.
    const places = new Array(count);
    const place = (index) => {
        if (places[index] !== undefined)
            return places[index];
        const { start, end, line, column } = places16.place(index);
        return (places[index] = { start, end, text: textOf(index), line, column });
    };
    let removedChars = 0;
    for (const { start, end } of removals)
        removedChars += places16.toUtf16(end) - places16.toUtf16(start);
    return {
        changes: removed.map(({ echo, kept }) => repeatChange(place(echo), place(kept))),
        removals,
        stats: exactStats(count, removed.length, removedChars),
    };
}
