import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/core/markdown-syntax.ts
import { frontmatter, frontmatterFromMarkdown, gfm, gfmFromMarkdown } from "../vendor/markdown.js";
var FRONTMATTER = ["yaml", "toml"];
var MARKDOWN_SYNTAX = {
  mdx: false,
  extensions: [gfm(), frontmatter(FRONTMATTER)],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(FRONTMATTER)]
};

export {
  MARKDOWN_SYNTAX
};
