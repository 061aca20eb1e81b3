import { chmodSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/cli/run.js';
import { nodeFileSystem } from '../../src/io/node-io.js';
import { CLEAN, ECHOED, ECHOED_CLEAN, fakeIo, fsError, makeTree } from './fake-io.js';

/** The stderr lines of a run. */
function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/**
 * Each bad input: a one-line message naming the file, the contract's exit code, the other
 * file (`echo.txt`, which has an echo) still processed, nothing half-written.
 */
describe('bad-input matrix', () => {
  test('missing path: exit 2, one error line, the others processed', async () => {
    const root = makeTree({ 'echo.txt': ECHOED });
    const fake = fakeIo({ cwd: root });
    expect(await run(['-l', 'missing.txt', 'echo.txt'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: missing.txt: no such file or directory']);
    expect(fake.stdout()).toBe('echo.txt\n');
  });

  test('glob that matches nothing: exit 2, the others processed', async () => {
    const root = makeTree({ 'echo.txt': ECHOED });
    const fake = fakeIo({ cwd: root });
    expect(await run(['-l', 'posts/**/*.md', 'echo.txt'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: posts/**/*.md: no files match this pattern']);
    expect(fake.stdout()).toBe('echo.txt\n');
  });

  test('unreadable directory: exit 2 naming it, the rest of the tree processed', async () => {
    const root = makeTree({ 'echo.txt': ECHOED, 'locked/a.txt': ECHOED, 'open/b.txt': ECHOED });
    // Root reads any directory whatever its mode, so the refusal is simulated.
    const fake = fakeIo({
      cwd: root,
      fs: {
        readDir: async (dir) => {
          if (path.basename(dir) === 'locked') throw fsError('EACCES');
          return nodeFileSystem.readDir(dir);
        },
      },
    });
    expect(await run(['-l', '.'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: locked: cannot read the directory (EACCES)']);
    expect(fake.stdout()).toBe('echo.txt\nopen/b.txt\n');
  });

  test('unreadable file: exit 2 naming it, the others processed', async () => {
    const root = makeTree({ 'echo.txt': ECHOED, 'secret.txt': ECHOED });
    const fake = fakeIo({
      cwd: root,
      fs: {
        readFile: async (file) => {
          if (file.endsWith('secret.txt')) throw fsError('EACCES');
          return nodeFileSystem.readFile(file);
        },
      },
    });
    expect(await run(['-l', '.'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: secret.txt: cannot read the file (EACCES)']);
    expect(fake.stdout()).toBe('echo.txt\n');
  });

  test('binary file: skipped with a warning, exit from the others', async () => {
    const root = makeTree({ 'echo.txt': ECHOED, 'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) });
    const fake = fakeIo({ cwd: root });
    expect(await run(['-l', '.'], fake.io)).toBe(1);
    expect(lines(fake.stderr())).toEqual(['unecho: warning: image.txt: skipped, binary file']);
    expect(fake.stdout()).toBe('echo.txt\n');
  });

  test('binary file alone: warning, exit 0, never written', async () => {
    const bytes = new Uint8Array([0x41, 0, 0x42]);
    const root = makeTree({ 'image.txt': bytes });
    const fake = fakeIo({ cwd: root });
    expect(await run(['--write', 'image.txt'], fake.io)).toBe(0);
    expect(lines(fake.stderr())).toEqual(['unecho: warning: image.txt: skipped, binary file']);
    expect(new Uint8Array(readFileSync(path.join(root, 'image.txt')))).toEqual(bytes);
  });

  test('invalid UTF-8: skipped with a warning, never written', async () => {
    const bad = new Uint8Array([...new TextEncoder().encode(ECHOED), 0xc3, 0x28, 0x0a]);
    const root = makeTree({ 'echo.txt': ECHOED, 'latin1.txt': bad });
    const fake = fakeIo({ cwd: root });
    expect(await run(['--write', '.'], fake.io)).toBe(0);
    expect(lines(fake.stderr())).toEqual(['unecho: warning: latin1.txt: skipped, not valid UTF-8']);
    expect(new Uint8Array(readFileSync(path.join(root, 'latin1.txt')))).toEqual(bad);
    expect(readFileSync(path.join(root, 'echo.txt'), 'utf8')).toBe(ECHOED_CLEAN);
  });

  test('UTF-16 text: skipped with a warning naming the encoding', async () => {
    const root = makeTree({ 'wide.txt': new Uint8Array([0xff, 0xfe, 0x41, 0, 0x0a, 0]) });
    const fake = fakeIo({ cwd: root });
    expect(await run(['wide.txt'], fake.io)).toBe(0);
    expect(lines(fake.stderr())).toEqual(['unecho: warning: wide.txt: skipped, UTF-16LE text is not supported (UTF-8 only)']);
  });

  test('empty file: clean, exit 0, no message, not rewritten', async () => {
    const root = makeTree({ 'empty.txt': '', 'echo.txt': ECHOED });
    const fake = fakeIo({ cwd: root });
    expect(await run(['--write', '.'], fake.io)).toBe(0);
    expect(fake.stderr()).toBe('');
    expect(readFileSync(path.join(root, 'empty.txt'), 'utf8')).toBe('');
    expect(readFileSync(path.join(root, 'echo.txt'), 'utf8')).toBe(ECHOED_CLEAN);
  });

  test('file over --max-file-size: skipped with a warning; a larger limit forces it', async () => {
    const root = makeTree({ 'big.txt': ECHOED, 'small.txt': CLEAN });
    const size = Buffer.byteLength(ECHOED);
    const fake = fakeIo({ cwd: root });
    expect(await run(['-l', '--max-file-size', '150', '.'], fake.io)).toBe(0);
    expect(lines(fake.stderr())).toEqual([`unecho: warning: big.txt: skipped, ${size} bytes is over --max-file-size 150`]);
    const forced = fakeIo({ cwd: root });
    expect(await run(['-l', '--max-file-size', '0', '.'], forced.io)).toBe(1);
    expect(forced.stdout()).toBe('big.txt\n');
  });

  test('file deleted during the run: exit 2 naming it, the others processed', async () => {
    const root = makeTree({ 'echo.txt': ECHOED, 'gone.txt': ECHOED });
    const fake = fakeIo({
      cwd: root,
      fs: {
        // Listed by the walk, gone by the time it is read.
        readFile: async (file) => {
          if (file.endsWith('gone.txt')) throw fsError('ENOENT');
          return nodeFileSystem.readFile(file);
        },
      },
    });
    expect(await run(['-l', '.'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: gone.txt: the file disappeared before it could be read']);
    expect(fake.stdout()).toBe('echo.txt\n');
  });

  test('read-only file under --write: exit 2, left unchanged, the others fixed', async () => {
    const root = makeTree({ 'echo.txt': ECHOED, 'locked.txt': ECHOED });
    chmodSync(path.join(root, 'locked.txt'), 0o444);
    const fake = fakeIo({ cwd: root });
    expect(await run(['--write', '.'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: locked.txt: the file is read-only; it was left unchanged']);
    expect(readFileSync(path.join(root, 'locked.txt'), 'utf8')).toBe(ECHOED);
    expect(readFileSync(path.join(root, 'echo.txt'), 'utf8')).toBe(ECHOED_CLEAN);
    // The report lists and counts what was removed, from the file that was written only.
    expect(fake.stdout()).not.toContain('locked.txt');
    expect(fake.stdout()).toMatch(/✖ Removed 1 echo from 1 of 1 file \(1 error\)\.\n$/);
  });

  test('a report written into the input folder is no input of the next run', async () => {
    const root = makeTree({ 'echo.txt': ECHOED });
    for (let run_ = 0; run_ < 2; run_++) {
      const fake = fakeIo({ cwd: root });
      expect(await run(['-f', 'json', '-o', 'report.txt', '.'], fake.io)).toBe(1);
    }
    const report = JSON.parse(readFileSync(path.join(root, 'report.txt'), 'utf8')) as { files: { path: string }[] };
    expect(report.files.map((file) => file.path)).toEqual(['echo.txt']);
    // Named through a link to the folder too.
    const { symlinkSync } = await import('node:fs');
    const link = `${root}-link`;
    symlinkSync(root, link);
    for (let run_ = 0; run_ < 2; run_++) expect(await run(['-f', 'json', '-o', path.join(link, 'linked.txt'), '.'], fakeIo({ cwd: root }).io)).toBe(1);
    const linked = JSON.parse(readFileSync(path.join(root, 'linked.txt'), 'utf8')) as { files: { path: string }[] };
    expect(linked.files.map((file) => file.path)).toEqual(['echo.txt', 'report.txt']);
  });

  test('a folder with nothing to clean is called a folder, not a pattern', async () => {
    const fake = fakeIo({ cwd: makeTree({ 'empty/notes.json': '{}\n' }) });
    expect(await run(['empty'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: empty: no file to clean in this folder']);
  });

  test('--out-dir that cannot hold the copies: the error names the copy and why, the inputs stay', async () => {
    const root = makeTree({ 'src/a.txt': ECHOED, 'taken': 'a file, not a folder\n' });
    const fake = fakeIo({ cwd: root });
    expect(await run(['--out-dir', 'taken', 'src'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: src/a.txt: cannot write its copy taken/src/a.txt (ENOTDIR)']);
    expect(readFileSync(path.join(root, 'src/a.txt'), 'utf8')).toBe(ECHOED);
  });

  test('--out-dir naming the working directory is refused: the copies would be the inputs', async () => {
    const root = makeTree({ 'a.txt': ECHOED });
    for (const dir of ['.', root]) {
      const fake = fakeIo({ cwd: root });
      expect(await run(['--out-dir', dir, '.'], fake.io)).toBe(2);
      expect(lines(fake.stderr())).toEqual([`unecho: error: --out-dir ${dir}: that is the working directory, where the copies would overwrite the inputs (use --write to clean in place)`]);
      expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe(ECHOED);
    }
  });

  test('write failing midway (disk full): the original intact, no temp file left, the others fixed', async () => {
    const root = makeTree({ 'a.txt': ECHOED, 'b.txt': ECHOED, 'c.txt': ECHOED });
    const fake = fakeIo({
      cwd: root,
      fs: {
        createFile: async (file, data, mode) => {
          if (!path.basename(file).startsWith('.b.txt')) return nodeFileSystem.createFile(file, data, mode);
          // Half the bytes reach the disk, then it is full.
          writeFileSync(file, data.subarray(0, data.length >> 1));
          throw fsError('ENOSPC');
        },
      },
    });
    expect(await run(['--write', '.'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: b.txt: cannot write the file (ENOSPC); it was left unchanged']);
    expect(readFileSync(path.join(root, 'b.txt'), 'utf8')).toBe(ECHOED);
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe(ECHOED_CLEAN);
    expect(readFileSync(path.join(root, 'c.txt'), 'utf8')).toBe(ECHOED_CLEAN);
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  test('rename failing: the original intact, no temp file left', async () => {
    const root = makeTree({ 'a.txt': ECHOED });
    const fake = fakeIo({ cwd: root, fs: { rename: async () => { throw fsError('EXDEV'); } } });
    expect(await run(['--write', 'a.txt'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: a.txt: cannot write the file (EXDEV); it was left unchanged']);
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe(ECHOED);
    expect(readdirSync(root)).toEqual(['a.txt']);
  });

  test('unknown option: exit 2, one line, nothing read', async () => {
    const root = makeTree({ 'echo.txt': ECHOED });
    const fake = fakeIo({ cwd: root });
    expect(await run(['--frobnicate', 'echo.txt'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(["unecho: error: unknown option '--frobnicate'"]);
    expect(fake.stdout()).toBe('');
  });

  test('a misspelt option gets a suggestion on the same line', async () => {
    const fake = fakeIo({ cwd: makeTree({}) });
    expect(await run(['--wirte', 'x'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(["unecho: error: unknown option '--wirte' (Did you mean --write?)"]);
  });

  test('conflicting modes: exit 2, nothing written', async () => {
    const root = makeTree({ 'echo.txt': ECHOED });
    const fake = fakeIo({ cwd: root });
    expect(await run(['--diff', '--write', 'echo.txt'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: --diff and --write cannot be used together']);
    expect(readFileSync(path.join(root, 'echo.txt'), 'utf8')).toBe(ECHOED);
  });

  test('malformed config: exit 2 naming the file, line and column', async () => {
    const root = makeTree({ '.unechorc.json': '{\n  "unit": "both"\n  "threshold": 0.9\n}\n', 'echo.txt': ECHOED });
    const fake = fakeIo({ cwd: root });
    expect(await run(['echo.txt'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: .unechorc.json:3:3: invalid JSON (CommaExpected)']);
    expect(fake.stdout()).toBe('');
  });

  test('config with unknown keys and bad values: every problem named', async () => {
    const root = makeTree({ '.unechorc.json': '// settings\n{ "unit": "word", "treshold": 0.9, "maxFileSize": -1, }\n', 'echo.txt': ECHOED });
    const fake = fakeIo({ cwd: root });
    expect(await run(['echo.txt'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual([
      'unecho: error: .unechorc.json: "unit": invalid value "word", expected one of paragraph, sentence, both',
      'unecho: error: .unechorc.json: unknown key "treshold"',
      'unecho: error: .unechorc.json: "maxFileSize": invalid value -1, expected an integer of at least 0',
    ]);
  });

  test('out-of-range threshold: exit 2 naming the flag, nothing read', async () => {
    const root = makeTree({ 'echo.txt': ECHOED });
    const fake = fakeIo({ cwd: root });
    expect(await run(['--threshold', '1.5', 'echo.txt'], fake.io)).toBe(2);
    expect(lines(fake.stderr())).toEqual(['unecho: error: --threshold: invalid value "1.5", expected a number from 0 to 1']);
    expect(fake.stdout()).toBe('');
  });

  test('binary or invalid UTF-8 stdin in filter mode: a warning, the bytes passed through unchanged, exit 0', async () => {
    const binary = new Uint8Array([0x41, 0, 0x42]);
    const fake = fakeIo({ cwd: makeTree({}), stdin: binary });
    expect(await run(['-'], fake.io)).toBe(0);
    expect(lines(fake.stderr())).toEqual(['unecho: warning: <stdin>: skipped, binary file']);
    expect(fake.stdoutBytes()).toEqual(binary);
    const latin1 = new Uint8Array([...new TextEncoder().encode('caf'), 0xe9, 0x0a]);
    const invalid = fakeIo({ cwd: makeTree({}), stdin: latin1 });
    expect(await run([], invalid.io)).toBe(0);
    expect(invalid.stdoutBytes()).toEqual(latin1);
    // A report asked for still comes, with stdin skipped in it.
    const reported = fakeIo({ cwd: makeTree({}), stdin: latin1 });
    expect(await run(['-f', 'json'], reported.io)).toBe(0);
    expect(reported.stdoutBytes()).toEqual(latin1);
    expect(JSON.parse(reported.stderr().replace(/^unecho: warning.*\n/, ''))).toMatchObject({ files: [{ path: '<stdin>', status: 'skipped' }] });
  });

  test('a symlink named outright is skipped with a warning unless followed', async () => {
    const { symlinkSync } = await import('node:fs');
    const root = makeTree({ 'real.txt': ECHOED });
    symlinkSync(path.join(root, 'real.txt'), path.join(root, 'link.txt'));
    const fake = fakeIo({ cwd: root });
    expect(await run(['-l', 'link.txt'], fake.io)).toBe(0);
    expect(lines(fake.stderr())).toEqual(['unecho: warning: link.txt: skipped, symbolic link (pass --follow-symlinks to follow it)']);
    const followed = fakeIo({ cwd: root });
    expect(await run(['--write', '--follow-symlinks', 'link.txt'], followed.io)).toBe(0);
    // Written through the link: the link stays a link, the target is cleaned.
    const { lstatSync } = await import('node:fs');
    expect(lstatSync(path.join(root, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(root, 'real.txt'), 'utf8')).toBe(ECHOED_CLEAN);
  });
});
