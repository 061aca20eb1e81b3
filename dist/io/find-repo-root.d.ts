import type { FileSystem } from './types.js';
/**
 * The nearest folder at or above `start` that holds `.git` (a folder, or a file in worktrees
 * and submodules); undefined outside a repository.
 */
export declare function findRepoRoot(fs: FileSystem, start: string): Promise<string | undefined>;
/** The folders from `start` up to `root` (or the file-system root), nearest first. */
export declare function foldersUpTo(start: string, root: string | undefined): string[];
