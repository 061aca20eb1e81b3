import type { AnalyzeFilesOptions } from './types.js';
import { DEFAULT_OPTIONS } from './options.js';

/** The defaults of every option of `analyzeFiles`. */
export const DEFAULT_ANALYZE_OPTIONS: AnalyzeFilesOptions = Object.freeze({
  minFiles: 3,
  duplicateThreshold: 0.8,
  minLength: DEFAULT_OPTIONS.minLength,
  locale: DEFAULT_OPTIONS.locale,
  sentences: true,
});

/** Fills in defaults for the options of `analyzeFiles` a caller left out. */
export function resolveAnalyzeOptions(partial: Partial<AnalyzeFilesOptions> = {}): AnalyzeFilesOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  return Object.freeze({ ...DEFAULT_ANALYZE_OPTIONS, ...defined });
}
