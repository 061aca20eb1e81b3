import type { Block, ParserName } from '../core/types.js';
import { parseText } from '../core/parse-text.js';

/** Parses a text into its editable blocks. */
export type BlockParser = (text: string) => Block[];

let markdownModule: Promise<typeof import('../core/parse-markdown.js')> | undefined;

/**
 * The block parser for a syntax. The Markdown parser and its dependencies (about 0.1 s to
 * load) are imported on first use only, so runs over plain text start fast.
 */
export async function loadBlockParser(parser: ParserName): Promise<BlockParser> {
  if (parser === 'text') return parseText;
  markdownModule ??= import('../core/parse-markdown.js');
  const { parseMarkdown } = await markdownModule;
  const mdx = parser === 'mdx';
  return (text) => parseMarkdown(text, { mdx });
}
