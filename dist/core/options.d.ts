import type { CleanOptions } from './types.js';
/** The defaults of every engine option. */
export declare const DEFAULT_OPTIONS: CleanOptions;
/** Fills in defaults for the options a caller left out. */
export declare function resolveOptions(partial?: Partial<CleanOptions>): CleanOptions;
/** Whether the options ask only for whole paragraphs repeated word for word (the fast path). */
export declare function isExactOnly(options: Pick<CleanOptions, 'threshold' | 'unit'>): boolean;
