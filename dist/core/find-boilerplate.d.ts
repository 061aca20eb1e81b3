import type { DocumentModel, Segment } from './document.js';
/** A segment of one document of the input set. */
export interface Occurrence {
    /** Index of the document. */
    readonly file: number;
    readonly segment: Segment;
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
 * letters (`Share`, `Read more`) never do. One pass over the segments with a hash map of keys.
 * @param docs the documents, in the order their indices refer to
 * @param groupOf for each document, the id of its duplicate group (see `findDuplicateDocuments`)
 * @returns the keys ordered by their first occurrence (document, then offset)
 */
export declare function findBoilerplate(docs: readonly DocumentModel[], groupOf: readonly number[], minFiles: number): BoilerplateKey[];
