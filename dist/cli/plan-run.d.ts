import type { Io } from '../io/types.js';
import type { CheckedConfig } from './check-config.js';
import type { FlagChoices } from './check-flags.js';
import type { RawFlags } from './flags.js';
import type { Settings } from './settings.js';
/** Everything decided before any input is read. */
export interface Plan {
    readonly flags: RawFlags;
    readonly choices: FlagChoices;
    readonly settings: Settings;
    readonly config: CheckedConfig;
    readonly repoRoot: string | undefined;
}
/** Checks flags and config; problems are all written, and mean exit 2 before any input is read. */
export declare function planRun(io: Io, flags: RawFlags, paths: readonly string[]): Promise<Plan | number>;
