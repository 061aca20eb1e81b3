import { FILE_HEADERS_ONLY, createTwoFilesPatch } from 'diff';
function colorize(patch, p) {
    // Colour codes close before the newline, so every line stands alone when piped to a pager.
    return patch
        .split('\n')
        .map((line) => {
        if (line.startsWith('--- ') || line.startsWith('+++ '))
            return p.bold(line);
        if (line.startsWith('@@'))
            return p.cyan(line);
        if (line.startsWith('-'))
            return p.red(line);
        if (line.startsWith('+'))
            return p.green(line);
        return line;
    })
        .join('\n');
}
/** Characters git quotes in a diff's file names (control characters, `"` and `\`). */
const NEEDS_QUOTES = /[\x00-\x1f"\\\x7f]/g;
const ESCAPES = { '\t': '\\t', '\n': '\\n', '"': '\\"', '\\': '\\\\' };
/**
 * A file name as git writes it in a diff header: C-quoted when it holds a character that would
 * end or break the name (`"a/tab\tname.txt"`), as `git apply` reads it; others as they are.
 */
function gitName(name) {
    const quoted = name.replace(NEEDS_QUOTES, (c) => ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
    return quoted === name ? name : `"${quoted}"`;
}
/**
 * A git-style unified diff of every input that would change: `--- a/path` / `+++ b/path`
 * headers with relative POSIX paths, so `git apply` and `patch -p1` take it. The files keep
 * their own line endings; colour only when `p` paints.
 */
export function formatDiff(report, p) {
    return report.files
        .filter((file) => file.before !== undefined && file.after !== undefined && file.before !== file.after)
        .map((file) => colorize(createTwoFilesPatch(gitName(`a/${file.path}`), gitName(`b/${file.path}`), file.before ?? '', file.after ?? '', undefined, undefined, {
        headerOptions: FILE_HEADERS_ONLY,
    }), p))
        .join('');
}
