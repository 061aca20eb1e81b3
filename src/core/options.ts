import type { CleanOptions } from './types.js';

/** The defaults of every engine option. */
export const DEFAULT_OPTIONS: CleanOptions = Object.freeze({
  unit: 'both',
  threshold: 0.8,
  minLength: 20,
  locale: 'en',
  parser: 'text',
});

/** Options this module made: passed on from stage to stage, they are not resolved again. */
const resolved = new WeakSet<object>();

/** Fills in defaults for the options a caller left out. */
export function resolveOptions(partial: Partial<CleanOptions> = {}): CleanOptions {
  if (resolved.has(partial)) return partial as CleanOptions;
  const options: Record<string, unknown> = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(partial)) if (value !== undefined) options[key] = value;
  const frozen = Object.freeze(options) as unknown as CleanOptions;
  resolved.add(frozen);
  return frozen;
}

/** Whether the options ask only for whole paragraphs repeated word for word (the fast path). */
export function isExactOnly(options: Pick<CleanOptions, 'threshold' | 'unit'>): boolean {
  return options.threshold >= 1 && options.unit === 'paragraph';
}
