import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/report/end-position.ts
function endPosition(place) {
  const lines = place.text.split("\n");
  const last = lines[lines.length - 1] ?? "";
  return lines.length === 1 ? { endLine: place.line, endColumn: place.column + last.length } : { endLine: place.line + lines.length - 1, endColumn: last.length + 1 };
}

export {
  endPosition
};
