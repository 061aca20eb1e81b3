import { type DocumentModel } from './document.js';
import type { FileSummary } from './types.js';
/**
 * What the cross-file analysis needs of a document (see `FileSummary`): its features (the kept
 * shingles of every block; shingles never span two blocks), and the key hash, place and text
 * hash of every evidence segment, in document order (so the analysis can run without the text).
 * Both come from the words' hashes the document holds. A sentence may recur in other files even
 * where nothing in its own file matches it, so the blocks `buildDocument` left whole are cut
 * into sentences here, as it would have cut them. Without `sentences`, only whole blocks are
 * segments and no block is cut for the summary, which then costs about a third as much.
 * @param locale and `minLength`: those the document was built with
 * @param sentences whether sentences inside blocks are segments too (see `AnalyzeFilesOptions.sentences`)
 */
export declare function summarizeDocument(doc: DocumentModel, locale: string, minLength: number, sentences?: boolean): FileSummary;
