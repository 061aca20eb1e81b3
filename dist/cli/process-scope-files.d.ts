import type { InputFile } from '../io/expand-inputs.js';
import type { CrossFileFindings, FileOutcome } from '../report/types.js';
import type { NamedRead, ProcessContext } from './process-file.js';
/** The outcome of every input and what was found across them. */
export interface ScopeFilesResult {
    readonly outcomes: readonly FileOutcome[];
    readonly crossFile: CrossFileFindings;
}
/**
 * How `--scope files` goes through the inputs. Either way only stdin's text is held until the
 * analysis (it cannot be read again): memory grows with the summaries, not with the texts.
 * - `one-pass`: each input is cleaned and summarised from the same document, and finished
 *   (written) at once, for the modes where nothing waits on the analysis.
 * - `two-pass`: each input is only summarised; after the analysis each is read again (and must
 *   be the same), cleaned (taking its boilerplate out too, with `--remove-boilerplate`) and
 *   finished. For `--remove-boilerplate`, and for `--write` and an `--out-dir` that holds
 *   inputs, whose files must stay as they were until the analysis has quoted their boilerplate.
 */
export type ScopeFilesFlow = 'one-pass' | 'two-pass';
/**
 * `--scope files`: summarises every input that was read (on worker threads for large input
 * sets, as the inputs are read), analyses the summaries together (boilerplate and duplicate
 * documents) and cleans every input, in one pass or two (see `ScopeFilesFlow`). The analysis
 * quotes the boilerplate it finds from one place of each distinct text, read again. Inputs that
 * could not be read keep their problem.
 * @param limit how many files are read again (in the second pass), or unreadable inputs
 *   reported, at the same time
 * @param tick called once per input and pass done
 */
export declare function processScopeFiles(ctx: ProcessContext, stream: AsyncIterable<NamedRead>, flow: ScopeFilesFlow, limit: number, tick: () => void): Promise<ScopeFilesResult>;
/**
 * The flow of a `--scope files` run (see `ScopeFilesFlow`): two passes where a file is written
 * over (`--write`, an `--out-dir` that holds inputs) or where cleaning waits on the analysis
 * (`--remove-boilerplate`).
 */
export declare function scopeFilesFlow(ctx: ProcessContext, files: readonly InputFile[]): Promise<ScopeFilesFlow>;
