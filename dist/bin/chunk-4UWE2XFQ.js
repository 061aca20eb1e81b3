import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/core/markdown-syntax.ts
import { frontmatter, frontmatterFromMarkdown, gfm, gfmFromMarkdown, math, mathFromMarkdown } from "../vendor/markdown.js";
var FRONTMATTER = ["yaml", "toml"];
var MARKDOWN_SYNTAX = {
  mdx: false,
  extensions: [
    gfm(),
    frontmatter(FRONTMATTER),
    // Single-dollar inline math is off: scraped news is full of prices, and `$5 and $10` would
    // read as the math `5 and ` (GitHub and Pandoc accept it only with extra rules micromark
    // lacks). A math span is a span no sentence cut may enter, so such a misreading would keep
    // an echo sentence around the prices from being cut. `$$…$$` inline math stays.
    math({ singleDollarTextMath: false })
  ],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(FRONTMATTER), mathFromMarkdown()]
};

export {
  MARKDOWN_SYNTAX
};
