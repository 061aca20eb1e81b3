import type { RunReport } from './types.js';
/** The paths of the inputs that would change (or changed), one a line, in path order. */
export declare function formatList(report: RunReport): string;
