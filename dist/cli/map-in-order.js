/**
 * Maps items through an async function with at most `limit` calls in flight, keeping the
 * results in input order (so output never depends on which read finished first).
 */
export async function mapInOrder(items, limit, fn, onDone) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await fn(items[index]);
            onDone?.();
            // File calls are synchronous, so without this a run on the main thread would never give
            // the event loop a turn: the progress bar's timer would wait for the last file.
            await new Promise((resolve) => setImmediate(resolve));
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
