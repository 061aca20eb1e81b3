/**
 * A one-line excerpt of a text: whitespace collapsed, cut at `max` characters with an ellipsis.
 * The text is read run by run of non-space characters only until the excerpt is known to be
 * longer than `max`: the report quotes every echo of a folder, and a regex replace over a
 * prefix of each text took most of the time the excerpts cost.
 * @param max length in UTF-16 code units, ellipsis included (at least 1)
 */
export declare function excerpt(text: string, max?: number): string;
