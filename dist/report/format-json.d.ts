import type { RunReport } from './types.js';
/** The version of the JSON report's shape (`schema/report.schema.json`); bumped on breaking changes. */
export declare const JSON_REPORT_VERSION = 1;
/**
 * The JSON report (version 1): tool, mode, summary counts, every input sorted by path with its
 * status and changes, and the run's problems; with `--scope files` also the boilerplate (every
 * place, and whether it goes) and the duplicate-document groups. Paths are relative POSIX; no
 * timestamps, so the same run gives the same bytes.
 */
export declare function formatJson(report: RunReport): string;
