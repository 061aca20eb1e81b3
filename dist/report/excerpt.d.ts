/**
 * A one-line excerpt of a text: whitespace collapsed, cut at `max` characters with an ellipsis.
 * A long text is read from its start only: collapsing whitespace in a prefix gives a prefix of
 * the collapsed whole, and the report quotes every echo of a folder (the whole paragraph was
 * collapsed for 60 characters of it).
 * @param max length in UTF-16 code units, ellipsis included
 */
export declare function excerpt(text: string, max?: number): string;
