import type { Change, CleanOptions, FileSummary, ParserName } from '../core/types.js';
import type { InputRecord } from '../io/read-input.js';
import type { CleanRequest } from './clean-with-request.js';
import type { Settings } from './settings.js';
/** A record cleaned: its echoes and the text before and after, BOM included. */
export interface CleanedRecord {
    readonly changes: readonly Change[];
    readonly before: string;
    readonly after: string;
    readonly changed: boolean;
    /** What the cross-file analysis needs of it, when asked for (see `CleanRequest`). */
    readonly summary?: FileSummary;
    /** With a summary alone: a hash of the text (BOM aside; see `textHash`), to tell whether the file is the same when it is read again to be cleaned. */
    readonly textHash?: number;
}
/** The engine options of the settings, for a text read with `parser` (resolved, and the same object every time). */
export declare function engineOptions(settings: Settings, parser: ParserName): CleanOptions;
/**
 * Cleans one record with the engine options of the settings, the parser chosen by its path.
 * The engine sees the text without its BOM (so line 1 column 1 is the first character); the
 * BOM goes back on the result. `--scope files` asks for more (see `CleanRequest`).
 */
export declare function cleanRecord(record: InputRecord, settings: Settings, request?: CleanRequest): Promise<CleanedRecord>;
