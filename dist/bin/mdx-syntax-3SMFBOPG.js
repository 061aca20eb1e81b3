import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  MARKDOWN_SYNTAX
} from "./chunk-4UWE2XFQ.js";
import "./chunk-3OOOJW5O.js";

// src/core/mdx-syntax.ts
import { mdxFromMarkdown } from "mdast-util-mdx";
import { mdxjs } from "micromark-extension-mdxjs";
var MDX_SYNTAX = {
  mdx: true,
  extensions: [...MARKDOWN_SYNTAX.extensions, mdxjs()],
  mdastExtensions: [...MARKDOWN_SYNTAX.mdastExtensions, mdxFromMarkdown()]
};
export {
  MDX_SYNTAX
};
