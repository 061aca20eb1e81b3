/**
 * The first index of a sorted list (or of its part from `low` to `high`) whose value is not
 * below `value` (binary search).
 */
export function lowerBound(list: ArrayLike<number>, value: number, low = 0, high = list.length): number {
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
