import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/report/excerpt.ts
function excerpt(text, max = 60) {
  const read = PREFIX_FACTOR * max;
  if (text.length > read) {
    const head = collapse(text.slice(0, read)).trimStart();
    if (head.length >= max + 2) return cut(head, max);
  }
  const flat = collapse(text).trim();
  return flat.length <= max ? flat : cut(flat, max);
}
var PREFIX_FACTOR = 4;
var collapse = (text) => text.replace(/\s+/g, " ");
var cut = (flat, max) => `${flat.slice(0, max - 1).trimEnd()}\u2026`;

export {
  excerpt
};
