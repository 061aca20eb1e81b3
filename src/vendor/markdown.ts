/**
 * The Markdown parser and the extensions unecho reads Markdown with, in one module. The build
 * bundles this file into `dist/vendor/markdown.js` (see `scripts/bundle.mjs`): loaded as
 * the 150 modules of its packages, the parser took about 70 ms of a pre-commit run over ten small
 * files (0.35–0.46 s against 0.29–0.37 s bundled). Tests and types read the packages directly.
 * (Imported, then exported: jest's module linker fails on `export … from` a package here.)
 */
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown } from 'mdast-util-math';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
// The package's HTML half (`mathHtml`) loads KaTeX; it declares no side effects, so the bundle
// keeps only the syntax.
import { math } from 'micromark-extension-math';

export { fromMarkdown, frontmatter, frontmatterFromMarkdown, gfm, gfmFromMarkdown, math, mathFromMarkdown, type FromMarkdownOptions };
