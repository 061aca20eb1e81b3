import { plural } from './count-outcomes.js';
import type { FileOutcome } from './types.js';

/** The one stderr line of filter mode: `<stdin>: removed 4 echoes`. */
export function formatSummary(file: FileOutcome): string {
  return file.changes.length === 0
    ? `${file.path}: no echoes\n`
    : `${file.path}: removed ${plural(file.changes.length, 'echo', 'echoes')}\n`;
}
