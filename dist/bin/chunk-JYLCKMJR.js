import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/core/is-whitespace.ts
function isWhitespace(code) {
  if (code <= 32) return code === 32 || code >= 9 && code <= 13;
  if (code < 160) return false;
  return code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}

export {
  isWhitespace
};
