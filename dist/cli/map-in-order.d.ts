/**
 * Maps items through an async function with at most `limit` calls in flight, keeping the
 * results in input order (so output never depends on which read finished first).
 */
export declare function mapInOrder<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>, onDone?: () => void): Promise<R[]>;
