/**
 * Dice coefficient of the character bigrams of two texts, 0–1, exactly as string-similarity
 * computes it (whitespace ignored, case-sensitive, 1 for equal texts). The only module that
 * imports string-similarity, so every threshold is read against one definition.
 */
export declare function dice(a: string, b: string): number;
/**
 * Upper bound of `dice(a, b)` from lengths alone: Dice ≤ 2·min / (min + max).
 * Lets callers skip pairs that cannot reach a threshold.
 */
export declare function diceBound(lengthA: number, lengthB: number): number;
/** Whether two texts are near-duplicates at `threshold` (0–1). */
export declare function isNear(a: string, b: string, threshold: number): boolean;
