import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/core/sentence-end.ts
var SENTENCE_END = /[.!?…。！？]["'”’)\]*_]*$/u;

// src/core/attribution.ts
var MAX_ATTRIBUTION_WORDS = 8;
var ATTRIBUTION = new RegExp("^[\\u2014\\u2013]\\s*\\p{Lu}", "u");
var MAX_UNNAMED_WORDS = 3;
var NAME_PARTICLES = /* @__PURE__ */ new Set(["of", "the", "and", "de", "da", "del", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn", "y"]);
function isAttribution(text, words) {
  if (words > MAX_ATTRIBUTION_WORDS || !ATTRIBUTION.test(text) || SENTENCE_END.test(text.trimEnd())) return false;
  const source = text.replace(/^[\u2014\u2013]\s*/u, "").split(",")[0].match(/[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*/gu) ?? [];
  return source.length <= MAX_UNNAMED_WORDS || source.every((word) => new RegExp("^\\p{Lu}", "u").test(word) || NAME_PARTICLES.has(word));
}

export {
  SENTENCE_END,
  isAttribution
};
