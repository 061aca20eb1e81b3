/** The first items of a stream, read to choose the worker count, and that count. */
export interface ReadAhead<T> {
    readonly head: T[];
    readonly workers: number;
}
/**
 * Reads a stream of inputs ahead until they reach `POOL_MIN_BYTES` (or it ends), so a small run
 * never starts a worker and a large one starts them while the rest is still being read; then
 * sizes the pool (see `workerCount`; `UNECHO_WORKERS` decides without reading ahead).
 */
export declare function readAhead<T>(env: Readonly<Record<string, string | undefined>>, items: AsyncIterator<T>, bytesOf: (item: T) => number): Promise<ReadAhead<T>>;
