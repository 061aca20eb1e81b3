import { CommanderError } from 'commander';
import { createProgram } from './program.js';
/**
 * Parses the arguments (without `node` and the script). Help and version end with 0; every
 * commander error (unknown option, missing value) has already been written and ends with 2.
 */
export function parseArgv(argv, version, output) {
    const program = createProgram(version, output);
    try {
        program.parse([...argv], { from: 'user' });
    }
    catch (error) {
        if (error instanceof CommanderError)
            return { kind: 'exit', code: error.exitCode === 0 ? 0 : 2 };
        throw error;
    }
    return { kind: 'run', flags: program.opts(), paths: program.args };
}
/** The usage line and a hint, for a run with no input at all. */
export function usageText(version) {
    const program = createProgram(version, { out: () => undefined, err: () => undefined });
    return `Usage: unecho ${program.usage()}\n`;
}
