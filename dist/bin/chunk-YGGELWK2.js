import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);

// src/core/key-hash.ts
function keyHash(words, start, end) {
  let high = 2166136261;
  let low = end - start;
  for (let i = start; i < end; i++) {
    high = Math.imul(high ^ words[i], 16777619);
    low = Math.imul(low ^ words[i], 1540483477) ^ high >>> 15;
  }
  return (high >>> 0) * 2097152 + (low >>> 0 & 2097151);
}

// src/core/sorted-distinct.ts
function sortedDistinct(values, arena) {
  const length = sortDistinctInPlace(values);
  return arena ? arena.copy(values, length) : values.slice(0, length);
}
function sortDistinctInPlace(values) {
  if (values.length > 32) values.sort();
  else insertionSort(values);
  let length = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) values[length++] = values[i];
  return length;
}
function insertionSort(values) {
  for (let i = 1; i < values.length; i++) {
    const value = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > value) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = value;
  }
}

export {
  keyHash,
  sortedDistinct,
  sortDistinctInPlace,
  insertionSort
};
