import type { FileOutcome } from './types.js';
/** The one stderr line of filter mode: `<stdin>: removed 4 echoes`. */
export declare function formatSummary(file: FileOutcome): string;
