import type { CleanOptions } from './types.js';
/** The defaults of every engine option. */
export declare const DEFAULT_OPTIONS: CleanOptions;
/** Fills in defaults for the options a caller left out. */
export declare function resolveOptions(partial?: Partial<CleanOptions>): CleanOptions;
