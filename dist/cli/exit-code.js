import { severityOf } from '../report/problem.js';
/**
 * The exit code of a run; the highest reason wins. 2: any error (usage, config, unmatched
 * pattern, unreadable or unwritable file). 1: echoes found in check, list and diff modes, in
 * filter mode with --check, or in write modes with --fail-on-change; with --scope files, also
 * boilerplate or duplicate documents in check mode (and filter mode with --check). 0 otherwise.
 */
export function exitCode(report, rules) {
    const problems = [...report.problems, ...report.files.flatMap((file) => (file.problem ? [file.problem] : []))];
    if (problems.some((problem) => severityOf(problem) === 'error'))
        return 2;
    const changed = report.files.some((file) => file.status === 'would-change' || file.status === 'changed');
    const crossFile = report.crossFile;
    const found = crossFile !== undefined && (crossFile.boilerplate.length > 0 || crossFile.duplicates.length > 0);
    if (!changed && !found)
        return 0;
    switch (report.mode) {
        case 'check':
            return 1;
        case 'list':
        case 'diff':
            return changed ? 1 : 0;
        case 'filter':
            return rules.filterCheck ? 1 : 0;
        case 'write':
        case 'out-dir':
            return rules.failOnChange && changed ? 1 : 0;
    }
}
