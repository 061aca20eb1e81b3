/**
 * Yields `fn(item)` for every item, in input order, with up to `limit` calls started ahead of
 * the one being consumed (so reads overlap while the consumer works). `fn` must not reject:
 * a call still waiting when an earlier one throws would have nobody to report to.
 */
export declare function readInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R>;
/** The items of `head`, then those of `rest`. */
export declare function concat<T>(head: Iterable<T>, rest: AsyncIterable<T>): AsyncGenerator<T>;
