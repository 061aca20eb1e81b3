/**
 * `npm run bench`: throughput, growth and memory of unecho on generated text with echoes.
 * Usage: npm run bench -- [--quick] [--sizes 5,20,80] [--folder-sizes 50,100,200]
 *   [--modes file,awk,...] [--seed N] [--runs N] [--timeout SECONDS] [--corpus DIR]
 * Every measurement runs in its own process, so peak RSS is the measurement's own.
 * Generated data is cached under .bench/ (git-ignored).
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSources, type BenchSources } from './lib/bench-text.js';
import { ensureFolder, ensureSingleFile, ensureSmallMarkdown, folderBytes, readText } from './lib/bench-data.js';
import { DEFAULT_CORPUS_DIR } from './lib/corpus.js';
import { medianRun, runBenchChild, runCommand, type MeasureResult, type Measurement } from './lib/measure.js';
import { formatBenchTable, formatGrowth, type BenchRow } from './lib/bench-report.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_DIR = join(REPO_ROOT, '.bench');
const CHILD_SCRIPT = join(REPO_ROOT, 'scripts', 'lib', 'bench-child.ts');
const CLI_BIN = join(REPO_ROOT, 'bin', 'unecho.js');
const SEED_DIR = join(REPO_ROOT, '..', 'shared', 'seed');
const MB = 1024 * 1024;

/**
 * The bench modes.
 * - `file`: library `clean` (default options) on one large file, in a child process.
 * - `file-exact`: the same with exact paragraphs only (`threshold: 1, unit: 'paragraph'`).
 * - `awk`: `awk '!seen[$0]++'` on the same file (baseline).
 * - `cli-exact`: `unecho --threshold 1 --unit paragraph` on the same file, stdin to stdout.
 * - `folder`: `unecho --out-dir` over a folder of articles (full cleaning, each file on its own).
 * - `files`: the same with `--scope files` (boilerplate and duplicate documents across files).
 * - `files-paragraph`: `--scope files --unit paragraph` (no sentence is cut).
 * - `copy`: plain Node read and write of the same folder (I/O floor).
 * - `awk-folder`: `awk '!seen[$0]++'` over the folder's files (the same bytes).
 * - `latency`: whole-process time of the CLI on 10 small Markdown files and on one 1 MB file.
 */
const MODES = ['file', 'file-exact', 'awk', 'cli-exact', 'folder', 'files', 'files-paragraph', 'copy', 'awk-folder', 'latency'] as const;
type Mode = (typeof MODES)[number];

const DEFAULTS = {
  sizes: [5, 20, 80],
  folderSizes: [50, 100, 200],
  modes: ['file', 'awk', 'cli-exact', 'folder', 'files', 'files-paragraph', 'copy', 'awk-folder', 'latency'] as Mode[],
  timeout: 90,
};

/**
 * Where folder modes write their output: a RAM file system when there is one. On the project's
 * VM the disk is mounted with `discard`, and creating thousands of files there took from 0.3 s
 * to 4 s for the same run depending on what the disk did before; both unecho and the copy
 * baseline write to the same place, so the ratio compares work, not the disk's mood.
 */
const OUTPUT_ROOT = existsSync('/dev/shm') ? '/dev/shm' : undefined;
const QUICK = { sizes: [2, 8], folderSizes: [5, 20], modes: DEFAULTS.modes, timeout: 10 };

interface BenchFlags {
  readonly sizes: readonly number[];
  readonly folderSizes: readonly number[];
  readonly modes: readonly Mode[];
  readonly seed: number;
  readonly runs: number;
  /** Longest any one measurement may run, in seconds: a slow engine must not hang the bench. */
  readonly timeout: number;
  readonly corpus: string;
}

function readFlags(argv: readonly string[]): { ok: true; value: BenchFlags } | { ok: false; problem: string } {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        sizes: { type: 'string' },
        'folder-sizes': { type: 'string' },
        modes: { type: 'string' },
        seed: { type: 'string', default: '1' },
        runs: { type: 'string', default: '3' },
        timeout: { type: 'string' },
        corpus: { type: 'string' },
      },
    });
    const preset = values.quick ? QUICK : DEFAULTS;
    const sizes = values.sizes === undefined ? preset.sizes : parseNumbers(values.sizes);
    const folderSizes = values['folder-sizes'] === undefined ? preset.folderSizes : parseNumbers(values['folder-sizes']);
    const modes = values.modes === undefined ? preset.modes : values.modes.split(',');
    const unknown = modes.filter((mode) => !(MODES as readonly string[]).includes(mode));
    const problems = [
      ...(sizes === undefined ? ['--sizes must be positive MB, comma-separated'] : []),
      ...(folderSizes === undefined ? ['--folder-sizes must be positive MB, comma-separated'] : []),
      ...(unknown.length > 0 ? [`unknown mode(s) ${unknown.join(', ')}; modes: ${MODES.join(', ')}`] : []),
      ...(!/^\d+$/.test(values.seed) ? ['--seed must be a whole number'] : []),
      ...(!/^[1-9]\d*$/.test(values.runs) ? ['--runs must be a positive whole number'] : []),
      ...(values.timeout !== undefined && !/^[1-9]\d*$/.test(values.timeout) ? ['--timeout must be a positive whole number of seconds'] : []),
    ];
    if (problems.length > 0 || sizes === undefined || folderSizes === undefined) return { ok: false, problem: problems.join('; ') };
    const corpus = values.corpus ?? process.env['UNECHO_CORPUS'] ?? join(REPO_ROOT, DEFAULT_CORPUS_DIR);
    return { ok: true, value: { sizes, folderSizes, modes: modes as Mode[], seed: Number(values.seed), runs: Number(values.runs), timeout: Number(values.timeout ?? preset.timeout), corpus } };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}

function parseNumbers(list: string): number[] | undefined {
  const numbers = list.split(',').map(Number);
  // Fractions are allowed: sizes like 0.25 help find where a slow engine stops being linear.
  return numbers.every((n) => Number.isFinite(n) && n > 0) ? numbers : undefined;
}

/** Real text: the corpus's expected pages (clean article text) and the seed files. */
function loadSources(corpusDir: string): BenchSources | undefined {
  const texts: string[] = [];
  const pagesDir = join(corpusDir, 'pages');
  if (existsSync(pagesDir)) for (const id of readdirSync(pagesDir)) texts.push(readText(join(pagesDir, id, 'expected.txt')));
  if (existsSync(SEED_DIR)) for (const name of readdirSync(SEED_DIR)) texts.push(readText(join(SEED_DIR, name)));
  const sources = buildSources(texts);
  return sources.paragraphs.length === 0 ? undefined : sources;
}

/** Runs one mode over its sizes and returns its table rows. */
function runMode(mode: Mode, flags: BenchFlags, sources: BenchSources): BenchRow[] {
  const needsCli = mode === 'cli-exact' || mode === 'folder' || mode === 'latency';
  if (needsCli && !existsSync(CLI_BIN)) return [{ mode, input: '-', bytes: 0, result: { ok: false, problem: 'skipped: CLI not built' } }];
  const limitSeconds = flags.timeout;
  const singleFile = (megabytes: number): string => ensureSingleFile(BENCH_DIR, sources, megabytes, flags.seed);
  const folder = (megabytes: number): string => ensureFolder(BENCH_DIR, sources, megabytes, flags.seed);
  const cli = (...args: string[]): string[] => cliCommand('--max-file-size', '0', ...args);
  switch (mode) {
    case 'file':
    case 'file-exact': {
      const task = mode === 'file' ? 'clean' : 'clean-exact';
      return untilTimeout(flags.sizes, (mb) => fileRow(mode, singleFile(mb), runBenchChild(CHILD_SCRIPT, [task, singleFile(mb)], limitSeconds)));
    }
    case 'awk':
      return untilTimeout(flags.sizes, (mb) => fileRow(mode, singleFile(mb), runCommand(['awk', '!seen[$0]++', singleFile(mb)], { limitSeconds })));
    case 'cli-exact':
      return untilTimeout(flags.sizes, (mb) =>
        fileRow(mode, singleFile(mb), runCommand(cli('--threshold', '1', '--unit', 'paragraph', '-'), { stdinPath: singleFile(mb), limitSeconds })),
      );
    case 'folder':
    case 'files':
    case 'files-paragraph': {
      const scope = { folder: [], files: ['--scope', 'files'], 'files-paragraph': ['--scope', 'files', '--unit', 'paragraph'] }[mode];
      return untilTimeout(flags.folderSizes, (mb) =>
        folderRow(mode, folder(mb), (path, out) => runCommand(cli(...scope, '--out-dir', out, path), { limitSeconds, okExitCodes: [0, 1] })),
      );
    }
    case 'copy':
      return untilTimeout(flags.folderSizes, (mb) => folderRow(mode, folder(mb), (path, out) => runBenchChild(CHILD_SCRIPT, ['copy', path, out], limitSeconds)));
    case 'awk-folder':
      // find passes the names in batches (a 200 MB folder has more than one command line holds).
      return untilTimeout(flags.folderSizes, (mb) =>
        folderRow(mode, folder(mb), (path) =>
          runCommand(['sh', '-c', `find "$1" -type f -exec cat {} + | awk '!seen[$0]++' > /dev/null`, 'sh', path], { limitSeconds }),
        ),
      );
    case 'latency':
      return latencyRows(flags, sources);
  }
}

/**
 * The whole-process CLI command. `--no-ignore` because the data lives in the git-ignored
 * `.bench/`, which the CLI would otherwise skip (and time an empty run).
 */
function cliCommand(...args: string[]): string[] {
  return ['node', CLI_BIN, '--quiet', '--no-ignore', ...args];
}

/**
 * Measures sizes in increasing order; once one times out, the larger ones are not run
 * (they would only time out too, costing the full limit each).
 */
function untilTimeout(sizes: readonly number[], measure: (megabytes: number) => BenchRow): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const megabytes of [...sizes].sort((a, b) => a - b)) {
    const previous = rows.at(-1);
    if (previous !== undefined && !previous.result.ok && previous.result.problem.startsWith('timed out')) {
      rows.push({ mode: previous.mode, input: `${megabytes} MB`, bytes: 0, result: { ok: false, problem: 'skipped: a smaller size timed out' } });
    } else {
      rows.push(measure(megabytes));
    }
  }
  return rows;
}

function fileRow(mode: Mode, path: string, result: MeasureResult): BenchRow {
  const bytes = fileSize(path);
  return { mode, input: `${formatMegabytes(bytes)} MB file`, bytes, result };
}

function folderRow(mode: Mode, path: string, measure: (path: string, outDir: string) => MeasureResult): BenchRow {
  const outDir = join(OUTPUT_ROOT ?? BENCH_DIR, `unecho-bench-out-${mode}`);
  rmSync(outDir, { recursive: true, force: true });
  const bytes = folderBytes(path);
  const result = measure(path, outDir);
  rmSync(outDir, { recursive: true, force: true });
  return { mode, input: `${formatMegabytes(bytes)} MB folder`, bytes, result };
}

/** Whole-process latency (median of `runs`): a pre-commit run over 10 small files, and one 1 MB file. */
function latencyRows(flags: BenchFlags, sources: BenchSources): BenchRow[] {
  const small = ensureSmallMarkdown(BENCH_DIR, sources, 10, flags.seed);
  const oneMb = ensureSingleFile(BENCH_DIR, sources, 1, flags.seed);
  const timed = (command: string[], stdin?: string): MeasureResult => {
    const runs: Measurement[] = [];
    for (let n = 0; n < flags.runs; n++) {
      const run = runCommand(command, { ...(stdin === undefined ? {} : { stdinPath: stdin }), limitSeconds: flags.timeout, okExitCodes: [0, 1] });
      if (!run.ok) return run; // one failure or timeout settles it; repeating would only cost time
      runs.push(run.value);
    }
    return { ok: true, value: medianRun(runs) };
  };
  return [
    { mode: 'latency', input: '10 small .md', bytes: small.reduce((sum, path) => sum + fileSize(path), 0), result: timed(cliCommand('--check', ...small)) },
    { mode: 'latency', input: '1 MB stdin', bytes: fileSize(oneMb), result: timed(cliCommand('-'), oneMb) },
  ];
}

/** Size in MB for labels: whole above 10, two significant digits below. */
function formatMegabytes(bytes: number): string {
  const megabytes = bytes / MB;
  return megabytes >= 10 ? String(Math.round(megabytes)) : String(Number(megabytes.toPrecision(2)));
}

function fileSize(path: string): number {
  return statSync(path).size;
}

function main(argv: readonly string[]): number {
  const flags = readFlags(argv);
  if (!flags.ok) {
    console.error(`bench: ${flags.problem}`);
    return 2;
  }
  const sources = loadSources(flags.value.corpus);
  if (sources === undefined) {
    console.error(`bench: no source text: neither ${flags.value.corpus}/pages nor ${SEED_DIR} exists (use --corpus DIR)`);
    return 2;
  }
  console.log(`unecho bench: seed ${flags.value.seed}, ${availableParallelism()} cores, node ${process.version}; data in .bench/, folder output in ${OUTPUT_ROOT ?? '.bench/'}`);
  const rows: BenchRow[] = [];
  for (const mode of flags.value.modes) {
    const started = performance.now();
    rows.push(...runMode(mode, flags.value, sources));
    // Progress on stderr, so stdout holds only the final table.
    console.error(`bench: ${mode} done in ${((performance.now() - started) / 1000).toFixed(1)} s (data generation included)`);
  }
  console.log(['', ...formatBenchTable(rows, rows), '', ...formatGrowth(rows)].join('\n'));
  // Timeouts are results (the engine is too slow), not bench failures; a crashed run is.
  return rows.some((row) => !row.result.ok && !/^(skipped|timed out)/.test(row.result.problem)) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
