/**
 * A binary search: the index of the last value at or before `value` in an ascending list.
 * @returns the index, or -1 when every value is after `value`
 */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  let low = -1;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
