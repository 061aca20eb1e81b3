import { parseText } from './parse-text.js';
import { parseMarkdown } from './parse-markdown.js';
/**
 * Parses a text into editable blocks with the chosen syntax: plain text, Markdown, or MDX.
 * A text that does not parse as MDX has no editable blocks: it is left alone.
 */
export function parse(text, parser) {
    if (parser === 'text')
        return parseText(text);
    return parseMarkdown(text, { mdx: parser === 'mdx' });
}
