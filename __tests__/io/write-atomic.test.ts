import { linkSync, readFileSync, readdirSync, statSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { nodeFileSystem } from '../../src/io/node-io.js';
import { writeAtomic } from '../../src/io/write-atomic.js';
import { fsError, makeTree } from '../cli/fake-io.js';

const data = new TextEncoder().encode('new\n');

describe('writeAtomic', () => {
  test('replaces the content and sets the mode, leaving no temp file', async () => {
    const root = makeTree({ 'a.txt': 'old\n' });
    chmodSync(path.join(root, 'a.txt'), 0o600);
    expect(await writeAtomic(nodeFileSystem, path.join(root, 'a.txt'), data, 0o640)).toEqual({ ok: true });
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('new\n');
    expect(statSync(path.join(root, 'a.txt')).mode & 0o777).toBe(0o640);
    expect(readdirSync(root)).toEqual(['a.txt']);
  });

  test('a failure at any step leaves the target as it was and removes the temp file', async () => {
    for (const step of ['createFile', 'chmod', 'rename'] as const) {
      const root = makeTree({ 'a.txt': 'old\n' });
      const fs = { ...nodeFileSystem, [step]: async () => { throw fsError('EIO'); } };
      expect(await writeAtomic(fs, path.join(root, 'a.txt'), data, 0o644)).toEqual({ ok: false, errno: 'EIO' });
      expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('old\n');
      expect(readdirSync(root)).toEqual(['a.txt']);
    }
  });

  test("gives the new file its owner back (root rewriting a user's file)", async () => {
    const root = makeTree({ 'a.txt': 'old\n' });
    const given: number[][] = [];
    const calls: string[] = [];
    const fs = {
      ...nodeFileSystem,
      chown: async (_path: string, uid: number, gid: number) => void (given.push([uid, gid]), calls.push('chown')),
      chmod: async (file: string, mode: number) => void (calls.push('chmod'), await nodeFileSystem.chmod(file, mode)),
    };
    const owner = { uid: process.getuid!() + 1, gid: process.getgid!() + 1 };
    expect(await writeAtomic(fs, path.join(root, 'a.txt'), data, 0o644, 1, owner)).toEqual({ ok: true });
    expect(given).toEqual([[owner.uid, owner.gid]]);
    // The owner first: a change of owner clears setuid and setgid bits the mode would set.
    expect(calls).toEqual(['chown', 'chmod']);
    expect(readdirSync(root)).toEqual(['a.txt']);
    // Our own file needs no chown.
    given.length = 0;
    expect(await writeAtomic(fs, path.join(root, 'a.txt'), data, 0o644, 1, { uid: process.getuid!(), gid: process.getgid!() })).toEqual({ ok: true });
    expect(given).toEqual([]);
  });

  test('a file it may not give back to its owner is rewritten in place, keeping its inode', async () => {
    const root = makeTree({ 'a.txt': 'old\n' });
    const before = statSync(path.join(root, 'a.txt')).ino;
    const fs = { ...nodeFileSystem, chown: async () => { throw fsError('EPERM'); } };
    const owner = { uid: process.getuid!() + 1, gid: process.getgid!() };
    expect(await writeAtomic(fs, path.join(root, 'a.txt'), data, 0o644, 1, owner)).toEqual({ ok: true });
    expect(readFileSync(path.join(root, 'a.txt'), 'utf8')).toBe('new\n');
    expect(statSync(path.join(root, 'a.txt')).ino).toBe(before);
    expect(readdirSync(root)).toEqual(['a.txt']);
  });

  test('a file with other hard links is rewritten in place, keeping the links', async () => {
    const root = makeTree({ 'a.txt': 'old\n' });
    linkSync(path.join(root, 'a.txt'), path.join(root, 'b.txt'));
    expect(await writeAtomic(nodeFileSystem, path.join(root, 'a.txt'), data, 0o644, 2)).toEqual({ ok: true });
    expect(readFileSync(path.join(root, 'b.txt'), 'utf8')).toBe('new\n');
  });
});
