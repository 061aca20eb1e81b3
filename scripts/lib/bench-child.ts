/**
 * Child process of `npm run bench`: runs one measurement alone, so its peak RSS is its own, and
 * prints one JSON line (`ChildMeasurement`). Usage: bench-child.ts <task> <path> [outDir]
 * Tasks: `clean` (library, default options), `clean-exact` (library, exact paragraphs only),
 * `copy` (plain read and write of every file of a folder: the I/O floor).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The built package, as users run it (tsx's transform adds per-closure overhead to the sources).
import { clean } from '../../dist/index.js';
import type { CleanOptions } from '../../dist/index.js';

/** What a child reports. */
export interface ChildMeasurement {
  /** Wall time of the measured work, in seconds (startup and the initial read excluded for clean). */
  readonly seconds: number;
  /** Peak resident set size of the whole child, in bytes. */
  readonly peakRssBytes: number;
  /** RSS before the work started (runtime and loader), in bytes. */
  readonly baseRssBytes: number;
  /** UTF-16 code units removed (clean tasks). */
  readonly removedChars?: number;
}

const EXACT_ONLY: Partial<CleanOptions> = { threshold: 1, unit: 'paragraph' };

function measureClean(path: string, options: Partial<CleanOptions>): Omit<ChildMeasurement, 'peakRssBytes' | 'baseRssBytes'> {
  const text = readFileSync(path, 'utf8');
  const started = performance.now();
  const result = clean(text, options);
  return { seconds: (performance.now() - started) / 1000, removedChars: text.length - result.text.length };
}

function measureCopy(folder: string, outDir: string): Omit<ChildMeasurement, 'peakRssBytes' | 'baseRssBytes'> {
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  for (const name of readdirSync(folder)) writeFileSync(join(outDir, name), readFileSync(join(folder, name), 'utf8'));
  return { seconds: (performance.now() - started) / 1000 };
}

function main([task, path, outDir]: readonly string[]): number {
  const baseRssBytes = process.memoryUsage().rss;
  if (path === undefined) {
    console.error('bench-child: usage: bench-child.ts clean|clean-exact|copy <path> [outDir]');
    return 2;
  }
  let measured: Omit<ChildMeasurement, 'peakRssBytes' | 'baseRssBytes'>;
  if (task === 'clean') measured = measureClean(path, {});
  else if (task === 'clean-exact') measured = measureClean(path, EXACT_ONLY);
  else if (task === 'copy' && outDir !== undefined) measured = measureCopy(path, outDir);
  else {
    console.error(`bench-child: unknown task "${task}"`);
    return 2;
  }
  // maxRSS is in kilobytes.
  const report: ChildMeasurement = { ...measured, peakRssBytes: process.resourceUsage().maxRSS * 1024, baseRssBytes };
  console.log(JSON.stringify(report));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
