const WARNINGS = new Set([
    'BINARY_FILE',
    'INVALID_UTF8',
    'UNSUPPORTED_ENCODING',
    'FILE_TOO_LARGE',
    'SYMLINK_SKIPPED',
    'NOT_A_FILE',
]);
/** The severity of a problem. */
export function severityOf(problem) {
    return WARNINGS.has(problem.code) ? 'warning' : 'error';
}
/** The file or folder a problem names, if any. */
export function problemPath(problem) {
    return 'path' in problem ? problem.path : undefined;
}
