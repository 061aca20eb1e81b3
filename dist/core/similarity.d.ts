/**
 * Dice coefficient of the character bigrams of two texts, 0–1, exactly as string-similarity's
 * `compareTwoStrings` computes it: whitespace (`/\s/`) is removed first; texts equal after that
 * score 1; a text with fewer than 2 code units left scores 0; bigrams are pairs of UTF-16 code
 * units (case-sensitive, surrogate pairs split), counted as a multiset. Equal to the package's
 * value for every input, including the last bit.
 */
export declare function dice(a: string, b: string): number;
/**
 * Whether `dice(a, b) >= threshold` (threshold 0–1), always the same answer. Faster when the
 * answer is no: it returns before counting when `diceBound` of the lengths without whitespace
 * is below the threshold, and stops counting once too many bigrams have missed.
 */
export declare function diceAtLeast(a: string, b: string, threshold: number): boolean;
/**
 * Upper bound of `dice(a, b)` from lengths alone: Dice ≤ 2·min / (min + max).
 * Lets callers skip pairs that cannot reach a threshold. Holds only for lengths counted without
 * whitespace (in UTF-16 code units), since that is what `dice` compares.
 */
export declare function diceBound(lengthA: number, lengthB: number): number;
