/**
 * Overlap coefficient of two sets given as ascending arrays without repeats: the items they
 * share over the items of the smaller one, 0–1 (0 when either is empty). Unlike Jaccard, it
 * does not fall when one side carries its own header and footer around the same story.
 * Linear in the sum of their lengths.
 */
export declare function overlap(a: ArrayLike<number>, b: ArrayLike<number>): number;
