import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  isWhitespace
} from "./chunk-JYLCKMJR.js";

// src/report/excerpt.ts
function excerpt(text, max = 60) {
  let flat = "";
  let at = 0;
  while (at < text.length && flat.length <= max) {
    while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    const start = at;
    while (at < text.length && !isWhitespace(text.charCodeAt(at))) at++;
    flat = flat.length === 0 ? text.slice(start, at) : `${flat} ${text.slice(start, at)}`;
  }
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}\u2026`;
}

export {
  excerpt
};
