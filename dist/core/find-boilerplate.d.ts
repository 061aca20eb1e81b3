import type { FileSummary } from './types.js';
/** An evidence segment of one file: `segment` indexes the arrays of the file's summary. */
export interface Occurrence {
    /** Index of the file. */
    readonly file: number;
    readonly segment: number;
}
/** A key that stands in enough documents, with the places where it is reported. */
export interface BoilerplateKey {
    readonly key: string;
    /** Distinct documents holding the key. */
    readonly files: number;
    /**
     * Its occurrences by document and offset, except sentences of blocks that are boilerplate as
     * a whole (the block covers them). Never empty.
     */
    readonly occurrences: readonly Occurrence[];
}
/**
 * Finds boilerplate: whole blocks and sentences whose key stands in at least `minFiles`
 * documents, counting the members of one duplicate group once (a story syndicated three times
 * is no boilerplate). Only evidence counts: segments of fewer than four words or too few
 * letters (`Share`, `Read more`) never do. Keys are counted by hash in a typed table, so memory
 * grows with the segments and not with their text; only the hashes seen in enough files have
 * their keys built (`keyOf`) and compared, so a hash collision never joins two keys.
 * @param summaries the documents, in the order their indices refer to
 * @param groupOf for each document, the id of its duplicate group (see `findDuplicateDocuments`)
 * @param keyOf the key (see `Fingerprint.key`) of an occurrence; undefined leaves it out (its
 *   text could not be had)
 * @param frequent `hashesInFiles(summaries, minFiles)`, when the caller has it already
 * @returns the keys ordered by their first occurrence (document, then offset)
 */
export declare function findBoilerplate(summaries: readonly FileSummary[], groupOf: readonly number[], minFiles: number, keyOf: (occurrence: Occurrence) => string | undefined, frequent?: ReadonlySet<number>): BoilerplateKey[];
/**
 * The key hashes found in at least `minFiles` distinct files (a necessary condition for
 * `minFiles` distinct duplicate groups). An open-addressing table of typed arrays: per hash,
 * the last file that held it and how many distinct files did (files come in order, so a file's
 * repeats are consecutive).
 */
export declare function hashesInFiles(summaries: readonly FileSummary[], minFiles: number): Set<number>;
