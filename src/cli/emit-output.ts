import path from 'node:path';
import { errnoOf } from '../io/errno.js';
import type { Io } from '../io/types.js';
import { decideColor } from '../report/color.js';
import { formatSummary } from '../report/format-summary.js';
import type { Problem } from '../core/types.js';
import type { RunReport } from '../report/types.js';
import { loadPaint } from './load-paint.js';
import type { Plan } from './plan-run.js';
import { renderReport } from './render-report.js';

/** Writes the product to `-o` if given, else to stdout; a failed write is a problem. */
export async function writeProduct(io: Io, plan: Plan, text: string): Promise<Problem | undefined> {
  const file = plan.flags.outputFile;
  if (file === undefined) {
    io.stdout.write(text);
    return undefined;
  }
  try {
    await io.fs.overwriteFile(path.resolve(io.cwd, file), new TextEncoder().encode(text));
    return undefined;
  } catch (error) {
    // Named as given: the user typed it (`/tmp/r.txt`, not `../../tmp/r.txt`).
    return { code: 'UNWRITABLE_OUTPUT', path: file, errno: errnoOf(error) };
  }
}

/** Writes the report (or list, or diff), coloured only for a colour-deciding stdout. */
export async function emitReport(io: Io, plan: Plan, report: RunReport): Promise<Problem | undefined> {
  const toFile = plan.flags.outputFile !== undefined;
  const color = !toFile && decideColor({ flag: plan.flags.color, env: io.env, isTTY: io.stdout.isTTY });
  return writeProduct(io, plan, await renderReport(report, plan.settings.format, await loadPaint(color)));
}

/**
 * Filter mode: the cleaned (or passed-through: ignored, or not readable as text) input to stdout;
 * the report to `-o`, or to stderr with an explicit --format, else a one-line summary on stderr.
 * @param cleaned the cleaned text (as bytes when stdin was never decoded); undefined when stdin
 *   could not be read
 */
export async function emitFilter(io: Io, plan: Plan, report: RunReport, passThrough: string | Uint8Array | undefined, cleaned: string | Uint8Array | undefined): Promise<Problem | undefined> {
  const stdin = report.files[0];
  // What passes through still gets its report (a skipped input is in it) when one is asked for.
  const output = passThrough ?? cleaned;
  if (output !== undefined) io.stdout.write(output);
  if (plan.flags.outputFile !== undefined) return writeProduct(io, plan, await renderReport(report, plan.settings.format, await loadPaint(false)));
  if (plan.flags.format !== undefined) {
    const color = decideColor({ flag: plan.flags.color, env: io.env, isTTY: io.stderr.isTTY });
    io.stderr.write(await renderReport(report, plan.settings.format, await loadPaint(color)));
  } else if (plan.flags.quiet !== true && stdin !== undefined && cleaned !== undefined) {
    io.stderr.write(formatSummary(stdin));
  }
  return undefined;
}
