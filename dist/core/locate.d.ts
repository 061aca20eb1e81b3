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
