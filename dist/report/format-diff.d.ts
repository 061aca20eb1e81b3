import type { Paint } from './paint.js';
import type { RunReport } from './types.js';
/**
 * A git-style unified diff of every input that would change: `--- a/path` / `+++ b/path`
 * headers with relative POSIX paths, so `git apply` and `patch -p1` take it. The files keep
 * their own line endings; colour only when `p` paints.
 */
export declare function formatDiff(report: RunReport, p: Paint): string;
