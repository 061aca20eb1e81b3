import { type FromMarkdownOptions as Options } from '../vendor/markdown.js';
/** The micromark and mdast extensions a Markdown dialect is parsed with. */
export interface MarkdownSyntax {
    /** Whether JSX, expressions and ESM are syntax (MDX); only MDX has syntax errors. */
    readonly mdx: boolean;
    readonly extensions: NonNullable<Options['extensions']>;
    readonly mdastExtensions: NonNullable<Options['mdastExtensions']>;
}
/**
 * CommonMark with GFM, YAML/TOML front matter and math (`$$` blocks, `$$…$$` inline): `.md` and
 * `.markdown` files.
 */
export declare const MARKDOWN_SYNTAX: MarkdownSyntax;
