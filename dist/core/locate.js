import { lastAtOrBefore } from './last-at-or-before.js';
/** Maps UTF-16 offsets of a text to 1-based lines and columns. */
export class LineLocator {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    /** 1-based line and column (in UTF-16 code units) of `offset`. */
    locate(offset) {
        // The first line starts at 0, so some line starts at or before any offset.
        const line = lastAtOrBefore(this.starts, offset);
        return { line: line + 1, column: offset - this.starts[line] + 1 };
    }
}
