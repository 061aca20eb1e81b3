import type { Block, BlockKind, InlineSpan, LabelledList, Range } from './types.js';
import { isClosingMarkup, markdownContent, structuralRole } from './markdown-content.js';
import { markdownIgnoreRegions } from './markdown-ignore.js';
import { htmlWrapperRemoval } from './html-wrapper-removal.js';
import { orderedMarker } from './keeping-list-starts.js';
import { removalRange, removalUnit, unsafeUnits, type RemovalUnit } from './markdown-removal.js';
import { markdownTree, type MarkdownNode, type MarkdownSyntaxProblem } from './markdown-tree.js';
import type { MarkdownSyntax } from './markdown-syntax.js';

export type { MarkdownSyntaxProblem } from './markdown-tree.js';

/** The blocks of a Markdown text, and why there are none when the text could not be parsed. */
export interface MarkdownParse {
  readonly blocks: Block[];
  /**
   * Set when MDX parsing failed (invalid JSX or expression). Then `blocks` is empty: a file
   * unecho cannot parse is left byte-for-byte alone, and the caller should say so.
   */
  readonly problem?: MarkdownSyntaxProblem;
}

/** Containers whose paragraphs are prose unecho may edit. Anything else is never entered. */
const ENTERED = new Set(['root', 'list', 'listItem', 'blockquote']);

interface Candidate {
  readonly paragraph: MarkdownNode;
  readonly content: Range;
  readonly kind: BlockKind;
  /** Undefined for a label, which is never edited (see `Block.inert`). */
  readonly unit: RemovalUnit | undefined;
  readonly list: number | undefined;
  readonly item: number | undefined;
  readonly listStart: Range | undefined;
}

/**
 * Parses Markdown (CommonMark, GFM, YAML `---` and TOML `+++` front matter; MDX when asked)
 * into its blocks: the prose paragraphs at top level and inside list items and
 * blockquotes at any depth. Front matter, headings, code, tables, HTML, link and footnote
 * definitions, definition-list entries, paragraphs in `<!-- unecho-ignore -->` …
 * `<!-- unecho-ignore-end -->` regions, raw Hugo shortcode bodies and everything inside MDX JSX
 * elements are never blocks. Paragraphs whose removal would change how their neighbours parse
 * and the labels of code, tables and lists (see `structuralRole`) are inert blocks: neither
 * edited nor matched, but returned so that cleaning sees when they are freed (see `Block.inert`).
 *
 * Every offset is a UTF-16 code-unit index into the ORIGINAL `text`, BOM and CRLF included.
 * `content` is the paragraph's source without markup lines at its ends (alert tags, admonition
 * fences, shortcode tags); on continuation lines it still holds the indentation and `>` quote
 * markers. `removal` takes the paragraph out whole: for a list item's only paragraph the whole
 * item with its marker (and the list, if it was the only item), for a quote's only paragraph the
 * whole quote, otherwise the paragraph plus one separator so one blank line stays.
 *
 * @param text the original text
 * @param syntax the dialect (`MARKDOWN_SYNTAX`, or `MDX_SYNTAX` for `.mdx` files)
 * @returns the parse; never throws on any input
 */
export function parseMarkdownWith(text: string, syntax: MarkdownSyntax): MarkdownParse {
  const tree = markdownTree(text, syntax);
  if (!tree.ok) return { blocks: [], problem: tree.problem };
  const ignored = markdownIgnoreRegions(tree.root, text);
  const candidates: Candidate[] = [];
  // Top-level lists by where they start, with the label right before them.
  const labelled = new Map<number, LabelledList>();
  const visit = (node: MarkdownNode, ancestors: MarkdownNode[]): void => {
    if (node.type === 'paragraph') {
      const parent = ancestors[ancestors.length - 1];
      const at = parent?.children.indexOf(node) ?? -1;
      const next = parent?.children[at + 1];
      const role = structuralRole(node, next, text);
      const content = role === 'definition' ? undefined : markdownContent(node, text);
      if (content && !ignored.some((r) => node.start < r.end && node.end > r.start)) {
        // Only at top level (a label in an item or a quote leaves its marker behind). After a
        // list, which could join what follows once label and list are gone, only with it.
        const previous = parent?.children[at - 1];
        const after = previous?.type === 'list' ? { afterList: { start: previous.start, end: previous.end } } : {};
        if (role === 'label' && next?.type === 'list' && parent?.type === 'root' && isShortLabel(text.slice(content.start, content.end))) {
          labelled.set(next.start, { label: content, list: { start: next.start, end: next.end }, ...after });
        }
        const unit = role === 'label' ? undefined : removalUnit(node, ancestors, text);
        // A paragraph after the first of its list item: a note the item adds.
        const item = parent?.type === 'listItem' && parent.children[0] !== node ? parent.start : undefined;
        candidates.push({ paragraph: node, content, kind: kindOf(ancestors), unit, list: listOf(ancestors), item, listStart: listStartOf(ancestors, text) });
      }
      return;
    }
    if (!ENTERED.has(node.type)) return;
    const path = [...ancestors, node];
    for (const child of node.children) visit(child, path);
  };
  visit(tree.root, []);

  const removable = new Set(candidates.flatMap((c) => (c.unit ? [c.unit.node] : [])));
  const unsafe = unsafeUnits(removable, tree.root, text);
  const sectionOf = sectionsOf(tree.root.children, text);
  const definitions = definitionsOf(tree.root);
  const blocks: Block[] = [];
  for (const c of candidates) {
    const whole = c.unit === undefined || unsafe.has(c.unit.node) ? undefined : removalRange(c.unit, text);
    const removal = whole === undefined ? undefined : (wrapperRemoval(c, text) ?? removalKeepingMarkup(c, whole, text));
    const section = sectionOf(c.content.start);
    const list = c.list === undefined ? {} : { list: c.list };
    const item = c.item === undefined ? {} : { item: c.item };
    const inline = inlineSpans(c.paragraph, c.content, definitions);
    const label = c.list === undefined ? undefined : labelled.get(c.list);
    const labelledList = label === undefined ? {} : { labelled: label };
    const listStart = c.listStart === undefined ? {} : { listStart: c.listStart };
    blocks.push({ index: blocks.length, kind: c.kind, content: c.content, removal: removal ?? c.content, section, inert: removal === undefined, ...list, ...item, inline, ...labelledList, ...listStart });
  }
  return { blocks };
}

/**
 * The section of each offset of the text, by the top-level blocks before it: each heading
 * starts one, and so does a `<summary>`, which heads the collapsible content under it (FAQ
 * answers repeat one another on purpose); `</details>` goes back to the section it interrupted.
 * @returns the section id of an offset (UTF-16 index into `text`); 0 before any heading
 */
function sectionsOf(nodes: readonly MarkdownNode[], text: string): (offset: number) => number {
  const starts: number[] = [];
  const ids: number[] = [];
  const interrupted: number[] = [];
  let current = 0;
  let count = 0;
  const enter = (start: number, id: number): void => {
    current = id;
    starts.push(start);
    ids.push(id);
  };
  for (const node of nodes) {
    if (node.type === 'heading') enter(node.start, ++count);
    if (node.type !== 'html') continue;
    // In text order: one HTML block may close a `<details>` and open the next.
    for (const [tag] of text.slice(node.start, node.end).matchAll(DETAILS_TAGS)) {
      if (tag.startsWith('</')) {
        if (interrupted.length > 0) enter(node.start, interrupted.pop()!);
      } else {
        interrupted.push(current);
        enter(node.start, ++count);
      }
    }
  }
  return (offset) => {
    let id = 0;
    for (let i = 0; i < starts.length && starts[i]! < offset; i++) id = ids[i]!;
    return id;
  };
}

/** A `<summary>` opening or a `</details>`. */
const DETAILS_TAGS = /<summary[\s>]|<\/details\s*>/gi;

/**
 * The removal of a top-level unit with the HTML wrapper it is the only content of (see
 * `htmlWrapperRemoval`): an empty `<details>` or `<div class="note">` would stay otherwise.
 */
function wrapperRemoval(c: Candidate, text: string): Range | undefined {
  if (c.unit === undefined || c.unit.parent.type !== 'root') return undefined;
  return htmlWrapperRemoval(c.unit.parent.children, c.unit.node, text);
}

/**
 * The removal of a paragraph that keeps a markup line at one end (`{{% notice %}}` before its
 * prose, `{% endcapture %}` after it), which opens or closes something around it: its prose
 * lines only, with the line break before them (after an opening line) or after them. A
 * paragraph wrapped in markup at both ends (`:::tip` … `:::`) goes whole, its markup with it.
 */
function removalKeepingMarkup(c: Candidate, removal: Range, text: string): Range {
  const { paragraph, content } = c;
  if ((content.start === paragraph.start) === (content.end === paragraph.end)) return removal;
  // A quote or item goes whole, markup and all (`> [!NOTE]` belongs to its quote).
  if (c.unit?.node !== paragraph) return removal;
  // The only paragraph of a region (`{{% notice %}}`, its prose, then `{{% /notice %}}` alone)
  // goes with the region's closing line: an empty notice would stay otherwise.
  const region = c.unit.parent.type === 'root' ? wholeRegion(c.unit.parent.children, paragraph, text) : undefined;
  if (region !== undefined && content.start !== paragraph.start) return region;
  if (content.start !== paragraph.start) {
    const newline = text.lastIndexOf('\n', content.start - 1);
    return { start: text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline, end: content.end };
  }
  const lineStart = text.lastIndexOf('\n', content.start - 1) + 1;
  return { start: lineStart, end: text.indexOf('\n', content.end) + 1 };
}

/**
 * The removal of a top-level paragraph that opens a region and the paragraph of closing markup
 * right after it (see `isClosingMarkup`), from the start of the first to the start of what
 * follows the second (or from the end of what comes before, at the end of the text).
 */
function wholeRegion(siblings: readonly MarkdownNode[], paragraph: MarkdownNode, text: string): Range | undefined {
  const at = siblings.indexOf(paragraph);
  const closing = siblings[at + 1];
  if (!isClosingMarkup(closing, text)) return undefined;
  const after = siblings[at + 2];
  if (after) return { start: text.lastIndexOf('\n', paragraph.start - 1) + 1, end: text.lastIndexOf('\n', after.start - 1) + 1 };
  const before = siblings[at - 1];
  return { start: before ? before.end : text.lastIndexOf('\n', paragraph.start - 1) + 1, end: closing!.end };
}

/**
 * Inline syntax a sentence cut may not split (see `Block.inline`): code spans, links and images
 * (text, destination and title: a cut in the text may leave `](`), autolinks, references,
 * inline HTML, math and MDX expressions and elements.
 */
const UNSPLIT_INLINE = new Set([
  'inlineCode',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'footnoteReference',
  'html',
  'inlineMath',
  'mdxTextExpression',
  'mdxJsxTextElement',
]);

/** The spans of `UNSPLIT_INLINE` syntax in a paragraph that overlap its content, in text order. */
function inlineSpans(paragraph: MarkdownNode, content: Range, definitions: ReadonlyMap<string, string>): InlineSpan[] {
  const spans: InlineSpan[] = [];
  const visit = (node: MarkdownNode): void => {
    if (node.end <= content.start || node.start >= content.end) return;
    if (!UNSPLIT_INLINE.has(node.type)) {
      for (const child of node.children) visit(child);
      return;
    }
    const label = node.type === 'linkReference' || node.type === 'imageReference' ? node.identifier : undefined;
    if (label === undefined) spans.push({ start: node.start, end: node.end });
    else {
      const target = definitions.get(label);
      spans.push({ start: node.start, end: node.end, reference: target === undefined ? { label } : { target } });
    }
  };
  visit(paragraph);
  return spans;
}

/** The link reference definitions of a tree (the parser's, so none in code or comments), by label; the first of a label wins. */
function definitionsOf(root: MarkdownNode): Map<string, string> {
  const definitions = new Map<string, string>();
  const visit = (node: MarkdownNode): void => {
    if (node.type === 'definition' && node.identifier !== undefined && node.url !== undefined) {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return definitions;
}

/** The most words a label that goes with its list may have (`More stories from the BBC:`). */
const LABEL_WORDS = 12;

/**
 * Whether a label is a heading-sized line that says nothing once its list is gone: one
 * sentence of at most `LABEL_WORDS` words, no footnote reference (its note would stay). A
 * longer paragraph before a list may hold prose of its own.
 */
function isShortLabel(label: string): boolean {
  if (label.includes('[^') || INNER_SENTENCE_END.test(label)) return false;
  return (label.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= LABEL_WORDS;
}

/** A sentence end with more text after it. */
const INNER_SENTENCE_END = /[.!?\u2026]["'\u2019\u201d)\]*_`]*\s+\S/;

/** Where the list of a list item's paragraph starts (its nearest list), or undefined outside lists. */
function listOf(ancestors: readonly MarkdownNode[]): number | undefined {
  for (let i = ancestors.length - 1; i >= 0; i -= 1) {
    const node = ancestors[i]!;
    if (node.type === 'list') return node.start;
    if (node.type === 'blockquote') return undefined;
  }
  return undefined;
}

/** For a paragraph in the first item of an ordered list (its nearest list), that item's marker (see `Block.listStart`). */
function listStartOf(ancestors: readonly MarkdownNode[], text: string): Range | undefined {
  for (let i = ancestors.length - 1; i > 0; i -= 1) {
    const node = ancestors[i]!;
    if (node.type === 'blockquote') return undefined;
    if (node.type !== 'listItem') continue;
    const list = ancestors[i - 1]!;
    return list.ordered === true && list.children[0] === node ? orderedMarker(text, node.start) : undefined;
  }
  return undefined;
}

function kindOf(ancestors: readonly MarkdownNode[]): BlockKind {
  for (let i = ancestors.length - 1; i >= 0; i -= 1) {
    const type = ancestors[i]?.type;
    if (type === 'listItem') return 'list-item';
    if (type === 'blockquote') return 'blockquote';
  }
  return 'paragraph';
}
