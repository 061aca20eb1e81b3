import { formatGithub } from '../report/format-github.js';
import { formatJson } from '../report/format-json.js';
import { formatList } from '../report/format-list.js';
import { formatSarif } from '../report/format-sarif.js';
import { formatStylish } from '../report/format-stylish.js';
import type { Paint } from '../report/paint.js';
import type { RunReport } from '../report/types.js';
import type { Settings } from './settings.js';

/**
 * The one product of a run that is not filter output: the list (`-l`), the diff (`--diff`), or
 * the report in the chosen format. The diff library is loaded only for diffs.
 */
export async function renderReport(report: RunReport, format: Settings['format'], p: Paint): Promise<string> {
  if (report.mode === 'list') return formatList(report);
  if (report.mode === 'diff') {
    const { formatDiff } = await import('../report/format-diff.js');
    return formatDiff(report, p);
  }
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report);
    case 'stylish':
      return formatStylish(report, p);
  }
}
