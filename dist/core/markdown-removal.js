import { isAttribution } from './attribution.js';
const COLLAPSIBLE = new Set(['listItem', 'list', 'blockquote']);
/**
 * HTML that may interrupt a paragraph (CommonMark HTML block kinds 1–6: comments, processing
 * instructions, declarations, CDATA, raw and block-level tags); other HTML may not.
 */
const HTML_INTERRUPTS = /^[ \t]*<(?:!--|\?|![A-Za-z]|!\[CDATA\[|\/?(?:script|pre|style|textarea|address|article|aside|blockquote|body|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?:[\s/>]|$))/i;
/**
 * Blocks that end on their own line, so whatever follows them cannot continue them (every math
 * block has its closing fence: see `markdownTree`).
 */
const CLOSED = new Set(['heading', 'thematicBreak', 'yaml', 'toml', 'html', 'math']);
/**
 * Climbs from a paragraph to the node its whole removal takes out: a list item, list or quote
 * it is the only content of, or a quote whose only other content is the attribution of it
 * (`> — The maintainers` after the quoted paragraph), which would stand alone otherwise.
 * @param ancestors the paragraph's ancestors, root first, parent last
 * @param text the original text
 */
export function removalUnit(paragraph, ancestors, text) {
    let node = paragraph;
    let depth = ancestors.length - 1;
    for (;;) {
        const parent = ancestors[depth];
        if (!parent)
            throw new Error('removalUnit: a paragraph needs its ancestors');
        const grand = ancestors[depth - 1];
        if (grand === undefined || !COLLAPSIBLE.has(parent.type) || !(parent.children.length === 1 || isAttributed(node, parent, text)))
            return { node, parent };
        node = parent;
        depth -= 1;
    }
}
/** Whether `node` is the paragraph of a quote whose only other child is an attribution after it. */
function isAttributed(node, parent, text) {
    const [first, second] = parent.children;
    if (parent.type !== 'blockquote' || parent.children.length !== 2 || first !== node || node.type !== 'paragraph')
        return false;
    if (second?.type !== 'paragraph')
        return false;
    const source = text.slice(second.start, second.end);
    return isAttribution(source, source.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
}
/**
 * The range that removes a unit and one separator, so the text around keeps its spacing:
 * from where the unit's own text starts on its line (after the container's prefix: list
 * marker or indentation, `> `) to the same place on the next sibling's line, so the sibling
 * keeps its own indentation and takes over the prefix; for a last child, from the previous
 * sibling's end. Ranges of neighbouring units can overlap in the separator between them (never
 * in another block's prose): to remove several, delete the union.
 * @param text the original text
 * @returns UTF-16 offsets into the original text, or `undefined` when the prefixes cannot be
 *   lined up (tabs, ragged list indentation): such a paragraph is not offered for removal
 */
export function removalRange(unit, text) {
    const siblings = unit.parent.children;
    const index = siblings.indexOf(unit.node);
    const next = siblings[index + 1];
    const previous = siblings[index - 1];
    // A list or quote right under a paragraph (`Related:` then `- item`) goes with the line break
    // before it, not the blank line after it: what follows stays apart from the paragraph.
    if (previous && isTuckedUnder(unit.parent, index, text))
        return { start: previous.end, end: unit.node.end };
    if (next) {
        const start = ownStart(unit.node, unit.parent, text);
        const end = ownStart(next, unit.parent, text);
        return start === undefined || end === undefined || end < start ? undefined : { start, end };
    }
    if (previous)
        return { start: previous.end, end: unit.node.end };
    return { start: unit.node.start, end: unit.node.end };
}
/** Whether `node` stands right under an open block (a paragraph), with no blank line between. */
function follows(previous, node, text) {
    return !endsClosed(previous, text) && !hasBlankLine(text.slice(previous.end, node.start));
}
/**
 * Whether the child at `index` stands right under an open block and has a blank line after it
 * (or ends the text): taken out with the line break before it, it leaves the blank line after it
 * between the open block and what follows. Not so for list items, which `removalRange` lines up.
 */
function isTuckedUnder(parent, index, text) {
    const siblings = parent.children;
    const [previous, node, next] = [siblings[index - 1], siblings[index], siblings[index + 1]];
    if (!previous || parent.type === 'list' || !follows(previous, node, text))
        return false;
    return next ? hasBlankLine(text.slice(node.end, next.start)) : parent.type === 'root';
}
/** Where a child's own text (its own indentation included) starts, past its container's prefix. */
function ownStart(child, parent, text) {
    const line = lineStart(text, child.start);
    switch (parent.type) {
        case 'root':
            return line;
        case 'list': {
            // Items start at their marker; a different indentation would move the content column.
            const first = parent.children[0];
            return first && column(text, first.start) === column(text, child.start) ? child.start : undefined;
        }
        case 'listItem': {
            const marker = /^(?:\d{1,9}[.)]|[-*+])/.exec(text.slice(parent.start, parent.start + 10))?.[0].length ?? 0;
            const spaces = /^ */.exec(text.slice(parent.start + marker, parent.start + marker + 6))?.[0].length ?? 0;
            const after = text.charAt(parent.start + marker + spaces);
            // 1–4 spaces after the marker set the content column; more (indented code) or none mean one.
            const width = marker + (spaces >= 1 && spaces <= 4 && after !== '\n' && after !== '\r' && after !== '' ? spaces : 1);
            // On the marker's line the child starts right after it (past a task checkbox, too).
            if (line === lineStart(text, parent.start))
                return Math.max(child.start, parent.start + width);
            const at = line + column(text, parent.start) - 1 + width;
            return /^[ >]*$/.test(text.slice(line, at)) && !text.slice(line, at).includes('\n') ? at : undefined;
        }
        case 'blockquote': {
            const at = line + column(text, parent.start) - 1;
            if (text.charAt(at) !== '>')
                return undefined;
            return at + (text.charAt(at + 1) === ' ' ? 2 : 1);
        }
        default:
            return undefined;
    }
}
/** The offset where the line holding `offset` starts (after a BOM on the first line). */
function lineStart(text, offset) {
    const newline = text.lastIndexOf('\n', offset - 1);
    if (newline !== -1)
        return newline + 1;
    return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}
/** 1-based column of an offset in UTF-16 code units (a BOM is not counted). */
function column(text, offset) {
    return offset - lineStart(text, offset) + 1;
}
/**
 * Finds the units whose removal could change how the rest parses, for any subset of the
 * `removable` units removed together: two lists of the same marker or two indented code blocks
 * that would join, indented text a list above would swallow, text that would continue an open
 * block (paragraph, list, quote, table) once the blank line is gone, and `- ***` style items
 * that would turn into a rule, list items that would be left empty, and what follows indented
 * code. Such paragraphs are not offered for removal.
 * @param removable every unit some candidate paragraph would take out
 * @param root the tree from `markdownTree`
 * @param text the original text
 */
export function unsafeUnits(units, root, text) {
    const result = new Set();
    const containers = [];
    // What can vanish: a unit, or a container all of whose children can (a list whose items all go).
    const removable = new Set();
    const collect = (node) => {
        if (units.has(node))
            removable.add(node);
        if (node.type !== 'root' && !COLLAPSIBLE.has(node.type))
            return removable.has(node);
        containers.push(node);
        for (const child of node.children)
            PARENT.set(child, node);
        const all = node.children.map(collect).every(Boolean);
        if (all && node.children.length > 0 && node.type !== 'root')
            removable.add(node);
        return removable.has(node);
    };
    collect(root);
    // Keeping a container that only vanishes by its children means keeping its first child.
    const unsafe = {
        add(node) {
            for (let at = node; at; at = at.children[0]) {
                if (units.has(at)) {
                    result.add(at);
                    return;
                }
                if (!removable.has(at))
                    return;
            }
        },
    };
    for (const parent of containers) {
        const children = parent.children;
        if (parent.type === 'list')
            continue; // removing items never joins anything
        let i = 0;
        while (i < children.length) {
            if (!removable.has(children[i])) {
                i += 1;
                continue;
            }
            let j = i;
            while (j + 1 < children.length && removable.has(children[j + 1]))
                j += 1;
            // The run plus the kept neighbours that may end up side by side.
            const run = children.slice(Math.max(0, i - 1), j + 2);
            markRun(run, removable, units, unsafe, text);
            i = j + 1;
        }
        const first = children[0];
        if (parent.type === 'listItem' && first) {
            // Removing the leading children moves the first kept one onto the marker's line, where
            // `- ***` is a rule and `-     code` has another content column; removing them all would
            // leave an empty item (`1. `), which micromark reads as text after indented code.
            // An own indentation there would move the item's content column.
            const keptAt = children.findIndex((c) => !removable.has(c));
            const movers = children.slice(1, keptAt === -1 ? children.length : keptAt + 1);
            // A child that only vanishes item by item leaves its separator on the marker line.
            const partial = (c) => removable.has(c) && !units.has(c);
            const risky = (c) => c.type === 'thematicBreak' || (c.type === 'code' && !isFenced(c, text)) || hasOwnIndent(c, parent, text) || partial(c);
            // A task checkbox only counts before paragraph text: what moves up must not lose it.
            const task = /^(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\]/.test(text.slice(parent.start, parent.start + 16));
            if (keptAt === -1 || partial(first) || movers.some(risky) || (task && children.length > 1))
                unsafe.add(first);
        }
        children.forEach((child, i) => {
            if (!interrupts(children[i - 1], child, text))
                return;
            // Removing what stands before an interrupting node would let it start afresh.
            const previous = children[i - 1];
            if (removable.has(previous) && startsSensitive(child, text))
                unsafe.add(previous);
            markAfterInterruption(children, i, removable, unsafe, text);
        });
        // On a line read as interrupting, removing a container's first child would bring the next
        // one to that line.
        const head = children[0];
        if (head && removable.has(head) && parent.type !== 'root' && isInterrupted(parent, text)) {
            const keptAt = children.findIndex((c) => !removable.has(c));
            const movers = children.slice(1, keptAt === -1 ? children.length : keptAt + 1);
            if (movers.some((c) => startsSensitive(c, text)))
                unsafe.add(head);
        }
    }
    return result;
}
/**
 * Whether `node` stands where micromark parses it as interrupting the block before it: right
 * after it with no blank line, or after indented code (which blank lines do not close). There
 * an empty item or a list starting at `2.` cannot start, so what stands there must not change.
 */
function interrupts(previous, node, text) {
    if (!previous)
        return false;
    return (previous.type === 'code' && !isFenced(previous, text)) || !hasBlankLine(text.slice(previous.end, node.start));
}
const PARENT = new WeakMap();
/** Whether a container's first line is parsed as interrupting (its own or an ancestor's). */
function isInterrupted(node, text) {
    for (let at = node; at;) {
        const parent = PARENT.get(at);
        if (!parent)
            return false;
        const index = parent.children.indexOf(at);
        if (index > 0)
            return interrupts(parent.children[index - 1], at, text);
        if (parent.type === 'root')
            return false;
        at = parent;
    }
    return false;
}
/**
 * Marks what may not be removed because a list, quote or rule would come to the interrupting
 * place `at`, and the first child of each container that opens on that line.
 */
function markAfterInterruption(children, at, removable, unsafe, text) {
    // Keeping the node at `at` keeps everything after it where it is.
    let k = at + 1;
    while (k < children.length && removable.has(children[k - 1])) {
        if (startsSensitive(children[k], text)) {
            unsafe.add(children[at]);
            return;
        }
        k += 1;
    }
}
/**
 * Whether a node's first line parses differently when it interrupts a block: an ordered list
 * (or one nested on its line) starting at another number than 1, an empty item, a table, HTML,
 * or indented code. A bullet list, quote, heading or fence reads the same either way.
 */
function startsSensitive(node, text) {
    if (node.type === 'html')
        return !HTML_INTERRUPTS.test(text.slice(node.start, node.start + 40));
    if (node.type === 'table' || (node.type === 'code' && !isFenced(node, text)))
        return true;
    if (node.type !== 'list' && node.type !== 'listItem' && node.type !== 'blockquote')
        return false;
    const end = text.indexOf('\n', node.start);
    let line = text.slice(node.start, end === -1 ? text.length : end).replace(/\r$/, '');
    for (;;) {
        const quote = /^>[ \t]?/.exec(line);
        if (quote) {
            line = line.slice(quote[0].length);
            continue;
        }
        const marker = /^(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+|$)/.exec(line);
        if (!marker)
            return false;
        if (marker[1] !== undefined && Number(marker[1]) !== 1)
            return true;
        line = line.slice(marker[0].length);
        if (line.trim() === '')
            return true;
    }
}
/** Whether a child's text starts after spaces of its own, past its container's prefix. */
function hasOwnIndent(child, parent, text) {
    const start = ownStart(child, parent, text);
    return start === undefined || /^[ \t]/.test(text.slice(start, start + 1));
}
/**
 * Checks one run of removable siblings with the kept neighbours around it. Where two nodes
 * must not come side by side, one node between them is kept: a container that only vanishes
 * item by item if there is one (keeping its first item costs least), else the nearest.
 */
function markRun(run, removable, units, unsafe, text) {
    const keepOneBetween = (from, to) => {
        const inside = run.slice(from + 1, to).filter((node) => removable.has(node));
        const keep = inside.find((node) => !units.has(node)) ?? inside[inside.length - 1];
        if (keep)
            unsafe.add(keep);
    };
    const lastOf = new Map();
    const lists = [];
    run.forEach((node, k) => {
        const signature = joinSignature(node, text);
        if (signature !== undefined) {
            const previous = lastOf.get(signature);
            if (previous !== undefined)
                keepOneBetween(previous, k);
            lastOf.set(signature, k);
        }
        // Indented text after a list joins the list's last item once nothing stands between.
        const indent = indentColumn(node, text);
        const swallower = [...lists].reverse().find((at) => column(text, run[at].start) < indent);
        if (swallower !== undefined)
            keepOneBetween(swallower, k);
        if (node.type === 'list')
            lists.push(k);
        // Right under an open block, what follows would continue it once the blank line after is
        // gone; not if a unit goes with the line break before it instead (see `removalRange`), nor
        // for a top-level bullet list emptied item by item (its lines go whole). A nested one would leave
        // its indentation as a blank line, and a quote emptied paragraph by paragraph its `>`.
        const previous = run[k - 1];
        if (previous && removable.has(node) && follows(previous, node, text)) {
            const parent = PARENT.get(node);
            // An ordered list's second item, once the first goes, cannot interrupt the paragraph (`2.`).
            const tucked = units.has(node) ? isTuckedUnder(parent, parent.children.indexOf(node), text) : node.type === 'list' && parent.type === 'root' && node.ordered !== true;
            if (!tucked)
                unsafe.add(node);
        }
    });
}
/** Two nodes with the same signature merge when only a blank line separates them. */
function joinSignature(node, text) {
    if (node.type === 'code' && !isFenced(node, text))
        return 'indented-code';
    if (node.type !== 'list')
        return undefined;
    const marker = /^(?:\d+([.)])|([-*+]))/.exec(text.slice(node.start, node.start + 12));
    return node.ordered ? `ordered${marker?.[1] ?? ''}` : `bullet${marker?.[2] ?? ''}`;
}
/** Fenced code starts at its fence; indented code starts at its indentation. */
function isFenced(node, text) {
    const first = text.charAt(node.start);
    return first === '`' || first === '~';
}
function endsClosed(node, text) {
    return CLOSED.has(node.type) || (node.type === 'code' && isFenced(node, text));
}
/** The column where a node's text starts, counting the indentation of indented code. */
function indentColumn(node, text) {
    const lead = /^[ \t]*/.exec(text.slice(node.start, node.start + 16))?.[0].length ?? 0;
    return column(text, node.start) + lead;
}
/** Whether a separator holds a line with nothing but whitespace and quote markers. */
function hasBlankLine(separator) {
    const lines = separator.split('\n');
    return lines.slice(1, -1).some((line) => /^[ \t>]*\r?$/.test(line));
}
