import type { RunReport } from './types.js';

/** Counts of a run, as the summaries and the JSON report give them. */
export interface RunCounts {
  /** Inputs read and cleaned (changed or not). */
  readonly checked: number;
  /** Inputs with echoes (written or not). */
  readonly changed: number;
  readonly skipped: number;
  /** Inputs that could not be read or written, plus problems not tied to a file. */
  readonly errored: number;
  /** Echoes found over the inputs checked (not those that failed). */
  readonly echoes: number;
}

/** Counts the outcomes of a run. */
export function countOutcomes(report: RunReport): RunCounts {
  let checked = 0;
  let changed = 0;
  let skipped = 0;
  let errored = 0;
  let echoes = 0;
  for (const file of report.files) {
    if (file.status === 'skipped') skipped += 1;
    else if (file.status === 'error') errored += 1;
    else {
      checked += 1;
      // A file that could not be written keeps its echoes: they count as its error, not as removed.
      echoes += file.changes.length;
    }
    if (file.status === 'changed' || file.status === 'would-change') changed += 1;
  }
  errored += report.problems.filter((problem) => problem.code !== 'SYMLINK_SKIPPED').length;
  return { checked, changed, skipped, errored, echoes };
}

/** `1 file`, `2 files`; `1 echo`, `2 echoes` with `many` given. */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
