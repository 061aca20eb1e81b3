import type { Paint } from './paint.js';
import type { RunReport } from './types.js';
/**
 * The human report: per file with echoes, one row per echo (where it stands, what kind, an
 * excerpt and the rule id) and a second row with where its kept twin stands; then a summary.
 * Skipped and failed files are not listed: their warnings and errors went to stderr. With
 * `--scope files`, the boilerplate and duplicate documents follow, before the summary.
 */
export declare function formatStylish(report: RunReport, p: Paint): string;
