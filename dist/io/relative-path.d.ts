/**
 * The path of `absolute` relative to `cwd`, with forward slashes: what reports, diffs and
 * JSON show, whatever form the user (or lint-staged, which passes absolute paths) typed.
 */
export declare function relativePath(cwd: string, absolute: string): string;
/** Whether `absolute` is `folder` or lies below it (a name that merely starts with `..` does). */
export declare function isWithin(folder: string, absolute: string): boolean;
