/** How an inline span that is a link, an image or an autolink opens (code spans, inline HTML and math open otherwise). */
const LINK_OPENING = /^(?:!?\[|<[a-z][a-z0-9+.-]*:|<[^\s<>@]+@)/i;
/**
 * How many links, images and autolinks a Markdown segment holds (`[text](url)`, `[text][ref]`,
 * `<https://…>`): of two copies, the one with more stays (see `Planner.outranks`).
 * @returns the count; 0 in plain text, which has no inline spans
 */
export function linksIn(doc, segment) {
    const spans = doc.blocks[segment.block].block.inline;
    if (spans === undefined)
        return 0;
    let links = 0;
    for (const span of spans) {
        if (span.start < segment.range.start || span.end > segment.range.end)
            continue;
        if (LINK_OPENING.test(doc.source.slice(span.start, span.end)))
            links++;
    }
    return links;
}
