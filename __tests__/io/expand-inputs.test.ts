import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { expandInputs } from '../../src/io/expand-inputs.js';
import type { ExpandOptions } from '../../src/io/expand-inputs.js';
import { NO_IGNORE, ignoreRules } from '../../src/io/ignore-rules.js';
import { fakeIo, makeTree } from '../cli/fake-io.js';

const OPTIONS: ExpandOptions = {
  extensions: ['txt', 'md'],
  followSymlinks: false,
  ignore: NO_IGNORE,
  exclude: [],
  errorOnUnmatched: true,
};

async function expand(root: string, inputs: string[], options: Partial<ExpandOptions> = {}) {
  const { io } = fakeIo({ cwd: root });
  const result = await expandInputs(io, inputs, { ...OPTIONS, ...options });
  return { paths: result.files.map((file) => file.path), problems: result.problems };
}

describe('expandInputs', () => {
  test('folders expand to the extensions, sorted, without hidden entries, node_modules or .git', async () => {
    const root = makeTree({
      'b.md': '', 'a.txt': '', 'c.json': '', 'Z.TXT': '', 'sub/d.md': '', '.hidden/e.md': '', '.f.md': '',
      'node_modules/pkg/g.md': '', '.git/h.txt': '',
    });
    expect(await expand(root, ['.'])).toEqual({ paths: ['Z.TXT', 'a.txt', 'b.md', 'sub/d.md'], problems: [] });
  });

  test('the result does not depend on the order of the arguments; repeats count once', async () => {
    const root = makeTree({ 'a.md': '', 'b/c.md': '', 'b/d.txt': '' });
    const one = await expand(root, ['b', 'a.md']);
    const two = await expand(root, ['a.md', 'b/c.md', 'b', './a.md']);
    expect(one.paths).toEqual(['a.md', 'b/c.md', 'b/d.txt']);
    expect(two.paths).toEqual(one.paths);
  });

  test('a file named outright is taken whatever its extension', async () => {
    const root = makeTree({ 'notes.log': '' });
    expect((await expand(root, ['notes.log'])).paths).toEqual(['notes.log']);
  });

  test('literal path first, then glob: a file called [draft].md is found as itself', async () => {
    const root = makeTree({ '[draft].md': '', 'd.md': '' });
    expect((await expand(root, ['[draft].md'])).paths).toEqual(['[draft].md']);
    expect((await expand(root, ['*.md'])).paths).toEqual(['[draft].md', 'd.md']);
  });

  test('missing paths, empty folders and unmatched globs are problems; the flag forgives the last two', async () => {
    const root = makeTree({ 'a.md': '' });
    mkdirSync(path.join(root, 'empty'));
    expect((await expand(root, ['nope.md', 'empty', 'x/**/*.md', 'a.md'])).problems).toEqual([
      { code: 'FILE_NOT_FOUND', path: 'nope.md' },
      { code: 'NO_MATCHING_FILES', pattern: 'empty', folder: true },
      { code: 'NO_MATCHING_FILES', pattern: 'x/**/*.md' },
    ]);
    expect((await expand(root, ['nope.md', 'empty', 'x/**/*.md'], { errorOnUnmatched: false })).problems).toEqual([{ code: 'FILE_NOT_FOUND', path: 'nope.md' }]);
  });

  test('ignored folders are pruned; a folder emptied by ignores is not an error', async () => {
    const root = makeTree({ 'build/a.md': '', 'docs/b.md': '', 'docs/skip.md': '' });
    const ignore = await ignoreRules([{ base: root, patterns: 'build/\nskip.md\n' }]);
    expect(await expand(root, ['.', 'build'], { ignore })).toEqual({ paths: ['docs/b.md'], problems: [] });
  });

  test('a nested .gitignore or .unechoignore applies to its own subtree, from wherever the run starts', async () => {
    const root = makeTree({
      'a/.gitignore': 'x.md\n', 'a/x.md': '', 'a/y.md': '', 'a/deep/x.md': '', 'a/deep/.unechoignore': 'z.md\n', 'a/deep/z.md': '',
      'b/x.md': '', 'b/z.md': '', '..c/.gitignore': 'x.md\n', '..c/x.md': '',
    });
    const nestedIgnoreFiles = ['.gitignore', '.unechoignore'];
    // `..c` is a folder below the working directory whose name starts with dots, not a way out.
    expect((await expand(root, ['.', '..c'], { nestedIgnoreFiles })).paths).toEqual(['a/y.md', 'b/x.md', 'b/z.md']);
    // Named outright or through a glob, the same files stay out; a folder they empty is no error.
    expect(await expand(root, ['a/x.md', 'a/deep/*.md', 'a/deep'], { nestedIgnoreFiles })).toEqual({ paths: [], problems: [] });
    // Without nested ignore files (`--ignore-path`, `--no-ignore`), all are taken.
    expect((await expand(root, ['a'])).paths).toEqual(['a/deep/x.md', 'a/deep/z.md', 'a/x.md', 'a/y.md']);
  });

  test('links: skipped in folders, a warning when named; followed with followSymlinks, once each', async () => {
    const root = makeTree({ 'real/a.md': '' });
    symlinkSync(path.join(root, 'real'), path.join(root, 'linked'));
    symlinkSync(path.join(root, 'real/a.md'), path.join(root, 'l.md'));
    symlinkSync(root, path.join(root, 'real/loop'));
    expect(await expand(root, ['.'])).toEqual({ paths: ['real/a.md'], problems: [] });
    expect((await expand(root, ['l.md'])).problems).toEqual([{ code: 'SYMLINK_SKIPPED', path: 'l.md' }]);
    // The real file, a link to it and a link to its folder are one file; the loop is walked once.
    expect((await expand(root, ['.'], { followSymlinks: true })).paths).toEqual(['l.md']);
  });

  test('a followed link to a folder above the input (a cycle) does not take the walk out of it', async () => {
    const root = makeTree({ 'input/a.md': '', 'outside.md': '' });
    symlinkSync(root, path.join(root, 'input/up'));
    expect((await expand(root, ['input'], { followSymlinks: true })).paths).toEqual(['input/a.md']);
  });

  test('the out-dir is never entered', async () => {
    const root = makeTree({ 'a.md': '', 'out/a.md': '' });
    expect((await expand(root, ['.'], { exclude: [path.join(root, 'out')] })).paths).toEqual(['a.md']);
  });
});
