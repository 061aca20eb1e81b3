import { decideColor } from '../report/color.js';
import { formatProblem } from '../report/format-problem.js';
import { paint } from '../report/paint.js';
import { severityOf } from '../report/problem.js';
/** Writes problems to stderr, one line each (warnings left out with --quiet). */
export function writeProblems(io, problems, flags) {
    const p = paint(decideColor({ flag: flags.color, env: io.env, isTTY: io.stderr.isTTY }));
    for (const problem of problems) {
        if (flags.quiet === true && severityOf(problem) === 'warning')
            continue;
        io.stderr.write(formatProblem(problem, p.severity));
    }
}
