import type { Block, CleanOptions, CleanResult, FileSummary, SegmentPlace } from '../core/types.js';
/**
 * What `--scope files` asks of a cleaning besides the cleaning: the record's summary for the
 * cross-file analysis (with or without the cleaning), or (after that analysis) the boilerplate
 * segments to take out too.
 */
export interface CleanRequest {
    /**
     * A summary with the cleaning, or `alone`: the record is cleaned later, once the analysis has
     * said what boilerplate it holds.
     */
    readonly summary?: 'with-cleaning' | 'alone';
    readonly boilerplate?: readonly SegmentPlace[];
}
/**
 * Cleans a text for `--scope files` (this module loads only there): with boilerplate to
 * remove, the engine cleans the other blocks and both sets of removals are applied together
 * (the result holds both in its text, edits and removed characters; its changes and other counts
 * are the engine's);
 * a summary is made from the same document the engine cleans, so asking for one costs little.
 * A summary alone comes without a result, and the text as it was.
 * @param options engine options with `locale` and `minLength` filled in
 */
export declare function cleanWithRequest(text: string, parsed: readonly Block[], options: Partial<CleanOptions> & Pick<CleanOptions, 'locale' | 'minLength'>, request: CleanRequest): {
    result?: CleanResult;
    text: string;
    summary?: FileSummary;
};
