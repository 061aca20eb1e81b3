/**
 * Yields `fn(item)` for every item, in input order, with up to `limit` calls started ahead of
 * the one being consumed (so reads overlap while the consumer works). `fn` must not reject:
 * a call still waiting when an earlier one throws would have nobody to report to.
 */
export async function* readInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const ahead: Promise<R>[] = [];
  let next = 0;
  const fill = (): void => {
    while (next < items.length && ahead.length < limit) {
      ahead.push(fn(items[next] as T));
      next += 1;
    }
  };
  fill();
  while (ahead.length > 0) {
    const result = await (ahead.shift() as Promise<R>);
    fill();
    yield result;
  }
}

/** The items of `head`, then those of `rest`. */
export async function* concat<T>(head: Iterable<T>, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield* head;
  yield* rest;
}
