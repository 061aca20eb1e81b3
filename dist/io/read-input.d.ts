import type { FileSystem } from './types.js';
import type { FileProblem } from '../core/types.js';
/** A file read and decoded, ready for cleaning. */
export interface InputRecord {
    /** Relative POSIX path for reports, or the stand-in name of stdin. */
    readonly path: string;
    /** Absolute path to write back to (the real path for followed links); undefined for stdin. */
    readonly absolute: string | undefined;
    /** The text without its BOM. */
    readonly text: string;
    readonly bom: boolean;
    /** Permission bits to keep on rewrite. */
    readonly mode: number;
    /** Hard links to the file (a rename would cut the others loose). */
    readonly hardLinks: number;
    /** The file's owner and group, to keep on rewrite; undefined for stdin. */
    readonly owner?: FileOwner;
}
/** Who owns a file. */
export interface FileOwner {
    readonly uid: number;
    readonly gid: number;
}
/** A record, or the problem that kept the file out. */
export type ReadResult = {
    readonly ok: true;
    readonly record: InputRecord;
} | {
    readonly ok: false;
    readonly problem: FileProblem;
};
/** Limits that decide whether a file is read. */
export interface ReadLimits {
    /** Larger files are skipped; 0 means no limit. Bytes. */
    readonly maxFileSize: number;
    readonly followSymlinks: boolean;
}
/**
 * Reads one file for cleaning: refuses links (unless followed), non-files, oversized, binary
 * and non-UTF-8 files, and a file that vanished since the inputs were listed.
 * @param path relative POSIX path, used in the record and in problems
 * @param absolute where the file is
 */
export declare function readInput(fs: FileSystem, path: string, absolute: string, limits: ReadLimits): Promise<ReadResult>;
/** Decodes stdin's bytes into a record named `path` (the stand-in name or `--stdin-filepath`). */
export declare function stdinRecord(path: string, bytes: Uint8Array): ReadResult;
