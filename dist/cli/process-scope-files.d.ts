import type { CrossFileFindings, FileOutcome } from '../report/types.js';
import type { NamedRead, ProcessContext } from './process-file.js';
/** The outcome of every input and what was found across them. */
export interface ScopeFilesResult {
    readonly outcomes: readonly FileOutcome[];
    readonly crossFile: CrossFileFindings;
}
/**
 * `--scope files`: cleans every input that was read as usual and summarises it from the same
 * document (on worker threads for large input sets, as the inputs are read), analyses the summaries together
 * (boilerplate and duplicate documents), and with `--remove-boilerplate` cleans again the files
 * that hold boilerplate, taking it out too. Documents never outlive their file's cleaning, and
 * without `--remove-boilerplate` each file is written as soon as it is cleaned, so memory grows
 * with the texts and summaries, not with documents or results. Inputs that could not be read
 * keep their problem.
 * @param limit how many unreadable inputs are reported at the same time
 * @param tick called once per input done
 */
export declare function processScopeFiles(ctx: ProcessContext, stream: AsyncIterable<NamedRead>, limit: number, tick: () => void): Promise<ScopeFilesResult>;
