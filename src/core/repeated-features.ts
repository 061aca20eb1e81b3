import type { Hashes } from './shingle-index.js';

/** Bits per feature of each filter: about 2 % false positives with three probes. */
const BITS_PER_FEATURE = 8;
const PROBES = 3;

/**
 * The features of each document that may stand in another document too (a superset: a Bloom
 * filter's false positives stay in). Only those can pair two documents, and in a folder of
 * articles nine features in ten belong to one document alone, so indexing only these keeps the
 * duplicate search's tables a tenth of the size. Each list keeps its order.
 * @param features per document, its features without repeats
 */
export function repeatedFeatures(features: readonly Hashes[]): Int32Array[] {
  let total = 0;
  for (const own of features) total += own.length;
  let bits = 64;
  while (bits < total * BITS_PER_FEATURE) bits *= 2;
  const seen = new BloomFilter(bits);
  const again = new BloomFilter(bits);
  // A document's features have no repeats, so one seen before stands in an earlier document.
  for (const own of features) {
    for (let i = 0; i < own.length; i++) {
      if (seen.has(own[i]!)) again.add(own[i]!);
      else seen.add(own[i]!);
    }
  }
  return features.map((own) => {
    const kept = new Int32Array(own.length);
    let length = 0;
    for (let i = 0; i < own.length; i++) if (again.has(own[i]!)) kept[length++] = own[i]!;
    return kept.slice(0, length);
  });
}

/** A set of 32-bit values that may answer yes for a value never added. */
class BloomFilter {
  private readonly words: Int32Array;
  private readonly mask: number;

  constructor(bits: number) {
    this.words = new Int32Array(bits >>> 5);
    this.mask = bits - 1;
  }

  add(value: number): void {
    let at = Math.imul(value, 0x9e3779b1);
    const step = Math.imul(value ^ (value >>> 16), 0x85ebca6b) | 1;
    for (let probe = 0; probe < PROBES; probe++, at += step) {
      const bit = at & this.mask;
      this.words[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  has(value: number): boolean {
    let at = Math.imul(value, 0x9e3779b1);
    const step = Math.imul(value ^ (value >>> 16), 0x85ebca6b) | 1;
    for (let probe = 0; probe < PROBES; probe++, at += step) {
      const bit = at & this.mask;
      if ((this.words[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}
