import type { Paint } from '../report/paint.js';
import type { RunReport } from '../report/types.js';
import type { Settings } from './settings.js';
/**
 * The one product of a run that is not filter output: the list (`-l`), the diff (`--diff`), or
 * the report in the chosen format. Each format is loaded only when asked for (the diff library
 * with the diff), so runs that print no report (a filter) load none.
 */
export declare function renderReport(report: RunReport, format: Settings['format'], p: Paint): Promise<string>;
