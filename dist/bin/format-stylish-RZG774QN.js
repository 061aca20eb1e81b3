import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  excerpt
} from "./chunk-2MGNZW3S.js";
import "./chunk-JYLCKMJR.js";
import {
  countCrossFile,
  describeBoilerplate,
  describeChange,
  isRemoved,
  ruleId
} from "./chunk-IWXF2HOF.js";
import {
  countOutcomes,
  plural
} from "./chunk-5TJQSZKO.js";
import "./chunk-3OOOJW5O.js";

// src/report/format-cross-file.ts
function summary(report, findings, p) {
  const counts = countCrossFile(findings);
  const files = plural(countOutcomes(report).checked, "file");
  if (counts.boilerplate === 0 && counts.duplicates === 0) return `${p.green("\u2714")} No boilerplate or duplicate documents across ${files}.
`;
  const writes = report.mode === "write" || report.mode === "out-dir";
  const parts = [];
  if (counts.boilerplate > 0) {
    const what = `${plural(counts.boilerplate, "boilerplate passage")} in ${plural(counts.places, "place")}`;
    parts.push(findings.removeBoilerplate && writes ? `removed ${what}` : what);
  }
  if (counts.duplicates > 0) parts.push(`${plural(counts.duplicates, "group")} of duplicate documents`);
  const hint = counts.boilerplate > 0 && !findings.removeBoilerplate ? " Run with --remove-boilerplate to remove it." : "";
  const text = `${parts.join(", ")} across ${files}.${hint}`;
  const clean = counts.duplicates === 0 && findings.removeBoilerplate && writes;
  return `${clean ? p.green("\u2714") : p.red("\u2716")} ${text[0].toUpperCase()}${text.slice(1)}
`;
}
function formatCrossFile(report, findings, p) {
  const out = [];
  if (findings.boilerplate.length > 0) {
    out.push(p.underline("Boilerplate (text found in many files)"), "\n");
    for (const entry of findings.boilerplate) {
      out.push(`  ${p.red(describeBoilerplate(entry).padEnd(34))}${excerpt(entry.text)}  ${p.dim("boilerplate")}
`);
      for (const place of entry.places) {
        const removed = isRemoved(findings, place) ? p.dim("  removed") : "";
        out.push(`    ${place.path}:${place.line}:${place.column}${place.unit === entry.unit ? "" : p.dim(`  (${place.unit})`)}${removed}
`);
      }
    }
    out.push("\n");
  }
  if (findings.duplicates.length > 0) {
    out.push(p.underline("Duplicate documents"), "\n");
    for (const group of findings.duplicates) {
      out.push(`  ${p.red(plural(group.members.length, "file").padEnd(34))}${group.members.join(", ")}  ${p.dim("duplicate-document")}
`);
      for (const pair of group.pairs) out.push(`    ${pair.a} ~ ${pair.b}  ${p.dim(`similarity ${pair.similarity}`)}
`);
    }
    out.push("\n");
  }
  out.push(summary(report, findings, p));
  return out.join("");
}

// src/report/format-stylish.ts
function summary2(report, counts, p) {
  const extra = [
    counts.skipped > 0 ? `${counts.skipped} skipped` : "",
    counts.errored > 0 ? p.red(plural(counts.errored, "error")) : ""
  ].filter(Boolean);
  const tail = extra.length > 0 ? ` (${extra.join(", ")})` : "";
  const checked = plural(counts.checked, "file");
  const done = counts.errored > 0 ? p.red("\u2716") : p.green("\u2714");
  if (counts.echoes === 0 && counts.errored > 0) return `${done} ${checked} checked${tail}.
`;
  if (counts.echoes === 0 && report.crossFile !== void 0) return `${done} No echoes inside files; ${checked} checked${tail}.
`;
  if (counts.echoes === 0) return `${done} No echoes in ${checked}${tail}.
`;
  const echoes = plural(counts.echoes, "echo", "echoes");
  switch (report.mode) {
    case "write":
      return `${done} Removed ${echoes} from ${counts.changed} of ${checked}${tail}.
`;
    case "out-dir":
      return `${done} Removed ${echoes} from ${counts.changed} of ${checked} in the copies${tail}.
`;
    default:
      return `${p.red("\u2716")} ${echoes} in ${counts.changed} of ${checked}${tail}. Run unecho --write to remove.
`;
  }
}
function fileSection(file, p) {
  const rows = [`${p.underline(file.path)}
`];
  for (const change of file.changes) {
    const where = `${change.removed.line}:${change.removed.column}`.padStart(7);
    const kept = `${change.kept.line}:${change.kept.column}`;
    rows.push(`${where}  ${p.red(describeChange(change).padEnd(26))}${excerpt(change.removed.text)}  ${p.dim(ruleId(change))}
`);
    rows.push(`${"".padStart(7)}  ${p.dim(`kept at ${kept}`.padEnd(26))}${p.dim(excerpt(change.kept.text))}
`);
  }
  rows.push("\n");
  return rows.join("");
}
function formatStylish(report, p) {
  const out = [];
  for (const file of report.files) if (file.changes.length > 0 && file.status !== "error") out.push(fileSection(file, p));
  if (report.crossFile !== void 0) out.push(formatCrossFile(report, report.crossFile, p));
  out.push(summary2(report, countOutcomes(report), p));
  return out.join("");
}
export {
  formatStylish
};
