const MARKDOWN = /\.(md|markdown|mdx)$/i;
/**
 * The parser for one input: the chosen one, or with `auto` Markdown for `.md`, `.markdown`
 * and `.mdx` paths and plain text for everything else (stdin included, unless named).
 */
export function chooseParser(setting, path) {
    if (setting !== 'auto')
        return setting;
    return MARKDOWN.test(path) ? 'markdown' : 'text';
}
