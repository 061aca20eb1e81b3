import type { Block, BlockColumns } from './types.js';
import { type TextUnits } from './text-units.js';
/**
 * Parses plain text into blocks: a paragraph is a non-empty line, or a blank-line-separated
 * run of lines when the text is hard-wrapped. Lines inside `<!-- unecho-ignore -->` regions
 * are no blocks. Offsets are UTF-16 indices into `text`; a leading BOM is outside every block.
 */
export declare function parseText(text: string): Block[];
/** `parseText` over a text read in other units (see `parseTextColumns`). */
export declare function parseTextIn(text: string, units: TextUnits): Block[];
/**
 * The blocks `parseText` finds, as columns of offsets: no object per block, for callers that
 * take hundreds of thousands. Read in other units, a byte string of UTF-8 gives the blocks of
 * the text it encodes, with offsets in bytes.
 */
export declare function parseTextColumns(text: string, units: TextUnits): BlockColumns;
