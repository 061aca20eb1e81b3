/**
 * Inputs smaller than this many bytes (by their files' sizes) are cleaned on the main thread:
 * starting a worker costs about what it saves at 1–2 MB with this engine (7–9 MB/s per core; a
 * worker starts in about 50 ms). Above it two workers cost nothing, but pay off only on large
 * inputs: each one's first megabytes run cold, and on two busy cores V8 has none left to
 * compile on (sixth session: 20 MB took the same time with 0, 1 or 2 workers; 200 MB 15.6 s
 * with one and 9.7 s with two). (The research's 20 MB break-even assumed a 50 MB/s engine.)
 */
export declare const POOL_MIN_BYTES: number;
/**
 * Hidden switch, read from the run's environment: `UNECHO_WORKERS=N` cleans on N worker
 * threads whatever the input size (0 keeps everything on the main thread). For tests and
 * measurements; not documented.
 */
export declare const WORKERS_ENV = "UNECHO_WORKERS";
/**
 * Hidden switch: `UNECHO_BATCH_CHARS=N` sends batches of about N UTF-16 code units instead of
 * the default, so tests can make small inputs span many batches.
 */
export declare const BATCH_CHARS_ENV = "UNECHO_BATCH_CHARS";
/**
 * The worker count forced by `UNECHO_WORKERS`, or undefined when it is unset or not a whole
 * number from 0 to 64 (then the size of the input decides).
 */
export declare function forcedWorkers(env: Readonly<Record<string, string | undefined>>): number | undefined;
/**
 * How many worker threads clean an input set of `bytes` on `cores` cores: none below
 * `POOL_MIN_BYTES` or on one core, else one per core: cleaning dwarfs what the main thread
 * does (reading, writing, reporting). On the 2-core machine, quiet, `--out-dir` over a 50 MB
 * folder took 5.0 s with two workers, 6.3 s with one and 7.4 s with none (20 MB: 2.6, 2.9 and
 * 3.4 s). Under load from other processes one worker did better.
 */
export declare function workerCount(bytes: number, cores: number): number;
/** The batch size forced by `UNECHO_BATCH_CHARS` (a positive whole number), or `fallback`. */
export declare function batchChars(env: Readonly<Record<string, string | undefined>>, fallback: number): number;
