import type { Int32Arena } from './int32-arena.js';
/**
 * The values ascending, each once, as a new compact array (from `arena` when given); `values`
 * is sorted in place on the way (a sort and a sweep cost less than a set). The few of a
 * sentence are sorted by insertion: the built-in sort costs more there.
 */
export declare function sortedDistinct(values: Int32Array, arena?: Int32Arena): Int32Array;
/** Sorts `values` ascending and moves each value once to its front: how many values that leaves. */
export declare function sortDistinctInPlace(values: Int32Array): number;
/** Sorts a few numbers ascending in place, by insertion (the built-in sort costs more for a few, and copies an array first). */
export declare function insertionSort(values: Int32Array | number[]): void;
