import { analyzeSummaries, frequentKeys, segmentsToQuote } from '../core/analyze-files.js';
import type { SegmentQuote } from '../core/analyze-files.js';
import { textHash } from '../core/text-hash.js';
import type { AnalyzeFilesOptions, CrossFileAnalysis, FileSummary, SummarizedFile } from '../core/types.js';
import type { InputFile } from '../io/expand-inputs.js';
import { isWithin } from '../io/relative-path.js';
import type { InputRecord } from '../io/read-input.js';
import type { CrossFileFindings, FileOutcome } from '../report/types.js';
import { cleanEach } from './clean-each.js';
import type { CleanedRecord } from './clean-record.js';
import type { CleanRequest } from './clean-with-request.js';
import { mapInOrder } from './map-in-order.js';
import { finishRecord, processRecord, readFile } from './process-file.js';
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
export async function processScopeFiles(
  ctx: ProcessContext,
  stream: AsyncIterable<NamedRead>,
  keepTexts: boolean,
  limit: number,
  tick: () => void,
): Promise<ScopeFilesResult> {
  const { settings } = ctx;
  // Per input, in input order: the read that failed, or the index of the file read in `held`.
  const inputs: ({ readonly failed: NamedRead } | { readonly held: number })[] = [];
  const held: HeldFile[] = [];
  // Records being cleaned, by object: the text goes with the record once it is done.
  const indexOf = new Map<InputRecord, number>();
  async function* readRecords(): AsyncGenerator<InputRecord> {
    for await (const item of stream) {
      if (!item.read.ok) {
        inputs.push({ failed: item });
        continue;
      }
      const { record } = item.read;
      indexOf.set(record, held.length);
      inputs.push({ held: held.length });
      // Stdin has no file to read again; it comes only with `keepTexts`, when nothing is read again.
      held.push({ file: { path: item.path, absolute: record.absolute ?? '' }, ...(keepTexts ? { text: record.text } : {}) });
      yield record;
    }
  }
  // Held only until the analysis says whether their boilerplate goes too.
  const waiting = new Map<number, { readonly record: InputRecord; cleaned: CleanedRecord }>();
  // Progress counts the first cleaning, the bulk of the work in either flow.
  await cleanEach(ctx, readRecords(), () => ({ summarize: true }), async (record, { summary, ...cleaned }) => {
    const index = indexOf.get(record)!;
    indexOf.delete(record);
    const file = held[index]!;
    file.summary = summary!;
    if (settings.removeBoilerplate) waiting.set(index, { record, cleaned });
    else file.outcome = await finishRecord(ctx, record, cleaned);
    tick();
  });
  const summarized = held.map(({ file, text, summary }): SummarizedFile => ({ path: file.path, ...(text === undefined ? {} : { text }), summary: summary! }));
  const frequent = frequentKeys(summarized, settings.boilerplateMinFiles);
  const quoted = keepTexts ? undefined : await readQuotes(ctx, held.map(({ file }) => file), summarized, frequent);
  const analysis = analyzeSummaries(summarized, analyzeOptions(ctx), quoted?.quote, frequent);
  if (settings.removeBoilerplate) {
    const holders = new Map([...analysis.removable.keys()].map((index) => [waiting.get(index)!.record, index] as const));
    const placesOf = (record: InputRecord): CleanRequest => ({ boilerplate: analysis.removable.get(holders.get(record)!)! });
    await cleanEach(ctx, [...holders.keys()], placesOf, async (record, cleaned) => {
      waiting.get(holders.get(record)!)!.cleaned = cleaned;
    });
    for (const [index, { record, cleaned }] of waiting) held[index]!.outcome = await finishRecord(ctx, record, cleaned);
  }
  for (const index of quoted?.changed ?? []) {
    const { file, outcome } = held[index]!;
    held[index]!.outcome = { ...outcome!, status: 'error', problem: { code: 'FILE_CHANGED', path: file.path } };
  }
  const failed = await mapInOrder(
    inputs.flatMap((input) => ('failed' in input ? [input.failed] : [])),
    limit,
    ({ path, read }) => processRecord(ctx, read, path),
    tick,
  );
  let nextFailed = 0;
  return {
    outcomes: inputs.map((input) => ('held' in input ? held[input.held]!.outcome! : failed[nextFailed++]!)),
    crossFile: findings(ctx, analysis),
  };
}

/** A file read for `--scope files`: where to read it again, and what is kept of it. */
interface HeldFile {
  readonly file: InputFile;
  readonly text?: string;
  summary?: FileSummary;
  outcome?: FileOutcome;
}

function analyzeOptions({ settings }: ProcessContext): Partial<AnalyzeFilesOptions> {
  return { minFiles: settings.boilerplateMinFiles, minLength: settings.minLength, locale: settings.locale };
}

function findings({ settings }: ProcessContext, analysis: CrossFileAnalysis): CrossFileFindings {
  return { boilerplate: analysis.boilerplate, duplicates: analysis.duplicates, removeBoilerplate: settings.removeBoilerplate };
}

/**
 * Whether `--scope files` can let go of each text once its file is cleaned: no input is stdin
 * (which cannot be read again), no file is rewritten (the analysis reads some files again to
 * quote their boilerplate: so not `--write`, nor an `--out-dir` that holds inputs) and no
 * cleaning waits on the analysis (`--remove-boilerplate`).
 */
export async function holdsNoText(ctx: ProcessContext, files: readonly InputFile[], withStdin: boolean): Promise<boolean> {
  if (withStdin || ctx.settings.removeBoilerplate) return false;
  if (ctx.mode === 'check' || ctx.mode === 'list' || ctx.mode === 'diff') return true;
  if (ctx.mode !== 'out-dir' || ctx.outDir === undefined) return false;
  // Inputs are resolved through links, so the folder is too (it may not exist yet).
  const outDir = await ctx.io.fs.realPath(ctx.outDir).catch(() => ctx.outDir!);
  return !files.some((file) => isWithin(outDir, file.absolute));
}

/**
 * Reads again the segments `segmentsToQuote` names (`frequent`: the key hashes of possible
 * boilerplate) and keeps each text whose hash is still the one summarised. A file that changed
 * in the meantime (or is gone) is set aside, and the texts it was to give are sought in other
 * files; what no file gives is left out of the analysis.
 * @returns the quotes by segment, and the files (indices into `files`) that changed
 */
async function readQuotes(
  ctx: ProcessContext,
  files: readonly InputFile[],
  summarized: readonly SummarizedFile[],
  frequent: ReadonlySet<number>,
): Promise<{ quote: SegmentQuote; changed: Set<number> }> {
  const texts = new Map<number, string>();
  const changed = new Set<number>();
  // Each round reads the files named for the texts still missing; a round that names no new
  // file (every place of those texts is in a changed file) is the last.
  for (;;) {
    const wanted = segmentsToQuote(summarized, frequent, changed).filter(
      ({ file, segment }) => !texts.has(summarized[file]!.summary.segmentTextHashes[segment]!),
    );
    if (wanted.length === 0) break;
    const byFile = new Map<number, number[]>();
    for (const { file, segment } of wanted) {
      const segments = byFile.get(file);
      if (segments) segments.push(segment);
      else byFile.set(file, [segment]);
    }
    for (const [file, segments] of byFile) {
      const read = await readFile(ctx, files[file]!);
      const { summary } = summarized[file]!;
      const slices = segments.map((segment) => (read.ok ? read.record.text.slice(summary.segmentStarts[segment]!, summary.segmentEnds[segment]!) : undefined));
      const same = slices.every((slice, at) => slice !== undefined && textHash(slice, 0, slice.length) === summary.segmentTextHashes[segments[at]!]);
      if (!same) {
        changed.add(file);
        continue;
      }
      slices.forEach((slice, at) => texts.set(summary.segmentTextHashes[segments[at]!]!, slice!));
    }
  }
  const quote: SegmentQuote = (file, segment) => (changed.has(file) ? undefined : texts.get(summarized[file]!.summary.segmentTextHashes[segment]!));
  return { quote, changed };
}
