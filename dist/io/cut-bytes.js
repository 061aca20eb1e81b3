/**
 * The bytes without the given ranges, moved together in place: no second copy of a large
 * input is allocated, so the caller must not use `bytes` afterwards.
 * @param removals sorted, disjoint ranges, as offsets from `from`
 * @param from where the offsets of `removals` count from (after a BOM that stays)
 * @returns a view of the start of `bytes`
 */
export function cutBytes(bytes, removals, from = 0) {
    let length = from + (removals[0]?.start ?? bytes.length - from);
    for (let i = 0; i < removals.length; i++) {
        const keptEnd = from + (removals[i + 1]?.start ?? bytes.length - from);
        const keptStart = from + removals[i].end;
        bytes.copyWithin(length, keptStart, keptEnd);
        length += keptEnd - keptStart;
    }
    return bytes.subarray(0, length);
}
