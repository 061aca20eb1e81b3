import type { RunReport } from '../report/types.js';
/** What besides the report decides the exit code. */
export interface ExitRules {
    /** `--fail-on-change` (write modes). */
    readonly failOnChange: boolean;
    /** `--check` given in filter mode. */
    readonly filterCheck: boolean;
}
/**
 * The exit code of a run; the highest reason wins. 2: any error (usage, config, unmatched
 * pattern, unreadable or unwritable file). 1: echoes found in check, list and diff modes, in
 * filter mode with --check, or in write modes with --fail-on-change; with --scope files, also
 * boilerplate or duplicate documents in check mode (and filter mode with --check). 0 otherwise.
 */
export declare function exitCode(report: RunReport, rules: ExitRules): number;
