import { decodeEntities, ENTITY_SHAPE } from './html-entities.js';
import { sentenceBreaks } from './sentence-breaks.js';
import { isWhitespace } from './is-whitespace.js';
const segmenters = new Map();
function sentenceSegmenter(locale) {
    let segmenter = segmenters.get(locale);
    if (!segmenter) {
        segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
        segmenters.set(locale, segmenter);
    }
    return segmenter;
}
/**
 * Whether the scan cuts as the locale's segmenter does: the rules are the same in every locale
 * but Greek, where `;` asks a question. `Intl.Locale` maps the aliases (`ell`, `gre`) to `el`
 * without loading the segmenter's data.
 */
function scanApplies(locale) {
    let applies = scannable.get(locale);
    if (applies === undefined) {
        try {
            applies = new Intl.Locale(locale).language !== 'el';
        }
        catch {
            // Not a locale tag: the segmenter will say so.
            applies = false;
        }
        scannable.set(locale, applies);
    }
    return applies;
}
const scannable = new Map();
/** The sentences of a text as `Intl.Segmenter` cuts them, by the faster scan where it applies. */
function sentencePieces(text, locale) {
    const breaks = scanApplies(locale) ? sentenceBreaks(text) : undefined;
    if (breaks === undefined) {
        return Array.from(sentenceSegmenter(locale).segment(text), (piece) => ({ start: piece.index, end: piece.index + piece.segment.length }));
    }
    if (text.length === 0)
        return [];
    const pieces = [];
    let start = 0;
    for (const end of breaks) {
        pieces.push({ start, end });
        start = end;
    }
    pieces.push({ start, end: text.length });
    return pieces;
}
/** A mark that ends a sentence, in the scripts the rules cover (no `u` flag: all are in the BMP, and the search is faster without it). */
const TERMINATOR = /[.!?\u3002\uff01\uff1f\u061f\u06d4\u0964\u2026]/;
/**
 * Whether a sentence-ending mark stands before the text's last character other than space: a
 * block without one is one sentence, and skipping the segmenter for those keeps it off the hot
 * path (most scraped blocks are one sentence). The regex with a look-ahead it replaces cost
 * 8 % of cutting.
 */
function hasInnerTerminator(slice) {
    let last = slice.length - 1;
    while (last >= 0 && isWhitespace(slice.charCodeAt(last)))
        last--;
    const first = slice.search(TERMINATOR);
    return first >= 0 && first < last;
}
/**
 * Cuts `range` of `text` into sentences with `Intl.Segmenter`, then glues back the cuts it
 * makes after abbreviations and initials.
 * @param inline for Markdown (see `Block.inline`): spans no cut may fall inside
 * @returns sentence ranges (UTF-16 offsets into `text`), leading and trailing whitespace excluded
 */
export function segmentSentences(text, range, locale, inline) {
    const slice = text.slice(range.start, range.end);
    if (!hasInnerTerminator(slice))
        return trimmed([{ start: 0, end: slice.length }], slice, range.start);
    const pieces = [];
    const entitiesMasked = maskEntities(slice);
    // A typographic ellipsis ends a sentence where three full stops do (`…raises… Read more`):
    // UAX #29 reads `…` as no terminator at all.
    const ellipses = entitiesMasked.includes('\u2026') ? entitiesMasked.replaceAll('\u2026', '.') : entitiesMasked;
    // A dash after a sentence end, before a name (`… the girl. — Maria Alvarez, council member`),
    // starts an attribution: UAX #29 reads the dash as continuing the sentence.
    // A capital in its place (one code unit for one) makes the segmenter cut there. The cheap test
    // first: most blocks hold no dash, and the lookbehind would try every position.
    const attributed = DASH.test(ellipses) ? ellipses.replace(DASH_AFTER_STOP, 'X') : ellipses;
    // A block's line breaks are soft wraps (a plain-text block spans lines only when it is
    // hard-wrapped): UAX #29 would end a sentence at each.
    const masked = attributed.includes('\n') || attributed.includes('\r') ? softWraps(attributed) : attributed;
    // The segmenter slows down more than linearly on very long strings (a whole page on one
    // line): long blocks are cut into chunks at sentence ends first.
    for (const chunk of chunksOf(masked)) {
        for (const piece of sentencePieces(masked.slice(chunk.start, chunk.end), locale)) {
            pieces.push({ start: chunk.start + piece.start, end: chunk.start + piece.end });
        }
    }
    const sentences = trimmed(splitGluedSentences(joinFalseBreaks(pieces, slice), slice), slice, range.start);
    return inline === undefined ? sentences : withBlankedSyntax(inline, withClosingEmphasis(text, joinAcross(inline, sentences)));
}
/**
 * Markdown sentences where the last one takes the rest of a link it ends inside: the engine
 * reads a link's destination blanked (see `readingText`), so the trimmed sentence stopped at
 * `]`, and its cut left `daily.(https://…)`. Only the last sentence can end inside a span: one
 * between two sentences joins them (see `joinAcross`). Syntax glued to a sentence (a footnote
 * reference, a tag) stays, as its partner may be elsewhere.
 */
function withBlankedSyntax(spans, sentences) {
    const last = sentences[sentences.length - 1];
    if (last === undefined)
        return sentences;
    for (const span of spans) {
        if (span.start < last.end && last.end < span.end)
            sentences[sentences.length - 1] = { start: last.start, end: span.end };
    }
    return sentences;
}
/** Emphasis marks (`*`, `_`, `~`) that close a span: right after text, before space or the end. */
const CLOSING_EMPHASIS = /^[*_~]+(?=\s|$)/;
/**
 * Markdown sentences with the emphasis marks that close the previous one moved onto it: the
 * segmenter starts a sentence at `*` in `*Staff were told. The mayor said so.* A vote`, so a cut
 * of the second sentence left the `*` after a space, where it closes nothing.
 */
function withClosingEmphasis(text, sentences) {
    for (let i = 1; i < sentences.length; i++) {
        const previous = sentences[i - 1];
        const sentence = sentences[i];
        if (previous.end !== sentence.start)
            continue;
        const marks = CLOSING_EMPHASIS.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + TAIL)));
        if (marks === null)
            continue;
        sentences[i - 1] = { start: previous.start, end: previous.end + marks[0].length };
        sentences[i] = { start: sentence.start + marks[0].length, end: sentence.end };
    }
    // A sentence that was only marks is gone into the one before.
    return sentences.filter((sentence) => sentence.end > sentence.start).map((sentence) => trimStart(text, sentence));
}
/** A range without the white space at its start. */
function trimStart(text, range) {
    let { start } = range;
    while (start < range.end && isWhitespace(text.charCodeAt(start)))
        start++;
    return start === range.start ? range : { start, end: range.end };
}
/**
 * A Markdown paragraph's line breaks as spaces (one each, so every offset stays), but those
 * after a sentence end: `… \`Array.sort()\`.` then `\`v2\` is greater.` on the next line are
 * two sentences, though the second does not start with a capital.
 */
function softWraps(slice) {
    return slice.replace(LINE_BREAK, (found, at) => (AFTER_SENTENCE_END.test(slice.slice(Math.max(0, at - TAIL), at)) ? found : ' '));
}
/** A line break (a CRLF is two, each kept or made a space alike). */
const LINE_BREAK = /[\n\r]/g;
/** A sentence end, closing quotes, brackets, code and emphasis marks after it, then spaces, at the end of a text. */
const AFTER_SENTENCE_END = /[.!?\u2026]["'\u2019\u201d)\]*_`]*[ \t\r]*$/;
/**
 * Joins each two sentences whose cut falls inside one of `spans` (in text order, apart from
 * each other): a span straddles a cut when it starts before the second sentence and ends after
 * the first.
 */
function joinAcross(spans, sentences) {
    if (spans.length === 0 || sentences.length < 2)
        return sentences;
    const joined = [sentences[0]];
    let at = 0;
    for (let i = 1; i < sentences.length; i++) {
        const last = joined[joined.length - 1];
        const next = sentences[i];
        // Spans sorted and apart: the first one ending after `last` is the only one that can straddle.
        while (at < spans.length && spans[at].end <= last.end)
            at++;
        if (at < spans.length && spans[at].start < next.start)
            joined[joined.length - 1] = { start: last.start, end: next.end };
        else
            joined.push(next);
    }
    return joined;
}
// A sentence end glued to the next sentence where the page had no space between two
// elements: `mom and dad.The average`. Needs a lower-case word before and a capitalised
// word after, so `Node.JS` and `U.S.` stay whole.
const GLUED_END = /\p{Ll}{2}[.!?]["'\u2019\u201d)]?(?=\p{Lu}\p{Ll})/gu;
// What every GLUED_END match holds: an end mark with no space after it. The Unicode regex is
// 25 times slower than this plain one, and most blocks have no such place.
const GLUED_HINT = /[.!?]["'\u2019\u201d)]?[^\s\d.!?"'\u2019\u201d)]/;
function splitGluedSentences(pieces, slice) {
    if (!GLUED_HINT.test(slice))
        return pieces;
    GLUED_END.lastIndex = 0;
    if (!GLUED_END.test(slice))
        return pieces;
    GLUED_END.lastIndex = 0;
    const result = [];
    for (const piece of pieces) {
        let start = piece.start;
        for (const glued of slice.slice(piece.start, piece.end).matchAll(GLUED_END)) {
            const cut = piece.start + glued.index + glued[0].length;
            result.push({ start, end: cut });
            start = cut;
        }
        result.push({ start, end: piece.end });
    }
    return result;
}
/** Blocks longer than this (UTF-16 units) are segmented in chunks. */
const CHUNK = 4096;
const CHUNK_END = /[.!?\u3002\uff01\uff1f]["'\u2019\u201d)]*\s+/g;
/** Cuts a long text into chunks that end after a sentence end followed by space. */
function chunksOf(text) {
    if (text.length <= CHUNK)
        return [{ start: 0, end: text.length }];
    const chunks = [];
    let start = 0;
    while (text.length - start > CHUNK) {
        CHUNK_END.lastIndex = start + CHUNK;
        const end = CHUNK_END.exec(text);
        if (!end)
            break;
        chunks.push({ start, end: end.index + end[0].length });
        start = end.index + end[0].length;
    }
    chunks.push({ start, end: text.length });
    return chunks;
}
/** Characters after which the segmenter always cuts. */
const SEPARATOR = /^[\n\r\u0085\u2028\u2029]$/;
/**
 * Replaces literal HTML entities by what they stand for, padded with zero-width joiners to
 * the same length, so the segmenter sees `war.&nbsp; &quot;We` as `war.  "We` and every
 * offset still points into the original.
 */
function maskEntities(slice) {
    if (!slice.includes('&'))
        return slice;
    return slice.replace(ENTITY_SHAPE, (entity) => {
        const decoded = decodeEntities(entity);
        if (decoded === entity || decoded.length > entity.length)
            return entity;
        const padding = '\u200d'.repeat(entity.length - decoded.length);
        // The cut after a separator (`&#13;`) falls at the end of the entity, not inside it, where
        // it made a sentence of `#13;`.
        return SEPARATOR.test(decoded) ? padding + decoded : decoded + padding;
    });
}
/** An em or en dash after a sentence end and a space, before a capital (see `segmentSentences`). */
const DASH_AFTER_STOP = /(?<=[.!?]["'\u2019\u201d)]*\s+)[\u2014\u2013](?=\s+\p{Lu})/gu;
const DASH = /[\u2014\u2013]/;
// Titles before a name never end a sentence; months and numbering words do not before a number.
const TITLE = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|Hon|Supt|Insp|St|Mt|Ft|Messrs)\.$/u;
const BEFORE_NUMBER = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Art|Fig|p|pp|ch)\.$/iu;
const INITIAL = /(?:^|[\s(.])\p{Lu}\.$/u;
const STARTS_LOWER_OR_DIGIT = /^[\s"'\u2018\u201c(]*[\p{Ll}\p{N}]/u;
/** Whether the segmenter's cut between `before` and `after` is no sentence end. */
function isFalseBreak(before, after) {
    // Only the last characters decide, and a regex anchored at the end scans from the start:
    // on a page written as one line every cut would rescan everything joined so far.
    const trimmedEnd = before.trimEnd();
    const end = trimmedEnd.length > TAIL ? trimmedEnd.slice(-TAIL) : trimmedEnd;
    if (TITLE.test(end) || INITIAL.test(end))
        return true;
    if (STARTS_LOWER_OR_DIGIT.test(after))
        return endsWithFullStop(trimmedEnd) || BEFORE_NUMBER.test(end);
    return false;
}
/** Characters the title, initial and abbreviation tests need: none of those is longer. */
const TAIL = 16;
/** Whether a text ends with `.` or `…`, closing quotes and brackets after it allowed. */
function endsWithFullStop(text) {
    let at = text.length - 1;
    while (at >= 0 && CLOSERS.includes(text[at]))
        at--;
    return at >= 0 && (text[at] === '.' || text[at] === '\u2026');
}
const CLOSERS = '"\'\u2019\u201d)';
function joinFalseBreaks(pieces, slice) {
    const joined = [];
    for (const piece of pieces) {
        const last = joined[joined.length - 1];
        if (last && isFalseBreak(slice.slice(last.start, last.end), slice.slice(piece.start, piece.end))) {
            joined[joined.length - 1] = { start: last.start, end: piece.end };
        }
        else
            joined.push(piece);
    }
    return joined;
}
function trimmed(pieces, slice, base) {
    const result = [];
    for (const piece of pieces) {
        let { start, end } = piece;
        while (start < end && isWhitespace(slice.charCodeAt(start)))
            start++;
        while (end > start && isWhitespace(slice.charCodeAt(end - 1)))
            end--;
        if (end > start)
            result.push({ start: base + start, end: base + end });
    }
    return result;
}
