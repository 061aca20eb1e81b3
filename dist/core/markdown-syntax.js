import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
const FRONTMATTER = ['yaml', 'toml'];
/** CommonMark with GFM and YAML/TOML front matter: `.md` and `.markdown` files. */
export const MARKDOWN_SYNTAX = {
    mdx: false,
    extensions: [gfm(), frontmatter(FRONTMATTER)],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(FRONTMATTER)],
};
