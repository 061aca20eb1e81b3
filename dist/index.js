export { clean } from './core/clean.js';
export { cleanBlocks } from './core/clean-blocks.js';
export { parse } from './core/parse.js';
export { parseText } from './core/parse-text.js';
export { parseMarkdown } from './core/parse-markdown.js';
export { DEFAULT_OPTIONS, resolveOptions } from './core/options.js';
export { analyzeFiles } from './core/analyze-files.js';
export { DEFAULT_ANALYZE_OPTIONS, resolveAnalyzeOptions } from './core/analyze-options.js';
export { mergeRemovals } from './core/merge-removals.js';
