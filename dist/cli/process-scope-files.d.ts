import type { ReadResult } from '../io/read-input.js';
import type { CrossFileFindings, FileOutcome } from '../report/types.js';
import type { ProcessContext } from './process-file.js';
/** One input as read, under the name reports give it. */
export interface NamedRead {
    readonly path: string;
    readonly read: ReadResult;
}
/** The outcome of every input and what was found across them. */
export interface ScopeFilesResult {
    readonly outcomes: readonly FileOutcome[];
    readonly crossFile: CrossFileFindings;
}
/**
 * `--scope files`: parses every input that was read, analyses them together (boilerplate and
 * duplicate documents), then cleans each one as usual, taking its boilerplate out as well when
 * `--remove-boilerplate` asks. Inputs that could not be read keep their problem.
 * @param limit how many inputs are cleaned and written at the same time
 * @param tick called once per input done
 */
export declare function processScopeFiles(ctx: ProcessContext, reads: readonly NamedRead[], limit: number, tick: () => void): Promise<ScopeFilesResult>;
