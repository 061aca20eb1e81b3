/**
 * The first index of a sorted list (or of its part from `low` to `high`) whose value is not
 * below `value` (binary search).
 */
export declare function lowerBound(list: ArrayLike<number>, value: number, low?: number, high?: number): number;
