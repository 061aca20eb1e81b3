/**
 * A 53-bit hash of a stretch of text as written (`text` from `start` to `end`), read in place:
 * the summary of a file names each segment's exact text by it, so that a report can quote
 * boilerplate without holding every file's text (see `segmentsToQuote`).
 */
export function textHash(text, start, end) {
    let high = 0x811c9dc5;
    let low = end - start;
    for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        high = Math.imul(high ^ code, 0x01000193);
        low = Math.imul(low ^ code, 0x5bd1e995);
    }
    low ^= high >>> 13;
    return (high >>> 0) * 0x200000 + ((low >>> 0) & 0x1fffff);
}
