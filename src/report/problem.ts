/**
 * How bad a problem is, and what it names. The problem types themselves are data and live in
 * `core/types.ts` (io reports them, the reporter words them); `formatProblem` writes the
 * sentence users see.
 */
import type { Problem, Severity } from '../core/types.js';

const WARNINGS: ReadonlySet<Problem['code']> = new Set([
  'BINARY_FILE',
  'INVALID_UTF8',
  'UNSUPPORTED_ENCODING',
  'FILE_TOO_LARGE',
  'SYMLINK_SKIPPED',
  'NOT_A_FILE',
]);

/** The severity of a problem. */
export function severityOf(problem: Problem): Severity {
  return WARNINGS.has(problem.code) ? 'warning' : 'error';
}

/** The file or folder a problem names, if any. */
export function problemPath(problem: Problem): string | undefined {
  return 'path' in problem ? problem.path : undefined;
}
