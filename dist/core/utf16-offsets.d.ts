import type { Block } from './types.js';
/**
 * Maps byte offsets of a byte string of UTF-8 (see `utf8-chars.ts`) to UTF-16 offsets of the
 * text it encodes, without decoding it: the excess of bytes over code units is known at the
 * end of every block, so only the bytes from the block before an offset are counted.
 */
export declare class Utf16Offsets {
    private readonly chars;
    /** Byte offset of each block's content end. */
    private readonly ends;
    /** Bytes minus UTF-16 units before each block's content end. */
    private readonly excessAtEnd;
    /**
     * @param blocks the blocks of `chars`, in text order, with byte offsets
     * @param excess each block's own excess of bytes over UTF-16 units (see `KeyFacts.excess`)
     */
    constructor(chars: string, blocks: readonly Block[], excess: ArrayLike<number>);
    /** The UTF-16 offset of byte `offset` (which starts a character). */
    toUtf16(offset: number): number;
}
