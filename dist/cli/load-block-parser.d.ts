import type { Block, ParserName } from '../core/types.js';
/** Parses a text into its blocks (editable ones, and in Markdown inert ones: see `Block.inert`). */
export type BlockParser = (text: string) => Block[];
/**
 * The block parser for a syntax. The Markdown parser and its dependencies (about 0.1 s to
 * load) are imported on first use only, and the MDX extensions (about 40 ms more) only for
 * MDX, so runs over plain text or `.md` files start fast.
 */
export declare function loadBlockParser(parser: ParserName): Promise<BlockParser>;
