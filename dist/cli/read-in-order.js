/**
 * Yields `fn(item)` for every item, in input order, with up to `limit` calls started ahead of
 * the one being consumed (so reads overlap while the consumer works). `fn` must not reject:
 * a call still waiting when an earlier one throws would have nobody to report to.
 */
export async function* readInOrder(items, limit, fn) {
    const ahead = [];
    let next = 0;
    const fill = () => {
        while (next < items.length && ahead.length < limit) {
            ahead.push(fn(items[next]));
            next += 1;
        }
    };
    fill();
    while (ahead.length > 0) {
        const result = await ahead.shift();
        fill();
        yield result;
    }
}
/** The items of `head`, then those of `rest`. */
export async function* concat(head, rest) {
    yield* head;
    yield* rest;
}
