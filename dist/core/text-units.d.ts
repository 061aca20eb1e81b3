/**
 * How the plain-text parser and the edit planner read a text: a string of UTF-16 code units,
 * or a byte string of UTF-8 (see `utf8-chars.ts`) for the exact-only byte path. Offsets are in
 * the string's own units either way; widths are UTF-16 code units in both, since the wrap
 * rule measures lines in those.
 */
export interface TextUnits {
    /** Units of the white-space character (as `isWhitespace` has it) starting at `at`, or 0. */
    spaceAt(text: string, at: number): number;
    /** Units of the white-space character ending just before `at`, or 0. */
    spaceBefore(text: string, at: number): number;
    /** UTF-16 code units from `start` to `end`. */
    width(text: string, start: number, end: number): number;
    /** Units of a BOM at the start of the text, or 0. */
    bomLength(text: string): number;
    /** The `<!-- unecho-ignore -->` and `<!-- unecho-ignore-end -->` markers (a global pattern). */
    readonly ignoreMarker: RegExp;
}
/** A JavaScript string, read in UTF-16 code units. */
export declare const UTF16_UNITS: TextUnits;
/** A byte string of valid UTF-8, read in bytes. */
export declare const UTF8_BYTES: TextUnits;
