import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  plural
} from "./chunk-5TJQSZKO.js";

// src/report/describe-cross-file.ts
function isRemoved(findings, place) {
  return findings.removeBoilerplate && place.removable;
}
function describeBoilerplate(entry) {
  return `boilerplate ${entry.unit} in ${plural(entry.files, "file")}`;
}
function partnersOf(group, path) {
  const other = (pair) => pair.a === path ? pair.b : pair.b === path ? pair.a : void 0;
  return group.pairs.flatMap((pair) => {
    const partner = other(pair);
    return partner === void 0 ? [] : [{ path: partner, similarity: pair.similarity }];
  });
}
function describeDuplicate(group, path) {
  const partners = partnersOf(group, path).map((partner) => `${partner.path} (${partner.similarity})`);
  return `near-duplicate document of ${partners.join(", ")}`;
}
function countCrossFile(findings) {
  return {
    boilerplate: findings.boilerplate.length,
    places: findings.boilerplate.reduce((n, entry) => n + entry.places.length, 0),
    duplicates: findings.duplicates.length
  };
}

// src/report/rule-id.ts
var RULES = [
  { id: "duplicate-paragraph", description: "A paragraph repeats another paragraph exactly." },
  { id: "near-duplicate-paragraph", description: "A paragraph nearly repeats another paragraph." },
  { id: "contained-paragraph", description: "A paragraph only repeats text that stands elsewhere." },
  { id: "duplicate-sentence", description: "A sentence repeats another sentence exactly." },
  { id: "near-duplicate-sentence", description: "A sentence nearly repeats another sentence." },
  { id: "contained-sentence", description: "A sentence only repeats text that stands elsewhere." },
  { id: "boilerplate", description: "A paragraph or sentence stands in many files (with --scope files)." },
  { id: "duplicate-document", description: "A file is a near-duplicate of another file (with --scope files)." }
];
var PREFIX = { exact: "duplicate", near: "near-duplicate", contained: "contained" };
function ruleId(change) {
  return `${PREFIX[change.kind]}-${change.unit}`;
}
function describeChange(change) {
  return `${change.kind} ${change.unit} echo`;
}

export {
  isRemoved,
  describeBoilerplate,
  partnersOf,
  describeDuplicate,
  countCrossFile,
  RULES,
  ruleId,
  describeChange
};
