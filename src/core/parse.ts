import type { Block, ParserName } from './types.js';
import { parseText } from './parse-text.js';

/** Parses a text into editable blocks with the chosen syntax. */
export function parse(text: string, parser: ParserName): Block[] {
  // The Markdown parser lands separately; until then Markdown is read as plain text.
  void parser;
  return parseText(text);
}
