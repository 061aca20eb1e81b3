import type { Range } from './types.js';
/**
 * Cuts `range` of `text` into sentences with `Intl.Segmenter`, then glues back the cuts it
 * makes after abbreviations and initials.
 * @param inline for Markdown (see `Block.inline`): spans no cut may fall inside
 * @returns sentence ranges (UTF-16 offsets into `text`), leading and trailing whitespace excluded
 */
export declare function segmentSentences(text: string, range: Range, locale: string, inline?: readonly Range[]): Range[];
