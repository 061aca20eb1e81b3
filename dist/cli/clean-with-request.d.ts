import type { Block, CleanOptions, CleanResult, FileSummary, SegmentPlace } from '../core/types.js';
/**
 * What `--scope files` asks of a cleaning besides the cleaning: the record's summary for the
 * cross-file analysis, or (after that analysis) the boilerplate segments to take out too.
 */
export interface CleanRequest {
    readonly summarize?: boolean;
    readonly boilerplate?: readonly SegmentPlace[];
}
/**
 * Cleans a text for `--scope files` (this module loads only there): with boilerplate to
 * remove, the engine cleans the other blocks and both sets of removals are applied together;
 * a summary is made from the same document the engine cleans, so asking for one costs little.
 * @param options engine options with `locale` and `minLength` filled in
 */
export declare function cleanWithRequest(text: string, blocks: readonly Block[], options: Partial<CleanOptions> & Pick<CleanOptions, 'locale' | 'minLength'>, request: CleanRequest): {
    result: CleanResult;
    text: string;
    summary?: FileSummary;
};
