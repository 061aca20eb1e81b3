import type { AnalyzeFilesOptions, FileInput, CrossFileAnalysis, FilesAnalysis, SummarizedFile } from './types.js';
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
 * of the order of `files`.
 */
export declare function analyzeSummaries(files: readonly SummarizedFile[], options?: Partial<AnalyzeFilesOptions>): CrossFileAnalysis;
