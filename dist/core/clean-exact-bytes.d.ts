import type { CleanOptions, ExactBytesPlan, Utf8Text } from './types.js';
/**
 * `parseText` then `cleanExactBlocks` on a UTF-8 text left as bytes, for the exact-only filter:
 * it parses and hashes the bytes, and decodes only the blocks it reports (and those whose key
 * needs the full fingerprint). The blocks, keys and removals are those of the decoded text;
 * the changes and counts are in its UTF-16 units, as the text path gives them.
 * @returns the changes, the byte ranges to cut, and the counts
 */
export declare function planExactBytes(source: Utf8Text, options?: Partial<CleanOptions>): ExactBytesPlan;
