/**
 * Overlap coefficient of two sets given as ascending arrays without repeats: the items they
 * share over the items of the smaller one, 0–1 (0 when either is empty). Unlike Jaccard, it
 * does not fall when one side carries its own header and footer around the same story.
 * Linear in the sum of their lengths.
 */
export function overlap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : shared / smaller;
}
