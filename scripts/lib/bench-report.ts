import type { MeasureResult } from './measure.js';

/** One line of the bench table. */
export interface BenchRow {
  readonly mode: string;
  /** What was processed, for display (`20 MB file`). */
  readonly input: string;
  /** Input size in bytes. */
  readonly bytes: number;
  readonly result: MeasureResult;
}

const MB = 1024 * 1024;

/** Which baselines each mode is compared with, on the same bytes. */
const BASELINES_OF: Readonly<Record<string, readonly string[]>> = {
  file: ['awk'],
  'file-exact': ['awk'],
  'cli-exact': ['awk'],
  folder: ['copy', 'awk-folder'],
  files: ['copy', 'awk-folder'],
  'files-paragraph': ['copy', 'awk-folder'],
};

/**
 * Formats the rows as a table: time, throughput (MB/s, MB = 2^20 bytes), peak RSS, and the
 * throughput ratio to the mode's baseline on the same input size.
 * @param rows the rows to show
 * @param allRows every measured row (where baselines are looked up)
 * @returns the table lines
 */
export function formatBenchTable(rows: readonly BenchRow[], allRows: readonly BenchRow[]): string[] {
  const table = [['mode', 'input', 'time', 'MB/s', 'peak RSS', 'vs baselines']];
  for (const row of rows) {
    if (!row.result.ok) {
      table.push([row.mode, row.input, row.result.problem]);
      continue;
    }
    const { seconds, peakRssBytes } = row.result.value;
    table.push([
      row.mode,
      row.input,
      `${seconds.toFixed(3)} s`,
      formatRate(row.bytes / MB / seconds),
      peakRssBytes === undefined ? 'n/a' : `${Math.round(peakRssBytes / MB)} MB`,
      baselineRatio(row, allRows),
    ]);
  }
  return alignColumns(table);
}

/** MB/s with one decimal, or two significant digits when slow (so 0.014 does not print as 0.0). */
export function formatRate(megabytesPerSecond: number): string {
  return megabytesPerSecond >= 10 ? megabytesPerSecond.toFixed(1) : megabytesPerSecond.toPrecision(2);
}

/**
 * Throughput of a row relative to its baselines on the same bytes (`0.52x awk`): above 1 is
 * faster. Empty when the mode has no baseline or none was measured.
 */
export function baselineRatio(row: BenchRow, allRows: readonly BenchRow[]): string {
  const ratios: string[] = [];
  for (const baseline of BASELINES_OF[row.mode] ?? []) {
    const match = allRows.find((other) => other.mode === baseline && other.bytes === row.bytes);
    if (match === undefined || !match.result.ok || !row.result.ok) continue;
    ratios.push(`${(match.result.value.seconds / row.result.value.seconds).toFixed(2)}x ${baseline}`);
  }
  return ratios.join(', ');
}

/**
 * For each mode measured at several sizes: the time ratio between consecutive sizes next to the
 * size ratio (linear cost keeps them equal), and the time-per-MB ratio of the largest to the smallest.
 * @returns one line per size step
 */
export function formatGrowth(rows: readonly BenchRow[]): string[] {
  const lines: string[] = [];
  for (const mode of [...new Set(rows.map((row) => row.mode))]) {
    const measured = rows
      .filter((row) => row.mode === mode && row.result.ok && row.bytes > 0)
      .sort((a, b) => a.bytes - b.bytes);
    if (measured.length < 2 || mode === 'latency') continue;
    const seconds = (row: BenchRow): number => (row.result.ok ? row.result.value.seconds : Number.NaN);
    for (let i = 1; i < measured.length; i++) {
      const [small, large] = [measured[i - 1]!, measured[i]!];
      lines.push(`${mode} ${small.input} → ${large.input}: size ×${(large.bytes / small.bytes).toFixed(2)}, time ×${(seconds(large) / seconds(small)).toFixed(2)}`);
    }
    const [first, last] = [measured[0]!, measured.at(-1)!];
    const perMb = seconds(last) / last.bytes / (seconds(first) / first.bytes);
    lines.push(`${mode} time per MB, ${last.input} vs ${first.input}: ×${perMb.toFixed(2)} (1.00 is linear)`);
  }
  return lines.length === 0 ? [] : ['growth (time ratio next to size ratio):', ...lines.map((line) => `  ${line}`)];
}

/** Pads every cell but a row's last to the widest such cell of its column (a last cell, like a problem, may run on). */
function alignColumns(table: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of table) row.slice(0, -1).forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, cell.length)));
  return table.map((row) => row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join('  ').trimEnd());
}
