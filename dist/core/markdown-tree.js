import { fromMarkdown } from '../vendor/markdown.js';
/**
 * Parses Markdown (CommonMark + GFM + YAML/TOML front matter + math, and MDX when asked) into
 * a small tree with offsets into `text`.
 * micromark drops a leading BOM and counts from after it; the offsets here are shifted back,
 * so they index the original string.
 * @param text the original text (any line endings, optional BOM)
 * @param syntax the dialect's extensions (see `MARKDOWN_SYNTAX`, `MDX_SYNTAX`); MDX syntax
 *   errors come back as a problem
 */
export function markdownTree(text, syntax) {
    const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = shift === 0 ? text : text.slice(shift);
    let raw;
    try {
        // A `$$` line that no fence closes is text, as Pandoc reads it, not math running to the end
        // of its container: a price line (`$$$ · Italian · Downtown`) would hide the rest of the
        // page. Its first `$` is escaped (same length, so offsets hold): first every such line a
        // scan of the lines finds, then, parsing again, any a container's end left open.
        let escaped = withUnclosedFencesEscaped(body);
        raw = parse(escaped, syntax);
        for (let pass = 0; pass < MAX_REPARSES; pass++) {
            const open = unclosedMath(raw, escaped);
            if (open.length === 0)
                break;
            for (const at of open)
                escaped = `${escaped.slice(0, at)}\\${escaped.slice(at + 1)}`;
            raw = parse(escaped, syntax);
        }
    }
    catch (error) {
        // Only the MDX extensions throw (CommonMark has no syntax errors); anything else is a bug.
        if (!syntax.mdx)
            throw error;
        const e = error;
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
function parse(body, syntax) {
    return fromMarkdown(body, { extensions: [...syntax.extensions], mdastExtensions: [...syntax.mdastExtensions] });
}
/** A line that opens a math block: its `$` run (two or more), after its container's prefix. */
const OPENING_FENCE = /^[ \t>]*(\${2,})/;
/**
 * The text with the first `$` of every opening math fence that no later fence line closes
 * escaped (`\$`), by lines: a closing fence has at least as many `$` as its opening and
 * nothing else. Containers are not followed, so a parse may still find one open.
 */
function withUnclosedFencesEscaped(body) {
    if (!body.includes('$$'))
        return body;
    const lines = body.split('\n');
    let offset = 0;
    let escaped = body;
    for (let i = 0; i < lines.length; i++) {
        const opening = OPENING_FENCE.exec(lines[i]);
        if (opening !== null) {
            const closes = lines.findIndex((line, j) => j > i && (CLOSING_FENCE.exec(line)?.[1]?.length ?? 0) >= opening[1].length);
            if (closes >= 0) {
                for (; i < closes; i++)
                    offset += lines[i].length + 1;
            }
            else {
                const at = offset + lines[i].indexOf('$');
                escaped = `${escaped.slice(0, at)}\\${escaped.slice(at + 1)}`;
            }
        }
        offset += lines[i].length + 1;
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
function unclosedMath(root, body) {
    const open = [];
    const visit = (node) => {
        if (node.type === 'math') {
            const start = node.position?.start.offset ?? 0;
            const lines = body.slice(start, node.position?.end.offset ?? body.length).split('\n');
            const opening = /^\$+/.exec(lines[0])?.[0].length ?? 0;
            const last = lines.length > 1 ? lines[lines.length - 1] : '';
            const closing = CLOSING_FENCE.exec(last)?.[1]?.length ?? 0;
            if (closing < Math.max(opening, 2))
                open.push(body.indexOf('$', start));
            return;
        }
        for (const child of node.children ?? [])
            visit(child);
    };
    visit(root);
    return open;
}
function convert(node, shift, length) {
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
