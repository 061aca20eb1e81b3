import { frontmatter, frontmatterFromMarkdown, gfm, gfmFromMarkdown, type FromMarkdownOptions as Options } from '../vendor/markdown.js';

/** The micromark and mdast extensions a Markdown dialect is parsed with. */
export interface MarkdownSyntax {
  /** Whether JSX, expressions and ESM are syntax (MDX); only MDX has syntax errors. */
  readonly mdx: boolean;
  readonly extensions: NonNullable<Options['extensions']>;
  readonly mdastExtensions: NonNullable<Options['mdastExtensions']>;
}

const FRONTMATTER: ('yaml' | 'toml')[] = ['yaml', 'toml'];

/** CommonMark with GFM and YAML/TOML front matter: `.md` and `.markdown` files. */
export const MARKDOWN_SYNTAX: MarkdownSyntax = {
  mdx: false,
  extensions: [gfm(), frontmatter(FRONTMATTER)],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(FRONTMATTER)],
};
