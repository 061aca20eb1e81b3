import type { Block } from './types.js';
import { parseMarkdownWith, type MarkdownParse } from './parse-markdown-with.js';
import { MARKDOWN_SYNTAX } from './markdown-syntax.js';
import { MDX_SYNTAX } from './mdx-syntax.js';

export type { MarkdownParse } from './parse-markdown-with.js';
export type { MarkdownSyntaxProblem } from './markdown-tree.js';

/** Options of the Markdown parser. */
export interface ParseMarkdownOptions {
  /**
   * Parse as MDX: JSX, `{expressions}`, `import`/`export` are syntax, and `{/* unecho-ignore *\/}`
   * marks ignored regions. Use it for `.mdx` files.
   * @default false
   */
  readonly mdx?: boolean;
}

/**
 * Parses Markdown or MDX into its blocks (those unecho may edit, and inert ones), and says why
 * there are none when MDX parsing failed (see `parseMarkdownWith`).
 * @param text the original text; offsets in the result are UTF-16 indices into it
 */
export function parseMarkdownDocument(text: string, options: ParseMarkdownOptions = {}): MarkdownParse {
  return parseMarkdownWith(text, options.mdx ? MDX_SYNTAX : MARKDOWN_SYNTAX);
}

/**
 * The blocks of a Markdown text (see `parseMarkdownWith`); empty when MDX parsing failed.
 * @param text the original text; offsets in the result are UTF-16 indices into it
 * @param options `mdx: true` for `.mdx` files
 */
export function parseMarkdown(text: string, options: ParseMarkdownOptions = {}): Block[] {
  return parseMarkdownDocument(text, options).blocks;
}
