import type { FileSystem, GlobOptions, Io } from './types.js';
/** The real file system, through `fs/promises`. */
export declare const nodeFileSystem: FileSystem;
/** The real process: its streams, environment, working directory and file system. */
export declare function nodeIo(): Io;
/** Expands a glob with fast-glob: files only, no dot entries, pruned folders never entered. */
export declare function nodeGlob(pattern: string, options: GlobOptions): Promise<string[]>;
