import type { DocumentModel } from './document.js';
import type { FileSummary } from './types.js';
/**
 * What the cross-file analysis needs of a document (see `FileSummary`): its features (the kept
 * shingles of every block; shingles never span two blocks), and the key hash and place of every
 * evidence segment, in document order. Both come from the words' hashes the document holds.
 */
export declare function summarizeDocument(doc: DocumentModel): FileSummary;
