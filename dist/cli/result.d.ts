import type { Problem } from '../core/types.js';
/** A validated value, or every problem found on the way (never just the first). */
export type Result<T> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    readonly problems: readonly Problem[];
};
