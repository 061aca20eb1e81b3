/** The `code` of a Node file-system error (`ENOENT`, `EACCES`, …), or `EIO` when it has none. */
export declare function errnoOf(error: unknown): string;
