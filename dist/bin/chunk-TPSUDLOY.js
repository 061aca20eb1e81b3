import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/core/sentence-end.ts
var SENTENCE_END = /[.!?…。！？]["'”’)\]*_]*$/u;

// src/core/attribution.ts
var MAX_ATTRIBUTION_WORDS = 8;
var ATTRIBUTION = new RegExp("^[\\u2014\\u2013]\\s*\\p{Lu}", "u");
function isAttribution(text, words) {
  return words <= MAX_ATTRIBUTION_WORDS && ATTRIBUTION.test(text) && !SENTENCE_END.test(text.trimEnd());
}

export {
  SENTENCE_END,
  isAttribution
};
