import stringSimilarity from 'string-similarity';
/**
 * Dice coefficient of the character bigrams of two texts, 0–1, exactly as string-similarity
 * computes it (whitespace ignored, case-sensitive, 1 for equal texts). The only module that
 * imports string-similarity, so every threshold is read against one definition.
 */
export function dice(a, b) {
    return stringSimilarity.compareTwoStrings(a, b);
}
/**
 * Upper bound of `dice(a, b)` from lengths alone: Dice ≤ 2·min / (min + max).
 * Lets callers skip pairs that cannot reach a threshold.
 */
export function diceBound(lengthA, lengthB) {
    const low = Math.min(lengthA, lengthB);
    const high = Math.max(lengthA, lengthB);
    return high === 0 ? 1 : (2 * low) / (low + high);
}
/** Whether two texts are near-duplicates at `threshold` (0–1). */
export function isNear(a, b, threshold) {
    if (diceBound(a.length, b.length) < threshold)
        return false;
    return dice(a, b) >= threshold;
}
