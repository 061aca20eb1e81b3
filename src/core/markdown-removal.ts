import type { Range } from './types.js';
import type { MarkdownNode } from './markdown-tree.js';

/**
 * The node a paragraph's whole removal takes out, with its parent: the paragraph itself, or the
 * list item, list or blockquote it is the only content of (a list item never stays empty).
 */
export interface RemovalUnit {
  readonly node: MarkdownNode;
  readonly parent: MarkdownNode;
}

const COLLAPSIBLE = new Set(['listItem', 'list', 'blockquote']);
/** Blocks that end on their own line, so whatever follows them cannot continue them. */
const CLOSED = new Set(['heading', 'thematicBreak', 'yaml', 'toml', 'html']);

/**
 * Climbs from a paragraph to the node its whole removal takes out.
 * @param ancestors the paragraph's ancestors, root first, parent last
 */
export function removalUnit(paragraph: MarkdownNode, ancestors: readonly MarkdownNode[]): RemovalUnit {
  let node = paragraph;
  let depth = ancestors.length - 1;
  for (;;) {
    const parent = ancestors[depth];
    if (!parent) throw new Error('removalUnit: a paragraph needs its ancestors');
    const grand = ancestors[depth - 1];
    if (grand === undefined || !COLLAPSIBLE.has(parent.type) || parent.children.length !== 1) return { node, parent };
    node = parent;
    depth -= 1;
  }
}

/**
 * The range that removes a unit and one separator, so the text around keeps its spacing:
 * up to the next sibling's start (the unit's line prefix stays and becomes the sibling's), or,
 * for a last child, from the previous sibling's end. Ranges of neighbouring units can overlap
 * in the separator between them (never in another block's prose): to remove several, delete
 * the union.
 * @returns UTF-16 offsets into the original text
 */
export function removalRange(unit: RemovalUnit): Range {
  const siblings = unit.parent.children;
  const index = siblings.indexOf(unit.node);
  const next = siblings[index + 1];
  if (next) return { start: unit.node.start, end: next.start };
  const previous = siblings[index - 1];
  if (previous) return { start: previous.end, end: unit.node.end };
  return { start: unit.node.start, end: unit.node.end };
}

/**
 * Finds the units whose removal could change how the rest parses, for any subset of the
 * `removable` units removed together: two lists of the same marker or two indented code blocks
 * that would join, indented text a list above would swallow, text that would continue an open
 * block (paragraph, list, quote, table) once the blank line is gone, and `- ***` style items
 * that would turn into a rule. Such paragraphs are not offered for removal.
 * @param removable every unit some candidate paragraph would take out
 * @param text the original text
 */
export function unsafeUnits(removable: ReadonlySet<MarkdownNode>, parents: ReadonlySet<MarkdownNode>, text: string): Set<MarkdownNode> {
  const unsafe = new Set<MarkdownNode>();
  for (const parent of parents) {
    if (parent.type === 'list') continue; // removing items never joins anything
    const children = parent.children;
    let i = 0;
    while (i < children.length) {
      if (!removable.has(children[i] as MarkdownNode)) {
        i += 1;
        continue;
      }
      let j = i;
      while (j + 1 < children.length && removable.has(children[j + 1] as MarkdownNode)) j += 1;
      // The run plus the kept neighbours that may end up side by side.
      const run = children.slice(Math.max(0, i - 1), j + 2);
      markRun(run, removable, unsafe, text);
      i = j + 1;
    }
    const first = children[0];
    if (parent.type === 'listItem' && first && children[1]?.type === 'thematicBreak') unsafe.add(first);
  }
  return unsafe;
}

function markRun(run: readonly MarkdownNode[], removable: ReadonlySet<MarkdownNode>, unsafe: Set<MarkdownNode>, text: string): void {
  const between = (from: number, to: number): void => {
    for (let k = from + 1; k < to; k += 1) {
      const node = run[k];
      if (node && removable.has(node)) unsafe.add(node);
    }
  };
  const seen = new Map<string, number>();
  let firstList: number | undefined;
  let listColumn = Infinity;
  run.forEach((node, k) => {
    const signature = joinSignature(node, text);
    if (signature !== undefined) {
      const first = seen.get(signature);
      if (first === undefined) seen.set(signature, k);
      else between(first, k);
    }
    if (firstList !== undefined && indentColumn(node, text) > listColumn) between(firstList, k);
    if (node.type === 'list') {
      firstList ??= k;
      listColumn = Math.min(listColumn, node.column);
    }
    const previous = run[k - 1];
    if (previous && removable.has(node) && !endsClosed(previous, text) && !hasBlankLine(text.slice(previous.end, node.start))) {
      unsafe.add(node);
    }
  });
}

/** Two nodes with the same signature merge when only a blank line separates them. */
function joinSignature(node: MarkdownNode, text: string): string | undefined {
  if (node.type === 'code' && !isFenced(node, text)) return 'indented-code';
  if (node.type !== 'list') return undefined;
  const marker = /^(?:\d+([.)])|([-*+]))/.exec(text.slice(node.start, node.start + 12));
  return node.ordered ? `ordered${marker?.[1] ?? ''}` : `bullet${marker?.[2] ?? ''}`;
}

function isFenced(node: MarkdownNode, text: string): boolean {
  const first = text.slice(node.start, node.start + 8).trimStart()[0];
  return first === '`' || first === '~';
}

function endsClosed(node: MarkdownNode, text: string): boolean {
  return CLOSED.has(node.type) || (node.type === 'code' && isFenced(node, text));
}

/** The column where a node's text starts, counting the indentation of indented code. */
function indentColumn(node: MarkdownNode, text: string): number {
  const lead = /^[ \t]*/.exec(text.slice(node.start, node.start + 16))?.[0].length ?? 0;
  return node.column + lead;
}

/** Whether a separator holds a line with nothing but whitespace and quote markers. */
function hasBlankLine(separator: string): boolean {
  const lines = separator.split('\n');
  return lines.slice(1, -1).some((line) => /^[ \t>]*\r?$/.test(line));
}
