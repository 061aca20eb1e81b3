import { UTF16_UNITS } from './text-units.js';
import { mapPacked } from './map-packed.js';
import { keepingListStarts } from './keeping-list-starts.js';
/**
 * Turns a plan into removals on the original text. A removed block takes its `removal` range;
 * a cut sentence takes the space after it (or before it, when it ends its block), so the
 * joins stay clean, and leaves the quotes, brackets and emphasis marks that pair with marks
 * outside it. When only whitespace follows a removal, the separator before it goes
 * instead, so the text keeps its final line break and gains no trailing blank lines.
 */
export function planEdits(doc, plan) {
    const ranges = [];
    for (const index of plan.removedBlocks)
        ranges.push(doc.blocks[index].block.removal);
    for (const [index, cut] of plan.cutSentences) {
        const sentences = doc.blocks[index].sentences;
        // The cut sentences that end the block take the space before them, so the block ends where
        // its last kept sentence does (with what follows the text: a closing `*` is a sentence of
        // no words).
        let tail = sentences.length;
        while (tail > 0 && (cut.has(tail - 1) || sentences[tail - 1].fp.wordCount === 0))
            tail--;
        sentences.forEach((sentence, i) => {
            if (!cut.has(i))
                return;
            const next = sentences[i + 1];
            const previous = sentences[i - 1];
            // Marks at the sentence's edges that pair with marks outside it stay: the quote or bracket
            // around the whole paragraph, or its emphasis, which the segmenter gave to its first and
            // last sentences.
            const { lead, trail } = unpairedEdges(doc.source, sentence.range);
            if (previous && (i >= tail || !next || trail > 0)) {
                // The marks that pair outside it stay; with none, the closing tags it opened go with it.
                const end = trail > 0 ? sentence.range.end - trail : withClosingTags(doc.source, sentence.range, doc.blocks[index].block.inline ?? []);
                ranges.push({ start: previous.range.end, end });
            }
            else if (next)
                ranges.push({ start: sentence.range.start + lead, end: next.range.start });
        });
    }
    return removalEdits(doc.source, ranges, { starts: listStarts(doc.blocks.map((model) => model.block)) });
}
/** The first markers of ordered lists the blocks stand in (see `Block.listStart`). */
export function listStarts(blocks) {
    return blocks.flatMap((block) => (block.listStart === undefined ? [] : [block.listStart]));
}
/**
 * Where a sentence ends once it takes the closing tags glued after it whose opening tags it
 * holds (`… <a href="/g">the guide</a>`: Markdown is read with tags blanked, so the sentence
 * stopped before `</a>`, and its cut left the tag behind). Tags are the block's inline HTML
 * spans (see `Block.inline`), not text in code spans.
 */
function withClosingTags(text, range, inline) {
    const tags = inline.filter((span) => span.start >= range.start && text.charCodeAt(span.start) === LESS_THAN);
    let end = range.end;
    for (;;) {
        const closing = tags.find((span) => span.start === end);
        const name = closing === undefined ? undefined : CLOSING_TAG.exec(text.slice(closing.start, closing.end))?.[1]?.toLowerCase();
        if (closing === undefined || name === undefined)
            return end;
        const opened = tags.filter((span) => span.end <= end && tagName(text.slice(span.start, span.end)) === name).length;
        const closed = tags.filter((span) => span.end <= end && CLOSING_TAG.exec(text.slice(span.start, span.end))?.[1]?.toLowerCase() === name).length;
        if (opened <= closed)
            return end;
        end = closing.end;
    }
}
const LESS_THAN = 0x3c;
/** An HTML closing tag, with its name. */
const CLOSING_TAG = /^<\/([a-z][a-z0-9-]*)\s*>$/i;
/** An HTML opening tag (not self-closing), with its name. */
const OPENING_TAG = /^<([a-z][a-z0-9-]*)(?:\s[^<>]*)?(?<!\/)>$/i;
function tagName(written) {
    return OPENING_TAG.exec(written)?.[1]?.toLowerCase();
}
/** Marks that open and close in pairs, and those written the same at both ends. */
const OPENING = '“([«';
const CLOSING = '”)]»';
const SAME_BOTH_ENDS = '"';
/** Emphasis marks, written in runs (`*`, `**`, `__`, `~~`) the same at both ends. */
const EMPHASIS = '*_~';
/**
 * How many characters at each edge of a text are opening (`lead`) or closing (`trail`) marks
 * whose partner is not in it: a `“` or `(` with fewer closers after it, a `"` written an
 * odd number of times, a run of emphasis marks (`**`) with no run of its size elsewhere in the
 * text (or a lone `*` written an odd number of times).
 */
function unpairedEdges(text, range) {
    const own = text.slice(range.start, range.end);
    const count = (mark) => own.split(mark).length - 1;
    const unpaired = (mark, pairs, partners) => {
        const at = pairs.indexOf(mark);
        if (at >= 0)
            return count(mark) > count(partners[at]);
        return SAME_BOTH_ENDS.includes(mark) && count(mark) % 2 === 1;
    };
    // The length of the unpaired run of emphasis marks ending at `at` (going `step` by one), or 0.
    const emphasisRun = (at, step, limit) => {
        const mark = own[at];
        if (!EMPHASIS.includes(mark))
            return 0;
        let run = 1;
        while (at + step * run !== limit && own[at + step * run] === mark)
            run++;
        const elsewhere = count(mark) - run;
        return elsewhere < run || (run === 1 && count(mark) % 2 === 1) ? run : 0;
    };
    let lead = 0;
    while (lead < own.length) {
        const run = emphasisRun(lead, 1, own.length);
        if (run > 0)
            lead += run;
        else if (unpaired(own[lead], OPENING, CLOSING))
            lead++;
        else
            break;
    }
    let trail = 0;
    while (trail < own.length - lead) {
        const run = emphasisRun(own.length - 1 - trail, -1, lead - 1);
        if (run > 0)
            trail += run;
        else if (unpaired(own[own.length - 1 - trail], CLOSING, OPENING))
            trail++;
        else
            break;
    }
    return { lead, trail };
}
/**
 * Removals of (possibly overlapping) ranges as sorted, non-overlapping edits. When only
 * whitespace follows a removal, the separator before it goes instead, so the text keeps its
 * final line break and gains no trailing blank lines.
 * @param how.units how `text` is read (offsets are in its units); UTF-16 unless a byte string
 * @param how.starts the first markers of ordered Markdown lists, which removals keep (see
 *   `keepingListStarts`); UTF-16 offsets; none by default
 */
export function removalEdits(text, ranges, how = {}) {
    const { units = UTF16_UNITS, starts = [] } = how;
    // Merged again after widening: a list's removal that takes the blank line after it can reach
    // the last removal, which took the separator before it; joined, the two are the last removal,
    // which takes the separator before it.
    const merged = starts.length === 0 ? mergeRanges(ranges) : keepingListStarts(text, mergeRanges(ranges), starts);
    const widened = mergeRanges(mapPacked(merged, (range) => closeLineGap(text, closeBlankGap(text, extendOverTrailingSpace(text, range, units)))));
    const last = widened.pop();
    if (last !== undefined)
        widened.push(extendOverTrailingSpace(text, last, units));
    return mapPacked(mergeRanges(widened), (range) => ({ range, text: '' }));
}
/**
 * A removal with a blank line on each side (every item of a Markdown list gone: each item takes
 * only its own lines) also takes the line break and the blank line after it, so that one blank
 * line stays between the blocks around it, not three.
 */
function closeBlankGap(text, range) {
    if (!followsBlankLine(text, range.start))
        return range;
    const first = lineBreakAt(text, range.end);
    if (first === 0)
        return range;
    const blank = skipSpacesAndTabs(text, range.end + first);
    const second = lineBreakAt(text, blank);
    return second === 0 ? range : { start: range.start, end: blank + second };
}
/**
 * A removal from the start of a line to the end of a line's text also takes the line break
 * after it: the last items of a tight list (the last item's removal starts where the item
 * before it ends) would otherwise leave their line breaks around a blank line, as three.
 */
function closeLineGap(text, range) {
    if (lineBreakBefore(text, range.start) === 0)
        return range;
    const after = lineBreakAt(text, range.end);
    return after === 0 ? range : { start: range.start, end: range.end + after };
}
/** Whether `at` starts a line that comes right after a blank one (spaces and tabs allowed on it). */
function followsBlankLine(text, at) {
    let before = at - lineBreakBefore(text, at);
    if (before === at)
        return false;
    while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t'))
        before--;
    return before > 0 && lineBreakBefore(text, before) > 0;
}
function skipSpacesAndTabs(text, at) {
    while (text[at] === ' ' || text[at] === '\t')
        at++;
    return at;
}
/** Length of the line break (`\n`, `\r\n` or `\r`) starting at `at`, or 0. */
function lineBreakAt(text, at) {
    if (text[at] === '\n')
        return 1;
    if (text[at] !== '\r')
        return 0;
    return text[at + 1] === '\n' ? 2 : 1;
}
/** Length of the line break ending just before `at`, or 0. */
function lineBreakBefore(text, at) {
    if (text[at - 1] === '\r')
        return 1;
    if (text[at - 1] !== '\n')
        return 0;
    return text[at - 2] === '\r' ? 2 : 1;
}
function mergeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged = [];
    for (const range of sorted) {
        const last = merged[merged.length - 1];
        if (last && range.start <= last.end)
            merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
        else
            merged.push(range);
    }
    return merged;
}
function extendOverTrailingSpace(text, range, units) {
    for (let at = range.end, space = 0; at < text.length; at += space) {
        space = units.spaceAt(text, at);
        if (space === 0)
            return range;
    }
    let start = range.start;
    for (let space = 0; (space = units.spaceBefore(text, start)) > 0;)
        start -= space;
    return { start, end: range.end };
}
