/**
 * A 53-bit hash of a stretch of text as written (`text` from `start` to `end`), read in place:
 * the summary of a file names each segment's exact text by it, so that a report can quote
 * boilerplate without holding every file's text (see `segmentsToQuote`).
 */
export declare function textHash(text: string, start: number, end: number): number;
