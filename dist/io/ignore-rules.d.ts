/** Gitignore-style patterns and the directory they are relative to. */
export interface IgnoreSource {
    /** Absolute directory the patterns are relative to (the ignore file's folder, or cwd). */
    readonly base: string;
    /** The patterns, one per line as in a `.gitignore`. */
    readonly patterns: string;
}
/** Decides whether a path is ignored. */
export interface IgnoreRules {
    /**
     * @param absolute absolute path of the file or folder
     * @param isDirectory folders also match patterns with a trailing slash
     */
    ignores(absolute: string, isDirectory: boolean): boolean;
}
/** Rules that ignore nothing (`--no-ignore`). */
export declare const NO_IGNORE: IgnoreRules;
/**
 * Builds ignore rules from gitignore-style sources. Each source matches paths relative to its
 * own base, so absolute paths (what lint-staged passes) match just as relative ones do.
 */
export declare function ignoreRules(sources: readonly IgnoreSource[]): Promise<IgnoreRules>;
