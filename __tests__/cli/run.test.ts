import { readFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import { version } from '../../src/cli/version.js';
import { CLEAN, ECHOED, ECHOED_CLEAN, PARAGRAPH, fakeIo, fsError, makeTree } from './fake-io.js';

interface Case {
  readonly name: string;
  readonly args: readonly string[];
  readonly stdin?: string;
  readonly exitCode: number;
  readonly stdout?: string | RegExp;
  readonly stderr?: string | RegExp;
  /** Files that must hold exactly this after the run. */
  readonly files?: Record<string, string>;
}

const TREE = { 'echo.txt': ECHOED, 'clean.txt': CLEAN, 'docs/a.md': ECHOED, 'docs/b.md': CLEAN };

const CASES: readonly Case[] = [
  { name: 'no input and stdin a terminal: usage, exit 2', args: [], exitCode: 2, stdout: '', stderr: /^Usage: unecho .*\nunecho: error: no input/ },
  { name: 'a clean file: exit 0', args: ['clean.txt'], exitCode: 0, stdout: /No echoes in 1 file\./, stderr: '' },
  { name: 'report mode (default) finds an echo: exit 1', args: ['echo.txt'], exitCode: 1, stdout: /^echo\.txt\n +7:1 +exact paragraph echo .*duplicate-paragraph\n +kept at 3:1 /, files: { 'echo.txt': ECHOED } },
  { name: '--check is the report mode', args: ['--check', 'echo.txt'], exitCode: 1, stdout: /1 echo in 1 of 1 file\. Run unecho --write/ },
  { name: '-c is --check', args: ['-c', 'clean.txt'], exitCode: 0 },
  { name: '-l lists the files that would change, sorted', args: ['-l', '.'], exitCode: 1, stdout: 'docs/a.md\necho.txt\n' },
  { name: '-l with nothing to change: exit 0, empty', args: ['-l', 'clean.txt', 'docs/b.md'], exitCode: 0, stdout: '' },
  { name: '--diff prints a git-style diff', args: ['--diff', 'echo.txt'], exitCode: 1, stdout: /^--- a\/echo\.txt\n\+\+\+ b\/echo\.txt\n@@ /, files: { 'echo.txt': ECHOED } },
  { name: '--diff with nothing to change: exit 0', args: ['--diff', 'clean.txt'], exitCode: 0, stdout: '' },
  { name: '--write fixes and exits 0', args: ['--write', 'echo.txt'], exitCode: 0, stdout: /Removed 1 echo from 1 of 1 file/, files: { 'echo.txt': ECHOED_CLEAN } },
  { name: '--write --quiet prints nothing', args: ['--write', '-q', 'echo.txt'], exitCode: 0, stdout: '', stderr: '', files: { 'echo.txt': ECHOED_CLEAN } },
  { name: '--write --quiet with a format still reports', args: ['--write', '-q', '-f', 'json', 'echo.txt'], exitCode: 0, stdout: /"mode": "write"/, files: { 'echo.txt': ECHOED_CLEAN } },
  { name: '--check --quiet still reports: the report is what a check gives', args: ['-q', 'echo.txt'], exitCode: 1, stdout: /1 echo in 1 of 1 file/ },
  { name: '--fix is --write', args: ['--fix', '.'], exitCode: 0, files: { 'echo.txt': ECHOED_CLEAN, 'docs/a.md': ECHOED_CLEAN, 'clean.txt': CLEAN } },
  { name: '--write --fail-on-change exits 1 when it changed something', args: ['-w', '--fail-on-change', 'echo.txt'], exitCode: 1, files: { 'echo.txt': ECHOED_CLEAN } },
  { name: '--write --fail-on-change exits 0 when nothing changed', args: ['-w', '--fail-on-change', 'clean.txt'], exitCode: 0 },
  { name: '--out-dir writes copies, leaves the originals', args: ['--out-dir', 'out', 'echo.txt', 'docs'], exitCode: 0, files: { 'echo.txt': ECHOED, 'out/echo.txt': ECHOED_CLEAN, 'out/docs/a.md': ECHOED_CLEAN, 'out/docs/b.md': CLEAN } },
  { name: 'filter: piped stdin, no paths', args: [], stdin: ECHOED, exitCode: 0, stdout: ECHOED_CLEAN, stderr: '<stdin>: removed 1 echo\n' },
  { name: 'filter with - ', args: ['-'], stdin: ECHOED, exitCode: 0, stdout: ECHOED_CLEAN },
  { name: 'filter with --check exits 1 and still prints the text', args: ['--check', '-'], stdin: ECHOED, exitCode: 1, stdout: ECHOED_CLEAN },
  { name: 'filter of clean text: exit 0, text unchanged', args: ['-'], stdin: CLEAN, exitCode: 0, stdout: CLEAN, stderr: '<stdin>: no echoes\n' },
  { name: 'filter --quiet prints no summary', args: ['-q'], stdin: ECHOED, exitCode: 0, stderr: '' },
  { name: 'filter names stdin by --stdin-filepath', args: ['-', '--stdin-filepath', 'page.md'], stdin: ECHOED, exitCode: 0, stderr: 'page.md: removed 1 echo\n' },
  { name: 'filter with -f json reports on stderr', args: ['-', '-f', 'json'], stdin: ECHOED, exitCode: 0, stdout: ECHOED_CLEAN, stderr: /"mode": "filter"/ },
  { name: 'stdin with other paths is one more input', args: ['-l', '-', 'clean.txt'], stdin: ECHOED, exitCode: 1, stdout: '<stdin>\n' },
  { name: '--check and --write conflict: exit 2', args: ['--check', '--write', 'echo.txt'], exitCode: 2, stdout: '', stderr: 'unecho: error: --check and --write cannot be used together\n', files: { 'echo.txt': ECHOED } },
  { name: '-l and --diff conflict', args: ['-l', '--diff', 'echo.txt'], exitCode: 2, stderr: /--list-different and --diff cannot be used together/ },
  { name: '--write and --out-dir conflict', args: ['--write', '--out-dir', 'o', 'echo.txt'], exitCode: 2, stderr: /--write and --out-dir cannot be used together/ },
  { name: 'stdin cannot be written', args: ['--write', '-'], stdin: ECHOED, exitCode: 2, stderr: /stdin \(-\) and --write cannot be used together/ },
  { name: 'a format for a diff or a list does nothing: an error', args: ['--diff', '-f', 'json', 'echo.txt'], exitCode: 2, stdout: '', stderr: 'unecho: error: --format and --diff cannot be used together\n' },
  { name: '--stdin-filepath with no stdin to read: an error', args: ['--stdin-filepath', 'x.md', 'echo.txt'], exitCode: 2, stderr: 'unecho: error: --stdin-filepath needs stdin to read (- or no paths)\n' },
  { name: '--boilerplate-min-files without --scope files: an error', args: ['--boilerplate-min-files', '2', 'echo.txt'], exitCode: 2, stderr: 'unecho: error: --boilerplate-min-files needs --scope files\n' },
  { name: '--write with no paths (xargs given none) says paths are missing, not that stdin was asked for', args: ['--write'], stdin: '', exitCode: 2, stdout: '', stderr: 'unecho: error: --write needs files, folders or globs to write: none were given (stdin is only filtered to stdout)\n' },
  { name: '--fail-on-change needs a write mode', args: ['--fail-on-change', 'echo.txt'], exitCode: 2, stderr: 'unecho: error: --fail-on-change needs --write or --out-dir\n' },
  { name: 'unknown option: exit 2, one line', args: ['--bogus', 'echo.txt'], exitCode: 2, stderr: /^unecho: error: unknown option '--bogus'\n$/ },
  { name: 'missing option value: exit 2', args: ['echo.txt', '--format'], exitCode: 2, stderr: /^unecho: error: option '-f, --format <name>' argument missing\n$/ },
  { name: 'bad values: every one named', args: ['--threshold', '2', '--unit', 'word', '--min-length', '-1', 'echo.txt'], exitCode: 2, stderr: /--unit: invalid value "word".*\n.*--threshold: invalid value "2", expected a number from 0 to 1\n.*--min-length: invalid value "-1"/ },
  { name: 'bad --format', args: ['-f', 'xml', 'echo.txt'], exitCode: 2, stderr: /--format: invalid value "xml", expected one of stylish, json, sarif, github/ },
  { name: '--scope files works (cross-file cases in scope-files.test.ts)', args: ['--scope', 'files', 'echo.txt'], exitCode: 1, stderr: '' },
  { name: '--scope file works', args: ['--scope', 'file', 'echo.txt'], exitCode: 1 },
  { name: '--help: exit 0, usage with examples on stdout', args: ['--help'], exitCode: 0, stdout: /^Usage: unecho \[options\][\s\S]*Examples:[\s\S]*Exit codes:/, stderr: '' },
  { name: '-v prints the version', args: ['-v'], exitCode: 0, stdout: `${version()}\n` },
  { name: 'missing path: exit 2, the others still reported', args: ['missing.txt', 'echo.txt'], exitCode: 2, stdout: /^echo\.txt\n/, stderr: 'unecho: error: missing.txt: no such file or directory\n' },
  { name: 'glob: matching files', args: ['-l', 'docs/*.md'], exitCode: 1, stdout: 'docs/a.md\n' },
  { name: 'glob matching nothing: exit 2', args: ['nothing/**/*.md'], exitCode: 2, stderr: 'unecho: error: nothing/**/*.md: no files match this pattern\n' },
  { name: '--no-error-on-unmatched-pattern', args: ['--no-error-on-unmatched-pattern', 'nothing/**/*.md', 'clean.txt'], exitCode: 0 },
  { name: 'echoes (1) and an error (2): the highest wins', args: ['echo.txt', 'missing.txt'], exitCode: 2 },
  { name: '-o takes the report; exit code unchanged', args: ['-f', 'json', '-o', 'report.json', 'echo.txt'], exitCode: 1, stdout: '' },
  { name: '-o into a missing folder: exit 2 naming it, the report kept off stdout', args: ['-o', 'no/such/dir/r.txt', 'clean.txt'], exitCode: 2, stdout: '', stderr: 'unecho: error: no/such/dir/r.txt: cannot write the output file (ENOENT)\n' },
  { name: '-o named absolute is named as given', args: ['-o', '/nonexistent-unecho/dir/r.txt', 'clean.txt'], exitCode: 2, stdout: '', stderr: 'unecho: error: /nonexistent-unecho/dir/r.txt: cannot write the output file (ENOENT)\n' },
  { name: '--print-config shows the options for a file', args: ['--print-config', 'a.md'], exitCode: 0, stdout: /"file": "a\.md",\n  "config": null,\n  "unit": "both",[\s\S]*"parser": "markdown"/ },
  { name: 'inputs are sorted whatever the order given', args: ['-l', 'echo.txt', 'docs/a.md'], exitCode: 1, stdout: 'docs/a.md\necho.txt\n' },
  { name: 'the same file twice counts once', args: ['-l', 'echo.txt', './echo.txt', '.'], exitCode: 1, stdout: 'docs/a.md\necho.txt\n' },
];

describe('run(argv, io) in-process', () => {
  test.each(CASES)('$name', async (c) => {
    const root = makeTree(TREE);
    const fake = fakeIo({ cwd: root, ...(c.stdin === undefined ? {} : { stdin: c.stdin }) });
    const code = await run(c.args, fake.io);
    if (c.stdout !== undefined) {
      if (typeof c.stdout === 'string') expect(fake.stdout()).toBe(c.stdout);
      else expect(fake.stdout()).toMatch(c.stdout);
    }
    if (c.stderr !== undefined) {
      if (typeof c.stderr === 'string') expect(fake.stderr()).toBe(c.stderr);
      else expect(fake.stderr()).toMatch(c.stderr);
    }
    expect(code).toBe(c.exitCode);
    for (const [name, content] of Object.entries(c.files ?? {})) {
      expect(readFileSync(path.join(root, name), 'utf8')).toBe(content);
    }
  });

  test('conflicting modes are rejected before any file is read', async () => {
    const root = makeTree(TREE);
    let reads = 0;
    const inputs = /\.(txt|md)$/;
    const fake = fakeIo({
      cwd: root,
      fs: {
        readFile: async (file) => {
          if (inputs.test(file)) reads += 1;
          throw fsError('ENOENT');
        },
        readDir: async () => {
          reads += 1;
          return [];
        },
      },
    });
    expect(await run(['--diff', '--write', '.'], fake.io)).toBe(2);
    expect(reads).toBe(0);
  });

  test('-o writes the JSON report to the file', async () => {
    const root = makeTree(TREE);
    const fake = fakeIo({ cwd: root });
    await run(['-f', 'json', '-o', 'report.json', 'echo.txt'], fake.io);
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as { version: number; files: { path: string; status: string }[] };
    expect(report.version).toBe(1);
    expect(report.files).toEqual([expect.objectContaining({ path: 'echo.txt', status: 'would-change' })]);
  });

  test('Markdown: an <!-- unecho-ignore --> region is left alone', async () => {
    const md = `# Title\n\n${PARAGRAPH}\n\n<!-- unecho-ignore -->\n\n${PARAGRAPH}\n\n<!-- unecho-ignore-end -->\n`;
    const root = makeTree({ 'page.md': md });
    const fake = fakeIo({ cwd: root });
    expect(await run(['--write', 'page.md'], fake.io)).toBe(0);
    expect(readFileSync(path.join(root, 'page.md'), 'utf8')).toBe(md);
  });

  test.each([[[]], [['--scope', 'files']]])('Markdown: a page is clean after one --write, though its list label was freed on the way (%j)', async (scope) => {
    // The label (no final stop, before a list) repeats the first paragraph; its list repeats
    // the next two. The list goes; the label is then a paragraph, and goes in the same run, so a
    // pre-commit hook that ran --write passes its --check.
    const first = 'The city council approved the new budget on Tuesday after a six-hour debate that stretched past midnight.';
    const second = 'The mayor said the compromise would keep both branches open on weekends while the city looks for a partner.';
    const third = 'Residents packed the chamber to speak against a plan to close two public libraries on the east side.';
    const md = `# Budget\n\n${first}\n\n${second}\n\n${third}\n\n${first.slice(0, -1)}\n\n- ${second}\n- ${third}\n`;
    const root = makeTree({ 'page.md': md });
    expect(await run(['--write', ...scope, 'page.md'], fakeIo({ cwd: root }).io)).toBe(0);
    expect(readFileSync(path.join(root, 'page.md'), 'utf8')).toBe(`# Budget\n\n${first}\n\n${second}\n\n${third}\n`);
    expect(await run(['--check', ...scope, 'page.md'], fakeIo({ cwd: root }).io)).toBe(0);
  });

  test('absolute paths (as lint-staged passes) are reported relative', async () => {
    const root = makeTree(TREE);
    const fake = fakeIo({ cwd: root });
    expect(await run(['-l', path.join(root, 'echo.txt')], fake.io)).toBe(1);
    expect(fake.stdout()).toBe('echo.txt\n');
  });

  test('an internal error is one line with the version, exit 2', async () => {
    const root = makeTree(TREE);
    const fake = fakeIo({ cwd: root });
    const broken = { ...fake.io, stdin: { isTTY: false, readAll: async () => { throw new TypeError('boom'); } } };
    expect(await run(['-'], broken)).toBe(2);
    expect(fake.stderr()).toBe(`unecho: error: internal error in unecho ${version()}: boom. Please report it with the command you ran\n`);
  });
});
