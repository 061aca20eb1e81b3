import { analyzeSummaries } from '../core/analyze-files.js';
import type { FileSummary } from '../core/types.js';
import type { InputRecord } from '../io/read-input.js';
import type { CrossFileFindings, FileOutcome } from '../report/types.js';
import { cleanEach } from './clean-each.js';
import type { CleanedRecord } from './clean-record.js';
import { mapInOrder } from './map-in-order.js';
import { finishRecord, processRecord } from './process-file.js';
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
export async function processScopeFiles(ctx: ProcessContext, stream: AsyncIterable<NamedRead>, limit: number, tick: () => void): Promise<ScopeFilesResult> {
  const { settings } = ctx;
  const reads: NamedRead[] = [];
  // Cleaning starts while the rest is still being read.
  async function* readRecords(): AsyncGenerator<InputRecord> {
    for await (const item of stream) {
      reads.push(item);
      if (item.read.ok) yield item.read.record;
    }
  }
  const summaries = new Map<InputRecord, FileSummary>();
  const outcomes = new Map<InputRecord, FileOutcome>();
  // Held only until the analysis says whether their boilerplate goes too.
  const waiting = new Map<InputRecord, CleanedRecord>();
  const finish = async (record: InputRecord, cleaned: CleanedRecord): Promise<void> => {
    outcomes.set(record, await finishRecord(ctx, record, cleaned));
  };
  // Progress counts the first cleaning, the bulk of the work in either flow.
  await cleanEach(ctx, readRecords(), () => ({ summarize: true }), async (record, { summary, ...cleaned }) => {
    summaries.set(record, summary!);
    if (settings.removeBoilerplate) waiting.set(record, cleaned);
    else await finish(record, cleaned);
    tick();
  });
  const records = reads.flatMap(({ read }) => (read.ok ? [read.record] : []));
  const summarized = records.map((record) => ({ path: record.path, text: record.text, summary: summaries.get(record)! }));
  summaries.clear();
  const analysis = analyzeSummaries(summarized, { minFiles: settings.boilerplateMinFiles, minLength: settings.minLength, locale: settings.locale });
  if (settings.removeBoilerplate) {
    const placesOf = new Map(records.flatMap((record, index) => (analysis.removable.has(index) ? [[record, analysis.removable.get(index)!] as const] : [])));
    const holders = [...placesOf.keys()];
    await cleanEach(ctx, holders, (record) => ({ boilerplate: placesOf.get(record)! }), async (record, cleaned) => {
      waiting.set(record, cleaned);
    });
    for (const record of records) await finish(record, waiting.get(record)!);
  }
  const failed = await mapInOrder(
    reads.filter(({ read }) => !read.ok),
    limit,
    ({ path, read }) => processRecord(ctx, read, path),
    tick,
  );
  let nextFailed = 0;
  return {
    outcomes: reads.map(({ read }) => (read.ok ? outcomes.get(read.record)! : failed[nextFailed++]!)),
    crossFile: { boilerplate: analysis.boilerplate, duplicates: analysis.duplicates, removeBoilerplate: settings.removeBoilerplate },
  };
}
