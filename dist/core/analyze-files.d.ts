import { type Occurrence } from './find-boilerplate.js';
import type { DuplicateSearch } from './find-duplicate-documents.js';
import type { AnalyzeFilesOptions, FileInput, CrossFileAnalysis, FilesAnalysis, SummarizedFile } from './types.js';
/**
 * The text of an evidence segment of a file (`file` indexes the files given to
 * `analyzeSummaries`), as written; undefined when it cannot be had (the file changed since its
 * summary was made): the analysis then leaves that place out.
 */
export type SegmentQuote = (file: number, segment: number) => string | undefined;
/**
 * Looks across a whole input set for the echoes no single file shows: boilerplate (paragraphs
 * and sentences that stand in at least `minFiles` files) and near-duplicate documents. Pure, and
 * independent of the order of `files` (they are sorted by path first). Time and memory grow
 * linearly with the input: keys go through a hash map, documents through a shingle index with
 * bounded reads; no two files are compared unless they share many shingles.
 * @param files every input with its blocks (paths unique)
 * @param options see `AnalyzeFilesOptions`; missing ones take their defaults
 * @returns the boilerplate with every place, the duplicate groups with their similarities,
 *   and per file the removals that take its boilerplate out (never a whole file)
 */
export declare function analyzeFiles(files: readonly FileInput[], options?: Partial<AnalyzeFilesOptions>): FilesAnalysis;
/**
 * The cross-file analysis from the files' summaries (see `summarizeDocument`), so the documents
 * can be built one at a time, anywhere (on worker threads), and dropped. Pure, and independent
 * of the order of `files`. The summaries decide whether sentences can be boilerplate
 * (`options.sentences` is for `analyzeFiles`, which makes them).
 * @param quote the text of a segment, for files given without their text (see `segmentsToQuote`)
 * @param frequent `frequentKeys(files, options.minFiles)`, when the caller has it already
 * @param duplicates `findDuplicateDocuments` over the files' features in `pathOrder`, when the
 *   caller has it already (it may have run it on several threads)
 */
export declare function analyzeSummaries(files: readonly SummarizedFile[], options?: Partial<AnalyzeFilesOptions>, quote?: SegmentQuote, frequent?: ReadonlySet<number>, duplicates?: DuplicateSearch): CrossFileAnalysis;
/** Positions in `files`, sorted by path (then by text, then by position): findings never depend on the input order. */
export declare function pathOrder(files: readonly SummarizedFile[]): number[];
/**
 * The key hashes of evidence segments that stand in at least `minFiles` files: the only ones
 * boilerplate can have (whatever the order of `files`).
 */
export declare function frequentKeys(files: readonly SummarizedFile[], minFiles: number): Set<number>;
/**
 * The evidence segments whose text the analysis of `files` reads when the files come without
 * their text: one segment for each distinct text (by hash) among the segments whose key stands
 * in enough files to be boilerplate. Boilerplate is a few texts in many places, so these are
 * few, and the caller can read them again from their files. Independent of the order of
 * `files` (the first in path order is named); `file` indexes `files`.
 * @param frequent `frequentKeys(files, minFiles)`
 * @param skip files not to name (they changed since they were summarised)
 */
export declare function segmentsToQuote(files: readonly SummarizedFile[], frequent: ReadonlySet<number>, skip?: ReadonlySet<number>): Occurrence[];
