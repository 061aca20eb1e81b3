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
/**
 * A git-style unified diff of every input that would change: `--- a/path` / `+++ b/path`
 * headers with relative POSIX paths, so `git apply` and `patch -p1` take it. The files keep
 * their own line endings; colour only when `p` paints.
 */
export function formatDiff(report, p) {
    return report.files
        .filter((file) => file.before !== undefined && file.after !== undefined && file.before !== file.after)
        .map((file) => colorize(createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.before ?? '', file.after ?? '', undefined, undefined, {
        headerOptions: FILE_HEADERS_ONLY,
    }), p))
        .join('');
}
