/**
 * A one-line excerpt of a text: whitespace collapsed, cut at `max` characters with an ellipsis.
 * The text is read run by run of non-space characters only until the excerpt is known to be
 * longer than `max`: the report quotes every echo of a folder, and collapsing whole paragraphs
 * with a regex for 60 characters of each was most of the time its rendering took.
 * @param max length in UTF-16 code units, ellipsis included
 */
export declare function excerpt(text: string, max?: number): string;
