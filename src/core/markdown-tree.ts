import { fromMarkdown } from '../vendor/markdown.js';
import type { MarkdownSyntax } from './markdown-syntax.js';

/**
 * The part of an mdast node unecho reads. Offsets (`start`, `end`) are UTF-16 code-unit
 * indices into the ORIGINAL text, BOM included (see `markdownTree`).
 */
export interface MarkdownNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly children: readonly MarkdownNode[];
  /** Literal content of leaf nodes (code, html, yaml, toml, text, MDX expressions). */
  readonly value?: string;
  /** For lists: whether items are numbered. */
  readonly ordered?: boolean;
  /** For link references and definitions: the normalised label that pairs them. */
  readonly identifier?: string;
  /** For definitions (and inline links): the destination. */
  readonly url?: string;
}

/** Why a text could not be parsed; the position is in the original text. */
export interface MarkdownSyntaxProblem {
  readonly code: 'MDX_SYNTAX_ERROR';
  /** The parser's message, one line. */
  readonly message: string;
  /** 1-based line, or 0 when the parser gave none. */
  readonly line: number;
  /** 1-based column in UTF-16 code units, or 0 when the parser gave none. */
  readonly column: number;
}

/** Either the tree or the reason there is none. */
export type MarkdownTreeResult =
  | { readonly ok: true; readonly root: MarkdownNode }
  | { readonly ok: false; readonly problem: MarkdownSyntaxProblem };

interface RawPoint {
  readonly offset?: number;
}
interface RawNode {
  readonly type: string;
  readonly position?: { readonly start: RawPoint; readonly end: RawPoint };
  readonly children?: readonly RawNode[];
  readonly value?: unknown;
  readonly ordered?: boolean | null;
  readonly identifier?: unknown;
  readonly url?: unknown;
}

/**
 * Parses Markdown (CommonMark + GFM + YAML/TOML front matter + math, and MDX when asked) into
 * a small tree with offsets into `text`.
 * micromark drops a leading BOM and counts from after it; the offsets here are shifted back,
 * so they index the original string.
 * @param text the original text (any line endings, optional BOM)
 * @param syntax the dialect's extensions (see `MARKDOWN_SYNTAX`, `MDX_SYNTAX`); MDX syntax
 *   errors come back as a problem
 */
export function markdownTree(text: string, syntax: MarkdownSyntax): MarkdownTreeResult {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = shift === 0 ? text : text.slice(shift);
  let raw: RawNode;
  try {
    // A `$$` line that no fence closes is text, as Pandoc reads it, not math running to the end
    // of its container: a price line (`$$$ · Italian · Downtown`) would hide the rest of the
    // page. Its first `$` is escaped (same length, so offsets hold): first every such line a
    // scan of the lines finds, then, parsing again, any a container's end left open.
    let escaped = withUnclosedFencesEscaped(body);
    raw = parse(escaped, syntax);
    for (let pass = 0; pass < MAX_REPARSES; pass++) {
      const open = unclosedMath(raw, escaped);
      if (open.length === 0) break;
      for (const at of open) escaped = `${escaped.slice(0, at)}\\${escaped.slice(at + 1)}`;
      raw = parse(escaped, syntax);
    }
  } catch (error) {
    // Only the MDX extensions throw (CommonMark has no syntax errors); anything else is a bug.
    if (!syntax.mdx) throw error;
    const e = error as { reason?: unknown; message?: unknown; line?: unknown; column?: unknown };
    const message = typeof e.reason === 'string' ? e.reason : String(e.message ?? error);
    return {
      ok: false,
      problem: {
        code: 'MDX_SYNTAX_ERROR',
        message: message.split('\n')[0] ?? '',
        line: typeof e.line === 'number' ? e.line : 0,
        column: typeof e.column === 'number' ? e.column : 0,
      },
    };
  }
  return { ok: true, root: convert(raw, shift, text.length) };
}

function parse(body: string, syntax: MarkdownSyntax): RawNode {
  return fromMarkdown(body, { extensions: [...syntax.extensions], mdastExtensions: [...syntax.mdastExtensions] }) as RawNode;
}

/** A line that opens a math block: its `$` run (two or more), after its container's prefix. */
const OPENING_FENCE = /^[ \t>]*(\${2,})/;

/**
 * The text with the first `$` of every opening math fence that no later fence line closes
 * escaped (`\$`), by lines: a closing fence has at least as many `$` as its opening and
 * nothing else. Containers are not followed, so a parse may still find one open.
 */
function withUnclosedFencesEscaped(body: string): string {
  if (!body.includes('$$')) return body;
  const lines = body.split('\n');
  let offset = 0;
  let escaped = body;
  for (let i = 0; i < lines.length; i++) {
    const opening = OPENING_FENCE.exec(lines[i]!);
    if (opening !== null) {
      const closes = lines.findIndex((line, j) => j > i && (CLOSING_FENCE.exec(line)?.[1]?.length ?? 0) >= opening[1]!.length);
      if (closes >= 0) {
        for (; i < closes; i++) offset += lines[i]!.length + 1;
      } else {
        const at = offset + lines[i]!.indexOf('$');
        escaped = `${escaped.slice(0, at)}\\${escaped.slice(at + 1)}`;
      }
    }
    offset += lines[i]!.length + 1;
  }
  return escaped;
}

/**
 * How many times a text is parsed again for unclosed math (see `markdownTree`); past that the
 * rest stays math, which is never edited. Each pass frees at least one fence.
 */
const MAX_REPARSES = 8;
/** A closing math fence line, after its container's prefix (indentation, `>` markers): its `$` run. */
const CLOSING_FENCE = /^[ \t>]*(\$+)[ \t]*\r?$/;

/**
 * Where the opening fences of the math blocks that no fence closes start: the offset of their
 * first `$` in `body` (a block ends at its closing fence, which has at least as many `$` as
 * the opening one and nothing else; an unclosed block ends at the end of its last line). A
 * math node starts at its first `$`.
 */
function unclosedMath(root: RawNode, body: string): number[] {
  const open: number[] = [];
  const visit = (node: RawNode): void => {
    if (node.type === 'math') {
      const start = node.position?.start.offset ?? 0;
      const lines = body.slice(start, node.position?.end.offset ?? body.length).split('\n');
      const opening = /^\$+/.exec(lines[0]!)?.[0].length ?? 0;
      const last = lines.length > 1 ? lines[lines.length - 1]! : '';
      const closing = CLOSING_FENCE.exec(last)?.[1]?.length ?? 0;
      if (closing < Math.max(opening, 2)) open.push(body.indexOf('$', start));
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return open;
}

function convert(node: RawNode, shift: number, length: number): MarkdownNode {
  const start = (node.position?.start.offset ?? 0) + shift;
  const end = (node.position?.end.offset ?? length - shift) + shift;
  const children = (node.children ?? []).map((child) => convert(child, shift, length));
  return {
    type: node.type,
    start,
    end,
    children,
    ...(typeof node.value === 'string' ? { value: node.value } : {}),
    ...(typeof node.ordered === 'boolean' ? { ordered: node.ordered } : {}),
    ...(typeof node.identifier === 'string' ? { identifier: node.identifier } : {}),
    ...(typeof node.url === 'string' ? { url: node.url } : {}),
  };
}
