import type { RawFlags } from './flags.js';
import type { ProgramOutput } from './program.js';
/** Parsed arguments, or the exit code when commander already answered (help, version, error). */
export type ParsedArgv = {
    readonly kind: 'run';
    readonly flags: RawFlags;
    readonly paths: readonly string[];
} | {
    readonly kind: 'exit';
    readonly code: number;
};
/**
 * Parses the arguments (without `node` and the script). Help and version end with 0; every
 * commander error (unknown option, missing value) has already been written and ends with 2.
 */
export declare function parseArgv(argv: readonly string[], version: string, output: ProgramOutput): ParsedArgv;
/** The usage line and a hint, for a run with no input at all. */
export declare function usageText(version: string): string;
