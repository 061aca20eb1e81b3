import { METRIC_LABELS, METRIC_NAMES, type Metrics } from './metrics.js';

/** The subsets the eval reports. */
export const SUBSETS = ['all', 'manual'] as const;

/** A subset name. */
export type Subset = (typeof SUBSETS)[number];

/** Minimum metric values, per subset; a metric left out has no floor. */
export type Floors = Partial<Record<Subset, Partial<Record<keyof Metrics, number>>>>;

/**
 * Lists every metric below its floor, as one line each (empty when all pass).
 * A metric with nothing to count (null) cannot fall below a floor.
 * @param metrics measured shares per subset
 * @param floors the floors, shares 0–1
 */
export function checkFloors(metrics: Readonly<Record<Subset, Metrics>>, floors: Floors): string[] {
  const failures: string[] = [];
  for (const subset of SUBSETS) {
    for (const name of METRIC_NAMES) {
      const floor = floors[subset]?.[name];
      const value = metrics[subset][name];
      if (floor === undefined || value === null || value >= floor) continue;
      failures.push(`${subset} ${METRIC_LABELS[name]} (${name}) ${value.toFixed(4)} is below its floor ${floor}`);
    }
  }
  return failures;
}

/**
 * Checks the shape of a parsed floors file.
 * @returns the floors, or every problem found
 */
export function parseFloors(raw: unknown): { ok: true; value: Floors } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null) return { ok: false, problems: ['floors must be an object'] };
  for (const [subset, values] of Object.entries(raw)) {
    if (!(SUBSETS as readonly string[]).includes(subset)) {
      problems.push(`unknown subset "${subset}"`);
      continue;
    }
    if (typeof values !== 'object' || values === null) {
      problems.push(`${subset} must be an object`);
      continue;
    }
    for (const [name, value] of Object.entries(values)) {
      if (!(METRIC_NAMES as readonly string[]).includes(name)) problems.push(`unknown metric "${subset}.${name}"`);
      else if (typeof value !== 'number' || value < 0 || value > 1) problems.push(`${subset}.${name} must be a number from 0 to 1`);
    }
  }
  return problems.length === 0 ? { ok: true, value: raw as Floors } : { ok: false, problems };
}
