/**
 * How bad a problem is, and what it names. The problem types themselves are data and live in
 * `core/types.ts` (io reports them, the reporter words them); `formatProblem` writes the
 * sentence users see.
 */
import type { Problem, Severity } from '../core/types.js';
/** The severity of a problem. */
export declare function severityOf(problem: Problem): Severity;
/** The file or folder a problem names, if any. */
export declare function problemPath(problem: Problem): string | undefined;
