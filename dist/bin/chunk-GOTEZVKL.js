import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

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
  textHash
};
