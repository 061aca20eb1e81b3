import type { InputFile } from '../io/expand-inputs.js';
import type { CrossFileFindings, FileOutcome } from '../report/types.js';
import { mapInOrder } from './map-in-order.js';
import { processEachFile } from './process-each-file.js';
import { processRecord, readFile } from './process-file.js';
import type { ProcessContext } from './process-file.js';
import { processScopeFiles } from './process-scope-files.js';
import type { NamedRead } from './process-scope-files.js';

/** Files read and cleaned at the same time; enough to overlap file-system waits. */
const CONCURRENCY = 8;

/** Runs work that calls `tick` once per input done (a progress bar may count them). */
export type WithProgress = <T>(total: number, work: (tick: () => void) => Promise<T>) => Promise<T>;

/** Every input's outcome, in input order, and with `--scope files` the cross-file findings. */
export interface InputsResult {
  readonly outcomes: readonly FileOutcome[];
  readonly crossFile?: CrossFileFindings;
}

/**
 * Processes stdin (already read) and the files. With scope `file` each file is read, cleaned and
 * written on its own (on worker threads for large input sets); with scope `files` all are read
 * first and analysed together, on the main thread only.
 */
export async function processInputs(ctx: ProcessContext, stdin: NamedRead | undefined, files: readonly InputFile[], withProgress: WithProgress): Promise<InputsResult> {
  if (ctx.settings.scope === 'files') {
    const read = await mapInOrder(files, CONCURRENCY, async (file): Promise<NamedRead> => ({ path: file.path, read: await readFile(ctx, file) }));
    const reads = stdin === undefined ? read : [stdin, ...read];
    return withProgress(reads.length, (tick) => processScopeFiles(ctx, reads, CONCURRENCY, tick));
  }
  const outcomes: FileOutcome[] = [];
  if (stdin !== undefined) outcomes.push(await processRecord(ctx, stdin.read, stdin.path));
  outcomes.push(...(await withProgress(files.length, (tick) => processEachFile(ctx, files, CONCURRENCY, tick))));
  return { outcomes };
}
