import { fromMarkdown } from '../vendor/markdown.js';
/**
 * Parses Markdown (CommonMark + GFM + YAML/TOML front matter, and MDX when asked) into a
 * small tree with offsets into `text`.
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
        raw = fromMarkdown(body, { extensions: [...syntax.extensions], mdastExtensions: [...syntax.mdastExtensions] });
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
