import { lastAtOrBefore } from './last-at-or-before.js';
/** Where each line of a text starts (UTF-16 offsets; the first is 0). */
export function lineStartsOf(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** Maps UTF-16 offsets of a text to 1-based lines and columns. */
export class LineLocator {
    starts;
    constructor(text) {
        this.starts = lineStartsOf(text);
    }
    /** 1-based line and column (in UTF-16 code units) of `offset`. */
    locate(offset) {
        // The first line starts at 0, so some line starts at or before any offset.
        const line = lastAtOrBefore(this.starts, offset);
        return { line: line + 1, column: offset - this.starts[line] + 1 };
    }
}
