import type { Place } from '../core/types.js';
/**
 * Where a place's text ends: the 1-based line of its last character and the 1-based column
 * just after it (UTF-16 code units), as SARIF and GitHub annotations expect.
 */
export declare function endPosition(place: Place): {
    readonly endLine: number;
    readonly endColumn: number;
};
