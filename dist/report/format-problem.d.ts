import type { Problem } from '../core/types.js';
/**
 * One line for stderr: `unecho: error: missing.txt: no such file or directory`.
 * @param paint optional colouring of the severity word (the caller decides about colour)
 * @returns the line, ending in a newline
 */
export declare function formatProblem(problem: Problem, paint?: (severity: string) => string): string;
