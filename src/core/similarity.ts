// A reimplementation of string-similarity's `compareTwoStrings` (v4.0.4) that returns the same
// value bit for bit. The package strips whitespace with a regex and builds a Map of 2-char
// strings on every call; here each bigram is the integer `(first << 16) | second` of its two
// UTF-16 code units, counted in typed arrays that are reused from call to call. The tests keep
// the package as the oracle.

import { isWhitespace } from './is-whitespace.js';

/** Non-whitespace code units of the two texts of the current call. Grown on demand, never shrunk. */
let left = new Uint16Array(256);
let right = new Uint16Array(256);
let leftLength = 0;
let rightLength = 0;

/**
 * Bigram counts of the left text when both code units are ASCII, at `(first << 7) | second`.
 * Most scraped text is mostly ASCII, and a direct slot beats hashing. Every call leaves it all zero.
 */
const asciiCounts = new Int32Array(1 << 14);

/**
 * Open-addressing table (linear probing) for the other bigrams of the left text. A slot is in use
 * only when its stamp equals `generation`, so starting a call is `generation++`, not a clear.
 */
let keys = new Int32Array(1 << 10);
let counts = new Int32Array(1 << 10);
let stamps = new Int32Array(1 << 10);
let generation = 0;


/** Copies the non-whitespace code units of `text` into `units`; returns how many there are. */
function stripInto(text: string, units: Uint16Array): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!isWhitespace(unit)) units[length++] = unit;
  }
  return length;
}

/**
 * Strips both texts into `left` / `right` (setting `leftLength` / `rightLength`, in UTF-16 code
 * units) and says whether what is left of them is equal.
 */
function stripBoth(a: string, b: string): boolean {
  if (a.length > left.length) left = new Uint16Array(a.length * 2);
  if (b.length > right.length) right = new Uint16Array(b.length * 2);
  leftLength = stripInto(a, left);
  rightLength = stripInto(b, right);
  if (leftLength !== rightLength) return false;
  for (let i = 0; i < leftLength; i++) if (left[i] !== right[i]) return false;
  return true;
}

/** Makes the hash table hold at least `slots` slots (a power of two); returns its bit width. */
function reserveTable(slots: number): number {
  let bits = 10;
  while (1 << bits < slots) bits++;
  if (1 << bits > keys.length) {
    keys = new Int32Array(1 << bits);
    counts = new Int32Array(1 << bits);
    stamps = new Int32Array(1 << bits);
    generation = 0;
  }
  generation++;
  if (generation === 0x7fffffff) {
    stamps.fill(0);
    generation = 1;
  }
  return bits;
}

/**
 * Size of the multiset intersection of the bigrams of `left` and `right` (both at least 2 code
 * units long). Gives up once more than `missBudget` bigrams of `right` have found no partner,
 * returning the count so far: callers that only ask "at least n?" pass `rightBigrams − n`.
 */
function sharedBigrams(missBudget: number): number {
  const leftBigrams = leftLength - 1;
  const rightBigrams = rightLength - 1;
  // Half full at most, and Fibonacci hashing takes the top `bits` bits of the product.
  const bits = reserveTable(leftBigrams * 2);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;

  for (let i = 0; i < leftBigrams; i++) {
    const first = left[i]!;
    const second = left[i + 1]!;
    if ((first | second) < 0x80) {
      asciiCounts[(first << 7) | second]!++;
      continue;
    }
    const key = (first << 16) | second;
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    for (;;) {
      if (stamps[slot] !== generation) {
        stamps[slot] = generation;
        keys[slot] = key;
        counts[slot] = 1;
        break;
      }
      if (keys[slot] === key) {
        counts[slot]!++;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }

  let shared = 0;
  let misses = 0;
  for (let i = 0; i < rightBigrams; i++) {
    const first = right[i]!;
    const second = right[i + 1]!;
    let hit = false;
    if ((first | second) < 0x80) {
      const slot = (first << 7) | second;
      if (asciiCounts[slot]! > 0) {
        asciiCounts[slot]!--;
        hit = true;
      }
    } else {
      const key = (first << 16) | second;
      let slot = Math.imul(key, 0x9e3779b1) >>> shift;
      while (stamps[slot] === generation) {
        if (keys[slot] === key) {
          if (counts[slot]! > 0) {
            counts[slot]!--;
            hit = true;
          }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    if (hit) shared++;
    else if (++misses > missBudget) break;
  }

  for (let i = 0; i < leftBigrams; i++) {
    const first = left[i]!;
    const second = left[i + 1]!;
    if ((first | second) < 0x80) asciiCounts[(first << 7) | second] = 0;
  }
  return shared;
}

/**
 * Dice coefficient of the character bigrams of two texts, 0–1, exactly as string-similarity's
 * `compareTwoStrings` computes it: whitespace (`/\s/`) is removed first; texts equal after that
 * score 1; a text with fewer than 2 code units left scores 0; bigrams are pairs of UTF-16 code
 * units (case-sensitive, surrogate pairs split), counted as a multiset. Equal to the package's
 * value for every input, including the last bit.
 */
export function dice(a: string, b: string): number {
  if (stripBoth(a, b)) return 1;
  if (leftLength < 2 || rightLength < 2) return 0;
  const shared = sharedBigrams(rightLength);
  return (2.0 * shared) / (leftLength + rightLength - 2);
}

/**
 * Whether `dice(a, b) >= threshold` (threshold 0–1), always the same answer. Faster when the
 * answer is no: it returns before counting when `diceBound` of the lengths without whitespace
 * is below the threshold, and stops counting once too many bigrams have missed.
 */
export function diceAtLeast(a: string, b: string, threshold: number): boolean {
  if (stripBoth(a, b)) return 1 >= threshold;
  if (leftLength < 2 || rightLength < 2) return 0 >= threshold;
  if (diceBound(leftLength, rightLength) < threshold) return false;
  const denominator = leftLength + rightLength - 2;
  // Fewest shared bigrams that reach the threshold. The estimate can round one too high, which
  // would stop counting too soon, so it is corrected with the very division `dice` does.
  // `ceiling` is one more than can ever be shared.
  const ceiling = Math.min(leftLength, rightLength);
  let needed = threshold > 0 ? Math.min(ceiling, Math.max(0, Math.ceil((threshold * denominator) / 2))) : 0;
  while (needed > 0 && (2.0 * (needed - 1)) / denominator >= threshold) needed--;
  while (needed < ceiling && (2.0 * needed) / denominator < threshold) needed++;
  const shared = sharedBigrams(rightLength - 1 - needed);
  return (2.0 * shared) / denominator >= threshold;
}

/**
 * Upper bound of `dice(a, b)` from lengths alone: Dice ≤ 2·min / (min + max).
 * Lets callers skip pairs that cannot reach a threshold. Holds only for lengths counted without
 * whitespace (in UTF-16 code units), since that is what `dice` compares.
 */
export function diceBound(lengthA: number, lengthB: number): number {
  const low = Math.min(lengthA, lengthB);
  const high = Math.max(lengthA, lengthB);
  return high === 0 ? 1 : (2 * low) / (low + high);
}
