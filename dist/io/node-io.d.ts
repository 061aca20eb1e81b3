import type { FileSystem, Io } from './types.js';
/** The real file system, through `fs/promises`. */
export declare const nodeFileSystem: FileSystem;
/** The real process: its streams, environment, working directory and file system. */
export declare function nodeIo(): Io;
