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
export function readingText(text, blocks) {
    const blanks = [];
    for (const block of blocks) {
        // Plain text has no spans: nothing made per block on the engine's hot path.
        if (block.inline === undefined)
            continue;
        quoteMarkersOf(text, block.content, blanks);
        for (const span of block.inline) {
            const from = syntaxStart(text.slice(span.start, span.end));
            if (from !== undefined)
                blanks.push({ start: span.start + from, end: span.end });
        }
    }
    if (blanks.length === 0)
        return text;
    // A link's title over two lines of a quote holds a marker: ranges may overlap.
    blanks.sort((x, y) => x.start - y.start);
    const pieces = [];
    let copied = 0;
    for (const blank of blanks) {
        const start = Math.max(blank.start, copied);
        if (blank.end <= start)
            continue;
        pieces.push(text.slice(copied, start), text.slice(start, blank.end).replace(NOT_LINE_BREAK, ' '));
        copied = blank.end;
    }
    pieces.push(text.slice(copied));
    return pieces.join('');
}
const NOT_LINE_BREAK = /[^\n\r]/g;
/**
 * Adds to `blanks` the `>` markers that open the continuation lines of a block's content: a
 * quote's line prefix, not the start of the next sentence (cut with it, the line before would
 * keep its own `>` and gain a second).
 */
function quoteMarkersOf(text, content, blanks) {
    for (let newline = text.indexOf('\n', content.start); newline !== -1 && newline < content.end; newline = text.indexOf('\n', newline + 1)) {
        let at = newline + 1;
        let marker = -1;
        while (at < content.end && (text[at] === ' ' || text[at] === '\t' || text[at] === '>')) {
            if (text[at] === '>')
                marker = at;
            at++;
        }
        if (marker !== -1)
            blanks.push({ start: newline + 1, end: marker + 1 });
    }
}
/** An autolink (`<https://…>`, `<a@b.c>`): its address is what the reader sees. */
export const AUTOLINK = /^<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>$/i;
/** One HTML tag, not an element with content (an MDX element holds prose). */
const HTML_TAG = /^<[^<>]*>$/;
/**
 * Where the syntax to blank starts in an inline span's text, or undefined to keep all of it:
 * a link's or image's `(destination "title")` or `[reference]` after its text, a footnote
 * reference, an HTML tag or an MDX expression whole.
 */
function syntaxStart(written) {
    if (written.startsWith('[^') || written.startsWith('{'))
        return 0;
    if (written.startsWith('<'))
        return !AUTOLINK.test(written) && HTML_TAG.test(written) ? 0 : undefined;
    if (!written.startsWith('[') && !written.startsWith('!['))
        return undefined;
    const inline = written.lastIndexOf('](');
    if (inline >= 0 && written.endsWith(')'))
        return inline + 1;
    const reference = written.lastIndexOf('][');
    return reference >= 0 ? reference + 1 : undefined;
}
