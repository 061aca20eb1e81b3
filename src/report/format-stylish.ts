import { countOutcomes, plural } from './count-outcomes.js';
import { excerpt } from './excerpt.js';
import { formatCrossFile } from './format-cross-file.js';
import type { Paint } from './paint.js';
import { describeChange, ruleId } from './rule-id.js';
import type { RunCounts } from './count-outcomes.js';
import type { FileOutcome, RunReport } from './types.js';

function summary(report: RunReport, counts: RunCounts, p: Paint): string {
  const extra = [
    counts.skipped > 0 ? `${counts.skipped} skipped` : '',
    counts.errored > 0 ? p.red(plural(counts.errored, 'error')) : '',
  ].filter(Boolean);
  const tail = extra.length > 0 ? ` (${extra.join(', ')})` : '';
  const checked = plural(counts.checked, 'file');
  // A run with errors exits 2: no tick for it, whatever went well.
  const done = counts.errored > 0 ? p.red('✖') : p.green('✔');
  // Echoes in files that failed are not counted: "no echoes" would claim what was not seen.
  if (counts.echoes === 0 && counts.errored > 0) return `${done} ${checked} checked${tail}.\n`;
  // Next to the boilerplate and duplicates found across files, say this line is about each file.
  if (counts.echoes === 0 && report.crossFile !== undefined) return `${done} No echoes inside files; ${checked} checked${tail}.\n`;
  if (counts.echoes === 0) return `${done} No echoes in ${checked}${tail}.\n`;
  const echoes = plural(counts.echoes, 'echo', 'echoes');
  switch (report.mode) {
    case 'write':
      return `${done} Removed ${echoes} from ${counts.changed} of ${checked}${tail}.\n`;
    case 'out-dir':
      return `${done} Removed ${echoes} from ${counts.changed} of ${checked} in the copies${tail}.\n`;
    default:
      return `${p.red('✖')} ${echoes} in ${counts.changed} of ${checked}${tail}. Run unecho --write to remove.\n`;
  }
}

/** A file's rows in the report: its path, then two rows per echo, then a blank line. */
function fileSection(file: FileOutcome, p: Paint): string {
  const rows = [`${p.underline(file.path)}\n`];
  for (const change of file.changes) {
    const where = `${change.removed.line}:${change.removed.column}`.padStart(7);
    const kept = `${change.kept.line}:${change.kept.column}`;
    rows.push(`${where}  ${p.red(describeChange(change).padEnd(26))}${excerpt(change.removed.text)}  ${p.dim(ruleId(change))}\n`);
    rows.push(`${''.padStart(7)}  ${p.dim(`kept at ${kept}`.padEnd(26))}${p.dim(excerpt(change.kept.text))}\n`);
  }
  rows.push('\n');
  return rows.join('');
}

/**
 * The human report: per file with echoes, one row per echo (where it stands, what kind, an
 * excerpt and the rule id) and a second row with where its kept twin stands; then a summary.
 * Skipped and failed files are not listed: their warnings and errors went to stderr. With
 * `--scope files`, the boilerplate and duplicate documents follow, before the summary.
 */
export function formatStylish(report: RunReport, p: Paint): string {
  // One string per file: a folder's report has millions of pieces, and held in one list to the
  // end they all outlived the young generation (collecting took half the rendering time).
  const out: string[] = [];
  for (const file of report.files) if (file.changes.length > 0 && file.status !== 'error') out.push(fileSection(file, p));
  if (report.crossFile !== undefined) out.push(formatCrossFile(report, report.crossFile, p));
  out.push(summary(report, countOutcomes(report), p));
  return out.join('');
}
