import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/core/sentence-end.ts
var SENTENCE_END = /[.!?…。！？]["'”’)\]*_]*$/u;

export {
  SENTENCE_END
};
