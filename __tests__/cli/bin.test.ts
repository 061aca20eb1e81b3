import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { CLEAN, ECHOED, ECHOED_CLEAN, OTHER, PARAGRAPH, makeTree } from './fake-io.js';

// These tests run the built bin (npm test builds first, through the pretest script).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/unecho.js');
const SEED = readFileSync(path.join(ROOT, 'fixtures/kcna-putin-telegram.txt'), 'utf8');
const SEED_CLEAN = (() => {
  const lines = SEED.split('\n');
  return [lines[0], lines[2], lines[3], lines[5]].join('\n') + (SEED.endsWith('\n') ? '\n' : '');
})();

/** A plain environment: no colour forcing, no CI or pre-commit markers from the outside. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'CI', 'PRE_COMMIT', 'TERM']) delete clean[name];
  return { ...clean, ...extra };
}

function unecho(args: readonly string[], cwd: string, options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input: options.input ?? '', env: env(options.env), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Files of a tree: relative path → content. */
function snapshot(root: string, dir = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, snapshot(root, rel));
    else files[rel] = readFileSync(path.join(root, rel), 'latin1');
  }
  return files;
}

const CRLF = ECHOED.replace(/\n/g, '\r\n');
const TREE = {
  'seed.txt': SEED,
  'posts/echo.md': ECHOED,
  'posts/clean.md': CLEAN,
  'posts/deep/crlf.txt': CRLF,
  'posts/deep/bom.txt': `\uFEFF${ECHOED}`,
  'posts/deep/no-final-newline.txt': ECHOED.trimEnd(),
  'notes.dat': ECHOED,
};

describe('bin/unecho.js (spawned)', () => {
  test('report mode: exit 1 and the report on stdout, nothing on stderr', () => {
    const root = makeTree(TREE);
    const r = unecho(['seed.txt'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^seed\.txt\n +2:1 /);
    expect(r.stdout).toMatch(/4 echoes in 1 of 1 file/);
    expect(r.stderr).toBe('');
  });

  test('exit 0 for a clean file; exit 2 for a usage error', () => {
    const root = makeTree(TREE);
    expect(unecho(['posts/clean.md'], root).code).toBe(0);
    const usage = unecho(['--check', '--write', 'seed.txt'], root);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('unecho: error: --check and --write cannot be used together\n');
    expect(unecho(['--nope'], root).code).toBe(2);
  });

  test('folder and glob: sorted lists, extensions of folders, any file a glob names', () => {
    const root = makeTree(TREE);
    const folder = unecho(['-l', '.'], root);
    expect(folder.code).toBe(1);
    expect(folder.stdout).toBe('posts/deep/bom.txt\nposts/deep/crlf.txt\nposts/deep/no-final-newline.txt\nposts/echo.md\nseed.txt\n');
    const glob = unecho(['-l', 'posts/**/*.txt', '*.dat'], root);
    expect(glob.stdout).toBe('notes.dat\nposts/deep/bom.txt\nposts/deep/crlf.txt\nposts/deep/no-final-newline.txt\n');
  });

  test('stdin pipe: the cleaned text on stdout, the summary on stderr', () => {
    const root = makeTree({});
    const r = unecho([], root, { input: SEED });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(SEED_CLEAN);
    expect(r.stderr).toBe('<stdin>: removed 4 echoes\n');
    expect(unecho(['--check', '-'], root, { input: SEED }).code).toBe(1);
  });

  test('--write cleans the seed to lines 1, 3, 4 and 6; a second run changes nothing', () => {
    const root = makeTree(TREE);
    chmodSync(path.join(root, 'seed.txt'), 0o640);
    const first = unecho(['--write', '.'], root);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Removed \d+ echoes from 5 of 6 files\./);
    expect(readFileSync(path.join(root, 'seed.txt'), 'utf8')).toBe(SEED_CLEAN);
    expect(statSync(path.join(root, 'seed.txt')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(root, 'posts/deep/crlf.txt'), 'utf8')).toBe(ECHOED_CLEAN.replace(/\n/g, '\r\n'));
    expect(readFileSync(path.join(root, 'posts/deep/bom.txt'), 'utf8')).toBe(`\uFEFF${ECHOED_CLEAN}`);
    expect(readFileSync(path.join(root, 'posts/deep/no-final-newline.txt'), 'utf8')).toBe(ECHOED_CLEAN.trimEnd());

    const before = snapshot(root);
    const old = new Date('2020-01-01T00:00:00Z');
    for (const file of Object.keys(before)) utimesSync(path.join(root, file), old, old);
    const second = unecho(['--write', '.'], root);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('✔ No echoes in 6 files.\n');
    expect(snapshot(root)).toEqual(before);
    for (const file of Object.keys(before)) expect(statSync(path.join(root, file)).mtimeMs).toBe(old.getTime());
  });

  test('--check, -l and --diff never write: contents and mtimes unchanged', () => {
    const root = makeTree(TREE);
    const old = new Date('2020-01-01T00:00:00Z');
    const before = snapshot(root);
    for (const file of Object.keys(before)) utimesSync(path.join(root, file), old, old);
    for (const mode of ['--check', '-l', '--diff']) expect(unecho([mode, '.'], root).code).toBe(1);
    expect(snapshot(root)).toEqual(before);
    for (const file of Object.keys(before)) expect(statSync(path.join(root, file)).mtimeMs).toBe(old.getTime());
  });

  test('--out-dir mirrors the tree with cleaned copies and leaves the originals', () => {
    const root = makeTree(TREE);
    const before = snapshot(root);
    const r = unecho(['--out-dir', 'clean', 'posts', 'seed.txt'], root);
    expect(r.code).toBe(0);
    const after = snapshot(root);
    for (const [file, content] of Object.entries(before)) expect(after[file]).toBe(content);
    expect(Object.keys(after).filter((file) => file.startsWith('clean/')).sort()).toEqual([
      'clean/posts/clean.md',
      'clean/posts/deep/bom.txt',
      'clean/posts/deep/crlf.txt',
      'clean/posts/deep/no-final-newline.txt',
      'clean/posts/echo.md',
      'clean/seed.txt',
    ]);
    expect(readFileSync(path.join(root, 'clean/seed.txt'), 'utf8')).toBe(SEED_CLEAN);
    // A second run does not feed on its own output.
    expect(unecho(['--out-dir', 'clean', '.'], root).code).toBe(0);
    expect(readdirSync(path.join(root, 'clean')).sort()).toEqual(['posts', 'seed.txt']);
  });

  test('--fail-on-change: exit 1 after writing', () => {
    const root = makeTree(TREE);
    expect(unecho(['--write', '--fail-on-change', 'seed.txt'], root).code).toBe(1);
    expect(readFileSync(path.join(root, 'seed.txt'), 'utf8')).toBe(SEED_CLEAN);
  });

  test('applying the --diff output with git apply gives exactly the --write result', () => {
    const root = makeTree(TREE);
    const copy = makeTree({});
    cpSync(root, copy, { recursive: true });
    const diff = unecho(['--diff', '.'], root);
    expect(diff.code).toBe(1);
    expect(diff.stdout).toMatch(/^--- a\/posts\/deep\/bom\.txt\n\+\+\+ b\/posts\/deep\/bom\.txt\n/);
    writeFileSync(path.join(root, 'fix.patch'), diff.stdout);
    const applied = spawnSync('git', ['apply', '--whitespace=nowarn', 'fix.patch'], { cwd: root, encoding: 'utf8' });
    expect(applied.stderr).toBe('');
    expect(applied.status).toBe(0);
    expect(unecho(['--write', '.'], copy).code).toBe(0);
    const patched = snapshot(root);
    delete patched['fix.patch'];
    expect(patched).toEqual(snapshot(copy));
  });

  test('-f json validates against the shipped schema', () => {
    const root = makeTree({ ...TREE, 'bad.txt': new Uint8Array([0x41, 0, 0x42]) as unknown as string });
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    for (const args of [['-f', 'json', '.', 'missing.txt'], ['-f', 'json', '--write', '.']]) {
      const r = unecho(args, root);
      const report = JSON.parse(r.stdout) as { version: number; files: { path: string }[] };
      expect(validate.errors ?? validate(report)).toBe(true);
      expect(report.version).toBe(1);
      const paths = report.files.map((file) => file.path);
      expect(paths).toEqual([...paths].sort());
    }
  });

  test('-f sarif and -f github', () => {
    const root = makeTree(TREE);
    const sarif = JSON.parse(unecho(['-f', 'sarif', 'seed.txt'], root).stdout) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(4);
    const github = unecho(['-f', 'github', 'seed.txt'], root).stdout.split('\n');
    expect(github[0]).toMatch(/^::error file=seed\.txt,line=2,col=1,endLine=2,endColumn=\d+,title=contained-paragraph::contained paragraph echo of line 3: In a congratulatory/);
    expect(github.at(-2)).toBe('unecho: 4 echoes in 1 file of 1 file checked');
  });

  test('a closed stdout (| head -1) ends quietly', () => {
    const root = makeTree({});
    // 200 KB of distinct random words: more than a pipe holds, so writing meets EPIPE.
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (): string => Array.from({ length: 3 + Math.floor(random() * 6) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
    const lines = Array.from({ length: 3000 }, () => `${Array.from({ length: 10 }, word).join(' ')}.`);
    writeFileSync(path.join(root, 'big.txt'), lines.join('\n'));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" -q - < big.txt | head -1`], { cwd: root, env: env(), encoding: 'utf8' });
    expect(r.stdout).toBe(`${lines[0]}\n`);
    expect(r.stderr).toBe('');
  });

  test('colour: NO_COLOR off, FORCE_COLOR on, --color beats both, never on a pipe by default', () => {
    const root = makeTree(TREE);
    const ansi = /\u001b\[/;
    expect(unecho(['seed.txt'], root).stdout).not.toMatch(ansi);
    expect(unecho(['seed.txt'], root, { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(unecho(['seed.txt'], root, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(unecho(['seed.txt'], root, { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ansi);
    expect(unecho(['--color', 'seed.txt'], root, { env: { NO_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(unecho(['--no-color', 'seed.txt'], root, { env: { FORCE_COLOR: '3' } }).stdout).not.toMatch(ansi);
  });

  test('config from a parent folder up to the repository root; --no-config ignores it', () => {
    const root = makeTree({ '.git/HEAD': 'ref: refs/heads/main\n', '.unechorc.json': '{ "unit": "sentence" }', 'sub/a.txt': ECHOED });
    const shown = JSON.parse(unecho(['--print-config', 'a.txt'], path.join(root, 'sub')).stdout) as { unit: string; config: string };
    expect(shown).toMatchObject({ unit: 'sentence', config: '../.unechorc.json' });
    const none = JSON.parse(unecho(['--no-config', '--print-config', 'a.txt'], path.join(root, 'sub')).stdout) as { unit: string };
    expect(none.unit).toBe('both');
  });

  test('.gitignore, .unechoignore, --ignore-pattern, --no-ignore', () => {
    const root = makeTree({ '.gitignore': 'build/\n', '.unechoignore': 'drafts/*.md\n', 'build/a.md': ECHOED, 'drafts/b.md': ECHOED, 'posts/c.md': ECHOED, 'posts/d.md': ECHOED });
    expect(unecho(['-l', '.'], root).stdout).toBe('posts/c.md\nposts/d.md\n');
    expect(unecho(['-l', '--ignore-pattern', 'd.md', '.'], root).stdout).toBe('posts/c.md\n');
    expect(unecho(['-l', '--no-ignore', '.'], root).stdout).toBe('build/a.md\ndrafts/b.md\nposts/c.md\nposts/d.md\n');
    // Explicit paths are ignored too, and absolute ones (lint-staged) match as well.
    const ignored = unecho(['-l', path.join(root, 'build/a.md')], root);
    expect(ignored).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  test('an inline paragraph printed twice, in Markdown through --stdin-filepath', () => {
    const root = makeTree({});
    const md = `# Title\n\n${PARAGRAPH}\n\n${OTHER}\n\n${PARAGRAPH}\n`;
    const r = unecho(['-', '--stdin-filepath', 'page.md'], root, { input: md });
    expect(r.stdout).toBe(`# Title\n\n${PARAGRAPH}\n\n${OTHER}\n`);
    expect(r.stderr).toBe('page.md: removed 1 echo\n');
  });
});
