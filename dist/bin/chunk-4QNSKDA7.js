import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/core/merge-removals.ts
function mergeRemovals(text, edits) {
  const sorted = edits.map((edit) => edit.range).sort((x, y) => x.start - y.start || x.end - y.end);
  const joined = [];
  for (const range of sorted) {
    const previous = joined[joined.length - 1];
    if (previous !== void 0 && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else joined.push({ start: range.start, end: range.end });
  }
  for (let last = joined.pop(); last !== void 0; last = joined.pop()) {
    if (text.slice(last.end).trim() === "") {
      while (last.start > 0 && /\s/.test(text[last.start - 1])) last.start--;
    }
    const before = joined[joined.length - 1];
    if (before === void 0 || last.start > before.end) {
      joined.push(last);
      break;
    }
    before.end = last.end;
  }
  return joined.map((range) => ({ range, text: "" }));
}

// src/core/text-hash.ts
function textHash(text, start, end) {
  let high = 2166136261;
  let low = end - start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    high = Math.imul(high ^ code, 16777619);
    low = Math.imul(low ^ code, 1540483477);
  }
  low ^= high >>> 13;
  return (high >>> 0) * 2097152 + (low >>> 0 & 2097151);
}

export {
  mergeRemovals,
  textHash
};
