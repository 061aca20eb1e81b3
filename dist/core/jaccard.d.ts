/**
 * Jaccard similarity of two sets given as ascending arrays without repeats: shared items over
 * all items, 0–1 (0 when both are empty). Linear in the sum of their lengths.
 */
export declare function jaccard(a: readonly number[], b: readonly number[]): number;
