import type { Block } from './types.js';
/**
 * The text as the engine reads it: Markdown's inline syntax that is not prose (link and image
 * destinations and titles, reference labels, footnote references, HTML tags, MDX expressions)
 * and the quote markers of continuation lines blanked out, so that a copy of a paragraph with
 * links and one without read alike (where links point is compared apart: see
 * `namesOtherThings`). Every other character stays where it was (line breaks too), so offsets
 * are the same in both texts. The text itself when nothing is blanked (plain text, Markdown
 * without such syntax).
 * @param blocks the blocks of `text` (only Markdown blocks have inline spans: `Block.inline`)
 */
export declare function readingText(text: string, blocks: readonly Block[]): string;
/** An autolink (`<https://…>`, `<a@b.c>`): its address is what the reader sees. */
export declare const AUTOLINK: RegExp;
