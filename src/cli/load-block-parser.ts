import type { Block, ParserName } from '../core/types.js';
import { parseText } from '../core/parse-text.js';

/** Parses a text into its blocks (editable ones, and in Markdown inert ones: see `Block.inert`). */
export type BlockParser = (text: string) => Block[];

let markdownModules: Promise<readonly [typeof import('../core/parse-markdown-with.js'), typeof import('../core/markdown-syntax.js')]> | undefined;
let mdxModule: Promise<typeof import('../core/mdx-syntax.js')> | undefined;

/**
 * The block parser for a syntax. The Markdown parser and its dependencies (about 0.1 s to
 * load) are imported on first use only, and the MDX extensions (about 40 ms more) only for
 * MDX, so runs over plain text or `.md` files start fast.
 */
export async function loadBlockParser(parser: ParserName): Promise<BlockParser> {
  if (parser === 'text') return parseText;
  // One after the other: both import the bundled parser, and jest's module linker fails when
  // two dynamic imports link a shared module at once.
  markdownModules ??= import('../core/parse-markdown-with.js').then(async (parse) => [parse, await import('../core/markdown-syntax.js')] as const);
  const [{ parseMarkdownWith }, { MARKDOWN_SYNTAX }] = await markdownModules;
  if (parser === 'markdown') return (text) => parseMarkdownWith(text, MARKDOWN_SYNTAX).blocks;
  mdxModule ??= import('../core/mdx-syntax.js');
  const { MDX_SYNTAX } = await mdxModule;
  return (text) => parseMarkdownWith(text, MDX_SYNTAX).blocks;
}
