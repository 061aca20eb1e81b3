import type { Block, ParserName } from './types.js';
import { parseText } from './parse-text.js';
import { parseMarkdown } from './parse-markdown.js';

/**
 * Parses a text into blocks with the chosen syntax: plain text, Markdown, or MDX (whose blocks
 * include inert ones, which cleaning leaves alone: see `Block.inert`).
 * A text that does not parse as MDX has no blocks: it is left alone.
 */
export function parse(text: string, parser: ParserName): Block[] {
  if (parser === 'text') return parseText(text);
  return parseMarkdown(text, { mdx: parser === 'mdx' });
}
