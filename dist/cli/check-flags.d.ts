import type { Mode } from '../report/types.js';
import type { RawFlags } from './flags.js';
import type { Result } from './result.js';
import type { Settings } from './settings.js';
/** What the flags and paths decide, checked. */
export interface FlagChoices {
    readonly mode: Mode;
    /** Settings given as flags; they override the config file. */
    readonly settings: Partial<Settings>;
    /** Paths, folders and globs (without `-`). */
    readonly paths: readonly string[];
    readonly readStdin: boolean;
}
/**
 * Checks the flags and paths before anything is read: exclusive modes, values of the setting
 * flags, and whether there is any input. Stdin is read for `-`, or with no paths when stdin
 * is not a terminal; a lone stdin in the default mode is a filter.
 */
export declare function checkFlags(flags: RawFlags, paths: readonly string[], stdinIsTTY: boolean): Result<FlagChoices>;
