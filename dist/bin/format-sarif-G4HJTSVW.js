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
  RULES,
  describeBoilerplate,
  describeChange,
  describeDuplicate,
  isRemoved,
  partnersOf,
  ruleId
} from "./chunk-IWXF2HOF.js";
import {
  formatProblem
} from "./chunk-E2EHHGOB.js";
import "./chunk-5TJQSZKO.js";
import {
  problemPath,
  severityOf
} from "./chunk-AYPY727O.js";
import "./chunk-3OOOJW5O.js";

// src/report/format-sarif.ts
import { createHash } from "node:crypto";
function region(at) {
  return { startLine: at.line, startColumn: at.column, ...endPosition(at) };
}
function location(uri, at) {
  return { physicalLocation: { artifactLocation: { uri: encodeURI(uri), uriBaseId: "%SRCROOT%" }, region: region(at) } };
}
function fingerprint(text) {
  const normal = text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normal).digest("hex").slice(0, 32);
}
function result(path, c, fixed) {
  const id = ruleId(c);
  return {
    ruleId: id,
    ruleIndex: RULES.findIndex((rule) => rule.id === id),
    level: fixed ? "note" : "error",
    message: {
      text: `${describeChange(c)} of line ${c.kept.line}: "${excerpt(c.removed.text)}"${fixed ? " (removed)" : ""}`
    },
    locations: [location(path, c.removed)],
    relatedLocations: [{ id: 1, ...location(path, c.kept), message: { text: "the text that stays" } }],
    partialFingerprints: { "unecho/v1": fingerprint(c.removed.text) }
  };
}
function fileLocation(uri) {
  return { physicalLocation: { artifactLocation: { uri: encodeURI(uri), uriBaseId: "%SRCROOT%" } } };
}
function boilerplateResults(findings, entry, fixed) {
  const first = entry.places[0];
  return entry.places.map((at) => {
    const removed = isRemoved(findings, at);
    const related = at === first ? [] : [{ id: 1, ...location(first.path, first), message: { text: "the first place of the same text" } }];
    return {
      ruleId: "boilerplate",
      ruleIndex: RULES.findIndex((rule) => rule.id === "boilerplate"),
      level: fixed && removed ? "note" : "error",
      message: { text: `${describeBoilerplate(entry)}: "${excerpt(at.text)}"${fixed && removed ? " (removed)" : ""}` },
      locations: [location(at.path, at)],
      relatedLocations: related,
      partialFingerprints: { "unecho/v1": fingerprint(at.text) }
    };
  });
}
function duplicateResults(group) {
  return group.members.map((member) => ({
    ruleId: "duplicate-document",
    ruleIndex: RULES.findIndex((rule) => rule.id === "duplicate-document"),
    level: "warning",
    message: { text: describeDuplicate(group, member) },
    locations: [fileLocation(member)],
    relatedLocations: partnersOf(group, member).map((partner, i) => ({ id: i + 1, ...fileLocation(partner.path), message: { text: `similarity ${partner.similarity}` } })),
    partialFingerprints: { "unecho/v1": fingerprint(group.members.join("\n")) }
  }));
}
function crossFileResults(findings, fixed) {
  if (findings === void 0) return [];
  return [...findings.boilerplate.flatMap((entry) => boilerplateResults(findings, entry, fixed)), ...findings.duplicates.flatMap(duplicateResults)];
}
function notification(p) {
  const path = problemPath(p);
  return {
    level: severityOf(p),
    message: { text: formatProblem(p).replace(/^unecho: \w+: /, "").trimEnd() },
    descriptor: { id: p.code },
    ...path === void 0 ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(path), uriBaseId: "%SRCROOT%" } } }] }
  };
}
function formatSarif(report) {
  const fixed = report.mode === "write";
  const problems = [...report.problems, ...report.files.flatMap((file) => file.problem ? [file.problem] : [])];
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: "error" }
            }))
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The working directory of the run." } } },
        invocations: [
          {
            executionSuccessful: !problems.some((p) => severityOf(p) === "error"),
            toolExecutionNotifications: problems.map(notification)
          }
        ],
        // A file that could not be written keeps its echoes.
        results: [...report.files.flatMap((file) => file.changes.map((c) => result(file.path, c, fixed && file.status !== "error"))), ...crossFileResults(report.crossFile, fixed)]
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
export {
  formatSarif
};
