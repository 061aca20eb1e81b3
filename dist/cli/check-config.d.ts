import type { RawConfig } from '../io/load-config.js';
import type { Result } from './result.js';
import type { Settings } from './settings.js';
/** A checked config: the settings it sets, and the folder its relative patterns count from. */
export interface CheckedConfig {
    readonly settings: Partial<Settings>;
    readonly source: string | undefined;
    readonly folder: string | undefined;
}
/**
 * Checks a config's content: it must be an object whose keys are settings (or `$schema`) with
 * values of the right type and range. Every unknown key and bad value is named.
 */
export declare function checkConfig(config: RawConfig | undefined): Result<CheckedConfig>;
