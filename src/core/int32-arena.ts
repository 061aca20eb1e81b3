/**
 * Small typed arrays carved out of shared buffers: a typed array of its own costs an allocation
 * of about 0.6 µs, a view into a buffer a tenth of that, and a document has a word-hash array per
 * block (75,000 in the 20 MB bench folder). A buffer lives as long as any view into it, and
 * views are never written once kept, so documents may share an arena.
 */
export class Int32Arena {
  private buffer = new Int32Array(0);
  private used = 0;

  /** @param chunk entries per shared buffer; longer arrays get their own */
  constructor(private readonly chunk: number) {}

  /** A copy of `source`'s first `count` entries: a view into the shared buffer, or an array of its own when longer than a chunk. */
  copy(source: Int32Array, count: number): Int32Array {
    if (count > this.chunk) return source.slice(0, count);
    if (count > this.buffer.length - this.used) {
      this.buffer = new Int32Array(this.chunk);
      this.used = 0;
    }
    const at = this.used;
    for (let i = 0; i < count; i++) this.buffer[at + i] = source[i]!;
    this.used += count;
    return this.buffer.subarray(at, at + count);
  }
}
