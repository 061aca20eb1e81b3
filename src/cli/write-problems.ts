import type { Io } from '../io/types.js';
import { decideColor } from '../report/color.js';
import { formatProblem } from '../report/format-problem.js';
import type { Problem } from '../core/types.js';
import { severityOf } from '../report/problem.js';
import type { RawFlags } from './flags.js';
import { loadPaint } from './load-paint.js';

/** Writes problems to stderr, one line each (warnings left out with --quiet). */
export async function writeProblems(io: Io, problems: readonly Problem[], flags: RawFlags): Promise<void> {
  const shown = problems.filter((problem) => flags.quiet !== true || severityOf(problem) !== 'warning');
  // Most runs have nothing to say: they need no styles.
  if (shown.length === 0) return;
  const p = await loadPaint(decideColor({ flag: flags.color, env: io.env, isTTY: io.stderr.isTTY }));
  for (const problem of shown) io.stderr.write(formatProblem(problem, p.severity));
}
