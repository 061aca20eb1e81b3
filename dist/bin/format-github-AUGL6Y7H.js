import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  excerpt
} from "./chunk-2MGNZW3S.js";
import "./chunk-JYLCKMJR.js";
import {
  endPosition
} from "./chunk-ADTE24WS.js";
import {
  countCrossFile,
  describeBoilerplate,
  describeChange,
  describeDuplicate,
  isRemoved,
  ruleId
} from "./chunk-IWXF2HOF.js";
import {
  formatProblem
} from "./chunk-E2EHHGOB.js";
import {
  countOutcomes,
  plural
} from "./chunk-5TJQSZKO.js";
import {
  problemPath,
  severityOf
} from "./chunk-AYPY727O.js";
import "./chunk-3OOOJW5O.js";

// src/report/format-github.ts
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(level, properties, message) {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${level} ${props}::${escapeData(message)}
`;
}
function problemCommand(p) {
  const path = problemPath(p);
  const message = formatProblem(p).replace(/^unecho: \w+: /, "").trimEnd();
  return command(severityOf(p), path === void 0 ? { title: p.code } : { file: path, title: p.code }, message);
}
function crossFileCommands(findings, fixed) {
  const out = [];
  for (const entry of findings.boilerplate) {
    for (const at of entry.places) {
      const removed = fixed && isRemoved(findings, at);
      const message = `${describeBoilerplate(entry)}${removed ? " (removed)" : ""}: ${excerpt(at.text)}`;
      out.push(command(removed ? "notice" : "error", { file: at.path, line: at.line, col: at.column, ...endPosition(at), title: "boilerplate" }, message));
    }
  }
  for (const group of findings.duplicates) {
    for (const member of group.members) out.push(command("warning", { file: member, title: "duplicate-document" }, describeDuplicate(group, member)));
  }
  const counts = countCrossFile(findings);
  out.push(`unecho: ${plural(counts.boilerplate, "boilerplate passage")} in ${plural(counts.places, "place")}, ${plural(counts.duplicates, "group")} of duplicate documents
`);
  return out;
}
function formatGithub(report) {
  const fixed = report.mode === "write" || report.mode === "out-dir";
  const out = report.problems.map(problemCommand);
  for (const file of report.files) {
    if (file.problem) out.push(problemCommand(file.problem));
    const removed = fixed && file.status !== "error";
    for (const c of file.changes) {
      const message = `${describeChange(c)} of line ${c.kept.line}${removed ? " (removed)" : ""}: ${excerpt(c.removed.text)}`;
      out.push(
        command(removed ? "notice" : "error", { file: file.path, line: c.removed.line, col: c.removed.column, ...endPosition(c.removed), title: ruleId(c) }, message)
      );
    }
  }
  if (report.crossFile !== void 0) out.push(...crossFileCommands(report.crossFile, fixed));
  const counts = countOutcomes(report);
  out.push(`unecho: ${plural(counts.echoes, "echo", "echoes")} in ${plural(counts.changed, "file")} of ${plural(counts.checked, "file")} checked
`);
  return out.join("");
}
export {
  escapeData,
  escapeProperty,
  formatGithub
};
