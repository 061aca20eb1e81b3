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
 * Parses Markdown (CommonMark + GFM + YAML/TOML front matter, and MDX when asked) into a
 * small tree with offsets into `text`.
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
    raw = fromMarkdown(body, { extensions: [...syntax.extensions], mdastExtensions: [...syntax.mdastExtensions] }) as RawNode;
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
