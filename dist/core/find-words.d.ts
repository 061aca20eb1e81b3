/** Word index in `haystack`, from `from` on, where the word sequence `needle` starts, or -1. */
export declare function findWords(haystack: readonly string[], needle: readonly string[], from?: number): number;
