/** The `code` of a Node file-system error (`ENOENT`, `EACCES`, …), or `EIO` when it has none. */
export function errnoOf(error) {
    if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
        return error.code;
    }
    return 'EIO';
}
