const HTML_MARKER = /<!--\s*unecho-ignore(-end)?\s*-->/g;
const MDX_MARKER = /^\s*\/\*\s*unecho-ignore(-end)?\s*\*\/\s*$/;
/**
 * A Hugo shortcode tag: `{{< name … >}}`, `{{< /name >}}`, `{{% name %}}`. The name must start
 * with a letter, so the escaped form that docs use to show a tag (`{{</` then `*`) is no tag.
 */
const SHORTCODE = /\{\{([<%])\s*(\/?)\s*([A-Za-z][\w.-]*)[^]*?(\/?)\s*[>%]\}\}/g;
/**
 * Finds the regions of a Markdown document whose prose unecho must leave alone:
 * - between `<!-- unecho-ignore -->` and `<!-- unecho-ignore-end -->` (or `{/* unecho-ignore *\/}`
 *   and `{/* unecho-ignore-end *\/}` in MDX); a start marker with no end protects the rest of the file;
 * - inside a paired Hugo shortcode with angle delimiters (`{{< name >}}` … `{{< /name >}}`), whose
 *   body Hugo does not render as Markdown (configuration samples, raw HTML), including the
 *   paragraphs that hold the two tags.
 * Markers count only where the parser saw them (HTML and MDX comments, paragraph text), so a
 * marker shown inside a code block protects nothing.
 * @param root the tree from `markdownTree`
 * @param text the original text the tree's offsets index
 * @returns half-open ranges of UTF-16 offsets into the original text, in document order
 */
export function markdownIgnoreRegions(root, text) {
    const markers = [];
    const shortcodes = [];
    const visit = (node) => {
        if (node.type === 'html' && node.value !== undefined) {
            for (const match of node.value.matchAll(HTML_MARKER)) {
                const end = match[1] !== undefined;
                markers.push({ at: node.start + (match.index ?? 0), end, edge: end ? node.start : node.end });
            }
        }
        else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && node.value !== undefined) {
            const match = MDX_MARKER.exec(node.value);
            if (match)
                markers.push({ at: node.start, end: match[1] !== undefined, edge: match[1] !== undefined ? node.start : node.end });
        }
        else if (node.type === 'paragraph') {
            for (const match of text.slice(node.start, node.end).matchAll(SHORTCODE)) {
                if (match[1] !== '<' || match[4] === '/')
                    continue; // `%` bodies are Markdown; `/>` has no body
                shortcodes.push({ at: node.start + (match.index ?? 0), close: match[2] === '/', name: match[3] ?? '', from: node.start, to: node.end });
            }
        }
        node.children.forEach(visit);
    };
    visit(root);
    return [...commentRegions(markers, text.length), ...shortcodeRegions(shortcodes)].sort((a, b) => a.start - b.start);
}
function commentRegions(markers, length) {
    const regions = [];
    let open;
    for (const marker of [...markers].sort((a, b) => a.at - b.at)) {
        if (!marker.end && open === undefined)
            open = marker.edge;
        else if (marker.end && open !== undefined) {
            regions.push({ start: open, end: Math.max(open, marker.edge) });
            open = undefined;
        }
    }
    if (open !== undefined)
        regions.push({ start: open, end: length });
    return regions;
}
function shortcodeRegions(tags) {
    const regions = [];
    const open = [];
    for (const tag of tags) {
        if (!tag.close) {
            open.push({ name: tag.name, from: tag.from });
            continue;
        }
        // An opener without a closer (`{{< figure … >}}` needs none) is simply never matched.
        const index = open.map((o) => o.name).lastIndexOf(tag.name);
        if (index === -1)
            continue;
        const opener = open[index];
        open.length = index;
        if (opener)
            regions.push({ start: opener.from, end: tag.to });
    }
    return regions;
}
