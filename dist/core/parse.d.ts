import type { Block, ParserName } from './types.js';
/**
 * Parses a text into editable blocks with the chosen syntax: plain text, Markdown, or MDX.
 * A text that does not parse as MDX has no editable blocks: it is left alone.
 */
export declare function parse(text: string, parser: ParserName): Block[];
