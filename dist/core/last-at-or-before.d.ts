/**
 * A binary search: the index of the last value at or before `value` in an ascending list.
 * @returns the index, or -1 when every value is after `value`
 */
export declare function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number;
