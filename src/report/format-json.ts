import type { Boilerplate, Change, DuplicateGroup, Place, Problem } from '../core/types.js';
import { isRemoved } from './describe-cross-file.js';
import { countOutcomes } from './count-outcomes.js';
import { endPosition } from './end-position.js';
import { formatProblem } from './format-problem.js';
import { problemPath, severityOf } from './problem.js';
import { ruleId } from './rule-id.js';
import type { CrossFileFindings, RunReport } from './types.js';

/** The version of the JSON report's shape (`schema/report.schema.json`); bumped on breaking changes. */
export const JSON_REPORT_VERSION = 1;

function place(at: Place, withEnd: boolean): Record<string, unknown> {
  return withEnd
    ? { line: at.line, column: at.column, ...endPosition(at), text: at.text }
    : { line: at.line, column: at.column, text: at.text };
}

function change(c: Change): Record<string, unknown> {
  return {
    ruleId: ruleId(c),
    kind: c.kind,
    unit: c.unit,
    rule: c.rule,
    removed: place(c.removed, true),
    kept: place(c.kept, false),
    score: Math.round(c.score * 10000) / 10000,
  };
}

function boilerplate(findings: CrossFileFindings, entry: Boilerplate): Record<string, unknown> {
  return {
    ruleId: 'boilerplate',
    unit: entry.unit,
    text: entry.text,
    files: entry.files,
    places: entry.places.map((at) => ({ path: at.path, unit: at.unit, ...place(at, true), removed: isRemoved(findings, at) })),
  };
}

function duplicates(group: DuplicateGroup): Record<string, unknown> {
  return { ruleId: 'duplicate-document', members: group.members, pairs: group.pairs };
}

function problem(p: Problem): Record<string, unknown> {
  const path = problemPath(p);
  // The sentence without the `unecho: severity:` prefix and newline.
  const message = formatProblem(p).replace(/^unecho: \w+: /, '').trimEnd();
  return { code: p.code, severity: severityOf(p), ...(path === undefined ? {} : { path }), message };
}

/**
 * The JSON report (version 1): tool, mode, summary counts, every input sorted by path with its
 * status and changes, and the run's problems; with `--scope files` also the boilerplate (every
 * place, and whether it goes) and the duplicate-document groups. Paths are relative POSIX; no
 * timestamps, so the same run gives the same bytes.
 */
export function formatJson(report: RunReport): string {
  const counts = countOutcomes(report);
  const crossFile = report.crossFile;
  const body = {
    version: JSON_REPORT_VERSION,
    tool: report.tool,
    mode: report.mode,
    summary: { files: report.files.length, ...counts },
    files: report.files.map((file) => ({
      path: file.path,
      status: file.status,
      ...(file.problem === undefined ? {} : { problem: problem(file.problem) }),
      changes: file.changes.map(change),
    })),
    problems: report.problems.map(problem),
    ...(crossFile === undefined
      ? {}
      : { boilerplate: crossFile.boilerplate.map((entry) => boilerplate(crossFile, entry)), duplicates: crossFile.duplicates.map(duplicates) }),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
