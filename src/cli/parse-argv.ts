import { CommanderError } from 'commander';
import type { RawFlags } from './flags.js';
import { createProgram } from './program.js';
import type { ProgramOutput } from './program.js';

/** Parsed arguments, or the exit code when commander already answered (help, version, error). */
export type ParsedArgv =
  | { readonly kind: 'run'; readonly flags: RawFlags; readonly paths: readonly string[] }
  | { readonly kind: 'exit'; readonly code: number };

/**
 * Parses the arguments (without `node` and the script). Help and version end with 0; every
 * commander error (unknown option, missing value) has already been written and ends with 2.
 */
export function parseArgv(argv: readonly string[], version: string, output: ProgramOutput): ParsedArgv {
  const program = createProgram(version, output);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { kind: 'exit', code: error.exitCode === 0 ? 0 : 2 };
    throw error;
  }
  return { kind: 'run', flags: program.opts<RawFlags>(), paths: program.args };
}

/** The usage line and a hint, for a run with no input at all. */
export function usageText(version: string): string {
  const program = createProgram(version, { out: () => undefined, err: () => undefined });
  return `Usage: unecho ${program.usage()}\n`;
}
