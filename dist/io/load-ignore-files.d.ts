import type { IgnoreSource } from './ignore-rules.js';
import type { FileSystem } from './types.js';
import type { FileProblem } from '../core/types.js';
/** The ignore files read by default in each folder from the repository root down to cwd. */
export declare const DEFAULT_IGNORE_FILES: readonly string[];
/**
 * The ignore files of one folder, as sources; missing or unreadable ones are passed over (a
 * nested `.gitignore` the walk meets is no input of its own).
 */
export declare function readIgnoreFiles(fs: FileSystem, folder: string, names: readonly string[]): Promise<IgnoreSource[]>;
/** What `loadIgnoreFiles` found. */
export interface LoadedIgnores {
    readonly sources: readonly IgnoreSource[];
    readonly problems: readonly FileProblem[];
}
/**
 * Reads ignore files. Without `explicit` paths, reads `.gitignore` and `.unechoignore` from
 * every folder between the repository root and cwd (missing ones are fine). With explicit
 * paths (`--ignore-path`), reads only those, and a missing one is a problem.
 */
export declare function loadIgnoreFiles(fs: FileSystem, cwd: string, repoRoot: string | undefined, explicit: readonly string[]): Promise<LoadedIgnores>;
