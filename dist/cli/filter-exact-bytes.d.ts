import type { FileOutcome } from '../report/types.js';
import type { Settings } from './settings.js';
/** Stdin filtered as bytes: its outcome (which carries no texts) and the bytes to print. */
export interface FilteredBytes {
    readonly outcome: FileOutcome;
    /** The input without its echoes, BOM kept. */
    readonly output: Uint8Array;
}
/**
 * The exact-only filter over stdin's bytes: the output is the input with the echoes cut out,
 * so the input is never decoded nor the output encoded, and the outcome is the one the text
 * path gives. It declines other settings (another parser or engine, `--scope files`) and bytes
 * `decodeText` refuses; the usual path then gives the result, or the error.
 * @param path the stand-in name of stdin (or `--stdin-filepath`), which picks the parser
 * @returns the result, or undefined when the usual path must run
 */
export declare function filterExactBytes(path: string, bytes: Uint8Array, settings: Settings): FilteredBytes | undefined;
