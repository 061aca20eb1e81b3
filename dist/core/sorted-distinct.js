/**
 * The values ascending, each once, as a new compact array (from `arena` when given); `values`
 * is sorted in place on the way (a sort and a sweep cost less than a set). The few of a
 * sentence are sorted by insertion: the built-in sort costs more there.
 */
export function sortedDistinct(values, arena) {
    const length = sortDistinctInPlace(values);
    return arena ? arena.copy(values, length) : values.slice(0, length);
}
/** Sorts `values` ascending and moves each value once to its front: how many values that leaves. */
export function sortDistinctInPlace(values) {
    if (values.length > 32)
        values.sort();
    else
        insertionSort(values);
    let length = 0;
    for (let i = 0; i < values.length; i++)
        if (i === 0 || values[i] !== values[i - 1])
            values[length++] = values[i];
    return length;
}
/** Sorts a few numbers ascending in place, by insertion (the built-in sort costs more for a few, and copies an array first). */
export function insertionSort(values) {
    for (let i = 1; i < values.length; i++) {
        const value = values[i];
        let j = i - 1;
        while (j >= 0 && values[j] > value) {
            values[j + 1] = values[j];
            j--;
        }
        values[j + 1] = value;
    }
}
