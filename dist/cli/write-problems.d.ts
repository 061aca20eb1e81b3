import type { Io } from '../io/types.js';
import type { Problem } from '../core/types.js';
import type { RawFlags } from './flags.js';
/** Writes problems to stderr, one line each (warnings left out with --quiet). */
export declare function writeProblems(io: Io, problems: readonly Problem[], flags: RawFlags): Promise<void>;
