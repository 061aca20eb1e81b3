function splitLines(text, from) {
    const lines = [];
    let start = from;
    while (start < text.length) {
        const newline = text.indexOf('\n', start);
        const next = newline === -1 ? text.length : newline + 1;
        let end = newline === -1 ? text.length : newline;
        if (end > start && text[end - 1] === '\r')
            end--;
        lines.push({ start, end, next });
        start = next;
    }
    return lines;
}
const isBlank = (text, line) => text.slice(line.start, line.end).trim() === '';
/**
 * Whether a run of lines is one hard-wrapped paragraph rather than one paragraph per line:
 * every line but the last is long for the document's wrap width, and none is very long.
 */
function isWrappedRun(run, wrapWidth) {
    if (run.length < 2 || wrapWidth > 120)
        return false;
    return run.slice(0, -1).every((line) => line.end - line.start >= Math.max(30, 0.6 * wrapWidth));
}
function trimRange(text, start, end) {
    while (start < end && /\s/.test(text[start]))
        start++;
    while (end > start && /\s/.test(text[end - 1]))
        end--;
    return { start, end };
}
/**
 * Parses plain text into blocks: a paragraph is a non-empty line, or a blank-line-separated
 * run of lines when the text is hard-wrapped. Lines inside `<!-- unecho-ignore -->` regions
 * are no blocks. Offsets are UTF-16 indices into `text`; a leading BOM is outside every block.
 */
export function parseText(text) {
    const lines = splitLines(text, text.startsWith('\ufeff') ? 1 : 0);
    const wrapWidth = lines.reduce((widest, line) => Math.max(widest, line.end - line.start), 0);
    const runs = [];
    let run = [];
    for (const line of lines) {
        if (isBlank(text, line)) {
            if (run.length > 0)
                runs.push(run);
            run = [];
        }
        else
            run.push(line);
    }
    if (run.length > 0)
        runs.push(run);
    const spans = [];
    for (const lines of runs) {
        const groups = isWrappedRun(lines, wrapWidth) ? [lines] : lines.map((line) => [line]);
        for (const group of groups) {
            const first = group[0];
            const last = group[group.length - 1];
            spans.push({ content: trimRange(text, first.start, last.end), lines: { start: first.start, end: last.next } });
        }
    }
    const ignored = ignoredRegions(text);
    const blocks = [];
    spans.forEach((span, index) => {
        if (ignored.some((region) => span.lines.start < region.end && region.start < span.lines.end))
            return;
        blocks.push({ index: blocks.length, kind: 'paragraph', content: span.content, removal: removalRange(text, spans, index) });
    });
    return blocks;
}
const IGNORE_MARKER = /<!--\s*unecho-ignore(-end)?\s*-->/g;
/**
 * The regions between `<!-- unecho-ignore -->` and `<!-- unecho-ignore-end -->`, markers
 * included; a start with no end protects the rest of the text.
 */
function ignoredRegions(text) {
    if (!text.includes('unecho-ignore'))
        return [];
    const regions = [];
    let open;
    for (const marker of text.matchAll(IGNORE_MARKER)) {
        const at = marker.index;
        if (marker[1] === undefined)
            open ??= at;
        else if (open !== undefined) {
            regions.push({ start: open, end: at + marker[0].length });
            open = undefined;
        }
    }
    if (open !== undefined)
        regions.push({ start: open, end: text.length });
    return regions;
}
/**
 * The range to delete with block `index`: its lines plus the blank lines after it, so the
 * next block moves up into its place. The last block keeps the file's final line break; the
 * planner then also takes the separator before it (see `removalRanges`).
 */
function removalRange(text, spans, index) {
    const own = spans[index].lines;
    const next = spans[index + 1];
    if (next)
        return { start: own.start, end: next.lines.start };
    return { start: own.start, end: own.end - lineBreakLength(text, own.end) };
}
function lineBreakLength(text, end) {
    if (text[end - 1] !== '\n')
        return 0;
    return text[end - 2] === '\r' ? 2 : 1;
}
