import type { Block } from './types.js';
import { type MarkdownSyntaxProblem } from './markdown-tree.js';
import type { MarkdownSyntax } from './markdown-syntax.js';
export type { MarkdownSyntaxProblem } from './markdown-tree.js';
/** The blocks of a Markdown text, and why there are none when the text could not be parsed. */
export interface MarkdownParse {
    readonly blocks: Block[];
    /**
     * Set when MDX parsing failed (invalid JSX or expression). Then `blocks` is empty: a file
     * unecho cannot parse is left byte-for-byte alone, and the caller should say so.
     */
    readonly problem?: MarkdownSyntaxProblem;
}
/**
 * Parses Markdown (CommonMark, GFM, YAML `---` and TOML `+++` front matter; MDX when asked)
 * into its blocks: the prose paragraphs at top level and inside list items and
 * blockquotes at any depth. Front matter, headings, code, tables, HTML, link and footnote
 * definitions, definition-list entries, paragraphs in `<!-- unecho-ignore -->` …
 * `<!-- unecho-ignore-end -->` regions, raw Hugo shortcode bodies and everything inside MDX JSX
 * elements are never blocks. Paragraphs whose removal would change how their neighbours parse
 * and the labels of code, tables and lists (see `structuralRole`) are inert blocks: neither
 * edited nor matched, but returned so that cleaning sees when they are freed (see `Block.inert`).
 *
 * Every offset is a UTF-16 code-unit index into the ORIGINAL `text`, BOM and CRLF included.
 * `content` is the paragraph's source without markup lines at its ends (alert tags, admonition
 * fences, shortcode tags); on continuation lines it still holds the indentation and `>` quote
 * markers. `removal` takes the paragraph out whole: for a list item's only paragraph the whole
 * item with its marker (and the list, if it was the only item), for a quote's only paragraph the
 * whole quote, otherwise the paragraph plus one separator so one blank line stays.
 *
 * @param text the original text
 * @param syntax the dialect (`MARKDOWN_SYNTAX`, or `MDX_SYNTAX` for `.mdx` files)
 * @returns the parse; never throws on any input
 */
export declare function parseMarkdownWith(text: string, syntax: MarkdownSyntax): MarkdownParse;
