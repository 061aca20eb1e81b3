import type { PageCounts, PageScore, Tally } from './score-page.js';

/** The five eval metrics, each a share 0–1, or null when there was nothing to count. */
export interface Metrics {
  readonly echoRecall: number | null;
  readonly keptBlockRate: number | null;
  readonly hardNegativesKept: number | null;
  readonly trimmedBlocksRight: number | null;
  readonly exactPages: number | null;
}

/** The metric names, in display order. */
export const METRIC_NAMES = ['echoRecall', 'keptBlockRate', 'hardNegativesKept', 'trimmedBlocksRight', 'exactPages'] as const;

/** A metric name. */
export type MetricName = (typeof METRIC_NAMES)[number];

/** Human labels of the metrics. */
export const METRIC_LABELS: Readonly<Record<MetricName, string>> = {
  echoRecall: 'echo recall',
  keptBlockRate: 'kept-block rate',
  hardNegativesKept: 'hard negatives kept',
  trimmedBlocksRight: 'trimmed blocks right',
  exactPages: 'exact pages',
};

/** Which counts each metric is the share of. */
const METRIC_COUNTS: Readonly<Record<MetricName, keyof PageCounts>> = {
  echoRecall: 'drops',
  keptBlockRate: 'keeps',
  hardNegativesKept: 'hardNegatives',
  trimmedBlocksRight: 'trims',
  exactPages: 'exactPages',
};

/** Sums page counts (micro-average: every block weighs the same, whatever its page). */
export function sumCounts(scores: readonly PageScore[]): PageCounts {
  const add = (key: keyof PageCounts): Tally => ({
    hits: scores.reduce((sum, score) => sum + score.counts[key].hits, 0),
    total: scores.reduce((sum, score) => sum + score.counts[key].total, 0),
  });
  return { drops: add('drops'), keeps: add('keeps'), hardNegatives: add('hardNegatives'), trims: add('trims'), exactPages: add('exactPages') };
}

/** Turns counts into the five shares. */
export function toMetrics(counts: PageCounts): Metrics {
  const share = (name: MetricName): number | null => {
    const { hits, total } = counts[METRIC_COUNTS[name]];
    return total === 0 ? null : hits / total;
  };
  return {
    echoRecall: share('echoRecall'),
    keptBlockRate: share('keptBlockRate'),
    hardNegativesKept: share('hardNegativesKept'),
    trimmedBlocksRight: share('trimmedBlocksRight'),
    exactPages: share('exactPages'),
  };
}

/** The tally a metric is computed from. */
export function metricTally(counts: PageCounts, name: MetricName): Tally {
  return counts[METRIC_COUNTS[name]];
}
