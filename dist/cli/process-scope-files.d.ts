import type { InputFile } from '../io/expand-inputs.js';
import type { CrossFileFindings, FileOutcome } from '../report/types.js';
import type { NamedRead, ProcessContext } from './process-file.js';
/** The outcome of every input and what was found across them. */
export interface ScopeFilesResult {
    readonly outcomes: readonly FileOutcome[];
    readonly crossFile: CrossFileFindings;
}
/**
 * `--scope files`: cleans every input that was read as usual and summarises it from the same
 * document (on worker threads for large input sets, as the inputs are read), analyses the
 * summaries together (boilerplate and duplicate documents), and with `--remove-boilerplate`
 * cleans again the files that hold boilerplate, taking it out too. Documents never outlive
 * their file's cleaning. Without `--remove-boilerplate` each file is finished (written) as soon
 * as it is cleaned, and where nothing else needs them (see `holdsNoText`) the texts are not
 * kept either: memory then grows with the summaries, not with the texts, and the analysis
 * quotes the boilerplate it finds from one place of each distinct text, read again. Inputs that
 * could not be read keep their problem.
 * @param keepTexts hold every text until the analysis (unless `holdsNoText`)
 * @param limit how many unreadable inputs are reported at the same time
 * @param tick called once per input done
 */
export declare function processScopeFiles(ctx: ProcessContext, stream: AsyncIterable<NamedRead>, keepTexts: boolean, limit: number, tick: () => void): Promise<ScopeFilesResult>;
/**
 * Whether `--scope files` can let go of each text once its file is cleaned: no input is stdin
 * (which cannot be read again), no file is rewritten (the analysis reads some files again to
 * quote their boilerplate: so not `--write`, nor an `--out-dir` that holds inputs) and no
 * cleaning waits on the analysis (`--remove-boilerplate`).
 */
export declare function holdsNoText(ctx: ProcessContext, files: readonly InputFile[], withStdin: boolean): Promise<boolean>;
