/**
 * `npm run eval`: scores the cleaning engine on the real-scraped corpus.
 * Usage: npm run eval -- [--corpus DIR] [--unit both|paragraph|sentence] [--baselines] [--json] [--check-floors] [--misses N] [--page ID]
 * Exit: 0 done, 1 a metric below its floor (with --check-floors), 2 usage error or no corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { clean } from '../src/index.js';
import { awkLineDedup, naiveSimilarDedup } from './lib/baselines.js';
import { DEFAULT_CORPUS_DIR, loadCorpus, type CorpusPage } from './lib/corpus.js';
import { formatMetricsTable, formatMisses, type MetricsColumn } from './lib/eval-report.js';
import { checkFloors, parseFloors, type Subset } from './lib/floors.js';
import { sumCounts, toMetrics, type Metrics } from './lib/metrics.js';
import { scorePage, type PageScore } from './lib/score-page.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const UNITS = ['both', 'paragraph', 'sentence'] as const;
type Unit = (typeof UNITS)[number];

/** The floors of a unit: `eval-floors.json` for the default, `eval-floors-<unit>.json` for another. */
const floorsPath = (unit: Unit): string => join(REPO_ROOT, 'scripts', unit === 'both' ? 'eval-floors.json' : `eval-floors-${unit}.json`);

/** A remover under test: page text in, cleaned text out. */
interface Remover {
  readonly name: string;
  readonly run: (input: string) => string;
}

const engineRemover = (unit: Unit): Remover => ({ name: 'engine', run: (input) => clean(input, { unit }).text });
const BASELINES: readonly Remover[] = [
  { name: 'awk', run: awkLineDedup },
  { name: 'naive80', run: (input) => naiveSimilarDedup(input, 0.8) },
];

interface EvalFlags {
  readonly corpus: string;
  readonly unit: Unit;
  readonly baselines: boolean;
  readonly json: boolean;
  readonly checkFloors: boolean;
  readonly misses: number;
  readonly page: string | undefined;
}

/** Reads the flags; returns a one-line problem on bad usage. */
function readFlags(argv: readonly string[]): { ok: true; value: EvalFlags } | { ok: false; problem: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        corpus: { type: 'string' },
        unit: { type: 'string', default: 'both' },
        baselines: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'check-floors': { type: 'boolean', default: false },
        misses: { type: 'string', default: '40' },
        page: { type: 'string' },
      },
    });
    const misses = Number(values.misses);
    if (!Number.isInteger(misses) || misses < 0) return { ok: false, problem: `--misses must be a whole number, got "${values.misses}"` };
    const unit = UNITS.find((name) => name === values.unit);
    if (unit === undefined) return { ok: false, problem: `--unit must be one of ${UNITS.join(', ')}, got "${values.unit}"` };
    const corpus = values.corpus ?? process.env['UNECHO_CORPUS'] ?? join(REPO_ROOT, DEFAULT_CORPUS_DIR);
    return {
      ok: true,
      value: { corpus, unit, baselines: values.baselines, json: values.json, checkFloors: values['check-floors'], misses, page: values.page },
    };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}

/** Scores one remover on every page; returns the scores, the outputs and the time taken. */
function scoreRemover(remover: Remover, pages: readonly CorpusPage[]): { scores: PageScore[]; outputs: string[]; seconds: number } {
  const started = performance.now();
  const outputs = pages.map((page) => remover.run(page.input));
  const seconds = (performance.now() - started) / 1000;
  return { scores: pages.map((page, i) => scorePage(page, outputs[i]!)), outputs, seconds };
}

/** Counts per subset for one remover. */
function countsBySubset(pages: readonly CorpusPage[], scores: readonly PageScore[]): Record<Subset, ReturnType<typeof sumCounts>> {
  const manual = scores.filter((_, i) => pages[i]!.labels.review.status === 'manual');
  return { all: sumCounts(scores), manual: sumCounts(manual) };
}

function main(argv: readonly string[]): number {
  const flags = readFlags(argv);
  if (!flags.ok) {
    console.error(`eval: ${flags.problem}`);
    return 2;
  }
  const { corpus, page: focus } = flags.value;
  const loaded = loadCorpus(corpus);
  if (!loaded.ok) {
    console.error(`eval: ${loaded.problem}`);
    return 2;
  }
  const pages = focus === undefined ? loaded.pages : loaded.pages.filter((page) => page.id === focus);
  if (pages.length === 0) {
    console.error(`eval: no page "${focus}" in ${corpus}`);
    return 2;
  }
  const removers = [engineRemover(flags.value.unit), ...(flags.value.baselines ? BASELINES : [])];
  const results = removers.map((remover) => ({ remover, ...scoreRemover(remover, pages) }));
  const engine = results[0]!;
  const engineMetrics = metricsBySubset(countsBySubset(pages, engine.scores));

  if (flags.value.json) {
    const baselines = Object.fromEntries(results.slice(1).map((r) => [r.remover.name, metricsBySubset(countsBySubset(pages, r.scores))]));
    const unit = { unit: flags.value.unit };
    console.log(JSON.stringify(flags.value.baselines ? { ...unit, ...engineMetrics, baselines } : { ...unit, ...engineMetrics }, null, 2));
  } else {
    printReport(pages, results, flags.value);
    if (focus !== undefined) printPageDiff(pages[0]!, engine.outputs[0]!);
  }
  return flags.value.checkFloors ? reportFloors(engineMetrics, flags.value.unit) : 0;
}

function metricsBySubset(counts: Record<Subset, ReturnType<typeof sumCounts>>): Record<Subset, Metrics> {
  return { all: toMetrics(counts.all), manual: toMetrics(counts.manual) };
}

function printReport(
  pages: readonly CorpusPage[],
  results: ReadonlyArray<{ remover: Remover; scores: PageScore[]; seconds: number }>,
  flags: EvalFlags,
): void {
  const manualPages = pages.filter((page) => page.labels.review.status === 'manual').length;
  const timing = results.map((r) => `${r.remover.name} ${r.seconds.toFixed(2)} s`).join(', ');
  const unit = flags.unit === 'both' ? '' : `, --unit ${flags.unit}`;
  console.log(`unecho eval: ${pages.length} pages (${manualPages} manual) from ${flags.corpus}${unit}; ${timing}`);
  const columns: MetricsColumn[] = results.flatMap((r, i) => {
    const counts = countsBySubset(pages, r.scores);
    return [
      { title: `${r.remover.name} all (${pages.length})`, counts: counts.all, withCounts: i === 0 },
      { title: `${r.remover.name} manual (${manualPages})`, counts: counts.manual, withCounts: i === 0 },
    ];
  });
  console.log(['', ...formatMetricsTable(columns), ''].join('\n'));
  const misses = results[0]!.scores.flatMap((score) => score.misses);
  const limit = flags.page === undefined ? flags.misses : Number.POSITIVE_INFINITY;
  console.log(misses.length === 0 ? 'engine misses: none' : [`engine misses (${misses.length}):`, ...formatMisses(misses, limit)].join('\n'));
}

function printPageDiff(page: CorpusPage, output: string): void {
  const patch = createTwoFilesPatch(`${page.id}/expected.txt`, `${page.id}/engine-output`, page.expected, output);
  console.log(`\ndiff expected → engine output:\n${patch}`);
}

function reportFloors(metrics: Record<Subset, Metrics>, unit: Unit): number {
  const path = floorsPath(unit);
  if (!existsSync(path)) {
    console.error(`eval: no floors for --unit ${unit} (${path})`);
    return 2;
  }
  const parsed = parseFloors(JSON.parse(readFileSync(path, 'utf8')) as unknown);
  if (!parsed.ok) {
    console.error(`eval: bad floors file ${path}: ${parsed.problems.join('; ')}`);
    return 2;
  }
  const failures = checkFloors(metrics, parsed.value);
  for (const failure of failures) console.error(`eval: below floor: ${failure}`);
  if (failures.length === 0) console.error('eval: all metrics at or above their floors');
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
