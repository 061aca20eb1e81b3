import type { Range } from '../core/types.js';
/**
 * The bytes without the given ranges, moved together in place: no second copy of a large
 * input is allocated, so the caller must not use `bytes` afterwards.
 * @param removals sorted, disjoint ranges, as offsets from `from`
 * @param from where the offsets of `removals` count from (after a BOM that stays)
 * @returns a view of the start of `bytes`
 */
export declare function cutBytes(bytes: Uint8Array, removals: readonly Range[], from?: number): Uint8Array;
