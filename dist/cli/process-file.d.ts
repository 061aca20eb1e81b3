import type { InputFile } from '../io/expand-inputs.js';
import type { InputRecord, ReadResult } from '../io/read-input.js';
import type { Io } from '../io/types.js';
import type { FileOutcome, Mode } from '../report/types.js';
import type { CleanedRecord } from './clean-record.js';
import type { Settings } from './settings.js';
/** One input as read, under the name reports give it. */
export interface NamedRead {
    readonly path: string;
    readonly read: ReadResult;
    /** Stdin's bytes when they could not be read as text: a filter passes them through. */
    readonly unread?: Uint8Array;
}
/** What processing a file needs besides the file. */
export interface ProcessContext {
    readonly io: Io;
    readonly mode: Mode;
    readonly settings: Settings;
    /** Absolute `--out-dir`. */
    readonly outDir: string | undefined;
}
/**
 * Cleans one read input and, in write modes, writes the result: in place only when it
 * changed, or as a copy under `--out-dir` always (so the copy is a whole tree).
 */
export declare function processRecord(ctx: ProcessContext, read: ReadResult, path: string): Promise<FileOutcome>;
/**
 * The outcome of a record cleaned elsewhere (a worker thread): in write modes the result is
 * written, in place only when it changed, or as a copy under `--out-dir` always.
 */
export declare function finishRecord(ctx: ProcessContext, record: InputRecord, cleaned: CleanedRecord): Promise<FileOutcome>;
/** Reads one file with the limits of the settings; a failure is a problem in the result. */
export declare function readFile(ctx: ProcessContext, file: InputFile): Promise<ReadResult>;
/** Reads, cleans and (in write modes) writes one file; every failure is an outcome, never a throw. */
export declare function processFile(ctx: ProcessContext, file: InputFile): Promise<FileOutcome>;
