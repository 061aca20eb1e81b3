import type { Paint } from '../report/paint.js';
import type { RunReport } from '../report/types.js';
import type { Settings } from './settings.js';

/**
 * The one product of a run that is not filter output: the list (`-l`), the diff (`--diff`), or
 * the report in the chosen format. Each format is loaded only when asked for (the diff library
 * with the diff), so runs that print no report (a filter) load none.
 */
export async function renderReport(report: RunReport, format: Settings['format'], p: Paint): Promise<string> {
  if (report.mode === 'list') return (await import('../report/format-list.js')).formatList(report);
  if (report.mode === 'diff') {
    const { formatDiff } = await import('../report/format-diff.js');
    return formatDiff(report, p);
  }
  switch (format) {
    case 'json':
      return (await import('../report/format-json.js')).formatJson(report);
    case 'sarif':
      return (await import('../report/format-sarif.js')).formatSarif(report);
    case 'github':
      return (await import('../report/format-github.js')).formatGithub(report);
    case 'stylish':
      return (await import('../report/format-stylish.js')).formatStylish(report, p);
  }
}
