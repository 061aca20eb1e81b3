import { lastAtOrBefore } from './last-at-or-before.js';
import { utf16Excess } from './utf8-chars.js';
/**
 * Maps byte offsets of a byte string of UTF-8 (see `utf8-chars.ts`) to UTF-16 offsets of the
 * text it encodes, without decoding it: the excess of bytes over code units is known at the
 * end of every block, so only the bytes from the block before an offset are counted.
 */
export class Utf16Offsets {
    chars;
    /** Byte offset of each block's content end. */
    ends;
    /** Bytes minus UTF-16 units before each block's content end. */
    excessAtEnd;
    /**
     * @param blocks the blocks of `chars`, in text order, with byte offsets
     * @param excess each block's own excess of bytes over UTF-16 units (see `KeyFacts.excess`)
     */
    constructor(chars, blocks, excess) {
        this.chars = chars;
        this.ends = new Float64Array(blocks.length);
        this.excessAtEnd = new Float64Array(blocks.length);
        let total = 0;
        let previousEnd = 0;
        for (const { index, content } of blocks) {
            // The bytes between blocks are mostly line breaks and spaces: counting them is cheap.
            total += utf16Excess(chars, previousEnd, content.start) + excess[index];
            this.ends[index] = content.end;
            this.excessAtEnd[index] = total;
            previousEnd = content.end;
        }
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
