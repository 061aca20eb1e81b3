import type { Hashes } from './shingle-index.js';
/**
 * The features of each document that may stand in another document too (a superset: a Bloom
 * filter's false positives stay in). Only those can pair two documents, and in a folder of
 * articles nine features in ten belong to one document alone, so indexing only these keeps the
 * duplicate search's tables a tenth of the size. Each list keeps its order.
 * @param features per document, its features without repeats
 */
export declare function repeatedFeatures(features: readonly Hashes[]): Int32Array[];
