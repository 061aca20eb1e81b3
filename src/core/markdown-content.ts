import type { Range } from './types.js';
import type { MarkdownNode } from './markdown-tree.js';
import { SENTENCE_END } from './sentence-end.js';

/**
 * A line that is markup, not prose, when it opens or closes a paragraph: a GitHub alert tag
 * (`[!NOTE]`), a Docusaurus admonition fence (`:::tip`, `:::`), a Hugo shortcode
 * (`{{% note %}}`, `{{< new-in 0.1 />}}`) or a Liquid tag (`{% raw %}`).
 */
const MARKUP_LINE = /^[ \t]*(?:\[![A-Za-z]+\]|:::.*|\{\{[<%][^]*[>%]\}\}|\{%[^]*%\})[ \t]*$/;
const PROSE = /[\p{L}\p{N}]/u;
/** A markup line that closes a region: `{{% /notice %}}`, `{{< /tab >}}`, `{% endcapture %}`, `:::`. */
const CLOSING_LINE = /^[ \t]*(?:\{\{[<%]-?\s*\/|\{%-?\s*end|:::[ \t]*$)/;

/**
 * Whether a node is a paragraph of closing markup lines only (`{{% /notice %}}`): what ends the
 * region a paragraph opening with markup stands in.
 */
export function isClosingMarkup(node: MarkdownNode | undefined, text: string): boolean {
  if (node?.type !== 'paragraph') return false;
  const lines = text.slice(node.start, node.end).split(/\r?\n/).map(stripPrefix);
  return lines.every((line) => MARKUP_LINE.test(line) && CLOSING_LINE.test(line));
}
/** What may stand before the prose on a continuation line: indentation and quote markers. */
const LINE_PREFIX = /^[ \t>]*/;

/**
 * The prose range of a paragraph: the paragraph's source minus whole markup lines at its start
 * and end (alert tags, admonition fences, shortcode tags), so sentence edits never cut them.
 * @param paragraph a `paragraph` node from `markdownTree`
 * @param text the original text its offsets index
 * @returns UTF-16 offsets into the original text, or `undefined` when no prose is left (a
 *   paragraph of only markup lines, images, HTML or MDX expressions)
 */
export function markdownContent(paragraph: MarkdownNode, text: string): Range | undefined {
  let start = paragraph.start;
  let end = paragraph.end;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline === -1 || newline >= end || !MARKUP_LINE.test(text.slice(start, lineEnd(text, newline)))) break;
    const next = newline + 1;
    start = next + (LINE_PREFIX.exec(text.slice(next, end))?.[0].length ?? 0);
  }
  for (;;) {
    const newline = text.lastIndexOf('\n', end - 1);
    if (newline < start || !MARKUP_LINE.test(stripPrefix(text.slice(newline + 1, end)))) break;
    end = lineEnd(text, newline);
  }
  if (start >= end || MARKUP_LINE.test(text.slice(start, end))) return undefined;
  return hasProse(paragraph, start, end) ? { start, end } : undefined;
}

/** The offset where the line ending at `newline` (a `\n` index) ends, before a `\r`. */
function lineEnd(text: string, newline: number): number {
  return text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
}

function stripPrefix(line: string): string {
  return line.slice(LINE_PREFIX.exec(line)?.[0].length ?? 0);
}

/** Whether a text node (at any depth: links, emphasis) overlapping `[start, end)` has a letter or digit. */
function hasProse(node: MarkdownNode, start: number, end: number): boolean {
  if (node.end <= start || node.start >= end) return false;
  // The whole value is tested: a text node's value is decoded and unprefixed, so its offsets
  // do not map one to one onto the source; trimmed markup lines never reach here alone.
  if (node.type === 'text') return PROSE.test(node.value ?? '');
  return node.children.some((child) => hasProse(child, start, end));
}

/** Blocks that a short paragraph right before them can be the label of. */
const LABELLED = new Set(['code', 'table', 'list', 'html', 'math']);
/** A definition-list line (`term` then `: definition`), as goldmark, Pandoc and PHP Markdown Extra read it. */
const DEFINITION_LINE = /\n[ \t>]*:[ \t]/;

/** What a paragraph that is structure rather than prose is (see `structuralRole`). */
export type StructuralRole = 'label' | 'definition';

/**
 * Whether a paragraph is structure rather than prose: the label of the code block, table, list
 * or HTML right after it (it ends with a colon or has no sentence end: `Hugo renders the above
 * to:`, ``With `baseURL = …` ``), or a definition-list entry (`term` / `: definition`). Docs
 * repeat such labels and parameter entries on purpose, like headings and table rows, so they
 * are never edited nor matched (the parser makes a label an inert block, so that cleaning sees
 * when its list has gone and it is a paragraph); a definition entry is not prose at all.
 * @param paragraph a `paragraph` node
 * @param next the node right after it in the same container, if any
 * @param text the original text
 * @returns the role, or `undefined` for a paragraph of prose
 */
export function structuralRole(paragraph: MarkdownNode, next: MarkdownNode | undefined, text: string): StructuralRole | undefined {
  const source = text.slice(paragraph.start, paragraph.end);
  if (DEFINITION_LINE.test(source)) return 'definition';
  if (!next || !LABELLED.has(next.type)) return undefined;
  const trimmed = source.trimEnd();
  return trimmed.endsWith(':') || !SENTENCE_END.test(trimmed) ? 'label' : undefined;
}
