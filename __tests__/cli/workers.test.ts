import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEWSLETTER, newsCorpus } from '../core/news-corpus.js';
import { run } from '../../src/cli/run.js';
import { POOL_MIN_BYTES, batchChars, forcedWorkers, workerCount } from '../../src/cli/worker-count.js';
import { CLEAN, ECHOED, OTHER, PARAGRAPH, fakeIo, fsError, makeTree } from './fake-io.js';

// The pool runs the compiled worker script, which exists only in dist/ (npm test builds it
// first): these tests spawn the built bin, forcing the worker count with the hidden
// UNECHO_WORKERS switch, and small batches (UNECHO_BATCH_CHARS) so a small folder spans many.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/unecho.js');
const SEED = readFileSync(path.join(ROOT, 'fixtures/kcna-putin-telegram.txt'), 'utf8');

type PoolModule = typeof import('../../src/cli/worker-pool.js');
type CleanModule = typeof import('../../src/cli/clean-record.js');
type ProcessModule = typeof import('../../src/cli/process-file.js');
type SettingsModule = typeof import('../../src/cli/settings.js');
type IoModule = typeof import('../../src/io/node-io.js');

/** A module of the build in dist/ (the pool runs its compiled worker script, so its tests load the build). */
async function fromDist<T>(relative: string): Promise<T> {
  return (await import(path.join(ROOT, 'dist', relative))) as T;
}

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function unecho(args: readonly string[], cwd: string, workers: number | undefined, extraEnv: Record<string, string> = {}): Ran {
  const env: NodeJS.ProcessEnv = { ...process.env, UNECHO_BATCH_CHARS: '600', ...extraEnv };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CI', 'PRE_COMMIT', 'TERM', 'UNECHO_WORKERS']) delete env[name];
  if (workers !== undefined) env['UNECHO_WORKERS'] = String(workers);
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env, input: '', encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Files of a tree: relative path → content (bytes as latin1, so nothing is normalised). */
function snapshot(root: string, dir = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, snapshot(root, rel));
    else if (entry.isFile()) files[rel] = readFileSync(path.join(root, rel), 'latin1');
  }
  return files;
}

/** Many files of every kind, with inputs that fail to read between the good ones. */
function corpus(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { ...newsCorpus() };
  for (let n = 0; n < 24; n++) {
    const name = `bulk/${String(n).padStart(2, '0')}`;
    files[`${name}.txt`] = n % 3 === 0 ? CLEAN : `Item ${n}\n\n${PARAGRAPH}\n\n${OTHER} Number ${n}.\n\n${PARAGRAPH}\n`;
  }
  files['bulk/05-binary.txt'] = new Uint8Array([0x48, 0x69, 0x00, 0x01, 0x02, 0x00, 0x41]);
  files['bulk/11-latin1.txt'] = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
  files['bulk/17-too-large.txt'] = `${ECHOED}\n${'padding words here. '.repeat(400)}\n`;
  files['bulk/bom.txt'] = `\uFEFF${ECHOED}`;
  files['bulk/crlf.txt'] = ECHOED.replace(/\n/g, '\r\n');
  files['bulk/post.md'] = `# Title\n\n${PARAGRAPH}\n\n- ${OTHER}\n\n${PARAGRAPH}\n`;
  files['seed.txt'] = SEED;
  return files;
}

function makeCorpus(): string {
  return makeTree(corpus());
}

const COUNTS = [0, 1, 2] as const;
const LIMITS = ['--max-file-size', '4000'];

describe('cleaning on worker threads (UNECHO_WORKERS)', () => {
  test('the stylish report, problems and exit code are the same with 0, 1 and 2 workers', () => {
    const root = makeCorpus();
    const runs = COUNTS.map((workers) => unecho([...LIMITS, '.'], root, workers));
    expect(runs[0]!.code).toBe(1);
    expect(runs[0]!.stdout).toContain('bulk/01.txt\n');
    expect(runs[0]!.stdout).toContain('seed.txt\n');
    expect(runs[0]!.stderr).toContain('bulk/05-binary.txt: skipped, binary file');
    expect(runs[0]!.stderr).toContain('bulk/11-latin1.txt');
    expect(runs[0]!.stderr).toContain('bulk/17-too-large.txt');
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  test('without the switch a small input is cleaned the same way', () => {
    const root = makeCorpus();
    expect(unecho([...LIMITS, '.'], root, undefined)).toEqual(unecho([...LIMITS, '.'], root, 2));
  });

  test('the JSON report is the same with 0, 1 and 2 workers', () => {
    const root = makeCorpus();
    const runs = COUNTS.map((workers) => unecho([...LIMITS, '--format', 'json', '.'], root, workers));
    const report = JSON.parse(runs[0]!.stdout) as { files: { path: string; status: string }[] };
    expect(report.files.map((file) => file.path)).toEqual([...report.files.map((file) => file.path)].sort());
    expect(report.files.find((file) => file.path === 'bulk/05-binary.txt')?.status).toBe('skipped');
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  test('--out-dir writes the same tree with 0, 1 and 2 workers', () => {
    const root = makeCorpus();
    const runs = COUNTS.map((workers) => {
      const out = mkdtempSync(path.join(os.tmpdir(), 'unecho-out-'));
      const ran = unecho([...LIMITS, '--out-dir', out, '.'], root, workers);
      return { ...ran, stdout: ran.stdout.split(out).join('<out>'), tree: snapshot(out) };
    });
    expect(runs[0]!.code).toBe(0);
    expect(runs[0]!.tree['bulk/01.txt']).toBe(`Item 1\n\n${PARAGRAPH}\n\n${OTHER} Number 1.\n`);
    expect(runs[0]!.tree['bulk/bom.txt']?.startsWith('\u00ef\u00bb\u00bf')).toBe(true);
    expect(Object.keys(runs[0]!.tree)).not.toContain('bulk/05-binary.txt');
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  test('--write rewrites the same files and reports a read-only file the same way with 0, 1 and 2 workers', () => {
    const source = makeCorpus();
    const runs = COUNTS.map((workers) => {
      const root = mkdtempSync(path.join(os.tmpdir(), 'unecho-write-'));
      cpSync(source, root, { recursive: true });
      // Cleaned on a worker, refused here when written back.
      chmodSync(path.join(root, 'bulk/04.txt'), 0o444);
      const ran = unecho([...LIMITS, '--write', '.'], root, workers);
      return { ...ran, tree: snapshot(root) };
    });
    expect(runs[0]!.code).toBe(2);
    expect(runs[0]!.stderr).toContain('bulk/04.txt');
    expect(runs[0]!.tree['bulk/04.txt']).toBe(corpus()['bulk/04.txt']);
    expect(runs[0]!.tree['bulk/07.txt']).toBe(`Item 7\n\n${PARAGRAPH}\n\n${OTHER} Number 7.\n`);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  test('--diff prints the same patch with 0, 1 and 2 workers (the texts come back from the workers)', () => {
    const root = makeCorpus();
    const runs = COUNTS.map((workers) => unecho([...LIMITS, '--diff', '.'], root, workers));
    expect(runs[0]!.code).toBe(1);
    expect(runs[0]!.stdout).toContain('+++ b/bulk/01.txt');
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  test('--scope files gives the same findings with 0, 1 and 2 workers', () => {
    const root = makeCorpus();
    const runs = COUNTS.map((workers) => unecho([...LIMITS, '--scope', 'files', '--format', 'json', '.'], root, workers));
    expect(runs[0]!.code).toBe(1);
    const report = JSON.parse(runs[0]!.stdout) as { boilerplate: unknown[]; duplicates: unknown[] };
    expect(report.boilerplate.length).toBeGreaterThan(0);
    expect(report.duplicates.length).toBeGreaterThan(0);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  test('--scope files --out-dir (one pass: each file cleaned and summarised together) writes the within-file copies with 0, 1 and 2 workers', () => {
    const root = makeCorpus();
    const copies = (args: readonly string[], workers: number): { code: number | null; tree: Record<string, string> } => {
      const out = mkdtempSync(path.join(os.tmpdir(), 'unecho-scope-'));
      const { code } = unecho([...LIMITS, ...args, '--out-dir', out, '.'], root, workers);
      return { code, tree: snapshot(out) };
    };
    const runs = COUNTS.map((workers) => copies(['--scope', 'files'], workers));
    // Without --remove-boilerplate the copies are cleaned as each file alone would be.
    expect(runs[0]).toEqual(copies([], 0));
    expect(Object.keys(runs[0]!.tree)).toContain('bulk/01.txt');
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  test('--scope files --remove-boilerplate writes the same tree with 0, 1 and 2 workers', () => {
    const root = makeCorpus();
    const runs = COUNTS.map((workers) => {
      const out = mkdtempSync(path.join(os.tmpdir(), 'unecho-scope-'));
      const ran = unecho([...LIMITS, '--scope', 'files', '--remove-boilerplate', '--out-dir', out, '.'], root, workers);
      return { ...ran, stdout: ran.stdout.split(out).join('<out>'), tree: snapshot(out) };
    });
    expect(runs[0]!.code).toBe(0);
    // The newsletter call to action stands in five of the site's pages: it leaves them all.
    const pages = Object.entries(runs[0]!.tree).filter(([name]) => name.startsWith('site/'));
    expect(pages.length).toBeGreaterThan(2);
    for (const [, text] of pages) expect(text).not.toContain(NEWSLETTER);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});

describe('the worker pool (built)', () => {
  test('cleans a batch on worker threads exactly as the main thread does', async () => {
    const { startWorkerPool } = await fromDist<PoolModule>('cli/worker-pool.js');
    const { cleanRecord } = await fromDist<CleanModule>('cli/clean-record.js');
    const { DEFAULT_SETTINGS } = await fromDist<SettingsModule>('cli/settings.js');
    const texts = [ECHOED, CLEAN, SEED, `# Title\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n`];
    const records = texts.map((text, index) => ({ path: `file${index}.${index === 3 ? 'md' : 'txt'}`, absolute: undefined, text, bom: index === 0, mode: 0o644, hardLinks: 1 }));
    const pool = startWorkerPool(2, { settings: DEFAULT_SETTINGS, mode: 'check', outDir: undefined });
    expect(pool).toBeDefined();
    try {
      const [first, second] = await Promise.all([pool!.clean(records), pool!.clean(records.slice(2))]);
      const expected = await Promise.all(records.map((record) => cleanRecord(record, DEFAULT_SETTINGS)));
      expect(first).toEqual(expected);
      expect(second).toEqual(expected.slice(2));
      expect(first.map((cleaned) => cleaned.changed)).toEqual([true, false, true, true]);
    } finally {
      await pool!.close();
    }
  });
});

describe('the worker pool (built): files', () => {
  test('reads, cleans and writes a batch of files on worker threads exactly as processFile does here', async () => {
    const { startWorkerPool } = await fromDist<PoolModule>('cli/worker-pool.js');
    const { processFile } = await fromDist<ProcessModule>('cli/process-file.js');
    const { DEFAULT_SETTINGS } = await fromDist<SettingsModule>('cli/settings.js');
    const { nodeIo } = await fromDist<IoModule>('io/node-io.js');
    const root = makeCorpus();
    const names = Object.keys(corpus()).sort();
    const files = [...names, 'bulk/missing.txt'].map((name) => ({ path: name, absolute: path.join(root, name) }));
    const outHere = mkdtempSync(path.join(os.tmpdir(), 'unecho-here-'));
    const outThere = mkdtempSync(path.join(os.tmpdir(), 'unecho-there-'));
    const settings = { ...DEFAULT_SETTINGS, maxFileSize: 4000 };
    const here = { io: nodeIo(), mode: 'out-dir' as const, settings, outDir: outHere };
    const expected = [];
    for (const file of files) expected.push(await processFile(here, file));
    const pool = startWorkerPool(2, { settings, mode: 'out-dir', outDir: outThere })!;
    try {
      const halves = await Promise.all([pool.process(files.slice(0, 20)), pool.process(files.slice(20))]);
      expect(halves.flat()).toEqual(expected);
    } finally {
      await pool.close();
    }
    expect(expected.map((outcome) => outcome.status)).toContain('changed');
    expect(expected.at(-1)!.problem?.code).toBe('FILE_VANISHED');
    expect(snapshot(outThere)).toEqual(snapshot(outHere));
    expect(Object.keys(snapshot(outThere)).length).toBeGreaterThan(20);
  });
});

describe('the worker pool (built): failures', () => {
  const record = (text: string) => ({ path: 'file.txt', absolute: undefined, text, bom: false, mode: 0o644, hardLinks: 1 });

  test("an engine error inside a worker rejects that batch with the error's message", async () => {
    const { startWorkerPool } = await fromDist<PoolModule>('cli/worker-pool.js');
    const { DEFAULT_SETTINGS } = await fromDist<SettingsModule>('cli/settings.js');
    // Not a locale tag: the segmenter throws when the text needs it (a non-ASCII sentence).
    const pool = startWorkerPool(1, { settings: { ...DEFAULT_SETTINGS, locale: 'en_US' }, mode: 'check', outDir: undefined })!;
    try {
      await expect(pool.clean([record('Café au lait. Deux fois. Merci bien.\n')])).rejects.toThrow(/locale/i);
    } finally {
      await pool.close();
    }
  });

  test('closing the pool rejects the batches still in flight instead of leaving them waiting', async () => {
    const { startWorkerPool } = await fromDist<PoolModule>('cli/worker-pool.js');
    const { DEFAULT_SETTINGS } = await fromDist<SettingsModule>('cli/settings.js');
    const pool = startWorkerPool(1, { settings: DEFAULT_SETTINGS, mode: 'check', outDir: undefined })!;
    const pending = pool.clean([record(`${SEED}\n`.repeat(20))]);
    await pool.close();
    await expect(pending).rejects.toThrow(/worker/i);
  });
});

describe('worker count', () => {
  test('no workers below POOL_MIN_BYTES or on one core; else one per core', () => {
    expect(workerCount(POOL_MIN_BYTES - 1, 8)).toBe(0);
    expect(workerCount(POOL_MIN_BYTES, 1)).toBe(0);
    expect(workerCount(POOL_MIN_BYTES, 2)).toBe(2);
    expect(workerCount(POOL_MIN_BYTES, 8)).toBe(8);
  });

  test('UNECHO_WORKERS forces a count from 0 to 64; anything else is ignored', () => {
    expect(forcedWorkers({})).toBeUndefined();
    expect(forcedWorkers({ UNECHO_WORKERS: '0' })).toBe(0);
    expect(forcedWorkers({ UNECHO_WORKERS: '3' })).toBe(3);
    for (const value of ['', 'two', '-1', '1.5', '65']) expect(forcedWorkers({ UNECHO_WORKERS: value })).toBeUndefined();
    expect(batchChars({ UNECHO_BATCH_CHARS: '500' }, 9)).toBe(500);
    expect(batchChars({ UNECHO_BATCH_CHARS: '0' }, 9)).toBe(9);
  });
});

describe('batches in-process (no worker script under jest: cleaned on the main thread)', () => {
  test('a file that vanishes mid-run is reported the same way, batched or not', async () => {
    const root = makeCorpus();
    const vanished = path.join(root, 'bulk/08.txt');
    const runOnce = async (env: Record<string, string>) => {
      const fake = fakeIo({
        cwd: root,
        env,
        fs: { readFile: async (file) => (file === vanished ? Promise.reject(fsError('ENOENT')) : readFileSync(file)) },
      });
      const code = await run([...LIMITS, '--format', 'json', '.'], fake.io);
      return { code, stdout: fake.stdout(), stderr: fake.stderr() };
    };
    const plain = await runOnce({});
    expect(plain.stderr).toContain('bulk/08.txt');
    expect(await runOnce({ UNECHO_WORKERS: '2', UNECHO_BATCH_CHARS: '600' })).toEqual(plain);
    expect(await runOnce({ UNECHO_WORKERS: '0' })).toEqual(plain);
  });
});
