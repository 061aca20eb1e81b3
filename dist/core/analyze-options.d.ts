import type { AnalyzeFilesOptions } from './types.js';
/** The defaults of every option of `analyzeFiles`. */
export declare const DEFAULT_ANALYZE_OPTIONS: AnalyzeFilesOptions;
/** Fills in defaults for the options of `analyzeFiles` a caller left out. */
export declare function resolveAnalyzeOptions(partial?: Partial<AnalyzeFilesOptions>): AnalyzeFilesOptions;
