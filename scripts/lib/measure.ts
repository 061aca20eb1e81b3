import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import type { ChildMeasurement } from './bench-child.js';

/** One timed run. */
export interface Measurement {
  /** Wall time in seconds. */
  readonly seconds: number;
  /** Peak RSS in bytes, when it could be measured. */
  readonly peakRssBytes: number | undefined;
}

/** A measurement, or why there is none. */
export type MeasureResult = { ok: true; value: Measurement } | { ok: false; problem: string };

const GNU_TIME = '/usr/bin/time';
/** coreutils timeout signals the whole process group, so grandchildren (under GNU time) stop too. */
const TIMEOUT = '/usr/bin/timeout';
/** Exit status of `timeout` when the limit was hit. */
const TIMED_OUT_STATUS = 124;

/** Prefixes `command` so it is stopped after `limitSeconds` (when coreutils timeout is installed). */
function withTimeLimit(command: readonly string[], limitSeconds: number): string[] {
  return existsSync(TIMEOUT) ? [TIMEOUT, String(limitSeconds), ...command] : [...command];
}

/**
 * Runs the bench child (a TypeScript script) in a fresh Node process with this process's
 * loader flags (tsx), and reads its one-line JSON report.
 * @param childScript path of bench-child.ts
 * @param args task and paths
 * @param limitSeconds the run is stopped and reported as timed out after this long
 */
export function runBenchChild(childScript: string, args: readonly string[], limitSeconds: number): MeasureResult {
  // A room-sized heap: one huge single file holds its whole document model in memory.
  const run = spawnSync(process.execPath, [...process.execArgv, '--max-old-space-size=16384', childScript, ...args], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
    timeout: limitSeconds * 1000,
    killSignal: 'SIGKILL',
  });
  if (run.error !== undefined && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return timedOut(limitSeconds);
  if (run.status !== 0) return { ok: false, problem: `child failed (${run.status ?? run.signal}): ${lastLine(run.stderr)}` };
  const report = JSON.parse(lastLine(run.stdout)) as ChildMeasurement;
  return { ok: true, value: { seconds: report.seconds, peakRssBytes: report.peakRssBytes } };
}

/**
 * Runs a whole external command, timing it from spawn to exit (startup included) and taking
 * its peak RSS from GNU time when installed.
 * @param command the program and its arguments
 * @param stdinPath a file to feed on stdin, if any
 * @param limitSeconds the run is stopped and reported as timed out after this long
 * @param okExitCodes exit codes that count as success (a check that finds echoes exits 1)
 */
export function runCommand(
  command: readonly string[],
  options: { stdinPath?: string; limitSeconds: number; okExitCodes?: readonly number[] },
): MeasureResult {
  const { stdinPath, limitSeconds, okExitCodes = [0] } = options;
  const measured = existsSync(GNU_TIME) ? [GNU_TIME, '-f', 'peak-rss-kb %M', ...command] : [...command];
  const argv = withTimeLimit(measured, limitSeconds);
  const stdin = stdinPath === undefined ? 'ignore' : openSync(stdinPath, 'r');
  try {
    const started = performance.now();
    const run = spawnSync(argv[0]!, argv.slice(1), { stdio: [stdin, 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = (performance.now() - started) / 1000;
    if (run.status === TIMED_OUT_STATUS) return timedOut(limitSeconds);
    if (run.status === null || !okExitCodes.includes(run.status)) {
      return { ok: false, problem: `${command.join(' ')} exited ${run.status ?? run.signal}: ${lastLine(run.stderr)}` };
    }
    const rss = /peak-rss-kb (\d+)/.exec(run.stderr);
    return { ok: true, value: { seconds, peakRssBytes: rss ? Number(rss[1]) * 1024 : undefined } };
  } finally {
    if (typeof stdin === 'number') closeSync(stdin);
  }
}

/** The median of a few measurements by time (less noise for sub-second latencies). */
export function medianRun(runs: readonly Measurement[]): Measurement {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timedOut(limitSeconds: number): MeasureResult {
  return { ok: false, problem: `timed out after ${limitSeconds} s` };
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}
