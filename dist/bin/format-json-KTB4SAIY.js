import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  endPosition
} from "./chunk-ADTE24WS.js";
import {
  isRemoved,
  ruleId
} from "./chunk-IWXF2HOF.js";
import {
  formatProblem
} from "./chunk-E2EHHGOB.js";
import {
  countOutcomes
} from "./chunk-5TJQSZKO.js";
import {
  problemPath,
  severityOf
} from "./chunk-AYPY727O.js";
import "./chunk-3OOOJW5O.js";

// src/report/format-json.ts
var JSON_REPORT_VERSION = 1;
function place(at, withEnd) {
  return withEnd ? { line: at.line, column: at.column, ...endPosition(at), text: at.text } : { line: at.line, column: at.column, text: at.text };
}
function change(c) {
  return {
    ruleId: ruleId(c),
    kind: c.kind,
    unit: c.unit,
    rule: c.rule,
    removed: place(c.removed, true),
    kept: place(c.kept, false),
    score: Math.round(c.score * 1e4) / 1e4
  };
}
function boilerplate(findings, entry) {
  return {
    ruleId: "boilerplate",
    unit: entry.unit,
    text: entry.text,
    files: entry.files,
    places: entry.places.map((at) => ({ path: at.path, unit: at.unit, ...place(at, true), removed: isRemoved(findings, at) }))
  };
}
function duplicates(group) {
  return { ruleId: "duplicate-document", members: group.members, pairs: group.pairs };
}
function problem(p) {
  const path = problemPath(p);
  const message = formatProblem(p).replace(/^unecho: \w+: /, "").trimEnd();
  return { code: p.code, severity: severityOf(p), ...path === void 0 ? {} : { path }, message };
}
function formatJson(report) {
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
      ...file.problem === void 0 ? {} : { problem: problem(file.problem) },
      changes: file.changes.map(change)
    })),
    problems: report.problems.map(problem),
    ...crossFile === void 0 ? {} : { boilerplate: crossFile.boilerplate.map((entry) => boilerplate(crossFile, entry)), duplicates: crossFile.duplicates.map(duplicates) }
  };
  return `${JSON.stringify(body, null, 2)}
`;
}
export {
  JSON_REPORT_VERSION,
  formatJson
};
