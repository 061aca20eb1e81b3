import { frontmatter, frontmatterFromMarkdown, gfm, gfmFromMarkdown } from '../vendor/markdown.js';
const FRONTMATTER = ['yaml', 'toml'];
/** CommonMark with GFM and YAML/TOML front matter: `.md` and `.markdown` files. */
export const MARKDOWN_SYNTAX = {
    mdx: false,
    extensions: [gfm(), frontmatter(FRONTMATTER)],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(FRONTMATTER)],
};
