import type { Io } from '../io/types.js';
import type { Problem } from '../core/types.js';
import type { RunReport } from '../report/types.js';
import type { Plan } from './plan-run.js';
/** Writes the product to `-o` if given, else to stdout; a failed write is a problem. */
export declare function writeProduct(io: Io, plan: Plan, text: string): Promise<Problem | undefined>;
/** Writes the report (or list, or diff), coloured only for a colour-deciding stdout. */
export declare function emitReport(io: Io, plan: Plan, report: RunReport): Promise<Problem | undefined>;
/**
 * Filter mode: the cleaned (or passed-through: ignored, or not readable as text) input to stdout;
 * the report to `-o`, or to stderr with an explicit --format, else a one-line summary on stderr.
 * @param cleaned the cleaned text (as bytes when stdin was never decoded); undefined when stdin
 *   could not be read
 */
export declare function emitFilter(io: Io, plan: Plan, report: RunReport, passThrough: string | Uint8Array | undefined, cleaned: string | Uint8Array | undefined): Promise<Problem | undefined>;
