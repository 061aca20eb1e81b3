import type { BlockColumns } from './types.js';
/** Where a block's content stands in the decoded text. */
export interface Utf16Place {
    /** UTF-16 offsets. */
    readonly start: number;
    readonly end: number;
    /** 1-based line and column (UTF-16 units) of `start`. */
    readonly line: number;
    readonly column: number;
}
/**
 * Maps the blocks of a byte string of UTF-8 (see `utf8-chars.ts`) to their places in the text
 * it encodes, without decoding it. One pass reads the bytes between blocks (line breaks and
 * spaces, mostly); what a block's own bytes add comes from its key hash.
 */
export declare class Utf16Places {
    private readonly chars;
    /** Byte offset of each block's content end. */
    private readonly ends;
    /** Bytes over UTF-16 units before each block's content end. */
    private readonly excessAtEnd;
    private readonly starts;
    private readonly lines;
    private readonly columns;
    /**
     * @param blocks the blocks of `chars`, in text order, with byte offsets
     * @param excess each block's own bytes over UTF-16 units (see `KeyFacts.excess`)
     */
    constructor(chars: string, blocks: Pick<BlockColumns, 'count' | 'contentStart' | 'contentEnd'>, excess: ArrayLike<number>);
    /** The place of the block with index `index`. */
    place(index: number): Utf16Place;
    /** The UTF-16 offset of byte `offset` (which starts a character). */
    toUtf16(offset: number): number;
}
