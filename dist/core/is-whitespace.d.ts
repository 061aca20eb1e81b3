/**
 * Whether a UTF-16 code unit is white space as JavaScript's `\s` and `String.prototype.trim`
 * see it (spaces, tabs, line breaks, NBSP, the Unicode space separators, BOM).
 * A comparison chain instead of `/\s/`: parsing calls it for every line edge of large inputs.
 */
export declare function isWhitespace(code: number): boolean;
