import path from 'node:path';
import { loadConfig } from '../../src/io/load-config.js';
import { nodeFileSystem } from '../../src/io/node-io.js';
import { makeTree } from '../cli/fake-io.js';

describe('loadConfig', () => {
  test('.unechorc.json with comments and trailing commas', async () => {
    const root = makeTree({ '.unechorc.json': '{\n  // why\n  "unit": "sentence",\n}\n' });
    expect(await loadConfig(nodeFileSystem, root, root, undefined)).toEqual({ ok: true, config: { source: '.unechorc.json', folder: root, data: { unit: 'sentence' } } });
  });

  test('package.json counts only with an "unecho" key; the search goes on upwards', async () => {
    const root = makeTree({ 'package.json': '{ "unecho": { "threshold": 0.9 } }', 'sub/package.json': '{ "name": "x" }' });
    const found = await loadConfig(nodeFileSystem, path.join(root, 'sub'), root, undefined);
    expect(found).toEqual({ ok: true, config: { source: '../package.json', folder: root, data: { threshold: 0.9 } } });
  });

  test('the nearest config wins and the search stops at the repository root', async () => {
    const root = makeTree({ '.unechorc.json': '{ "unit": "both" }', 'repo/.unechorc': '{ "unit": "paragraph" }', 'repo/a/b/x.txt': '' });
    const cwd = path.join(root, 'repo/a/b');
    expect(await loadConfig(nodeFileSystem, cwd, path.join(root, 'repo'), undefined)).toMatchObject({ ok: true, config: { source: '../../.unechorc' } });
    const other = makeTree({ '.unechorc.json': '{}', 'repo/a/x.txt': '' });
    expect(await loadConfig(nodeFileSystem, path.join(other, 'repo/a'), path.join(other, 'repo'), undefined)).toEqual({ ok: true, config: undefined });
  });

  test('--config names the file; a missing one is a problem', async () => {
    const root = makeTree({ 'conf/u.json': '{ "unit": "both" }' });
    expect(await loadConfig(nodeFileSystem, root, root, 'conf/u.json')).toMatchObject({ ok: true, config: { source: 'conf/u.json', data: { unit: 'both' } } });
    expect(await loadConfig(nodeFileSystem, root, root, 'nope.json')).toEqual({ ok: false, problems: [{ code: 'CONFIG_UNREADABLE', source: 'nope.json', errno: 'ENOENT' }] });
  });

  test('syntax errors carry line and column', async () => {
    const root = makeTree({ '.unechorc.json': '{\n  "unit": "both",\n  "x" 1\n}' });
    expect(await loadConfig(nodeFileSystem, root, root, undefined)).toEqual({
      ok: false,
      problems: [{ code: 'CONFIG_SYNTAX', source: '.unechorc.json', line: 3, column: 7, message: 'ColonExpected' }],
    });
  });
});
