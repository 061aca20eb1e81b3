import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { MARKDOWN_SYNTAX, type MarkdownSyntax } from './markdown-syntax.js';

/**
 * Markdown plus MDX (JSX, expressions, ESM): `.mdx` files. A module of its own because its
 * parser takes about 40 ms to load, which runs over `.md` files should not pay.
 */
export const MDX_SYNTAX: MarkdownSyntax = {
  mdx: true,
  extensions: [...MARKDOWN_SYNTAX.extensions, mdxjs()],
  mdastExtensions: [...MARKDOWN_SYNTAX.mdastExtensions, mdxFromMarkdown()],
};
