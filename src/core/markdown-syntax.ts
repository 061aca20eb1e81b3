import { frontmatter, frontmatterFromMarkdown, gfm, gfmFromMarkdown, math, mathFromMarkdown, type FromMarkdownOptions as Options } from '../vendor/markdown.js';

/** The micromark and mdast extensions a Markdown dialect is parsed with. */
export interface MarkdownSyntax {
  /** Whether JSX, expressions and ESM are syntax (MDX); only MDX has syntax errors. */
  readonly mdx: boolean;
  readonly extensions: NonNullable<Options['extensions']>;
  readonly mdastExtensions: NonNullable<Options['mdastExtensions']>;
}

const FRONTMATTER: ('yaml' | 'toml')[] = ['yaml', 'toml'];

/**
 * CommonMark with GFM, YAML/TOML front matter and math (`$$` blocks, `$$…$$` inline): `.md` and
 * `.markdown` files.
 */
export const MARKDOWN_SYNTAX: MarkdownSyntax = {
  mdx: false,
  extensions: [
    gfm(),
    frontmatter(FRONTMATTER),
    // Single-dollar inline math is off: scraped news is full of prices, and `$5 and $10` would
    // read as the math `5 and ` (GitHub and Pandoc accept it only with extra rules micromark
    // lacks). A math span is a span no sentence cut may enter, so such a misreading would keep
    // an echo sentence around the prices from being cut. `$$…$$` inline math stays.
    math({ singleDollarTextMath: false }),
  ],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(FRONTMATTER), mathFromMarkdown()],
};
