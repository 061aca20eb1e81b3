import { lastAtOrBefore } from './last-at-or-before.js';
import { utf16Excess } from './utf8-chars.js';
/**
 * Maps the blocks of a byte string of UTF-8 (see `utf8-chars.ts`) to their places in the text
 * it encodes, without decoding it. One pass reads the bytes between blocks (line breaks and
 * spaces, mostly); what a block's own bytes add comes from its key hash.
 */
export class Utf16Places {
    chars;
    /** Byte offset of each block's content end. */
    ends;
    /** Bytes over UTF-16 units before each block's content end. */
    excessAtEnd;
    starts;
    lines;
    columns;
    /**
     * @param blocks the blocks of `chars`, in text order, with byte offsets
     * @param excess each block's own bytes over UTF-16 units (see `KeyFacts.excess`)
     */
    constructor(chars, blocks, excess) {
        this.chars = chars;
        const { count } = blocks;
        this.ends = new Float64Array(count);
        this.excessAtEnd = new Float64Array(count);
        this.starts = new Float64Array(count);
        this.lines = new Float64Array(count);
        this.columns = new Float64Array(count);
        let total = 0;
        let line = 1;
        let lineStart = 0;
        let from = 0;
        for (let index = 0; index < count; index++) {
            const start = blocks.contentStart[index];
            const end = blocks.contentEnd[index];
            for (let at = from; at < start; at++) {
                const byte = chars.charCodeAt(at);
                if (byte === 0x0a) {
                    line++;
                    lineStart = at + 1 - total;
                }
                else if (byte >= 0x80)
                    total += byte < 0xc0 ? 1 : byte >= 0xf0 ? -1 : 0;
            }
            this.starts[index] = start - total;
            this.lines[index] = line;
            this.columns[index] = start - total - lineStart + 1;
            // A hard-wrapped block spans lines. Its last line's start is never needed: a line break
            // always comes between two blocks, and sets it again.
            for (let at = chars.indexOf('\n', start); at !== -1 && at < end; at = chars.indexOf('\n', at + 1))
                line++;
            total += excess[index];
            this.ends[index] = end;
            this.excessAtEnd[index] = total;
            from = end;
        }
    }
    /** The place of the block with index `index`. */
    place(index) {
        return { start: this.starts[index], end: this.ends[index] - this.excessAtEnd[index], line: this.lines[index], column: this.columns[index] };
    }
    /** The UTF-16 offset of byte `offset` (which starts a character). */
    toUtf16(offset) {
        // Counted from the end of the last block that ends at or before the offset.
        const block = lastAtOrBefore(this.ends, offset);
        const from = block < 0 ? 0 : this.ends[block];
        const before = block < 0 ? 0 : this.excessAtEnd[block];
        return offset - before - utf16Excess(this.chars, from, offset);
    }
}
