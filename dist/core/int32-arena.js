/**
 * Small typed arrays carved out of shared buffers: a typed array of its own costs an allocation
 * of about 0.6 µs, a view into a buffer a tenth of that, and a document has a word-hash array per
 * block (75,000 in the 20 MB bench folder). A buffer lives as long as any view into it, and
 * views are never written once kept, so documents may share an arena.
 */
export class Int32Arena {
    chunk;
    buffer = new Int32Array(0);
    used = 0;
    /** @param chunk entries per shared buffer; longer arrays get their own */
    constructor(chunk) {
        this.chunk = chunk;
    }
    /**
     * Room for an array of at most `most` entries, to be written from index 0 and then kept with
     * `keep` (before the next call to `room` or `copy`).
     */
    room(most) {
        if (most > this.chunk)
            return new Int32Array(most);
        if (most > this.buffer.length - this.used) {
            this.buffer = new Int32Array(this.chunk);
            this.used = 0;
        }
        return this.buffer.subarray(this.used, this.used + most);
    }
    /** The first `count` entries of the array `room` last gave, kept. */
    keep(room, count) {
        if (room.buffer !== this.buffer.buffer)
            return room.slice(0, count);
        this.used += count;
        return room.subarray(0, count);
    }
    /** A copy of `source`'s first `count` entries. */
    copy(source, count) {
        const room = this.room(count);
        for (let i = 0; i < count; i++)
            room[i] = source[i];
        return this.keep(room, count);
    }
}
