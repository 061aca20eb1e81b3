import type { InputFile } from '../io/expand-inputs.js';
import type { CrossFileFindings, FileOutcome } from '../report/types.js';
import type { ProcessContext } from './process-file.js';
import type { NamedRead } from './process-file.js';
/** Runs work that calls `tick` once per input done (a progress bar may count them). */
export type WithProgress = <T>(total: number, work: (tick: () => void) => Promise<T>) => Promise<T>;
/** Every input's outcome, in input order, and with `--scope files` the cross-file findings. */
export interface InputsResult {
    readonly outcomes: readonly FileOutcome[];
    readonly crossFile?: CrossFileFindings;
}
/**
 * Processes stdin (already read) and the files. With scope `file` each file is read, cleaned and
 * written on its own (on worker threads for large input sets); with scope `files` all are read,
 * summarised as they are read (on worker threads for large input sets), then analysed together,
 * and cleaned in the same pass or in a second one (see `ScopeFilesFlow`).
 */
export declare function processInputs(ctx: ProcessContext, stdin: NamedRead | undefined, files: readonly InputFile[], withProgress: WithProgress): Promise<InputsResult>;
