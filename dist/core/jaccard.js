/**
 * Jaccard similarity of two sets given as ascending arrays without repeats: shared items over
 * all items, 0–1 (0 when both are empty). Linear in the sum of their lengths.
 */
export function jaccard(a, b) {
    let i = 0;
    let j = 0;
    let shared = 0;
    while (i < a.length && j < b.length) {
        const x = a[i];
        const y = b[j];
        if (x === y)
            shared++;
        if (x <= y)
            i++;
        if (y <= x)
            j++;
    }
    const union = a.length + b.length - shared;
    return union === 0 ? 0 : shared / union;
}
