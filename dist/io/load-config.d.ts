import type { FileSystem } from './types.js';
import type { RunProblem } from '../core/types.js';
/** The config file names looked for in each folder, in order; `package.json` counts only with an `"unecho"` key. */
export declare const CONFIG_FILES: readonly string[];
/** A config as read: its raw value (validated later) and where it came from. */
export interface RawConfig {
    /** Relative POSIX path of the file, for messages. */
    readonly source: string;
    /** Absolute folder of the file; relative patterns in it count from here. */
    readonly folder: string;
    readonly data: unknown;
}
/** The found config, none, or why it could not be read. */
export type LoadedConfig = {
    readonly ok: true;
    readonly config: RawConfig | undefined;
} | {
    readonly ok: false;
    readonly problems: readonly RunProblem[];
};
/**
 * Finds and reads the config: `explicit` (`--config`) if given, else the first of
 * `CONFIG_FILES` in cwd and each folder above it up to the repository root. Comments and
 * trailing commas are allowed; syntax errors are problems with line and column.
 */
export declare function loadConfig(fs: FileSystem, cwd: string, repoRoot: string | undefined, explicit: string | undefined): Promise<LoadedConfig>;
