import type { Paint } from '../report/paint.js';
import type { RunReport } from '../report/types.js';
import type { Settings } from './settings.js';
/**
 * The one product of a run that is not filter output: the list (`-l`), the diff (`--diff`), or
 * the report in the chosen format. The diff library is loaded only for diffs.
 */
export declare function renderReport(report: RunReport, format: Settings['format'], p: Paint): Promise<string>;
