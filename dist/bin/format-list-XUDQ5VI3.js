import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import "./chunk-3OOOJW5O.js";

// src/report/format-list.ts
function formatList(report) {
  return report.files.filter((file) => file.status === "would-change" || file.status === "changed").map((file) => `${file.path}
`).join("");
}
export {
  formatList
};
