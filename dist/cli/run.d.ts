import type { Io } from '../io/types.js';
/**
 * Runs unecho on the command line `argv` (without `node` and the script name).
 * @param io streams, environment, working directory and file access
 * @returns the exit code: 0 clean or fixed, 1 echoes found, 2 usage, config or file errors
 */
export declare function run(argv: readonly string[], io: Io): Promise<number>;
