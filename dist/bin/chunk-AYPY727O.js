import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/report/problem.ts
var WARNINGS = /* @__PURE__ */ new Set([
  "BINARY_FILE",
  "INVALID_UTF8",
  "UNSUPPORTED_ENCODING",
  "FILE_TOO_LARGE",
  "SYMLINK_SKIPPED",
  "NOT_A_FILE"
]);
function severityOf(problem) {
  return WARNINGS.has(problem.code) ? "warning" : "error";
}
function problemPath(problem) {
  return "path" in problem ? problem.path : void 0;
}

export {
  severityOf,
  problemPath
};
