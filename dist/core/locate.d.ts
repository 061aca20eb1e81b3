/** Where each line of a text starts (UTF-16 offsets; the first is 0). */
export declare function lineStartsOf(text: string): number[];
/** Maps UTF-16 offsets of a text to 1-based lines and columns. */
export declare class LineLocator {
    private readonly starts;
    constructor(text: string);
    /** 1-based line and column (in UTF-16 code units) of `offset`. */
    locate(offset: number): {
        line: number;
        column: number;
    };
}
