/** Elements that never have a closing tag, so they open no region. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** One opening tag (not self-closing), with its name. */
const OPENING_TAG = /<([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?(?<!\/)>\s*/y;
/** One closing tag, with its name. */
const CLOSING_TAG = /<\/([A-Za-z][A-Za-z0-9-]*)\s*>\s*/y;
/** A `<summary>` on one line: the title of the `<details>` it stands in, which means nothing without its body. */
const SUMMARY_LINE = /^<summary(?:\s[^<>]*)?>.*<\/summary>$/i;
/**
 * The removal of a top-level node together with the HTML wrapper around it, when the node is
 * all the wrapper holds: an HTML block whose last lines open elements (`<div class="note">`,
 * `<details>` and its one-line `<summary>`) right before the node, and an HTML block right after
 * it whose first lines close exactly those elements (`</div>`, `</details>`). Removed alone, the
 * node would leave an empty wrapper (a `<details>` with nothing to disclose). Lines of the HTML
 * blocks outside the region (an earlier `</details>`, the next `<details>`) stay.
 *
 * The region goes from the start of its first line to the start of what follows it, so one
 * blank line stays between the blocks around it. It is not offered (`undefined`) when its
 * removal could change how the rest parses: the opening HTML interrupts a paragraph, or a list
 * or indented code before it would meet what follows.
 * @param siblings the children of the root
 * @param node the node that goes (a paragraph, or the list or quote it is the only content of)
 * @param text the original text
 * @returns UTF-16 offsets into the original text, or `undefined` when `node` has no such wrapper
 */
export function htmlWrapperRemoval(siblings, node, text) {
    const at = siblings.indexOf(node);
    const closing = siblings[at + 1];
    if (closing?.type !== 'html')
        return undefined;
    let first = at;
    while (first > 0 && siblings[first - 1].type === 'html')
        first -= 1;
    if (first === at)
        return undefined;
    const opening = siblings.slice(first, at).flatMap((html) => linesOf(html, text));
    const closers = linesOf(closing, text);
    const match = regionLines(opening, closers);
    if (match === undefined)
        return undefined;
    const [open, close] = match;
    const tail = closers[close];
    if (open > 0) {
        // Lines of the opening block before the region stay, and so does their line break.
        return tail ? { start: opening[open].start, end: tail.start } : { start: opening[open - 1].end, end: closers[close - 1].end };
    }
    const before = siblings[first - 1];
    const start = opening[0].start;
    // The region's first line must start a block of its own: an HTML line right under a
    // paragraph interrupts it, and removed, it would let what follows continue the paragraph.
    if (before && !/\n[ \t]*\r?\n/.test(text.slice(before.end, start)))
        return undefined;
    if (tail)
        return { start, end: tail.start };
    const after = siblings[at + 2];
    const next = after === undefined ? undefined : text.lastIndexOf('\n', after.start - 1) + 1;
    if (before && after && joins(before, after, next, text))
        return undefined;
    if (next !== undefined)
        return { start, end: next };
    return { start: before ? before.end : start, end: closing.end };
}
/**
 * Whether what follows the region (its line starting at `next`) would join the block before it
 * once nothing stands between: a list after a list (whatever its marker, to be safe), indented
 * text a list takes in, or indented code after indented code.
 */
function joins(before, after, next, text) {
    const indented = /[ \t]/.test(text.charAt(next));
    if (before.type === 'list')
        return indented || after.type === 'list';
    return indented && before.type === 'code' && !/^[`~]/.test(text.charAt(before.start));
}
/**
 * Where the region starts among the opening lines and where it ends among the closing ones
 * (the index of the first closing line after it), choosing the widest region whose opening
 * lines only open elements (or give a `<details>` its summary) and whose closing lines close
 * exactly those, innermost first.
 */
function regionLines(opening, closers) {
    let from = opening.length;
    while (from > 0 && openedBy(opening[from - 1].source) !== undefined)
        from -= 1;
    for (let open = from; open < opening.length; open += 1) {
        const stack = openStack(opening.slice(open));
        if (stack === undefined || stack.length === 0)
            continue;
        const close = closeStack(stack, closers);
        if (close !== undefined)
            return [open, close];
    }
    return undefined;
}
/** The elements still open after some lines, outermost first; undefined when a summary stands outside a `<details>` or a line opens nothing first. */
function openStack(lines) {
    const stack = [];
    for (const line of lines) {
        const names = openedBy(line.source);
        if (names.length === 0 && stack[stack.length - 1] !== 'details')
            return undefined;
        stack.push(...names);
    }
    return stack;
}
/** How many closing lines close `stack` exactly (innermost first), or undefined if they do not. */
function closeStack(stack, closers) {
    const open = [...stack];
    for (let i = 0; i < closers.length; i += 1) {
        const names = closedBy(closers[i].source);
        if (names === undefined)
            return undefined;
        for (const name of names) {
            if (open.pop() !== name)
                return undefined;
        }
        if (open.length === 0)
            return i + 1;
    }
    return undefined;
}
/** The elements a line opens, in order (none for a one-line `<summary>`), or undefined when it holds anything else. */
function openedBy(source) {
    if (SUMMARY_LINE.test(source))
        return [];
    const names = tagsOf(source, OPENING_TAG);
    return names?.some((name) => VOID.has(name)) ? undefined : names;
}
/** The elements a line closes, in order, or undefined when it holds anything else. */
function closedBy(source) {
    return tagsOf(source, CLOSING_TAG);
}
/** The names of the tags a line consists of, lowercase, or undefined when it holds anything else. */
function tagsOf(source, tag) {
    const names = [];
    tag.lastIndex = 0;
    while (tag.lastIndex < source.length) {
        const found = tag.exec(source);
        if (found === null)
            return undefined;
        names.push(found[1].toLowerCase());
    }
    return names.length > 0 ? names : undefined;
}
/** The non-blank lines of a node, each from its line start (indentation included). */
function linesOf(node, text) {
    const lines = [];
    let start = text.lastIndexOf('\n', node.start - 1) + 1;
    while (start < node.end) {
        const newline = text.indexOf('\n', start);
        const stop = newline === -1 || newline > node.end ? node.end : newline;
        const end = text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
        const source = text.slice(start, end).trim();
        if (source !== '')
            lines.push({ start, end, source });
        start = stop + 1;
    }
    return lines;
}
