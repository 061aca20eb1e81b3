/**
 * Data types shared by the pure core. Every offset is a UTF-16 code-unit index into the
 * original text (what `String.prototype.slice` takes); every line and column is 1-based,
 * and columns count UTF-16 code units from the start of the line.
 */
export {};
