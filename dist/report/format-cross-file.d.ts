import type { Paint } from './paint.js';
import type { CrossFileFindings, RunReport } from './types.js';
/**
 * The stylish section of `--scope files`: each boilerplate passage with every place (and
 * whether it goes), each group of duplicate documents with its pairs and their similarity,
 * then a summary line.
 */
export declare function formatCrossFile(report: RunReport, findings: CrossFileFindings, p: Paint): string;
