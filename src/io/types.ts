/**
 * The outside world as the command line sees it. Everything that touches streams, the
 * environment or the file system arrives through an `Io`, so tests can pass fakes.
 * Paths given to `FileSystem` are absolute.
 */

/** A stream the CLI writes text to. */
export interface OutputStream {
  /**
   * Writes text, or bytes of UTF-8 (the filter's output when it never decoded its input);
   * after the reader has gone (EPIPE) further writes are dropped.
   */
  write(text: string | Uint8Array): void;
  readonly isTTY: boolean;
  /** Terminal width in columns, when known. */
  readonly columns?: number;
  /** The underlying Node stream, for libraries that draw on a terminal (the progress bar). */
  readonly raw?: NodeJS.WritableStream;
}

/** Standard input. */
export interface InputStream {
  readonly isTTY: boolean;
  /**
   * Reads everything until end of input.
   * @returns bytes the caller owns: it may reuse their memory (the byte filter does)
   */
  readAll(): Promise<Uint8Array>;
}

/** What `stat` and `lstat` tell. */
export interface FileStat {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly isSymbolicLink: boolean;
  /** Size in bytes. */
  readonly size: number;
  /** Permission bits and file type, as `fs.Stats.mode`. */
  readonly mode: number;
  /** Hard links to the file; a rename would break all but one. */
  readonly nlink: number;
  /** The file's owner and group. */
  readonly uid: number;
  readonly gid: number;
}

/** One entry of a directory listing. */
export interface DirEntry {
  readonly name: string;
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly isSymbolicLink: boolean;
}

/**
 * File access. Failures reject with Node-style errors carrying a `code` (`ENOENT`, `EACCES`, …).
 */
export interface FileSystem {
  stat(path: string): Promise<FileStat>;
  lstat(path: string): Promise<FileStat>;
  realPath(path: string): Promise<string>;
  readFile(path: string): Promise<Uint8Array>;
  readDir(path: string): Promise<readonly DirEntry[]>;
  /** Creates a new file (fails if it exists) with the given permission bits. */
  createFile(path: string, data: Uint8Array, mode: number): Promise<void>;
  /** Replaces the whole content of a file, creating it if needed. */
  overwriteFile(path: string, data: Uint8Array): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  /** Gives a file to a user and group (only root may give it to another user). */
  chown(path: string, uid: number, gid: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Creates a directory and its missing parents. */
  makeDir(path: string): Promise<void>;
}

/** Options of a glob expansion. */
export interface GlobOptions {
  /** Absolute directory the pattern is relative to. */
  readonly cwd: string;
  readonly followSymlinks: boolean;
  /** Directory names never entered. */
  readonly prune: readonly string[];
}

/** Everything `run` needs from the world. */
export interface Io {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: InputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Absolute working directory. */
  readonly cwd: string;
  readonly fs: FileSystem;
  /** Expands one glob pattern to absolute file paths (order unspecified). */
  glob(pattern: string, options: GlobOptions): Promise<string[]>;
}
