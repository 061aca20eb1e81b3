import { METRIC_LABELS, METRIC_NAMES, metricTally, toMetrics } from './metrics.js';
import type { Miss, MissKind, PageCounts } from './score-page.js';

/** One column of the metrics table: a remover on a subset of pages. */
export interface MetricsColumn {
  /** Header, e.g. `engine all (112)`. */
  readonly title: string;
  readonly counts: PageCounts;
  /** Show `hits/total` after each share. */
  readonly withCounts: boolean;
}

/**
 * Formats the metrics as a fixed-width table: one row per metric, one column per remover and subset.
 * @returns the table lines
 */
export function formatMetricsTable(columns: readonly MetricsColumn[]): string[] {
  const cells = columns.map((column) => {
    const metrics = toMetrics(column.counts);
    return METRIC_NAMES.map((name) => {
      const value = metrics[name];
      const share = value === null ? 'n/a' : value.toFixed(3);
      const { hits, total } = metricTally(column.counts, name);
      return column.withCounts ? `${share} ${hits}/${total}` : share;
    });
  });
  const firstWidth = Math.max(...METRIC_NAMES.map((name) => METRIC_LABELS[name].length));
  const widths = columns.map((column, c) => Math.max(column.title.length, ...cells[c]!.map((cell) => cell.length)));
  const row = (first: string, rest: readonly string[]): string =>
    [first.padEnd(firstWidth), ...rest.map((cell, c) => cell.padEnd(widths[c]!))].join('  ').trimEnd();
  return [
    row('metric', columns.map((column) => column.title)),
    ...METRIC_NAMES.map((name, r) => row(METRIC_LABELS[name], cells.map((column) => column[r]!))),
  ];
}

const MISS_LABELS: Readonly<Record<MissKind, string>> = {
  'missed-drop': 'missed drop',
  'removed-keep': 'removed keep',
  'changed-keep': 'changed keep',
  'broken-hard-negative': 'broken hard neg',
  'wrong-trim': 'wrong trim',
};

/** Longest excerpt of a block shown in the misses list, in UTF-16 code units. */
export const EXCERPT_LENGTH = 80;

/**
 * Formats misses grouped by page, at most `limit` miss lines (page headers not counted).
 * @returns the lines, ending with a note on how many were left out
 */
export function formatMisses(misses: readonly Miss[], limit: number): string[] {
  const lines: string[] = [];
  let page = '';
  for (const miss of misses.slice(0, limit)) {
    if (miss.page !== page) {
      page = miss.page;
      lines.push(page);
    }
    lines.push(`  ${MISS_LABELS[miss.kind].padEnd(15)} [${miss.block}] ${excerpt(miss.text, miss.kind === 'broken-hard-negative' ? 2 * EXCERPT_LENGTH : EXCERPT_LENGTH)}`);
    if (miss.output !== undefined && miss.expected !== undefined && miss.kind !== 'missed-drop') {
      // Show both versions from just before where they part, where the mistake is.
      const from = Math.max(0, firstDifference(miss.expected, miss.output) - 20);
      lines.push(`  ${''.padEnd(15)}   expected: ${excerptFrom(miss.expected, from)}`);
      lines.push(`  ${''.padEnd(15)}   output:   ${excerptFrom(miss.output, from)}`);
    }
  }
  if (misses.length > limit) lines.push(`… ${misses.length - limit} more misses (--misses N to show more, --page ID for one page)`);
  return lines;
}

/** Index of the first UTF-16 code unit where two texts differ (the shorter length when one is a prefix). */
export function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function excerptFrom(text: string, from: number): string {
  const shown = excerpt(text.slice(from), EXCERPT_LENGTH);
  return from > 0 ? `…${shown}` : shown === '' ? '(empty)' : shown;
}

/** The first `length` code units of a text on one line, with `…` when cut. */
export function excerpt(text: string, length: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= length ? oneLine : `${oneLine.slice(0, length)}…`;
}
