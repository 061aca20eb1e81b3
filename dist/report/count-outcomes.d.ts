import type { RunReport } from './types.js';
/** Counts of a run, as the summaries and the JSON report give them. */
export interface RunCounts {
    /** Inputs read and cleaned (changed or not). */
    readonly checked: number;
    /** Inputs with echoes (written or not). */
    readonly changed: number;
    readonly skipped: number;
    /** Inputs that could not be read or written, plus problems not tied to a file. */
    readonly errored: number;
    /** Echoes found over the inputs checked (not those that failed). */
    readonly echoes: number;
}
/** Counts the outcomes of a run. */
export declare function countOutcomes(report: RunReport): RunCounts;
/** `1 file`, `2 files`; `1 echo`, `2 echoes` with `many` given. */
export declare function plural(count: number, noun: string, many?: string): string;
