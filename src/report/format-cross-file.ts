import { countOutcomes, plural } from './count-outcomes.js';
import { countCrossFile, describeBoilerplate, isRemoved } from './describe-cross-file.js';
import { excerpt } from './excerpt.js';
import type { Paint } from './paint.js';
import type { CrossFileFindings, RunReport } from './types.js';

function summary(report: RunReport, findings: CrossFileFindings, p: Paint): string {
  const counts = countCrossFile(findings);
  const files = plural(countOutcomes(report).checked, 'file');
  if (counts.boilerplate === 0 && counts.duplicates === 0) return `${p.green('✔')} No boilerplate or duplicate documents across ${files}.\n`;
  const writes = report.mode === 'write' || report.mode === 'out-dir';
  const parts: string[] = [];
  if (counts.boilerplate > 0) {
    const what = `${plural(counts.boilerplate, 'boilerplate passage')} in ${plural(counts.places, 'place')}`;
    parts.push(findings.removeBoilerplate && writes ? `removed ${what}` : what);
  }
  if (counts.duplicates > 0) parts.push(`${plural(counts.duplicates, 'group')} of duplicate documents`);
  const hint = counts.boilerplate > 0 && !findings.removeBoilerplate ? ' Run with --remove-boilerplate to remove it.' : '';
  const text = `${parts.join(', ')} across ${files}.${hint}`;
  const clean = counts.duplicates === 0 && findings.removeBoilerplate && writes;
  return `${clean ? p.green('✔') : p.red('✖')} ${text[0]!.toUpperCase()}${text.slice(1)}\n`;
}

/**
 * The stylish section of `--scope files`: each boilerplate passage with every place (and
 * whether it goes), each group of duplicate documents with its pairs and their similarity,
 * then a summary line.
 */
export function formatCrossFile(report: RunReport, findings: CrossFileFindings, p: Paint): string {
  const out: string[] = [];
  if (findings.boilerplate.length > 0) {
    out.push(p.underline('Boilerplate (text found in many files)'), '\n');
    for (const entry of findings.boilerplate) {
      out.push(`  ${p.red(describeBoilerplate(entry).padEnd(34))}${excerpt(entry.text)}  ${p.dim('boilerplate')}\n`);
      for (const place of entry.places) {
        const removed = isRemoved(findings, place) ? p.dim('  removed') : '';
        out.push(`    ${place.path}:${place.line}:${place.column}${place.unit === entry.unit ? '' : p.dim(`  (${place.unit})`)}${removed}\n`);
      }
    }
    out.push('\n');
  }
  if (findings.duplicates.length > 0) {
    out.push(p.underline('Duplicate documents'), '\n');
    for (const group of findings.duplicates) {
      out.push(`  ${p.red(plural(group.members.length, 'file').padEnd(34))}${group.members.join(', ')}  ${p.dim('duplicate-document')}\n`);
      for (const pair of group.pairs) out.push(`    ${pair.a} ~ ${pair.b}  ${p.dim(`similarity ${pair.similarity}`)}\n`);
    }
    out.push('\n');
  }
  out.push(summary(report, findings, p));
  return out.join('');
}
