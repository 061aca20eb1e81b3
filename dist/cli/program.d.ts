import { Command } from 'commander';
/** Where commander writes help, version and its own errors. */
export interface ProgramOutput {
    readonly out: (text: string) => void;
    readonly err: (text: string) => void;
}
/** Help is wrapped at a fixed width, so the README's copy matches on every terminal. */
export declare const HELP_WIDTH = 100;
/**
 * The commander program: usage, every flag of `FLAGS`, examples. It never exits the process
 * (`exitOverride`) and writes only through `output`.
 */
export declare function createProgram(version: string, output: ProgramOutput): Command;
