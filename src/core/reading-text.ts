import type { Block } from './types.js';

/**
 * The text as the engine reads it: Markdown's inline syntax that is not prose (link and image
 * destinations and titles, reference labels, footnote references, HTML tags, MDX expressions)
 * and the quote markers of continuation lines blanked out, so that a copy of a paragraph with links and one without read alike (where
 * links point is compared apart: see `namesOtherThings`). Every other character stays where it was (line breaks too), so offsets are the
 * same in both texts. The text itself when nothing is blanked (plain text, Markdown without
 * such syntax).
 * @param blocks the blocks of `text` (only Markdown blocks have inline spans: `Block.inline`)
 */
export function readingText(text: string, blocks: readonly Block[]): string {
  return withoutQuoteMarkers(withoutInlineSyntax(text, blocks), blocks);
}

function withoutInlineSyntax(text: string, blocks: readonly Block[]): string {
  let blanked: string[] | undefined;
  let copied = 0;
  for (const block of blocks) {
    // Plain text has no spans: nothing made per block on the engine's hot path.
    if (block.inline === undefined) continue;
    for (const span of block.inline) {
      const from = syntaxStart(text.slice(span.start, span.end));
      if (from === undefined) continue;
      blanked ??= [];
      blanked.push(text.slice(copied, span.start + from), text.slice(span.start + from, span.end).replace(NOT_LINE_BREAK, ' '));
      copied = span.end;
    }
  }
  if (blanked === undefined) return text;
  blanked.push(text.slice(copied));
  return blanked.join('');
}

const NOT_LINE_BREAK = /[^\n\r]/g;

/**
 * The text with the `>` markers that open a quote's continuation lines inside a block blanked:
 * a line prefix, not the start of the next sentence (cut with it, the line before would keep
 * its own `>` and gain a second).
 */
function withoutQuoteMarkers(text: string, blocks: readonly Block[]): string {
  let pieces: string[] | undefined;
  let copied = 0;
  for (const block of blocks) {
    if (block.inline === undefined) continue;
    const { start, end } = block.content;
    const content = text.slice(start, end);
    if (!QUOTED_LINE.test(content)) continue;
    pieces ??= [];
    pieces.push(text.slice(copied, start), content.replace(QUOTED_LINES, (prefix) => prefix.replaceAll('>', ' ')));
    copied = end;
  }
  if (pieces === undefined) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** A line break followed by quote markers (and the spaces between them). */
const QUOTED_LINE = /\n[ \t]*>/;
const QUOTED_LINES = /\n[ \t>]*/g;
/** An autolink (`<https://…>`, `<a@b.c>`): its address is what the reader sees. */
export const AUTOLINK = /^<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>$/i;
/** One HTML tag, not an element with content (an MDX element holds prose). */
const HTML_TAG = /^<[^<>]*>$/;

/**
 * Where the syntax to blank starts in an inline span's text, or undefined to keep all of it:
 * a link's or image's `(destination "title")` or `[reference]` after its text, a footnote
 * reference, an HTML tag or an MDX expression whole.
 */
function syntaxStart(written: string): number | undefined {
  if (written.startsWith('[^') || written.startsWith('{')) return 0;
  if (written.startsWith('<')) return !AUTOLINK.test(written) && HTML_TAG.test(written) ? 0 : undefined;
  if (!written.startsWith('[') && !written.startsWith('![')) return undefined;
  const inline = written.lastIndexOf('](');
  if (inline >= 0 && written.endsWith(')')) return inline + 1;
  const reference = written.lastIndexOf('][');
  return reference >= 0 ? reference + 1 : undefined;
}
