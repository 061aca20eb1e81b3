import { type MarkdownSyntax } from './markdown-syntax.js';
/**
 * Markdown plus MDX (JSX, expressions, ESM): `.mdx` files. A module of its own because its
 * parser takes about 40 ms to load, which runs over `.md` files should not pay.
 */
export declare const MDX_SYNTAX: MarkdownSyntax;
