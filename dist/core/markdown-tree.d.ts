import type { MarkdownSyntax } from './markdown-syntax.js';
/**
 * The part of an mdast node unecho reads. Offsets (`start`, `end`) are UTF-16 code-unit
 * indices into the ORIGINAL text, BOM included (see `markdownTree`).
 */
export interface MarkdownNode {
    readonly type: string;
    readonly start: number;
    readonly end: number;
    readonly children: readonly MarkdownNode[];
    /** Literal content of leaf nodes (code, html, yaml, toml, text, MDX expressions). */
    readonly value?: string;
    /** For lists: whether items are numbered. */
    readonly ordered?: boolean;
    /** For link references and definitions: the normalised label that pairs them. */
    readonly identifier?: string;
    /** For definitions (and inline links): the destination. */
    readonly url?: string;
}
/** Why a text could not be parsed; the position is in the original text. */
export interface MarkdownSyntaxProblem {
    readonly code: 'MDX_SYNTAX_ERROR';
    /** The parser's message, one line. */
    readonly message: string;
    /** 1-based line, or 0 when the parser gave none. */
    readonly line: number;
    /** 1-based column in UTF-16 code units, or 0 when the parser gave none. */
    readonly column: number;
}
/** Either the tree or the reason there is none. */
export type MarkdownTreeResult = {
    readonly ok: true;
    readonly root: MarkdownNode;
} | {
    readonly ok: false;
    readonly problem: MarkdownSyntaxProblem;
};
/**
 * Parses Markdown (CommonMark + GFM + YAML/TOML front matter + math, and MDX when asked) into
 * a small tree with offsets into `text`.
 * micromark drops a leading BOM and counts from after it; the offsets here are shifted back,
 * so they index the original string.
 * @param text the original text (any line endings, optional BOM)
 * @param syntax the dialect's extensions (see `MARKDOWN_SYNTAX`, `MDX_SYNTAX`); MDX syntax
 *   errors come back as a problem
 */
export declare function markdownTree(text: string, syntax: MarkdownSyntax): MarkdownTreeResult;
