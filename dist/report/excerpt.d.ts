/**
 * A one-line excerpt of a text: whitespace collapsed, cut at `max` characters with an ellipsis.
 * @param max length in UTF-16 code units, ellipsis included
 */
export declare function excerpt(text: string, max?: number): string;
