import path from 'node:path';
import type { FileSystem } from './types.js';

/**
 * The nearest folder at or above `start` that holds `.git` (a folder, or a file in worktrees
 * and submodules); undefined outside a repository.
 */
export async function findRepoRoot(fs: FileSystem, start: string): Promise<string | undefined> {
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      await fs.lstat(path.join(dir, '.git'));
      return dir;
    } catch {
      // not here; look higher
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The folders from `start` up to `root` (or the file-system root), nearest first. */
export function foldersUpTo(start: string, root: string | undefined): string[] {
  const folders: string[] = [];
  for (let dir = start; ; dir = path.dirname(dir)) {
    folders.push(dir);
    if (dir === root || path.dirname(dir) === dir) return folders;
  }
}
