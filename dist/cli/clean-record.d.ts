import type { Change, FileSummary, SegmentPlace } from '../core/types.js';
import type { InputRecord } from '../io/read-input.js';
import type { Settings } from './settings.js';
/** A record cleaned: its echoes and the text before and after, BOM included. */
export interface CleanedRecord {
    readonly changes: readonly Change[];
    readonly before: string;
    readonly after: string;
    readonly changed: boolean;
    /** What the cross-file analysis needs of it, when asked for (see `CleanRequest`). */
    readonly summary?: FileSummary;
}
/**
 * What `--scope files` asks of a cleaning besides the cleaning: the record's summary for the
 * cross-file analysis, or (after that analysis) the boilerplate segments to take out too.
 */
export interface CleanRequest {
    readonly summarize?: boolean;
    readonly boilerplate?: readonly SegmentPlace[];
}
/**
 * Cleans one record with the engine options of the settings, the parser chosen by its path.
 * The engine sees the text without its BOM (so line 1 column 1 is the first character); the
 * BOM goes back on the result. With boilerplate to remove, the engine cleans the other blocks
 * and both sets of removals are applied together. A summary is made from the same document
 * the engine cleans, so asking for one costs little.
 */
export declare function cleanRecord(record: InputRecord, settings: Settings, request?: CleanRequest): Promise<CleanedRecord>;
