import type { CleanOptions } from './types.js';

/** The defaults of every engine option. */
export const DEFAULT_OPTIONS: CleanOptions = Object.freeze({
  unit: 'both',
  threshold: 0.8,
  minLength: 20,
  locale: 'en',
  parser: 'text',
});

/** Fills in defaults for the options a caller left out. */
export function resolveOptions(partial: Partial<CleanOptions> = {}): CleanOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  return Object.freeze({ ...DEFAULT_OPTIONS, ...defined });
}

/** Whether the options ask only for whole paragraphs repeated word for word (the fast path). */
export function isExactOnly(options: Pick<CleanOptions, 'threshold' | 'unit'>): boolean {
  return options.threshold >= 1 && options.unit === 'paragraph';
}
