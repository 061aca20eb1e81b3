import type { RunReport } from './types.js';
/** Escapes a workflow command's message (`%`, CR, LF), as @actions/core does. */
export declare function escapeData(text: string): string;
/** Escapes a workflow command's property value: the message escapes plus `:` and `,`. */
export declare function escapeProperty(text: string): string;
/**
 * GitHub Actions workflow commands: one `::error` per echo (`::notice` once removed by
 * --write), one per problem, with `--scope files` one per place of boilerplate and a
 * `::warning` per member of a duplicate group, then a plain summary line. GitHub shows only about ten
 * annotations of each type per step; the summary line counts them all.
 */
export declare function formatGithub(report: RunReport): string;
