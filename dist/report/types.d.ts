import type { Boilerplate, Change, DuplicateGroup, FileProblem, Problem } from '../core/types.js';
/**
 * What a run does with its inputs.
 * - `check`: report echoes, write nothing (the default for paths).
 * - `list`: print the paths that would change.
 * - `diff`: print a unified diff.
 * - `write`: rewrite files in place.
 * - `out-dir`: write cleaned copies elsewhere.
 * - `filter`: clean stdin to stdout.
 */
export type Mode = 'check' | 'list' | 'diff' | 'write' | 'out-dir' | 'filter';
/**
 * What became of one input.
 * - `unchanged`: clean already.
 * - `would-change`: has echoes; nothing was written (check, list, diff, filter).
 * - `changed`: echoes removed and the result written (write, out-dir).
 * - `skipped`: not processed, with a warning (binary, encoding, size, link).
 * - `error`: could not be read or written.
 */
export type FileStatus = 'unchanged' | 'would-change' | 'changed' | 'skipped' | 'error';
/** The outcome for one input. */
export interface FileOutcome {
    /** Relative POSIX path from cwd, or the stand-in name of stdin. */
    readonly path: string;
    readonly status: FileStatus;
    /** The echoes found, in document order (empty when skipped or unreadable). */
    readonly changes: readonly Change[];
    /** Why the file was skipped or failed. */
    readonly problem?: FileProblem;
    /** The text before cleaning, BOM included (for diffs). */
    readonly before?: string;
    /** The text after cleaning, BOM included. */
    readonly after?: string;
}
/** Everything a reporter needs about a run. */
export interface RunReport {
    readonly tool: {
        readonly name: string;
        readonly version: string;
    };
    readonly mode: Mode;
    /** Outcomes sorted by path. */
    readonly files: readonly FileOutcome[];
    /** Problems not tied to a processed file: missing paths, unmatched patterns, unreadable folders. */
    readonly problems: readonly Problem[];
    /** What `--scope files` found across the inputs; absent with `--scope file`. */
    readonly crossFile?: CrossFileFindings;
}
/** The findings of `--scope files`. */
export interface CrossFileFindings {
    readonly boilerplate: readonly Boilerplate[];
    readonly duplicates: readonly DuplicateGroup[];
    /** Whether boilerplate is removed (`--remove-boilerplate`): then its removable places go, or would go. */
    readonly removeBoilerplate: boolean;
}
