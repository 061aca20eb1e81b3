import type { IgnoreRules } from './ignore-rules.js';
import type { Io } from './types.js';
import type { Problem } from '../core/types.js';
/** Folder names never entered when expanding folders and globs. */
export declare const PRUNED_FOLDERS: readonly string[];
/** A file to process. */
export interface InputFile {
    /** Relative POSIX path from cwd. */
    readonly path: string;
    readonly absolute: string;
}
/** How to expand the inputs. */
export interface ExpandOptions {
    /** Extensions a folder expands to, lower case, without the dot. */
    readonly extensions: readonly string[];
    readonly followSymlinks: boolean;
    readonly ignore: IgnoreRules;
    /** Absolute folders never entered and files never taken (the `--out-dir`, the `-o` report). */
    readonly exclude: readonly string[];
    /** Report patterns and folders that match no file. */
    readonly errorOnUnmatched: boolean;
    /**
     * Ignore files read in every folder below cwd that holds inputs (`.gitignore`,
     * `.unechoignore`), each adding ignores for its own subtree; none with `--ignore-path` or
     * `--no-ignore`. Those of cwd and the folders above it are in `ignore` already.
     */
    readonly nestedIgnoreFiles?: readonly string[];
}
/** The expanded inputs: files sorted by path, without repeats, and the problems met. */
export interface ExpandedInputs {
    readonly files: readonly InputFile[];
    readonly problems: readonly Problem[];
}
/**
 * Expands paths, folders and globs into the sorted list of files to process. Each argument is
 * tried as a literal path first, then as a glob. Folders expand to files with the configured
 * extensions, skipping hidden entries, `node_modules` and VCS folders, ignored folders (pruned
 * while walking) and links unless followed. A folder or glob that yields nothing, and was not
 * emptied by ignore rules, is a `NO_MATCHING_FILES` problem.
 * @param inputs arguments as typed, relative to `io.cwd` or absolute
 */
export declare function expandInputs(io: Io, inputs: readonly string[], options: ExpandOptions): Promise<ExpandedInputs>;
