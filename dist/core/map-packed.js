/**
 * `items.map(fn)` that always returns a packed array. The array `Array.prototype.map` returns
 * is packed while the caller runs in the interpreter and holey once TurboFan has optimised it,
 * so the code that reads such arrays sees a second (and fourth) map mid-run and deoptimises:
 * every worker paid for those recompilations while warming up. A loop of `push` keeps one
 * elements kind in every tier.
 */
export function mapPacked(items, fn) {
    const mapped = [];
    for (let index = 0; index < items.length; index++)
        mapped.push(fn(items[index], index));
    return mapped;
}
