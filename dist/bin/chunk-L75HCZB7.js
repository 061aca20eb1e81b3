import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  insertionSort,
  keyHash,
  sortedDistinct
} from "./chunk-YGGELWK2.js";
import {
  SENTENCE_END,
  isAttribution
} from "./chunk-63U2FMRZ.js";
import {
  AUTOLINK,
  Int32Arena,
  LineLocator,
  MIN_SHINGLED_WORDS,
  REPEATS_WITHIN,
  SHARES_ACROSS,
  ShingleIndex,
  applyEdits,
  buildDocument,
  cleanExactBlocks,
  isExactOnly,
  isTruncated,
  lowerBound,
  mapPacked,
  planEdits,
  resolveOptions,
  segmentText,
  sentencesTouching,
  winnowHashes,
  withoutInert,
  wordsOf
} from "./chunk-YPCK34LZ.js";
import {
  isWhitespace
} from "./chunk-JYLCKMJR.js";

// src/core/candidate-finder.ts
var MAX_CANDIDATES = 8;
var MIN_SHARED_SHINGLES = 0.4;
var CandidateFinder = class {
  constructor(doc, facts) {
    this.doc = doc;
    this.facts = facts;
    const none = new Int32Array(0);
    this.repeats = doc.repeats;
    for (const segment of doc.segments) {
      if (segment.evidence === "none" || (this.repeats[segment.block] & SHARES_ACROSS) === 0) continue;
      const key = this.keyOf(segment);
      const list = this.keys.get(key);
      if (!list) this.keys.set(key, [segment.block]);
      else if (list[list.length - 1] !== segment.block) list.push(segment.block);
    }
    this.shingles = new ShingleIndex(
      mapPacked(
        doc.blocks,
        (model, block) => model.whole.evidence === "full" && (this.repeats[block] & SHARES_ACROSS) !== 0 ? winnowHashes(facts.hashes(model.whole)) : none
      )
    );
  }
  doc;
  facts;
  /** Blocks by the hash of a key they hold (see `keyHash`), so that keys need not be joined into strings. */
  keys = /* @__PURE__ */ new Map();
  shingles;
  /** Per block, whether it shares a 3-gram with another or repeats one of its own (see `blocksSharingShingles`). */
  repeats;
  keyOf(segment) {
    return keyHash(this.facts.blockHashes(segment), segment.firstWord, segment.firstWord + segment.fp.wordCount);
  }
  /** Candidate block indices for `echo`, in document order. */
  blocksFor(echo) {
    const repeats = this.repeats[echo.block];
    if ((repeats & SHARES_ACROSS) === 0) return echo.sentence > 0 && (repeats & REPEATS_WITHIN) !== 0 ? [echo.block] : [];
    const found = [];
    const keyed = this.keys.get(this.keyOf(echo));
    if (keyed !== void 0) addFirstAndNearest(keyed, echo.block, found);
    if (echo.sentence > 0) found.push(echo.block);
    if (echo.evidence === "full" && echo.fp.wordCount >= MIN_SHINGLED_WORDS) {
      const kept = winnowHashes(this.facts.hashes(echo));
      const needed = Math.max(1, Math.ceil(MIN_SHARED_SHINGLES * kept.length));
      const hits = [];
      const shared = [];
      this.shingles.candidates(kept, echo.block, (block, count) => {
        if (block !== echo.block && count >= needed) {
          hits.push(block);
          shared.push(count);
        }
      });
      if (hits.length > MAX_CANDIDATES) this.addWithFirstCopies(mostShared(hits, shared, echo.block), echo.block, found);
      else found.push(...hits);
    }
    return inBlockOrder(found);
  }
  /**
   * Adds `blocks` to `found`, each with the first block holding its key, but `echo` itself.
   * When more blocks share shingles than are verified, the nearest win; if one is a later copy
   * of an earlier block, that earlier copy (the one that stays) must be verified too, or the
   * echo's only twin would be a copy that goes, and the next run would find what this one left.
   */
  addWithFirstCopies(blocks, echo, found) {
    for (const block of blocks) {
      found.push(block);
      const whole = this.doc.blocks[block].whole;
      const first = whole.evidence === "none" ? void 0 : this.keys.get(this.keyOf(whole))?.[0];
      if (first !== void 0 && first !== block && first !== echo) found.push(first);
    }
  }
};
function mostShared(blocks, shared, near) {
  const order = blocks.map((_, index) => index);
  const distance = (index) => Math.abs(blocks[index] - near);
  order.sort((a, b) => shared[b] - shared[a] || distance(a) - distance(b) || blocks[a] - blocks[b]);
  return mapPacked(order.slice(0, MAX_CANDIDATES), (index) => blocks[index]);
}
function inBlockOrder(blocks) {
  insertionSort(blocks);
  let kept = Math.min(1, blocks.length);
  for (let i = 1; i < blocks.length; i++) if (blocks[i] !== blocks[kept - 1]) blocks[kept++] = blocks[i];
  blocks.length = kept;
  return blocks;
}
var KEY_FIRST = 2;
var KEY_NEAR = 2;
function addFirstAndNearest(blocks, block, found) {
  const add = (from, to) => {
    for (let i = from; i < to; i++) if (blocks[i] !== block) found.push(blocks[i]);
  };
  if (blocks.length <= KEY_FIRST + 2 * KEY_NEAR) return add(0, blocks.length);
  const low = lowerBound(blocks, block);
  add(0, KEY_FIRST);
  add(Math.max(0, low - KEY_NEAR), Math.min(blocks.length, low + KEY_NEAR + 1));
}

// src/core/guards.ts
var NEGATIONS = /* @__PURE__ */ new Set([
  "not",
  "no",
  "never",
  "nor",
  "none",
  "nothing",
  "nobody",
  "neither",
  "without",
  "cannot",
  "hardly",
  "barely",
  "scarcely",
  "rarely",
  "seldom",
  "nicht",
  "kein",
  "keine",
  "nie",
  "ne",
  "pas",
  "jamais",
  "non",
  "aucun",
  "aucune",
  "rien",
  "niet",
  "geen",
  "nooit",
  "n\xE3o",
  "nunca",
  "nem",
  "\u043D\u0435",
  "\u043D\u0435\u0442",
  "\u043D\u0438",
  "\u043D\u0438\u043A\u043E\u0433\u0434\u0430",
  "\u0644\u0627",
  "\u0644\u0645",
  "\u0644\u0646",
  "\u0644\u064A\u0633",
  "\u0928\u0939\u0940\u0902",
  "\u092E\u0924",
  "\uC548",
  "\uBABB",
  "\u4E0D",
  "\u6CA1",
  "\u7121",
  "\u65E0",
  "\u975E"
]);
var KOREAN_NEGATION = "\uC54A";
var QUALIFIERS = /* @__PURE__ */ new Set([
  "least",
  "most",
  "than",
  "only",
  "just",
  "nearly",
  "almost",
  "about",
  "around",
  "approximately",
  "roughly",
  "over",
  "under",
  "up",
  "some",
  "fewer"
]);
var HAS_DIGIT = new RegExp("\\p{N}", "u");
var STARTS_UPPER = new RegExp("^\\p{Lu}", "u");
var isNumberWord = (word) => HAS_DIGIT.test(word);
var isNegation = (word) => NEGATIONS.has(word) || word.endsWith("n't") || word.startsWith(KOREAN_NEGATION);
var isQualifier = (word) => QUALIFIERS.has(word);
function changesMeaning(extra, extraOriginal) {
  for (let i = 0; i < extra.length; i++) {
    const word = extra[i];
    if (isNumberWord(word) || isNegation(word) || isQualifier(word)) return true;
    if (STARTS_UPPER.test(extraOriginal[i] ?? "")) return true;
  }
  return false;
}
var NEGATING_PREFIX = /^(?:in|im|il|ir|un|non|dis|de|anti|mis)-?/u;
function areOpposites(a, b) {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.endsWith(short) && NEGATING_PREFIX.test(long.slice(0, long.length - short.length))) {
    return long.slice(0, long.length - short.length).replace(NEGATING_PREFIX, "") === "";
  }
  const stem = (word) => /^(?:in|ex|im)(.{3,})$/u.exec(word)?.[1];
  const stemA = stem(a);
  return stemA !== void 0 && stemA === stem(b) && a !== b;
}
function swapsOneWord(a, b) {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at < 0) return false;
  const [x, y] = [a[at], b[at]];
  return !isNumberWord(x) && !isNumberWord(y) && !areForms(x, y);
}
var MAX_SWAPPED = 3;
function swapsWords(a, b) {
  if (a.length !== b.length) return false;
  let swapped = 0;
  let changes = false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (++swapped > MAX_SWAPPED) return false;
    if (isNumberWord(x) || isNumberWord(y) || !(areForms(x, y) || isShortened(x, y))) changes = true;
  }
  return changes;
}
function isShortened(x, y) {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short);
}
function swapsWordsInside(inner, outer) {
  const n = inner.length;
  if (n < 3) return false;
  for (let at = 0; at + n <= outer.length; at++) {
    const [first, last] = [outer[at] === inner[0], outer[at + n - 1] === inner[n - 1]];
    if (!first && !last) continue;
    const window = outer.slice(at, at + n);
    if (swapsWords(inner, window) && (first && last || tradePlaces(inner, window))) return true;
  }
  return false;
}
function tradePlaces(a, b) {
  const onlyA = [];
  const onlyB = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    onlyA.push(a[i]);
    onlyB.push(b[i]);
  }
  return onlyA.sort().join(" ") === onlyB.sort().join(" ");
}
function swapsOneWordInside(inner, outer, missing) {
  if (missing.length !== 1) return false;
  const at = inner.indexOf(missing[0]);
  const [before, after] = [inner[at - 1], inner[at + 1]];
  if (before === void 0 || after === void 0) return false;
  for (let i = 1; i + 1 < outer.length; i++) {
    if (outer[i - 1] === before && outer[i + 1] === after) {
      const other = outer[i];
      if (other !== inner[at] && !isNumberWord(other) && !isNumberWord(inner[at]) && !areForms(inner[at], other)) return true;
    }
  }
  return false;
}
var INTERCHANGEABLE = [
  ["say", "says", "said"],
  ["tell", "tells", "told"],
  ["will", "would"],
  ["can", "could"],
  ["may", "might"],
  ["shall", "should"],
  ["is", "was", "are", "were", "be", "been"],
  ["has", "have", "had"],
  ["a", "an", "the"],
  ["this", "that", "these", "those"]
];
function areForms(x, y) {
  if (INTERCHANGEABLE.some((forms) => forms.includes(x) && forms.includes(y))) return true;
  const [stemX, stemY] = [stemOf(x), stemOf(y)];
  if (stemX === stemY || stemX === y || stemY === x) return true;
  if (x[0] === y[0]) return editDistanceAtMost(x, y, 1);
  return x.length === y.length && x[0] === y[1] && x[1] === y[0] && x.slice(2) === y.slice(2);
}
var ENDINGS = ["ing", "ers", "est", "ed", "es", "er", "ly", "s", "d"];
function stemOf(word) {
  const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
  return ending === void 0 ? word : word.slice(0, word.length - ending.length);
}
function editDistanceAtMost(x, y, most) {
  if (Math.abs(x.length - y.length) > most) return false;
  const rows = [Array.from({ length: y.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    const previous = rows[i - 1];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    rows.push(row);
  }
  return rows[x.length][y.length] <= most;
}
function hasOpposites(onlyA, onlyB) {
  return onlyA.some((a) => onlyB.some((b) => areOpposites(a, b)));
}

// src/core/segment-facts.ts
var INDEXED_SENTENCES = 64;
var RANK = /^\d{1,3} /;
var idArena = new Int32Arena(1 << 14);
var ID_SCRATCH_MOST = 1 << 15;
var idScratch = new Int32Array(256);
var SegmentFacts = class {
  constructor(doc) {
    this.doc = doc;
    this.ids = new Array(doc.segments.length).fill(void 0);
  }
  doc;
  originals = /* @__PURE__ */ new Map();
  derived = /* @__PURE__ */ new Map();
  cache(segment) {
    let entry = this.derived.get(segment.id);
    if (!entry) this.derived.set(segment.id, entry = { compact: void 0, unranked: void 0, negations: void 0, numbers: void 0 });
    return entry;
  }
  /** The key without spaces, for words glued at element borders (no word holds a space: the words joined, and no key is made). */
  compact(segment) {
    const entry = this.cache(segment);
    return entry.compact ??= segment.fp.words.join("");
  }
  /** The key without a leading list number (`3 `). */
  unranked(segment) {
    const entry = this.cache(segment);
    return entry.unranked ??= segment.fp.key.replace(RANK, "");
  }
  negations(segment) {
    const entry = this.cache(segment);
    return entry.negations ??= segment.fp.words.filter(isNegation).length;
  }
  numbers(segment) {
    const entry = this.cache(segment);
    return entry.numbers ??= segment.fp.words.filter(isNumberWord).join(" ");
  }
  /** By segment id (an array: read for nearly every segment, and ids are dense). */
  ids;
  pairs = /* @__PURE__ */ new Map();
  /**
   * The segment's word hashes, in order (a sentence's are a view of its block's, from its first
   * word). Word hashes serve as word ids: shared with the shingle index, and a clash only lets
   * one more candidate through to verification.
   */
  hashes(segment) {
    const block = this.blockHashes(segment);
    return segment.sentence < 0 ? block : block.subarray(segment.firstWord, segment.firstWord + segment.fp.wordCount);
  }
  /**
   * The word hashes of the segment's block, which holds the segment's from `firstWord` on
   * (`fp.wordCount` of them): for callers that read them in place, as a view per call adds up.
   */
  blockHashes(segment) {
    return this.doc.blocks[segment.block].wordHashes;
  }
  /** The segment's distinct words as sorted integer ids (compact, and quick to intersect). */
  wordIds(segment) {
    let ids = this.ids[segment.id];
    if (!ids) {
      const count = segment.fp.wordCount;
      if (count > ID_SCRATCH_MOST) ids = sortedDistinct(this.hashes(segment).slice(), idArena);
      else {
        if (idScratch.length < count) idScratch = new Int32Array(Math.min(ID_SCRATCH_MOST, Math.max(count, 2 * idScratch.length)));
        const block = this.blockHashes(segment);
        for (let i = 0; i < count; i++) idScratch[i] = block[segment.firstWord + i];
        ids = sortedDistinct(idScratch.subarray(0, count), idArena);
      }
      this.ids[segment.id] = ids;
    }
    return ids;
  }
  sentenceIndexes = /* @__PURE__ */ new Map();
  /**
   * The sentences of a block worth comparing with `echo`, in order. A block of many sentences
   * (a whole page on one line) gets an index from word to sentences, and only the sentences
   * holding the echo's two rarest words there are returned: a twin holds nearly all its words.
   */
  sentencesSharingWords(model, echo) {
    if (model.sentences.length <= INDEXED_SENTENCES) return model.sentences;
    let index = this.sentenceIndexes.get(model.block.index);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const sentence of model.sentences) {
        for (const id of this.wordIds(sentence)) {
          const list = index.get(id);
          if (!list) index.set(id, [sentence.sentence]);
          else list.push(sentence.sentence);
        }
      }
      this.sentenceIndexes.set(model.block.index, index);
    }
    const postings = [...this.wordIds(echo)].map((id) => index.get(id) ?? []).sort((a, b) => a.length - b.length);
    const chosen = /* @__PURE__ */ new Set([...postings[0] ?? [], ...postings[1] ?? []]);
    return mapPacked([...chosen].sort((a, b) => a - b), (i) => model.sentences[i]);
  }
  /** The segment's adjacent word pairs, as numbers. */
  wordPairs(segment) {
    let pairs = this.pairs.get(segment.id);
    if (!pairs) {
      const ids = this.hashes(segment);
      pairs = /* @__PURE__ */ new Set();
      for (let i = 1; i < ids.length; i++) pairs.add(Math.imul(ids[i - 1], 2654435761) ^ ids[i]);
      this.pairs.set(segment.id, pairs);
    }
    return pairs;
  }
  /** The segment's words in their original case (aligned with `fp.words`). */
  originalWords(segment) {
    let words = this.originals.get(segment.id);
    if (!words) {
      const cased = wordsOf(segmentText(this.doc, segment), true);
      words = cased.length === segment.fp.wordCount ? cased : [...segment.fp.words];
      this.originals.set(segment.id, words);
    }
    return words;
  }
};

// src/core/similarity.ts
var left = new Uint16Array(256);
var right = new Uint16Array(256);
var leftLength = 0;
var rightLength = 0;
var asciiCounts = new Int32Array(1 << 14);
var keys = new Int32Array(1 << 10);
var counts = new Int32Array(1 << 10);
var stamps = new Int32Array(1 << 10);
var generation = 0;
function stripInto(text, units) {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!isWhitespace(unit)) units[length++] = unit;
  }
  return length;
}
function stripBoth(a, b) {
  if (a.length > left.length) left = new Uint16Array(a.length * 2);
  if (b.length > right.length) right = new Uint16Array(b.length * 2);
  leftLength = stripInto(a, left);
  rightLength = stripInto(b, right);
  if (leftLength !== rightLength) return false;
  for (let i = 0; i < leftLength; i++) if (left[i] !== right[i]) return false;
  return true;
}
function reserveTable(slots) {
  let bits = 10;
  while (1 << bits < slots) bits++;
  if (1 << bits > keys.length) {
    keys = new Int32Array(1 << bits);
    counts = new Int32Array(1 << bits);
    stamps = new Int32Array(1 << bits);
    generation = 0;
  }
  generation++;
  if (generation === 2147483647) {
    stamps.fill(0);
    generation = 1;
  }
  return bits;
}
function sharedBigrams(missBudget) {
  const leftBigrams = leftLength - 1;
  const rightBigrams = rightLength - 1;
  const bits = reserveTable(leftBigrams * 2);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (let i = 0; i < leftBigrams; i++) {
    const first = left[i];
    const second = left[i + 1];
    if ((first | second) < 128) {
      asciiCounts[first << 7 | second]++;
      continue;
    }
    const key = first << 16 | second;
    let slot = Math.imul(key, 2654435761) >>> shift;
    for (; ; ) {
      if (stamps[slot] !== generation) {
        stamps[slot] = generation;
        keys[slot] = key;
        counts[slot] = 1;
        break;
      }
      if (keys[slot] === key) {
        counts[slot]++;
        break;
      }
      slot = slot + 1 & mask;
    }
  }
  let shared = 0;
  let misses = 0;
  for (let i = 0; i < rightBigrams; i++) {
    const first = right[i];
    const second = right[i + 1];
    let hit = false;
    if ((first | second) < 128) {
      const slot = first << 7 | second;
      if (asciiCounts[slot] > 0) {
        asciiCounts[slot]--;
        hit = true;
      }
    } else {
      const key = first << 16 | second;
      let slot = Math.imul(key, 2654435761) >>> shift;
      while (stamps[slot] === generation) {
        if (keys[slot] === key) {
          if (counts[slot] > 0) {
            counts[slot]--;
            hit = true;
          }
          break;
        }
        slot = slot + 1 & mask;
      }
    }
    if (hit) shared++;
    else if (++misses > missBudget) break;
  }
  for (let i = 0; i < leftBigrams; i++) {
    const first = left[i];
    const second = left[i + 1];
    if ((first | second) < 128) asciiCounts[first << 7 | second] = 0;
  }
  return shared;
}
function dice(a, b) {
  if (stripBoth(a, b)) return 1;
  if (leftLength < 2 || rightLength < 2) return 0;
  const shared = sharedBigrams(rightLength);
  return 2 * shared / (leftLength + rightLength - 2);
}
function diceAtLeast(a, b, threshold) {
  if (stripBoth(a, b)) return 1 >= threshold;
  if (leftLength < 2 || rightLength < 2) return 0 >= threshold;
  if (diceBound(leftLength, rightLength) < threshold) return false;
  const denominator = leftLength + rightLength - 2;
  const ceiling = Math.min(leftLength, rightLength);
  let needed = threshold > 0 ? Math.min(ceiling, Math.max(0, Math.ceil(threshold * denominator / 2))) : 0;
  while (needed > 0 && 2 * (needed - 1) / denominator >= threshold) needed--;
  while (needed < ceiling && 2 * needed / denominator < threshold) needed++;
  const shared = sharedBigrams(rightLength - 1 - needed);
  return 2 * shared / denominator >= threshold;
}
function diceBound(lengthA, lengthB) {
  const low = Math.min(lengthA, lengthB);
  const high = Math.max(lengthA, lengthB);
  return high === 0 ? 1 : 2 * low / (low + high);
}

// src/core/find-words.ts
function findWords(haystack, needle, from = 0) {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
function findWordsByHash(haystack, needle, from = 0) {
  const { hashes: within } = haystack;
  const { hashes: sought } = needle;
  outer: for (let i = from; i + sought.length <= within.length; i++) {
    for (let j = 0; j < sought.length; j++) if (within[i + j] !== sought[j]) continue outer;
    if (findWords(haystack.words(), needle.words(), i) === i) return i;
  }
  return -1;
}

// src/core/list-entries.ts
function inOneList(doc, first, second) {
  const list = doc.blocks[first].block.list;
  return list !== void 0 && first !== second && doc.blocks[second].block.list === list;
}
function areParallelNotes(doc, first, second) {
  const a = doc.blocks[first].block;
  const b = doc.blocks[second].block;
  return a.item !== void 0 && b.item !== void 0 && a.item !== b.item && a.list === b.list;
}

// src/core/inline-names.ts
function namesOf(doc, segment) {
  const inline = doc.blocks[segment.block].block.inline;
  if (inline === void 0) return [];
  const { start, end } = segment.range;
  const names = [];
  let low = 0;
  let high = inline.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (inline[mid].start < start) low = mid + 1;
    else high = mid;
  }
  for (let at = low; at < inline.length && inline[at].start < end; at++) {
    const span = inline[at];
    if (span.end > end) continue;
    const name = span.reference === void 0 ? nameOf(doc.source.slice(span.start, span.end)) : referenceName(span.reference);
    if (name !== void 0) names.push(name);
  }
  return names;
}
var TARGET = /^\]\(\s*<?([^\s)>]+)/;
var HTML_LINK = /^<[a-z][^<>]*\s(?:href|src)\s*=\s*["']?([^"'\s>]+)/i;
function nameOf(written) {
  if (written.startsWith("`")) return { kind: "code", value: written.replace(/^`+|`+$/g, "").trim(), host: "" };
  const html = HTML_LINK.exec(written);
  if (html !== null) return targetOf(html[1]);
  if (AUTOLINK.test(written)) return targetOf(written.slice(1, -1));
  const closing = written.lastIndexOf("](");
  const address = closing >= 0 ? TARGET.exec(written.slice(closing))?.[1] : void 0;
  return address === void 0 ? void 0 : targetOf(address);
}
function referenceName(reference) {
  return "target" in reference ? targetOf(reference.target) : { kind: "reference", value: reference.label, host: "" };
}
function targetOf(address) {
  const lower = address.toLowerCase();
  const site = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/.exec(lower);
  const defaultPort = lower.startsWith("https:") ? ":443" : lower.startsWith("http:") ? ":80" : void 0;
  const bareHost = site === null ? "" : site[1].replace(/^www\./, "");
  const host = defaultPort !== void 0 && bareHost.endsWith(defaultPort) ? bareHost.slice(0, -defaultPort.length) : bareHost;
  const path = (site === null ? lower : lower.slice(site[0].length)).replace(/[?#].*$/, "").replace(/^\.?\/+|\/+$/g, "");
  return { kind: "link", value: path === "" ? lower : path, host };
}
function sameName(a, b) {
  if (a.kind !== b.kind || a.value !== b.value) return false;
  return a.host === b.host || a.host === "" || b.host === "";
}
function namesOtherThings(doc, first, second, within = false) {
  const ours = namesOf(doc, first);
  if (ours.length === 0) return false;
  const theirs = namesOf(doc, second);
  if (theirs.length === 0) return false;
  if (within) return !holdsRun(theirs, ours);
  if (ours.length !== theirs.length) return true;
  const left2 = [...theirs];
  const unmatched = [];
  for (const name of ours) {
    const at = left2.findIndex((other) => other.kind === name.kind && other.value === name.value && other.host === name.host);
    if (at < 0) unmatched.push(name);
    else left2.splice(at, 1);
  }
  for (const name of unmatched) {
    const at = left2.findIndex((other) => sameName(name, other));
    if (at < 0) return true;
    left2.splice(at, 1);
  }
  return false;
}
function holdsRun(list, run) {
  for (let start = 0; start + run.length <= list.length; start++) {
    if (run.every((name, i) => sameName(list[start + i], name))) return true;
  }
  return false;
}

// src/core/compare-segments.ts
var FUZZY_CONTAINMENT = 0.9;
var MIN_CONTAINED_WORDS = 5;
function missingWords(facts, a, b) {
  const present = new Set(b.fp.words);
  const original = facts.originalWords(a);
  const lower = [];
  const cased = [];
  a.fp.words.forEach((word, i) => {
    if (!present.has(word)) {
      lower.push(word);
      cased.push(original[i] ?? word);
    }
  });
  return { lower, original: cased };
}
function isQualifiedAt(facts, twin, at) {
  if (at === 0) return false;
  const before = twin.fp.words[at - 1];
  if (!isNegation(before) && !isQualifier(before)) return false;
  return !STARTS_UPPER.test(facts.originalWords(twin)[at] ?? "");
}
var HEADING_WORDS = 10;
function isRecased(facts, echo, twin, at) {
  if (echo.fp.wordCount >= HEADING_WORDS) return false;
  const own = facts.originalWords(echo);
  const there = facts.originalWords(twin);
  return own.some((word, i) => word !== there[at + i]);
}
function compareSegments(doc, facts, echo, twin, options) {
  const a = echo.fp;
  const b = twin.fp;
  const kindOf = (relation) => writtenAlike(doc, echo, twin) ? "exact" : relation === "contained" ? "contained" : "near";
  const spanOf = (start) => [twin.firstWord + start, twin.firstWord + start + a.wordCount];
  if (sameKey(facts, echo, twin)) {
    if (echo.sentence < 0 && twin.sentence < 0 && areParallelNotes(doc, echo.block, twin.block)) return void 0;
    if (namesOtherThings(doc, echo, twin)) return void 0;
    return { echo: echo.id, twin: twin.id, relation: "equal", kind: kindOf("equal"), score: 1, span: spanOf(0) };
  }
  if (echo.evidence !== "full") return void 0;
  const fuzzy = options.threshold < 1;
  if (fuzzy && (sameUnranked(facts, echo, twin) || a.letters === b.letters && facts.compact(echo) === facts.compact(twin)) && !namesOtherThings(doc, echo, twin)) {
    return { echo: echo.id, twin: twin.id, relation: "equal", kind: "near", score: 1, span: spanOf(0) };
  }
  if (inOneList(doc, echo.block, twin.block)) return void 0;
  const containable = b.wordCount > a.wordCount && a.wordCount >= MIN_CONTAINED_WORDS;
  if (containable) {
    const at = findWords(b.words, a.words);
    if (at >= 0) {
      if (isRecased(facts, echo, twin, at) || splitsNumber(doc, echo, twin, at) || namesOtherThings(doc, echo, twin, true)) return void 0;
      if (isQualifiedAt(facts, twin, at)) return void 0;
      return { echo: echo.id, twin: twin.id, relation: "contained", kind: "contained", score: 1, span: spanOf(at) };
    }
  }
  if (!fuzzy) return void 0;
  if (containable && facts.compact(twin).includes(facts.compact(echo)) && !splitsNumber(doc, echo, twin) && !namesOtherThings(doc, echo, twin, true)) {
    return { echo: echo.id, twin: twin.id, relation: "contained", kind: "contained", score: 1, span: void 0 };
  }
  if (containable && a.wordCount >= HEADING_WORDS) {
    const pairs = facts.wordPairs(echo);
    const inTwin = facts.wordPairs(twin);
    let shared = 0;
    for (const pair of pairs) if (inTwin.has(pair)) shared++;
    if (shared >= FUZZY_CONTAINMENT * pairs.size) {
      const missing = missingWords(facts, echo, twin);
      const edges = [a.words[0], a.words[a.words.length - 1]];
      const teaser = TEASER_END.test(segmentText(doc, echo));
      const cutShort = edges.some((word) => missing.lower.includes(word)) && !teaser;
      const says = () => !losesSentence(doc, echo, missing.lower) && !swapsOneWordInside(a.words, b.words, missing.lower) && (teaser || !swapsWordsInside(a.words, b.words)) && !changesMeaning(missing.lower, missing.original) && !changesMeaningWhereHeld(echo, twin) && !namesOtherThings(doc, echo, twin, true);
      if (!cutShort && says()) {
        return { echo: echo.id, twin: twin.id, relation: "contained", kind: "contained", score: 1, span: void 0 };
      }
    }
  }
  if (diceAtLeast(a.norm, b.norm, options.threshold) && !differsInMeaning(facts, echo, twin) && !namesOtherThings(doc, echo, twin)) {
    const score = dice(a.norm, b.norm);
    return { echo: echo.id, twin: twin.id, relation: "near", kind: "near", score, span: [twin.firstWord, twin.firstWord + b.wordCount] };
  }
  return void 0;
}
var TEASER_END = new RegExp("(?:\\u2026|\\.\\.\\.)[\\s\\p{P}]*(?:\\p{L}+[\\s\\p{P}]*){0,3}$", "u");
function losesSentence(doc, echo, missing) {
  if (echo.sentence >= 0 || missing.length === 0) return false;
  const lacked = new Set(missing);
  return doc.blocks[echo.block].sentences.some((sentence) => {
    const words = new Set(sentence.fp.words);
    let lost = 0;
    for (const word of words) if (lacked.has(word)) lost++;
    return 2 * lost >= words.size && lost > 0;
  });
}
function writtenAlike(doc, a, b) {
  const first = doc.source.slice(a.range.start, a.range.end);
  const second = doc.source.slice(b.range.start, b.range.end);
  if (first === second) return true;
  const markdown = doc.blocks[a.block].block.inline !== void 0;
  return markdown && first.replace(EDGE_EMPHASIS, "") === second.replace(EDGE_EMPHASIS, "");
}
var EDGE_EMPHASIS = /^[*_~]+|[*_~]+$/g;
function sameKey(facts, a, b) {
  const count = a.fp.wordCount;
  if (count !== b.fp.wordCount) return false;
  const left2 = facts.blockHashes(a);
  const right2 = facts.blockHashes(b);
  for (let i = 0; i < count; i++) if (left2[a.firstWord + i] !== right2[b.firstWord + i]) return false;
  const ours = a.fp.words;
  const theirs = b.fp.words;
  for (let i = 0; i < ours.length; i++) if (ours[i] !== theirs[i]) return false;
  return true;
}
var DIGIT_GROUP_SEPARATOR = `[,.'\u2019\xA0\u202F]`;
function splitsNumber(doc, echo, twin, at) {
  const words = echo.fp.words;
  const first = words[0];
  const last = words[words.length - 1];
  const there = twin.fp.words;
  const before = at === void 0 ? "\\d+" : at > 0 && isDigits(there[at - 1]) ? there[at - 1] : void 0;
  const after = at === void 0 ? "\\d+" : at + words.length < there.length && isDigits(there[at + words.length]) ? there[at + words.length] : void 0;
  const startSplit = isDigits(first) && before !== void 0;
  const endSplit = isDigits(last) && after !== void 0;
  if (!startSplit && !endSplit) return false;
  const text = segmentText(doc, twin);
  if (startSplit && new RegExp(`(?<!\\d)${before}${DIGIT_GROUP_SEPARATOR}${first}(?!\\d)`).test(text)) return true;
  return endSplit && new RegExp(`(?<!\\d)${last}${DIGIT_GROUP_SEPARATOR}${after}(?!\\d)`).test(text);
}
var isDigits = (word) => /^\d+$/.test(word);
function sameUnranked(facts, a, b) {
  if (startsWithDigit(a.fp.words) && facts.unranked(a) === b.fp.key) return true;
  return startsWithDigit(b.fp.words) && facts.unranked(b) === a.fp.key;
}
var startsWithDigit = (words) => {
  const code = words.length > 0 ? words[0].charCodeAt(0) : 0;
  return code >= 48 && code <= 57;
};
function changesMeaningWhereHeld(echo, twin) {
  const own = /* @__PURE__ */ new Map();
  let left2 = 0;
  for (const word of echo.fp.words) {
    if (!isNegation(word) && !isNumberWord(word)) continue;
    own.set(word, (own.get(word) ?? 0) + 1);
    left2++;
  }
  const words = twin.fp.words;
  const [first, last] = heldSpan(echo.fp.words, words);
  if (first < 0 || last < first) return false;
  for (let i = first; i <= last; i++) {
    const word = words[i];
    if (!isNegation(word) && !isNumberWord(word)) continue;
    const count = own.get(word) ?? 0;
    if (count === 0) return true;
    own.set(word, count - 1);
    left2--;
  }
  return left2 > 0;
}
function heldSpan(echo, twin) {
  const n = echo.length;
  let first = -1;
  for (let i = 0; i + 1 < twin.length && first < 0; i++) if (twin[i] === echo[0] && twin[i + 1] === echo[1]) first = i;
  let last = -1;
  for (let i = twin.length - 1; i > 0 && last < 0; i--) if (twin[i] === echo[n - 1] && twin[i - 1] === echo[n - 2]) last = i;
  return [first >= 0 ? first : twin.indexOf(echo[0]), last >= 0 ? last : twin.lastIndexOf(echo[n - 1])];
}
function negationsInPlace(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (!isNegation(a[i])) continue;
    const before = i > 0 && b.has(`${a[i - 1]} ${a[i]}`);
    const after = i + 1 < a.length && b.has(`${a[i]} ${a[i + 1]}`);
    if (!before && !after) return false;
  }
  return true;
}
function negationPairs(words) {
  const pairs = /* @__PURE__ */ new Set();
  for (let i = 0; i < words.length; i++) {
    if (!isNegation(words[i])) continue;
    if (i > 0) pairs.add(`${words[i - 1]} ${words[i]}`);
    if (i + 1 < words.length) pairs.add(`${words[i]} ${words[i + 1]}`);
  }
  return pairs;
}
function differsInMeaning(facts, a, b) {
  const onlyA = missingWords(facts, a, b);
  const onlyB = missingWords(facts, b, a);
  if (changesMeaning(onlyA.lower, onlyA.original) || changesMeaning(onlyB.lower, onlyB.original)) return true;
  if (hasOpposites(onlyA.lower, onlyB.lower)) return true;
  if (onlyA.lower.length === 1 && onlyB.lower.length === 1 && swapsOneWord(a.fp.words, b.fp.words)) return true;
  if (swapsWords(a.fp.words, b.fp.words)) return true;
  const [shorter, longer] = a.fp.wordCount <= b.fp.wordCount ? [a, b] : [b, a];
  if (shorter.fp.wordCount < longer.fp.wordCount && swapsWordsInside(shorter.fp.words, longer.fp.words)) return true;
  if (facts.negations(a) !== facts.negations(b) || facts.numbers(a) !== facts.numbers(b)) return true;
  if (facts.negations(a) === 0) return false;
  return !negationsInPlace(a.fp.words, negationPairs(b.fp.words)) || !negationsInPlace(b.fp.words, negationPairs(a.fp.words));
}

// src/core/match.ts
var CANDIDATE_OVERLAP = 0.6;
function overlapsEnough(echo, other) {
  const needed = CANDIDATE_OVERLAP * echo.length;
  let shared = 0;
  for (let i = 0, j = 0; i < echo.length && j < other.length; ) {
    if (echo[i] === other[j]) {
      shared++;
      i++;
      j++;
    } else if (echo[i] < other[j]) i++;
    else j++;
  }
  return shared >= needed;
}
function findMatches(doc, options) {
  const facts = new SegmentFacts(doc);
  const candidates = new CandidateFinder(doc, facts);
  const result = /* @__PURE__ */ new Map();
  for (const echo of doc.segments) {
    if (echo.evidence === "none") continue;
    const matches = [];
    const section = doc.blocks[echo.block].block.section;
    for (const blockIndex of candidates.blocksFor(echo)) {
      const model = doc.blocks[blockIndex];
      if (model.block.section !== section) continue;
      if (blockIndex !== echo.block && !overlapsEnough(facts.wordIds(echo), facts.wordIds(model.whole))) continue;
      matches.push(...matchesInBlock(doc, facts, echo, model, options));
    }
    if (matches.length > 0) result.set(echo.id, matches);
  }
  addReverseNearMatches(doc, result);
  return result;
}
function addReverseNearMatches(doc, result) {
  const reverses = [];
  for (const list of result.values()) {
    for (const match of list) {
      if (match.relation !== "near") continue;
      if (result.get(match.twin)?.some((m) => m.twin === match.echo)) continue;
      const twin = doc.segments[match.echo];
      reverses.push({ ...match, echo: match.twin, twin: match.echo, span: [twin.firstWord, twin.firstWord + twin.fp.wordCount] });
    }
  }
  for (const reverse of reverses) {
    const list = result.get(reverse.echo);
    if (list === void 0) result.set(reverse.echo, [reverse]);
    else list.push(reverse);
  }
}
var MAX_TWINS_PER_BLOCK = 32;
function boundedTwins(twins) {
  if (twins.length <= MAX_TWINS_PER_BLOCK) return twins;
  const half = MAX_TWINS_PER_BLOCK / 2;
  return [...twins.slice(0, half), ...twins.slice(twins.length - half)];
}
function matchesInBlock(doc, facts, echo, model, options) {
  const sameBlock = model.block.index === echo.block;
  if (sameBlock && echo.sentence < 0) return [];
  const found = [];
  const sentenceTwins = echo.sentence >= 0 || echo.fp.wordCount >= MIN_CONTAINED_WORDS;
  const words = facts.wordIds(echo);
  const twins = [];
  if (sentenceTwins) {
    for (const twin of facts.sentencesSharingWords(model, echo)) {
      if (sameBlock && twin.sentence >= echo.sentence) break;
      if (overlapsEnough(words, facts.wordIds(twin))) twins.push(twin);
    }
  }
  for (const twin of boundedTwins(twins)) {
    const match = compareSegments(doc, facts, echo, twin, options);
    if (match) found.push(match);
  }
  if (sameBlock || found.some((m) => m.relation === "equal")) return found;
  const whole = compareSegments(doc, facts, echo, model.whole, options);
  if (!whole) return found;
  const exactInSentence = found.some((m) => m.relation === "contained" && m.span !== void 0);
  const onlyNear = echo.sentence < 0 && found.every((m) => m.relation === "near");
  if (found.length === 0 || onlyNear || whole.span && whole.relation !== "near" && !exactInSentence) {
    found.unshift(whole);
  }
  return found;
}

// src/core/missing-phrase.ts
var MAX_MISSING_RUN = 3;
function hasMissingPhrase(words, there) {
  let run = 0;
  for (const word of words) {
    if (!there.has(word)) {
      if (++run > MAX_MISSING_RUN) return true;
    } else if (word.length > 3) run = 0;
  }
  return false;
}

// src/core/find-aggregates.ts
var LEFTOVER_WORDS = 2;
var MAX_TRUNCATED_TAIL_WORDS = 25;
var MAX_RUN_BLOCKS = 200;
var SHORT_BLOCKS_PAST_RUN = 2;
function findAggregates(doc, matches, protectTitle) {
  const finder = new AggregateFinder(doc, matches);
  const found = /* @__PURE__ */ new Map();
  const candidates = finder.candidates();
  const order = [...candidates.keys()].filter((block) => doc.blocks[block].whole.evidence === "full" && !(protectTitle && block === 0)).sort((a, b) => doc.blocks[a].whole.fp.wordCount - doc.blocks[b].whole.fp.wordCount || a - b);
  for (const block of order) {
    const whole = doc.blocks[block].whole;
    const spans = candidates.get(block).filter(
      (span) => Math.abs(span.piece - block) <= MAX_RUN_BLOCKS && !found.has(span.piece) && !(protectTitle && finder.isTitleOrItsEcho(span.piece)) && !inOneList(doc, span.piece, block)
    );
    const after = finder.cover(whole, spans.filter((s) => s.piece > block), true, found);
    const before = after ? void 0 : finder.cover(whole, spans.filter((s) => s.piece < block), false, found);
    const pieces = after ?? before;
    if (!pieces) continue;
    const firstPiece = whole.block === pieces[0] ? pieces[1] : pieces[0];
    const matched = spans.find((span) => span.piece === firstPiece)?.match;
    const firstMatch = matched ?? { echo: doc.blocks[firstPiece].whole.id, twin: whole.id, relation: "contained", kind: "contained", score: 0, span: void 0 };
    found.set(block, { block, pieces, firstMatch });
  }
  for (const block of [...found.keys()]) {
    if (finder.isHeldWhole(doc.blocks[block].whole, found)) found.delete(block);
  }
  return found;
}
var AggregateFinder = class {
  constructor(doc, matches) {
    this.doc = doc;
    this.matches = matches;
  }
  doc;
  matches;
  /**
   * Whether a later block that is no aggregate holds all of this one and more. A copy with the
   * same words does not count: the planner keeps the first of two copies, so the later one
   * would go and leave this block an aggregate again on the next run.
   */
  isHeldWhole(whole, aggregates) {
    return (this.matches.get(whole.id) ?? []).some((m) => {
      const holder = this.blockOf(m.twin);
      if (m.relation !== "contained" || holder <= whole.block || aggregates.has(holder)) return false;
      return this.doc.blocks[holder].whole.fp.wordCount >= whole.fp.wordCount;
    });
  }
  /** Whether `twin` is `segment` cut short: truncated (`…`) where the segment is not. */
  isCutShortOf(twin, segment) {
    const text = (s) => this.doc.text.slice(s.range.start, s.range.end);
    return isTruncated(text(twin)) && !isTruncated(text(segment));
  }
  isTitleOrItsEcho(block) {
    if (block === 0) return true;
    return (this.matches.get(this.doc.blocks[block].whole.id) ?? []).some((m) => this.blockOf(m.twin) === 0);
  }
  blockOf(id) {
    return this.doc.segments[id].block;
  }
  /** For each block, the places inside it where other blocks' text stands. */
  candidates() {
    const spans = /* @__PURE__ */ new Map();
    const add = (block, span) => {
      let list = spans.get(block);
      if (!list) spans.set(block, list = []);
      list.push(span);
    };
    for (const model of this.doc.blocks) {
      for (const match of this.matches.get(model.whole.id) ?? []) {
        const host = this.blockOf(match.twin);
        if (!match.span || match.span[1] - match.span[0] >= this.doc.blocks[host].whole.fp.wordCount) continue;
        add(host, { piece: model.block.index, match, span: match.span });
      }
    }
    for (const model of this.doc.blocks) {
      if (!model.sentences.some((sentence) => this.matches.has(sentence.id))) continue;
      const containers = new Set((this.matches.get(model.whole.id) ?? []).map((m) => this.blockOf(m.twin)));
      for (const sentence of model.sentences) {
        const match = (this.matches.get(sentence.id) ?? []).find((m) => {
          const other = this.blockOf(m.twin);
          if (other === model.block.index || containers.has(other)) return false;
          if (m.relation !== "near") return true;
          const twin = this.doc.segments[m.twin];
          return !this.isCutShortOf(twin, sentence) && !hasMissingPhrase(sentence.fp.words, new Set(twin.fp.words));
        });
        if (!match) continue;
        const span = [sentence.firstWord, sentence.firstWord + sentence.fp.wordCount];
        add(model.block.index, { piece: this.blockOf(match.twin), match, span });
      }
    }
    return spans;
  }
  /**
   * The pieces that cover a block, nearest first, when they cover all of it but a few words
   * and follow one another; `undefined` otherwise.
   */
  cover(whole, spans, after, aggregates) {
    if (spans.length === 0) return void 0;
    const distance = (span) => Math.abs(span.piece - whole.block);
    const nearestFirst = [...spans].sort((a, b) => distance(a) - distance(b) || a.piece - b.piece);
    const farthestFirst = [...spans].sort((a, b) => distance(b) - distance(a) || b.piece - a.piece);
    return this.coverInOrder(whole, nearestFirst, after, aggregates) ?? (spans.length > 1 ? this.coverInOrder(whole, farthestFirst, after, aggregates) : void 0);
  }
  coverInOrder(whole, ordered, after, aggregates) {
    const covered = new Uint8Array(whole.fp.wordCount);
    const pieces = /* @__PURE__ */ new Set();
    for (const { piece, span } of ordered) {
      if (covered.subarray(span[0], span[1]).every((bit) => bit === 1)) continue;
      covered.fill(1, span[0], span[1]);
      pieces.add(piece);
    }
    this.coverWithShortBlocks(whole, pieces, covered, after, aggregates);
    if (after) this.coverTruncatedTail(whole, pieces, covered);
    const uncovered = covered.length - covered.reduce((sum, bit) => sum + bit, 0);
    if (pieces.size < 2 || uncovered > LEFTOVER_WORDS || !this.isRun(pieces)) return void 0;
    return [...pieces].sort((a, b) => a - b);
  }
  /**
   * Short blocks around the pieces (a time stamp, a one-word list item, a photo credit) are
   * too short to be evidence alone, but next to a run of pieces they are parts of it too.
   */
  coverWithShortBlocks(whole, pieces, covered, after, aggregates) {
    const sorted = [...pieces].sort((a, b) => a - b);
    if (sorted.length === 0 && !after) return;
    const lastPiece = sorted[sorted.length - 1] ?? whole.block;
    const first = after ? whole.block + 1 : Math.max(0, sorted[0] - SHORT_BLOCKS_PAST_RUN);
    const last = after ? Math.min(this.doc.blocks.length - 1, lastPiece + SHORT_BLOCKS_PAST_RUN) : whole.block - 1;
    for (let index = first; index <= last; index++) {
      if (!pieces.has(index) && !aggregates.has(index)) this.coverWithBlock(whole, index, covered, pieces);
    }
    if (after) {
      const end = Math.min(this.doc.blocks.length, whole.block + MAX_RUN_BLOCKS);
      for (let index = last + 1; index < end; index++) {
        if (!aggregates.has(index) && !this.coverWithBlock(whole, index, covered, pieces, true)) break;
      }
    }
  }
  /**
   * A description cut short ends in the first words of a later paragraph ("It later reverted
   * to the name …"): too few words to be evidence alone, but part of the aggregate when the
   * run holds them.
   */
  coverTruncatedTail(whole, pieces, covered) {
    if (pieces.size === 0 || !isTruncated(this.doc.text.slice(whole.range.start, whole.range.end))) return;
    let start = covered.length;
    while (start > 0 && covered[start - 1] === 0) start--;
    const tail = whole.fp.words.slice(start);
    if (tail.length === 0 || tail.length > MAX_TRUNCATED_TAIL_WORDS) return;
    const last = Math.max(...pieces);
    for (let index = Math.min(...pieces); index <= last + SHORT_BLOCKS_PAST_RUN && index < this.doc.blocks.length; index++) {
      if (index !== whole.block && findWords(this.doc.blocks[index].whole.fp.words, tail) >= 0) {
        covered.fill(1, start);
        pieces.add(index);
        return;
      }
    }
  }
  /** Marks where block `index` stands inside the aggregate; false when it is not there. */
  coverWithBlock(whole, index, covered, pieces, nested = false) {
    const part = this.doc.blocks[index];
    const count = part.whole.fp.wordCount;
    if (count === 0 || count >= whole.fp.wordCount) return false;
    const haystack = { hashes: this.doc.blocks[whole.block].wordHashes, words: () => whole.fp.words };
    const needle = { hashes: part.wordHashes, words: () => part.whole.fp.words };
    let inside = false;
    for (let at = findWordsByHash(haystack, needle); at >= 0; at = findWordsByHash(haystack, needle, at + 1)) {
      inside = true;
      if (covered[at]) continue;
      covered.fill(1, at, at + count);
      pieces.add(index);
      return true;
    }
    if (inside && nested) pieces.add(index);
    return inside && nested;
  }
  /**
   * Whether the pieces follow one another: at most one block in three between them is new
   * prose (a caption may interrupt a run of paragraphs; pull quotes are scattered).
   */
  isRun(pieces) {
    if (pieces.size === 0) return false;
    const sorted = [...pieces].sort((a, b) => a - b);
    let gaps = 0;
    for (let index = sorted[0]; index <= sorted[sorted.length - 1]; index++) {
      if (pieces.has(index)) continue;
      const whole = this.doc.blocks[index].whole;
      if (whole.evidence === "full" && !this.matches.has(whole.id)) gaps++;
    }
    return gaps * 3 < pieces.size;
  }
};

// src/core/links-in.ts
var LINK_OPENING = /^(?:!?\[|<[a-z][a-z0-9+.-]*:|<[^\s<>@]+@)/i;
function linksIn(doc, segment) {
  const spans = doc.blocks[segment.block].block.inline;
  if (spans === void 0) return 0;
  let links = 0;
  for (const span of spans) {
    if (span.start < segment.range.start || span.end > segment.range.end) continue;
    if (LINK_OPENING.test(doc.source.slice(span.start, span.end))) links++;
  }
  return links;
}

// src/core/merge.ts
var MIN_CUT_WORDS = 6;
var MIN_STUTTER_WORDS = 5;
var MIN_CONTAINED_CUT_WORDS = 10;
var MAX_MISSING_SHARE = 0.25;
var LEAD_BLOCKS = 3;
var PARENTHESIZED = /^\s*[([].*[)\]]\s*$/su;
var NO_SUMMARIES = /* @__PURE__ */ new Set();
var FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;
var RUN_IN_HEADING_WORDS = 10;
function opensWith(words, opening) {
  if (opening.length === 0 || opening.length > words.length) return false;
  for (let i = 0; i < opening.length; i++) if (words[i] !== opening[i]) return false;
  return true;
}
var QUESTION_END = /[?\uff1f\u061f]["'\u2019\u201d)\]*_]*\s*$/u;
var TERM_REACH = 48;
var TERM = /^\s*(`[^`\n]+`|[\p{L}\p{N}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,3})\s*:(?:\s|$)/u;
function plan(doc, matches, options) {
  return new Planner(doc, matches, options).run();
}
var Planner = class {
  constructor(doc, matches, options) {
    this.doc = doc;
    this.matches = matches;
    this.options = options;
  }
  doc;
  matches;
  options;
  removed = /* @__PURE__ */ new Set();
  aggregates = /* @__PURE__ */ new Set();
  aggregatePieces = /* @__PURE__ */ new Map();
  cuts = /* @__PURE__ */ new Map();
  decisions = /* @__PURE__ */ new Map();
  /** Head blocks that summarise the body (see `findSummaries`); none when sentences are not cut. */
  summaries = /* @__PURE__ */ new Set();
  /** Blocks put back by the safety net and then considered for sentence cuts. */
  reconsidered = /* @__PURE__ */ new Set();
  /** Per block, the blocks with a sentence matched to its text (see `blocksRepeating`); built when first needed. */
  repeatingBlocks;
  run() {
    if (this.options.unit !== "sentence") this.removeAggregates();
    if (this.options.unit !== "paragraph") {
      for (let index = 0; index < this.doc.blocks.length; index++) {
        if (!this.aggregates.has(index)) this.considerSentences(index, NO_SUMMARIES, true);
      }
    }
    for (let index = 0; index < this.doc.blocks.length; index++) {
      if (!this.aggregates.has(index)) this.considerBlock(index);
    }
    if (this.options.unit !== "paragraph") {
      this.summaries = this.findSummaries();
      for (let index = 0; index < this.doc.blocks.length; index++) {
        if (!this.removed.has(index) && !this.summaries.has(index)) this.considerSentences(index, this.summaries);
      }
      for (const index of this.summaries) this.trimSummary(index);
    }
    this.keepOrphanedTwins();
    if (this.options.unit !== "paragraph" && this.removeCoveredRemainders()) this.keepOrphanedTwins();
    const decisions = [...this.decisions.values()].sort((a, b) => a.echo.range.start - b.echo.range.start);
    return { removedBlocks: this.removed, cutSentences: this.cuts, decisions };
  }
  segment(id) {
    return this.doc.segments[id];
  }
  matchesOf(segment) {
    return this.matches.get(segment.id) ?? [];
  }
  /** Whether the twin's place is still in the text, all of it. */
  isKept(segment) {
    if (this.removed.has(segment.block)) return false;
    const cut = this.cuts.get(segment.block);
    if (!cut || cut.size === 0) return true;
    return segment.sentence >= 0 && !cut.has(segment.sentence);
  }
  /**
   * Whether a match's twin still holds its echo: the twin stays whole, or it is a block known
   * to hold the echo in a span of its words (see `Match.span`) and only sentences outside that
   * span are cut. A heading found in a paragraph whose teaser tail is cut is still there.
   */
  holdsEcho(match) {
    const twin = this.segment(match.twin);
    if (this.isKept(twin)) return true;
    if (twin.sentence >= 0 || match.span === void 0 || this.removed.has(twin.block)) return false;
    const cut = this.cuts.get(twin.block);
    return sentencesTouching(this.doc.blocks[twin.block], match.span).every((sentence) => !cut?.has(sentence.sentence));
  }
  /** Whether a block is the scrape's title line: the first block, one sentence long. */
  isTitle(block) {
    return this.options.protectTitle && block === 0 && this.doc.blocks.length > 0 && !this.isMultiSentence(0);
  }
  isMultiSentence(block) {
    return this.doc.blocks[block].sentences.length > 1;
  }
  /** Removes the blocks that only concatenate other blocks (see `findAggregates`). */
  removeAggregates() {
    for (const aggregate of findAggregates(this.doc, this.matches, this.isTitle(0)).values()) {
      const whole = this.doc.blocks[aggregate.block].whole;
      const twin = this.doc.blocks[aggregate.pieces[0]].whole;
      const match = { ...aggregate.firstMatch, echo: whole.id, twin: twin.id, relation: "contained", kind: "contained" };
      this.aggregates.add(aggregate.block);
      this.aggregatePieces.set(aggregate.block, aggregate.pieces);
      this.removed.add(aggregate.block);
      this.decisions.set(whole.id, { echo: whole, match, unit: "paragraph", rule: "aggregate", supports: [] });
    }
  }
  /** Whether `twin` should survive when `echo` (a whole block) repeats it. */
  outranks(match, echo, twin) {
    const [echoNotes, twinNotes] = [this.footnotesOf(echo), this.footnotesOf(twin)];
    if (echoNotes.some((note) => !twinNotes.includes(note))) return false;
    if (linksIn(this.doc, echo) > linksIn(this.doc, twin)) return false;
    if (this.isElaboratedItem(echo, twin)) return false;
    if (match.relation === "contained") return true;
    if (match.relation === "near" && this.lacksPartOf(echo, twin)) return false;
    if (twinNotes.some((note) => !echoNotes.includes(note))) return true;
    if (twin.sentence >= 0) {
      const shorter = twin.fp.wordCount < echo.fp.wordCount;
      return !shorter || !isCutShort(segmentText(this.doc, twin)) || isCutShort(segmentText(this.doc, echo));
    }
    if (match.relation === "equal") return twin.block < echo.block;
    const echoText = segmentText(this.doc, echo);
    const twinText = segmentText(this.doc, twin);
    if (isTruncated(echoText) !== isTruncated(twinText)) return isTruncated(echoText);
    const echoWords = new Set(echo.fp.words);
    const twinWords = new Set(twin.fp.words);
    if (twinWords.size > echoWords.size && [...echoWords].every((w) => twinWords.has(w))) return true;
    if (echoWords.size > twinWords.size && [...twinWords].every((w) => echoWords.has(w))) return false;
    return twin.block < echo.block;
  }
  /**
   * Whether `item` is a whole Markdown list item that a longer block outside a list after it
   * opens with and goes on from (`- Builds finish in a second.`, then `Builds finish in a
   * second. The cache lives in …`): docs list, then explain. Neither is an echo of the other:
   * the list would lose an entry, or the explanation its opening. An item after its twin (a
   * pull quote set as a list), or cut short (a teaser of the paragraph), is still an echo.
   */
  isElaboratedItem(item, other) {
    const list = this.doc.blocks[item.block].block;
    const prose = this.doc.blocks[other.block];
    if (list.inline === void 0 || list.kind !== "list-item" || prose.block.kind === "list-item" || item.block > other.block) return false;
    if (item.sentence >= 0 || !opensWith(prose.whole.fp.words, item.fp.words)) return false;
    const goesOn = prose.sentences.length > 0 ? prose.sentences.some((sentence) => sentence.fp.key !== item.fp.key && !this.matches.has(sentence.id)) : prose.whole.fp.wordCount > item.fp.wordCount;
    return goesOn && !isCutShort(segmentText(this.doc, item));
  }
  /**
   * Whether a block is the heading of the paragraph right after it, which opens with its words
   * (`What happens next for the bridge`, then `What happens next for the bridge depends on a
   * vote …`): a heading-sized line with no sentence end, not a copy of the paragraph's start.
   */
  isRunInHeading(block, twin) {
    const heading = this.doc.blocks[block].whole;
    if (twin !== block + 1 || heading.fp.wordCount >= RUN_IN_HEADING_WORDS) return false;
    if (SENTENCE_END.test(segmentText(this.doc, heading)) || isTruncated(segmentText(this.doc, heading))) return false;
    return opensWith(this.doc.blocks[twin].whole.fp.words, heading.fp.words);
  }
  /**
   * Whether two blocks answer two different questions, each the block right before it (`Q:
   * Will the bridge open on time?` / `A: We are confident it will.`): an interview or an FAQ
   * may give one answer twice, and without its copy a question goes unanswered.
   */
  answersOtherQuestions(first, second) {
    const asks = (block) => QUESTION_END.test(segmentText(this.doc, this.doc.blocks[block].whole));
    const unique = (block) => {
      const model = this.doc.blocks[block];
      return !this.matches.has(model.whole.id) && !model.sentences.some((sentence) => this.matches.has(sentence.id));
    };
    const question = (block) => block > 0 && block - 1 !== first && block - 1 !== second && !asks(block) && asks(block - 1) && unique(block - 1) ? this.doc.blocks[block - 1].whole : void 0;
    const [a, b] = [question(first), question(second)];
    return a !== void 0 && b !== void 0 && a.fp.key !== b.fp.key;
  }
  /** The footnote references (`[^1]`) a Markdown segment cites, as written; none in plain text. */
  footnotesOf(segment) {
    if (this.doc.blocks[segment.block].block.inline === void 0) return [];
    return this.doc.source.slice(segment.range.start, segment.range.end).match(FOOTNOTE_REFERENCE) ?? [];
  }
  /**
   * Whether `twin` lacks more than a few of the distinct words of `echo`, or of one of its
   * sentences. The words are looked for in the twin itself, not elsewhere in its block: the
   * guards (numbers, negations) only saw the twin, and a sentence the twin lacks would be lost
   * even when it is a small share of a long echo.
   */
  lacksPartOf(echo, twin) {
    const there = new Set(twin.fp.words);
    const missingOf = (segment) => {
      const words = new Set(segment.fp.words);
      let missing = 0;
      for (const word of words) if (!there.has(word)) missing++;
      return { missing, size: words.size };
    };
    const tooMany = (missing, size) => missing > Math.max(LEFTOVER_WORDS, MAX_MISSING_SHARE * size);
    const lacksSentence = (sentence) => {
      const { missing, size } = missingOf(sentence);
      return tooMany(missing, size) || missing >= 1 && 2 * missing >= size;
    };
    const whole = missingOf(echo);
    return tooMany(whole.missing, whole.size) || hasMissingPhrase(echo.fp.words, there) || echo.sentence < 0 && this.doc.blocks[echo.block].sentences.some(lacksSentence);
  }
  considerBlock(index) {
    const model = this.doc.blocks[index];
    const whole = model.whole;
    if (!this.matches.has(whole.id) && !model.sentences.some((sentence) => this.matches.has(sentence.id))) return;
    const usable = (match) => {
      const twin = this.segment(match.twin);
      if (twin.block === index || this.aggregates.has(twin.block) || !this.holdsEcho(match)) return false;
      if (this.isTitle(index) && twin.block > index) return false;
      if (this.answersOtherQuestions(index, twin.block) || this.isRunInHeading(index, twin.block)) return false;
      return this.outranks(match, whole, twin);
    };
    if (whole.evidence !== "none" && (this.options.unit !== "sentence" || !this.isMultiSentence(index))) {
      const best = pickBest(this.matchesOf(whole).filter(usable));
      if (best) {
        this.removeBlock(whole, best, best.relation === "contained" ? "contained" : "repeat", [best]);
        return;
      }
    }
    if (!this.isMultiSentence(index)) return;
    if (this.isTitle(index)) return;
    const outranked = new Set(
      this.matchesOf(whole).filter((m) => this.segment(m.twin).sentence < 0 && !this.outranks(m, whole, this.segment(m.twin))).map((m) => this.segment(m.twin).block)
    );
    const covering = this.coverSentences(index, model.sentences, (twin) => !outranked.has(twin.block));
    const first = covering?.[0];
    if (first) this.removeBlock(whole, { ...first, echo: whole.id }, "repeat", covering);
  }
  /**
   * For each of the sentences, its best twin inside a larger kept block (not its own, nor an
   * aggregate) that `usable` accepts; undefined when a sentence of more than a few words has none.
   */
  coverSentences(index, sentences, usable) {
    const covering = [];
    for (const sentence of sentences) {
      const match = pickBest(
        this.matchesOf(sentence).filter((m) => {
          const twin = this.segment(m.twin);
          if (twin.block === index || this.aggregates.has(twin.block) || !usable(twin, m)) return false;
          if (linksIn(this.doc, sentence) > linksIn(this.doc, twin)) return false;
          return this.isKept(twin) && this.isLarger(twin, sentence);
        })
      );
      if (match) covering.push(match);
      else if (isAttribution(segmentText(this.doc, sentence), sentence.fp.wordCount)) continue;
      else if (sentence.fp.wordCount > LEFTOVER_WORDS || isShortProse(segmentText(this.doc, sentence), sentence.fp.wordCount)) return void 0;
    }
    return covering;
  }
  /**
   * Whether a sentence and its twin both end blocks of several sentences that are parallel
   * entries (see below): entries ending the same way ("… Task status is changed to enqueued.")
   * are a template, not an echo.
   */
  isParallelEnding(sentence, twin) {
    if (twin.block === sentence.block || twin.sentence < 0) return false;
    const isLast = (segment) => segment.sentence === this.doc.blocks[segment.block].sentences.length - 1;
    if (!isLast(sentence) || !isLast(twin)) return false;
    const [first, second] = [this.doc.blocks[sentence.block], this.doc.blocks[twin.block]];
    if (first.block.inline !== void 0) return true;
    if (first.block.kind === "list-item" && second.block.kind === "list-item") return true;
    const [term, otherTerm] = [this.termOf(first), this.termOf(second)];
    if (term !== void 0 && otherTerm !== void 0 && term !== otherTerm) return true;
    return this.shareOpening(sentence.block, twin.block);
  }
  /**
   * The term a block opens with, before a colon (`` `.help()`: ``, `Note:`), as a definition
   * does; lower-cased. Entries of one template define different terms: the same term again is
   * the same entry repeated.
   */
  termOf(model) {
    const { start, end } = model.block.content;
    return TERM.exec(this.doc.text.slice(start, Math.min(end, start + TERM_REACH)))?.[1].toLowerCase();
  }
  /**
   * Whether sentences of two blocks (their last ones aside) open with the same three words and
   * go on differently, neither repeating anything: a sentence and its twin (a repeat, exact or
   * near) are no sign of a template, and cutting one must not change the answer.
   */
  shareOpening(first, second) {
    const opened = (block) => this.doc.blocks[block].sentences.slice(0, -1).filter((sentence) => sentence.fp.wordCount > 3);
    const opening = (sentence) => sentence.fp.words.slice(0, 3).join(" ");
    const theirs = opened(second);
    const unmatched = (segment) => this.matchesOf(segment).length === 0;
    return opened(first).some((ours) => unmatched(ours) && theirs.some((other) => opening(other) === opening(ours) && unmatched(other)));
  }
  /** Whether `twin` holds more than the sentence it covers (not a standalone copy of it). */
  isLarger(twin, sentence) {
    const block = this.doc.blocks[twin.block];
    return block.whole.fp.wordCount > sentence.fp.wordCount + LEFTOVER_WORDS;
  }
  removeBlock(whole, match, rule, supports) {
    for (const sentence of this.cuts.get(whole.block) ?? []) this.decisions.delete(this.doc.blocks[whole.block].sentences[sentence].id);
    this.cuts.delete(whole.block);
    this.removed.add(whole.block);
    this.decisions.set(whole.id, { echo: whole, match, unit: "paragraph", rule, supports });
  }
  /**
   * Summaries: blocks at the head of a scrape (title, meta descriptions) whose sentences
   * mostly come back inside larger blocks of the body. The body keeps its sentences; the
   * summary loses the repeated ones (see `trimSummary`).
   */
  findSummaries() {
    const summaries = /* @__PURE__ */ new Set();
    if (!this.options.protectTitle) return summaries;
    for (let index = 1; index < Math.min(LEAD_BLOCKS, this.doc.blocks.length); index++) {
      const model = this.doc.blocks[index];
      if (this.removed.has(index) || model.sentences.length < 2) continue;
      const candidates = model.sentences.filter((s) => s.evidence === "full" && s.fp.wordCount >= MIN_CUT_WORDS);
      const inBody = candidates.filter((sentence) => this.bodyTwin(sentence) !== void 0);
      if (inBody.length >= 2 && inBody.length * 2 >= candidates.length) summaries.add(index);
    }
    return summaries;
  }
  /** A word-for-word twin of a summary sentence inside a larger kept block after it. */
  bodyTwin(sentence) {
    return pickBest(
      this.matchesOf(sentence).filter((m) => {
        const twin = this.segment(m.twin);
        if (m.relation !== "equal" || twin.block <= sentence.block) return false;
        return this.isKept(twin) && this.isLarger(twin, sentence);
      })
    );
  }
  /** Cuts from a summary the sentences the body holds word for word. */
  trimSummary(index) {
    const model = this.doc.blocks[index];
    const picked = [];
    const cut = new Set(this.cuts.get(index) ?? []);
    for (const sentence of model.sentences) {
      const match = sentence.fp.wordCount >= MIN_CUT_WORDS ? this.bodyTwin(sentence) : void 0;
      if (!match) continue;
      picked.push({ echo: sentence, match, unit: "sentence", rule: "sentence-repeat", supports: [match] });
      cut.add(sentence.sentence);
      const lead = this.leadingPiece(model, sentence, this.twinSentence(match), cut);
      if (lead) {
        picked.push(lead);
        cut.add(lead.echo.sentence);
      }
    }
    const leftover = model.sentences.filter((s) => !cut.has(s.sentence)).reduce((n, s) => n + s.fp.wordCount, 0);
    if (leftover <= LEFTOVER_WORDS) {
      this.removeBlock(model.whole, { ...picked[0].match, echo: model.whole.id }, "aggregate", mapPacked(picked, (d) => d.match));
      return;
    }
    this.cuts.set(index, cut);
    for (const decision of picked) this.decisions.set(decision.echo.id, decision);
  }
  /** Cuts sentences that repeat earlier kept text out of a block that otherwise stays. */
  considerSentences(index, summaries, withinOnly = false) {
    const model = this.doc.blocks[index];
    if (model.sentences.length < 2 || !model.sentences.some((sentence) => this.matches.has(sentence.id))) return;
    const earlierCuts = this.cuts.get(index) ?? /* @__PURE__ */ new Set();
    const cut = new Set(earlierCuts);
    const picked = [];
    for (const sentence of model.sentences) {
      const words = sentence.fp.wordCount;
      if (cut.has(sentence.sentence) || sentence.evidence !== "full" || words < MIN_STUTTER_WORDS) continue;
      const twins = this.matchesOf(sentence);
      if (twins.length === 0) continue;
      const stutter = (m) => {
        const twin = this.segment(m.twin);
        if (m.relation !== "equal" || twin.block !== index || twin.sentence >= sentence.sentence) return false;
        if (!SENTENCE_END.test(segmentText(this.doc, sentence)) || !SENTENCE_END.test(segmentText(this.doc, twin))) return false;
        for (let between = twin.sentence + 1; between < sentence.sentence; between++) if (!cut.has(between)) return false;
        return true;
      };
      if (words < MIN_CUT_WORDS && !twins.some(stutter)) continue;
      const aside = PARENTHESIZED.test(this.doc.text.slice(sentence.range.start, sentence.range.end));
      const match = pickBest(
        twins.filter((m) => {
          const twin = this.segment(m.twin);
          if (withinOnly && twin.block !== index) return false;
          if (summaries.has(twin.block)) return false;
          if (aside && twin.block !== index) return false;
          if (this.isParallelEnding(sentence, twin) || this.isElaboratedItem(twin, sentence)) return false;
          if (linksIn(this.doc, sentence) > linksIn(this.doc, twin)) return false;
          if (words < MIN_CUT_WORDS && !stutter(m)) return false;
          if (m.relation === "near" || m.relation === "contained" && !m.span) return false;
          const earlier = twin.block < index || twin.block === index && twin.sentence < sentence.sentence && !cut.has(twin.sentence);
          if (!earlier || twin.block !== index && !this.isKept(twin)) return false;
          return m.relation !== "contained" || words >= MIN_CONTAINED_CUT_WORDS;
        })
      );
      if (!match) continue;
      cut.add(sentence.sentence);
      picked.push({ echo: sentence, match, unit: "sentence", rule: "sentence-repeat", supports: [match] });
      const lead = this.leadingPiece(model, sentence, this.twinSentence(match), cut);
      if (lead) {
        cut.add(lead.echo.sentence);
        picked.push(lead);
      }
    }
    if (picked.length === 0) return;
    const left2 = model.sentences.filter((s) => !cut.has(s.sentence));
    const leftover = left2.reduce((n, s) => n + s.fp.wordCount, 0);
    if (leftover <= LEFTOVER_WORDS && !left2.some((s) => isShortProse(segmentText(this.doc, s), s.fp.wordCount))) {
      const earlier = mapPacked([...earlierCuts], (sentence) => this.decisions.get(model.sentences[sentence].id));
      const all = [...earlier, ...picked];
      this.removeBlock(model.whole, { ...all[0].match, echo: model.whole.id }, "repeat", mapPacked(all, (d) => d.match));
      return;
    }
    this.cuts.set(index, cut);
    for (const decision of picked) this.decisions.set(decision.echo.id, decision);
  }
  /** The sentence a match's twin is, or (a whole block holding the echo) starts the echo's place in. */
  twinSentence(match) {
    const twin = this.segment(match.twin);
    if (twin.sentence >= 0 || match.span === void 0) return twin;
    return this.doc.blocks[twin.block].sentences.find((sentence) => sentence.firstWord === match.span[0]);
  }
  /**
   * The piece right before a cut sentence that goes with it: a few words the sentence breaker
   * cut off (`Apple Inc.` before `CEO Tim Cook said …`, `Tickets cost $25 (incl.` before
   * `VAT) and …`) that stand right before the twin too. Too short to be cut on their own, left
   * alone they would be a fragment.
   */
  leadingPiece(model, sentence, twin, cut) {
    if (twin === void 0 || sentence.sentence < 1 || twin.sentence < 1) return void 0;
    const piece = model.sentences[sentence.sentence - 1];
    const before = this.doc.blocks[twin.block].sentences[twin.sentence - 1];
    if (cut.has(piece.sentence) || piece.fp.wordCount >= MIN_CUT_WORDS || piece.fp.wordCount === 0) return void 0;
    if (before.id === piece.id || piece.fp.key !== before.fp.key || !this.isKept(before)) return void 0;
    const exact = segmentText(this.doc, piece) === segmentText(this.doc, before);
    const match = { echo: piece.id, twin: before.id, relation: "equal", kind: exact ? "exact" : "near", score: 1, span: void 0 };
    return { echo: piece, match, unit: "sentence", rule: "sentence-repeat", supports: [match] };
  }
  /**
   * Removes the blocks whose sentences left after their cuts all stand inside larger kept
   * blocks: cut down, such a block only repeats material (a second run would find that).
   * @returns whether any block went
   */
  removeCoveredRemainders() {
    let removedAny = false;
    for (const [index, cut] of [...this.cuts]) {
      if (cut.size === 0 || this.removed.has(index) || this.summaries.has(index) || this.isTitle(index)) continue;
      const model = this.doc.blocks[index];
      const left2 = model.sentences.filter((sentence) => !cut.has(sentence.sentence));
      const covering = this.coverSentences(index, left2, (_, match) => match.relation !== "near");
      if (covering === void 0 || covering.length === 0) continue;
      const cutSupports = mapPacked([...cut], (sentence) => this.decisions.get(model.sentences[sentence].id).match);
      this.removeBlock(model.whole, { ...covering[0], echo: model.whole.id }, "repeat", [...cutSupports, ...covering]);
      removedAny = true;
    }
    return removedAny;
  }
  /**
   * Safety net for "nothing unique is lost": a removal whose twin was removed later moves to
   * another twin that stays, or is undone; repeatedly, until every removed echo points at
   * text that stays.
   */
  keepOrphanedTwins() {
    let changed = true;
    while (changed) {
      changed = false;
      for (const [id, decision] of this.decisions) {
        if (decision.rule === "aggregate") continue;
        const supports = mapPacked(decision.supports, (support) => this.keptSupport(support, decision));
        if (supports.every((support, i) => support === decision.supports[i])) continue;
        changed = true;
        const kept = supports.every((support) => support !== void 0) ? supports : this.sentenceSupports(decision);
        if (kept) {
          this.decisions.set(id, { ...decision, supports: kept, match: { ...kept[0], echo: decision.echo.id } });
          continue;
        }
        this.decisions.delete(id);
        if (decision.unit === "paragraph") this.restoreBlock(decision.echo.block);
        else this.cuts.get(decision.echo.block)?.delete(decision.echo.sentence);
      }
    }
    this.repointAggregates();
  }
  /**
   * Puts back a block whose removal lost its support. It is then a block that stays like any
   * other, so its sentences that repeat earlier kept text are cut, as they would have been had
   * it never been removed (else the next run would cut them).
   */
  restoreBlock(index) {
    this.removed.delete(index);
    if (this.options.unit === "paragraph" || this.summaries.has(index) || this.reconsidered.has(index)) return;
    this.reconsidered.add(index);
    this.considerSentences(index, this.summaries);
    for (const block of this.blocksRepeating(index)) {
      if (!this.removed.has(block) && !this.summaries.has(block)) this.considerSentences(block, this.summaries);
    }
  }
  /** The other blocks with a sentence matched to text of `block`, in document order. */
  blocksRepeating(block) {
    if (this.repeatingBlocks === void 0) {
      this.repeatingBlocks = /* @__PURE__ */ new Map();
      for (const [id, matches] of this.matches) {
        const echo = this.segment(id);
        if (echo.sentence < 0) continue;
        for (const match of matches) {
          const twin = this.segment(match.twin).block;
          if (twin === echo.block) continue;
          let blocks = this.repeatingBlocks.get(twin);
          if (!blocks) this.repeatingBlocks.set(twin, blocks = /* @__PURE__ */ new Set());
          blocks.add(echo.block);
        }
      }
    }
    return [...this.repeatingBlocks.get(block) ?? []].sort((a, b) => a - b);
  }
  /**
   * For a removed block whose twin lost part of its text: one kept twin per sentence of the
   * block, or `undefined` when some sentence has none.
   */
  sentenceSupports(decision) {
    if (decision.unit !== "paragraph") return void 0;
    const model = this.doc.blocks[decision.echo.block];
    const supports = [];
    for (const sentence of model.sentences.length > 0 ? model.sentences : [model.whole]) {
      const support = this.keptSupport({ ...decision.match, echo: sentence.id, twin: decision.echo.id }, decision);
      if (support) supports.push(support);
      else if (sentence.fp.wordCount > LEFTOVER_WORDS) return void 0;
    }
    return supports.length > 0 ? supports : void 0;
  }
  /** The support itself if its twin stays, else another match of the same echo whose twin stays. */
  keptSupport(support, decision) {
    if (this.holdsEcho(support)) return support;
    const echo = this.segment(support.echo);
    return pickBest(
      this.matchesOf(echo).filter((m) => {
        const twin = this.segment(m.twin);
        if (twin.block === decision.echo.block || this.aggregates.has(twin.block) || !this.holdsEcho(m)) return false;
        if (decision.unit === "sentence") return twin.block < echo.block;
        if (echo.sentence >= 0) return m.relation !== "near" && (this.isLarger(twin, echo) || m.relation === "equal" && twin.block < echo.block);
        return this.outranks(m, echo, twin);
      })
    );
  }
  /** An aggregate reports a piece that stays (its pieces may themselves repeat others). */
  repointAggregates() {
    for (const [id, decision] of this.decisions) {
      if (decision.rule !== "aggregate" || this.isKept(this.segment(decision.match.twin))) continue;
      const pieces = this.aggregatePieces.get(decision.echo.block) ?? [];
      const kept = pieces.find((piece) => this.isKept(this.doc.blocks[piece].whole));
      if (kept !== void 0) {
        this.decisions.set(id, { ...decision, match: { ...decision.match, twin: this.doc.blocks[kept].whole.id } });
        continue;
      }
      const copy = this.matchesOf(decision.echo).find((m) => m.relation === "equal" && this.isKept(this.segment(m.twin)));
      if (copy) {
        this.decisions.set(id, { ...decision, match: copy, rule: "repeat", supports: [copy] });
        continue;
      }
      const moved = pieces.map((piece) => this.decisions.get(this.doc.blocks[piece].whole.id)?.match.twin).find((twin) => twin !== void 0 && this.isKept(this.segment(twin)));
      if (moved !== void 0) this.decisions.set(id, { ...decision, match: { ...decision.match, twin: moved } });
    }
  }
};
var STRENGTH = { equal: 3, near: 2, contained: 1 };
function pickBest(matches) {
  let best;
  for (const match of matches) {
    if (!best || STRENGTH[match.relation] > STRENGTH[best.relation] || STRENGTH[match.relation] === STRENGTH[best.relation] && match.twin < best.twin) {
      best = match;
    }
  }
  return best;
}
function isCutShort(text) {
  return isTruncated(text) || !SENTENCE_END.test(text.trimEnd());
}
function isShortProse(text, words) {
  return words >= 2 && !isTruncated(text) && WORD_THEN_STOP.test(text.trimEnd());
}
var WORD_THEN_STOP = new RegExp(`\\p{L}[.!?]["'\u201D\u2019)\\]*_]*$`, "u");

// src/core/clean-blocks.ts
function cleanBlocks(text, blocks, options = {}) {
  const resolved = resolveOptions(options);
  if (isExactOnly(resolved)) return cleanExactBlocks(text, blocks, resolved);
  return cleanDocument(buildDocument(text, withoutInert(blocks), resolved.locale, resolved.minLength), resolved);
}
function cleanDocument(doc, options = {}) {
  const resolved = resolveOptions(options);
  if (isExactOnly(resolved)) return cleanExactBlocks(doc.source, doc.blocks.map((model) => model.block), resolved);
  const text = doc.source;
  const matches = findMatches(doc, { threshold: resolved.threshold });
  const decided = plan(doc, matches, { unit: resolved.unit, protectTitle: resolved.parser === "text" });
  const edits = planEdits(doc, decided);
  const cleaned = applyEdits(text, edits);
  const changes = describeChanges(doc, decided);
  let cutCount = 0;
  for (const cut of decided.cutSentences.values()) cutCount += cut.size;
  return {
    text: cleaned,
    changed: cleaned !== text,
    changes,
    edits,
    stats: {
      blocks: doc.blocks.length,
      removedBlocks: decided.removedBlocks.size,
      removedSentences: cutCount,
      removedChars: text.length - cleaned.length
    }
  };
}
function rawScore(doc, decision) {
  const twin = doc.segments[decision.match.twin].range;
  const score = dice(doc.source.slice(decision.echo.range.start, decision.echo.range.end), doc.source.slice(twin.start, twin.end));
  return Math.round(score * 1e4) / 1e4;
}
function keptRange(doc, cuts, decision) {
  const { twin: id, span } = decision.match;
  const twin = doc.segments[id];
  const cut = cuts.get(twin.block);
  if (twin.sentence >= 0 || span === void 0 || cut === void 0 || cut.size === 0) return twin.range;
  const touched = sentencesTouching(doc.blocks[twin.block], span);
  if (touched.length === 0) return twin.range;
  return { start: touched[0].range.start, end: touched[touched.length - 1].range.end };
}
function describeChanges(doc, decided) {
  const locator = new LineLocator(doc.source);
  const place = (range) => ({
    start: range.start,
    end: range.end,
    text: doc.source.slice(range.start, range.end),
    ...locator.locate(range.start)
  });
  return mapPacked(decided.decisions, (decision) => ({
    kind: decision.match.kind,
    unit: decision.unit,
    rule: decision.rule,
    removed: place(decision.echo.range),
    kept: place(keptRange(doc, decided.cutSentences, decision)),
    score: decision.match.kind === "exact" ? 1 : rawScore(doc, decision)
  }));
}

export {
  cleanBlocks,
  cleanDocument
};
