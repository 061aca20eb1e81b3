import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  DEFAULT_OPTIONS
} from "./chunk-YPCK34LZ.js";

// src/core/analyze-options.ts
var DEFAULT_ANALYZE_OPTIONS = Object.freeze({
  minFiles: 3,
  duplicateThreshold: 0.8,
  minLength: DEFAULT_OPTIONS.minLength,
  locale: DEFAULT_OPTIONS.locale,
  sentences: true
});
function resolveAnalyzeOptions(partial = {}) {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== void 0));
  return Object.freeze({ ...DEFAULT_ANALYZE_OPTIONS, ...defined });
}

// src/cli/read-in-order.ts
async function* readInOrder(items, limit, fn) {
  const ahead = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && ahead.length < limit) {
      ahead.push(fn(items[next]));
      next += 1;
    }
  };
  fill();
  while (ahead.length > 0) {
    const result = await ahead.shift();
    fill();
    yield result;
  }
}
async function* concat(head, rest) {
  yield* head;
  yield* rest;
}

export {
  DEFAULT_ANALYZE_OPTIONS,
  resolveAnalyzeOptions,
  readInOrder,
  concat
};
