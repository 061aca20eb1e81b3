export { clean } from './core/clean.js';
export { DEFAULT_OPTIONS, resolveOptions } from './core/options.js';
export type * from './core/types.js';
