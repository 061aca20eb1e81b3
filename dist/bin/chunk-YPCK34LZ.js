import { createRequire as unechoCreateRequire } from 'node:module';
const require = unechoCreateRequire(import.meta.url);
import {
  keepingListStarts
} from "./chunk-QYCRUTXL.js";
import {
  isWhitespace
} from "./chunk-JYLCKMJR.js";

// src/core/options.ts
var DEFAULT_OPTIONS = Object.freeze({
  unit: "both",
  threshold: 0.8,
  minLength: 20,
  locale: "en",
  parser: "text"
});
var resolved = /* @__PURE__ */ new WeakSet();
function resolveOptions(partial = {}) {
  if (resolved.has(partial)) return partial;
  const options = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(partial)) if (value !== void 0) options[key] = value;
  const frozen = Object.freeze(options);
  resolved.add(frozen);
  return frozen;
}
function isExactOnly(options) {
  return options.threshold >= 1 && options.unit === "paragraph";
}

// src/core/map-packed.ts
function mapPacked(items, fn) {
  const mapped = [];
  for (let index = 0; index < items.length; index++) mapped.push(fn(items[index], index));
  return mapped;
}

// src/core/html-entities.ts
var NAMED = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\xA0",
  rsquo: "\u2019",
  lsquo: "\u2018",
  rdquo: "\u201D",
  ldquo: "\u201C",
  sbquo: "\u201A",
  bdquo: "\u201E",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  shy: "\xAD",
  zwj: "\u200D",
  zwnj: "\u200C",
  thinsp: "\u2009",
  ensp: "\u2002",
  emsp: "\u2003",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  deg: "\xB0",
  middot: "\xB7",
  bull: "\u2022",
  eacute: "\xE9",
  egrave: "\xE8",
  aacute: "\xE1",
  agrave: "\xE0",
  oacute: "\xF3",
  uuml: "\xFC",
  ouml: "\xF6",
  auml: "\xE4",
  ccedil: "\xE7",
  ntilde: "\xF1",
  szlig: "\xDF"
};
var ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;
var ENTITY_SHAPE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
var ENTITY_AT = new RegExp(ENTITY_SHAPE.source, "y");
function entityStartsAt(text, at, end = text.length) {
  ENTITY_AT.lastIndex = at;
  return ENTITY_AT.test(text) && ENTITY_AT.lastIndex <= end;
}
function hasEntity(text) {
  for (let at = text.indexOf("&"); at >= 0; at = text.indexOf("&", at + 1)) if (entityStartsAt(text, at)) return true;
  return false;
}
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, dec, hex, name) => {
    if (name !== void 0) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
    const code = dec !== void 0 ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
    return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
  });
}

// src/core/fingerprint.ts
var INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;
var SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
var DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u300c\u300d]/g;
var DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
var WHITESPACE = /\s+/g;
var EDGE_MARK = /[\s\p{P}\p{S}\p{Cs}]/u;
var WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
function normalize(text) {
  return normalizeKeepingCase(text).toLowerCase();
}
function normalizeKeepingCase(text) {
  let value = decodeEntities(text);
  if (NEEDS_NFKC.test(value)) value = value.normalize("NFKC");
  if (!ASCII_ONLY.test(value)) {
    value = value.replace(INVISIBLE, "").replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, "-").replace(/\u2026/g, "...");
  }
  return trimEdges(UNEVEN_SPACE.test(value) ? value.replace(WHITESPACE, " ") : value);
}
var UNEVEN_SPACE = /\s\s|[^\S ]/;
function trimEdges(value) {
  let start = 0;
  let end = value.length;
  while (start < end && isEdgeMark(value, start)) start++;
  while (end > start && isEdgeMark(value, end - 1)) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}
function isEdgeMark(value, at) {
  const code = value.charCodeAt(at);
  if (code < 128) return !isWordCode(code);
  return EDGE_MARK.test(value[at]);
}
var NEEDS_NFKC = /[^\x00-\x7f\u00a0-\u00a7\u00a9\u00ab\u00ac\u00ae\u00b0\u00b1\u00b6\u00b7\u00bb\u00bf-\u00ff\u2010-\u2015\u2018-\u201f\u2026]/;
var ASCII_ONLY = /^[\x00-\x7f]*$/;
function tokenize(norm) {
  if (!ASCII_ONLY.test(norm)) return norm.match(WORD) ?? [];
  const words = [];
  scanWords(norm, false, { words, hashes: void 0, starts: void 0 });
  return words;
}
var PLAIN_CLASS = "\\x00-\\x25\\x27-\\x7f\\u00a0-\\u00a7\\u00a9\\u00ab\\u00ac\\u00ae\\u00b0\\u00b1\\u00b6\\u00b7\\u00bb\\u00bf-\\u00ff\\u2010-\\u2015\\u2018-\\u201f\\u2026";
var PLAIN = new RegExp(`^[${PLAIN_CLASS}]*$`);
var PLAIN_WITH_AMPERSAND = new RegExp(`^[&${PLAIN_CLASS}]*$`);
function isPlain(text) {
  return PLAIN.test(text) || PLAIN_WITH_AMPERSAND.test(text) && !hasEntity(text);
}
function wordsOf(text, keepCase = false, hashes) {
  if (isPlain(text)) {
    const typographic = !ASCII_ONLY.test(text);
    const words2 = [];
    scanWords(keepCase ? text : text.toLowerCase(), typographic, { words: words2, hashes, starts: void 0 });
    return words2;
  }
  const words = tokenize(keepCase ? normalizeKeepingCase(text) : normalize(text));
  if (hashes) for (const word of words) hashes.push(hashWord(word));
  return words;
}
function scanPlainWords(text) {
  const typographic = plainKind(text);
  if (typographic === void 0) return void 0;
  const words = [];
  const starts = [];
  scanWords(text.toLowerCase(), typographic, { words, hashes: void 0, starts });
  return { words, starts };
}
var SCRATCH_CHARS = 1 << 16;
var hashScratch = new Int32Array(SCRATCH_CHARS / 2 + 1);
function hashPlainWords(text, start = 0, end = text.length, arena, ends) {
  const most = (end - start >> 1) + 1;
  const hashes = end - start <= SCRATCH_CHARS ? hashScratch : new Int32Array(most);
  let count = 0;
  let letters = 0;
  let typographic = false;
  let backtick = false;
  let wide = 0;
  let inWord = false;
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 256 ? WORD_CODE[code] : 0;
    if (folded !== 0) {
      hash = Math.imul(hash ^ folded, FNV_PRIME);
      wide |= code;
      letters++;
      inWord = true;
      continue;
    }
    if (inWord) {
      const apostrophe = code === 39 || code >= 8216 && code <= 8219;
      if (apostrophe && i + 1 < end && isWordCode(text.charCodeAt(i + 1))) {
        typographic ||= code !== 39;
        hash = Math.imul(hash ^ 39, FNV_PRIME);
        letters++;
        continue;
      }
      if (ends !== void 0) {
        ends.offsets[count] = i;
        ends.letters[count] = letters;
      }
      hashes[count++] = hash;
      hash = FNV_OFFSET;
      inWord = false;
    }
    if (code >= 128) {
      if (!isPlainMark(code)) return void 0;
      typographic = true;
    } else if (code === 38 && entityStartsAt(text, i, end)) return void 0;
    else if (code === 96) backtick = true;
  }
  if (inWord) {
    if (ends !== void 0) {
      ends.offsets[count] = end;
      ends.letters[count] = letters;
    }
    hashes[count++] = hash;
  }
  if ((typographic || wide >= 128) && backtick) return void 0;
  return { hashes: arena ? arena.copy(hashes, count) : hashes.slice(0, count), letters };
}
var WORD_CODE = Uint8Array.from({ length: 256 }, (_, code) => {
  const ascii = code >= 97 && code <= 122 || code >= 48 && code <= 57 || code >= 65 && code <= 90;
  const latin1 = code >= 192 && code !== 215 && code !== 247;
  return ascii || latin1 ? String.fromCharCode(code).toLowerCase().charCodeAt(0) : 0;
});
function isWordCode(code) {
  return code < 256 && WORD_CODE[code] !== 0;
}
function isPlainMark(code) {
  if (code < 256) return LATIN1_SIGNS.includes(code);
  return code === 8230 || code >= 8208 && code <= 8223 && code !== 8214 && code !== 8215;
}
var LATIN1_SIGNS = [160, 161, 162, 163, 164, 165, 166, 167, 169, 171, 172, 174, 176, 177, 182, 183, 187, 191, 215, 247];
function plainKind(text) {
  if (!isPlain(text)) return void 0;
  const typographic = !ASCII_ONLY.test(text);
  return typographic && text.includes("`") ? void 0 : typographic;
}
var FNV_OFFSET = 2166136261;
var FNV_PRIME = 16777619;
function hashWord(word) {
  let value = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) value = Math.imul(value ^ word.charCodeAt(i), FNV_PRIME);
  return value;
}
function scanWords(text, typographic, { words, hashes, starts }) {
  let letters = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let quoted = false;
    let hash = FNV_OFFSET;
    for (; ; ) {
      for (; i < length; i++) {
        const code2 = text.charCodeAt(i);
        if (!isWordCode(code2)) break;
        hash = Math.imul(hash ^ code2, FNV_PRIME);
      }
      const code = text.charCodeAt(i);
      const apostrophe = code === 39 || typographic && isTypographicApostrophe(code);
      if (!apostrophe || i + 1 >= length || !isWordCode(text.charCodeAt(i + 1))) break;
      quoted ||= code !== 39;
      hash = Math.imul(hash ^ 39, FNV_PRIME);
      i++;
    }
    letters += i - start;
    if (words) {
      const word = text.slice(start, i);
      words.push(quoted ? word.replace(TYPOGRAPHIC_APOSTROPHES, "'") : word);
    }
    hashes?.push(hash);
    starts?.push(start);
  }
  return letters;
}
var TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u201a\u201b`]/g;
function isTypographicApostrophe(code) {
  return code >= 8216 && code <= 8219 || code === 96;
}
function fingerprint(text, hashes) {
  return fingerprintFromWords(text, wordsOf(text, false, hashes));
}
function fingerprintFromWords(text, words, norm) {
  let letters = 0;
  for (const word of words) letters += word.length;
  return new LazyFingerprint(text, words, words.length, letters, norm);
}
function plainFingerprint(text, wordCount, letters) {
  return new LazyFingerprint(text, void 0, wordCount, letters, void 0);
}
var LazyFingerprint = class {
  constructor(text, listed, wordCount, letters, normalized) {
    this.text = text;
    this.listed = listed;
    this.wordCount = wordCount;
    this.letters = letters;
    this.normalized = normalized;
  }
  text;
  listed;
  wordCount;
  letters;
  normalized;
  joined;
  get words() {
    return this.listed ??= wordsOf(this.text);
  }
  get norm() {
    return this.normalized ??= normalize(this.text);
  }
  get key() {
    return this.joined ??= this.words.join(" ");
  }
};
var TRUNCATION_MARK = /(?:\u2026|\.\.\.|\[\u2026\]|\[\.\.\.\])\s*$/u;
function isTruncated(text) {
  return TRUNCATION_MARK.test(text);
}

// src/core/lower-bound.ts
function lowerBound(list, value, low = 0, high = list.length) {
  while (low < high) {
    const mid = low + high >> 1;
    if (list[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

// src/core/posting-counter.ts
var POSTINGS_READ = 8;
var PostingCounter = class _PostingCounter {
  /** Per block, how many lists read so far hold it (zero between queries). */
  shared;
  /** The blocks counted so far, in the order first met. */
  touched;
  size = 0;
  /** @param blocks how many blocks there are */
  constructor(blocks) {
    this.shared = new Int32Array(blocks);
    this.touched = new Int32Array(blocks);
  }
  /**
   * Counts the blocks of one posting list (`list` from `start` to `end`, increasing, each block
   * once). Of a long list only the first blocks and those nearest `near` are read, so a line
   * repeated thousands of times costs no more than one repeated a few times; the two reads do
   * not overlap, so a block is counted once per list.
   */
  read(list, start, end, near) {
    this.readCapped(list, start, end, near, true);
  }
  /**
   * As `read`, but counts only the blocks met since the last visit: for a caller that knows no
   * block first met now can reach the count it needs.
   */
  readMet(list, start, end, near) {
    this.readCapped(list, start, end, near, false);
  }
  /** Whether `read` reads all of a list of this length. */
  static readsWhole(length) {
    return length <= 2 * POSTINGS_READ;
  }
  readCapped(list, start, end, near, addNew) {
    if (_PostingCounter.readsWhole(end - start)) {
      for (let i = start; i < end; i++) this.count(list[i], addNew);
      return;
    }
    for (let i = start; i < start + POSTINGS_READ; i++) this.count(list[i], addNew);
    const at = lowerBound(list, near, start, end);
    const from = Math.max(start + POSTINGS_READ, at - POSTINGS_READ / 2);
    for (let i = from; i < Math.min(end, from + POSTINGS_READ); i++) this.count(list[i], addNew);
  }
  count(block, addNew) {
    if (this.shared[block] !== 0) this.shared[block]++;
    else if (addNew) {
      this.shared[block] = 1;
      this.touched[this.size++] = block;
    }
  }
  /**
   * Visits every block counted since the last visit, with its count, in the order first met,
   * and starts the counts over. `visit` must not read more lists.
   */
  visit(visit) {
    const size = this.size;
    this.size = 0;
    for (let i = 0; i < size; i++) {
      const block = this.touched[i];
      const shared = this.shared[block];
      this.shared[block] = 0;
      visit(block, shared);
    }
  }
};

// src/core/shingle-index.ts
var SHINGLE_WORDS = 3;
var WINDOW = 3;
var MIN_SHINGLED_WORDS = SHINGLE_WORDS + WINDOW - 1;
function shingleHash(a, b, c) {
  return Math.imul(Math.imul(a, 2654435761) ^ b, 2246822507) ^ Math.imul(c, 3266489909);
}
function winnowInto(words, out, at) {
  const count = words.length - SHINGLE_WORDS + 1;
  if (count <= 0) return at;
  let first = shingleHash(words[0], words[1], words[2]);
  if (count === 1) {
    out[at] = first;
    return at + 1;
  }
  let second = shingleHash(words[1], words[2], words[3]);
  if (count === 2) {
    out[at] = first < second ? first : second;
    return at + 1;
  }
  const start = at;
  for (let i = 2; i < count; i++) {
    const third = shingleHash(words[i], words[i + 1], words[i + 2]);
    const low = first < second ? first : second;
    const min = low < third ? low : third;
    if (at === start || out[at - 1] !== min) out[at++] = min;
    first = second;
    second = third;
  }
  return at;
}
var SHORT_LIST = 32;
var keptScratch = new Int32Array(256);
function winnowHashes(words) {
  if (keptScratch.length < words.length) keptScratch = new Int32Array(Math.max(words.length, 2 * keptScratch.length));
  const end = winnowInto(words, keptScratch, 0);
  const kept = [];
  const table = end <= SHORT_LIST ? void 0 : end > REUSED_MOST ? new ReusedHashSet() : seen;
  table?.clear(end);
  for (let i = 0; i < end; i++) {
    const hash = keptScratch[i];
    if (table === void 0 ? kept.includes(hash) : !table.add(hash)) continue;
    kept.push(hash);
  }
  return kept;
}
var REUSED_MOST = 1 << 15;
var ReusedHashSet = class {
  hashes = new Int32Array(256);
  stamps = new Int32Array(256);
  stamp = 0;
  /** Empties the set, with room for `most` hashes. */
  clear(most) {
    if (this.hashes.length < 2 * most || this.stamp === 2147483647) {
      let size = this.hashes.length;
      while (size < 2 * most) size *= 2;
      this.hashes = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.stamp = 0;
    }
    this.stamp++;
  }
  /** Adds a hash; false when it was there already. */
  add(hash) {
    const mask = this.hashes.length - 1;
    let slot = Math.imul(hash, 2654435761) & mask;
    while (this.stamps[slot] === this.stamp) {
      if (this.hashes[slot] === hash) return false;
      slot = slot + 1 & mask;
    }
    this.stamps[slot] = this.stamp;
    this.hashes[slot] = hash;
    return true;
  }
};
var seen = new ReusedHashSet();
var ShingleIndex = class {
  /**
   * Per slot, three numbers side by side: the shingle, how many blocks hold it (0: a free
   * slot) and where they start in `blocks`. Side by side, a probe touches one cache line
   * instead of three; over a folder's millions of shingles the table outgrows every cache.
   */
  table;
  /** Block numbers, grouped by shingle, each group in increasing order. */
  blocks;
  mask;
  /** Counts the blocks of the query being answered. */
  counter;
  /**
   * Builds the index: 12 bytes per table slot, at most two thirds of them used.
   * @param shinglesByBlock the kept shingles of each block, by block number (blocks in increasing order)
   */
  constructor(shinglesByBlock) {
    let total = 0;
    for (const shingles of shinglesByBlock) total += shingles.length;
    let capacity = 16;
    while (capacity < total * 1.5) capacity *= 2;
    this.mask = capacity - 1;
    this.counter = new PostingCounter(shinglesByBlock.length);
    const table = this.table = new Int32Array(3 * capacity);
    for (const shingles of shinglesByBlock) {
      for (let i = 0; i < shingles.length; i++) table[this.slotFor(shingles[i], true) + COUNT]++;
    }
    let offset = 0;
    for (let slot = 0; slot < table.length; slot += 3) {
      table[slot + OFFSET] = offset;
      offset += table[slot + COUNT];
    }
    this.blocks = new Int32Array(offset);
    for (let block = 0; block < shinglesByBlock.length; block++) {
      const shingles = shinglesByBlock[block];
      for (let i = 0; i < shingles.length; i++) this.blocks[table[this.slotFor(shingles[i], false) + OFFSET]++] = block;
    }
    for (let slot = 0; slot < table.length; slot += 3) table[slot + OFFSET] -= table[slot + COUNT];
  }
  /**
   * Where a shingle's slot starts in `table` (claimed when `claim`: the caller counts it at
   * once), or -1 when it is not there.
   */
  slotFor(shingle, claim) {
    const table = this.table;
    let slot = Math.imul(shingle, 2654435761) & this.mask;
    while (table[3 * slot + COUNT] > 0) {
      if (table[3 * slot] === shingle) return 3 * slot;
      slot = slot + 1 & this.mask;
    }
    if (!claim) return -1;
    table[3 * slot] = shingle;
    return 3 * slot;
  }
  /**
   * Visits the blocks sharing kept shingles with a segment of block `near`, with how many they
   * share, in the order first met. Of a long posting list only the first and the nearest blocks
   * are read, so a line repeated thousands of times costs no more than one repeated a few times.
   * Counts go to a typed array, not a map: a folder's boilerplate makes millions of them.
   * `visit` must not query this index again (the counts are shared).
   */
  candidates(shingles, near, visit) {
    for (let s = 0; s < shingles.length; s++) {
      const slot = this.slotFor(shingles[s], false);
      if (slot < 0) continue;
      const start = this.table[slot + OFFSET];
      this.counter.read(this.blocks, start, start + this.table[slot + COUNT], near);
    }
    this.counter.visit(visit);
  }
};
var COUNT = 1;
var OFFSET = 2;

// src/core/shared-shingles.ts
var SHARES_ACROSS = 1;
var REPEATS_WITHIN = 2;
var REUSED_SLOTS = 1 << 16;
var reused = { shingles: new Int32Array(REUSED_SLOTS), owners: new Int32Array(REUSED_SLOTS) };
function blocksSharingShingles(wordHashes) {
  const sharing = new Uint8Array(wordHashes.length);
  let total = 0;
  for (const words of wordHashes) total += Math.max(0, words.length - 2);
  let capacity = 16;
  while (capacity < total * 2) capacity *= 2;
  const mask = capacity - 1;
  const { shingles, owners } = capacity <= REUSED_SLOTS ? reused : { shingles: new Int32Array(capacity), owners: new Int32Array(capacity) };
  owners.fill(0, 0, capacity);
  wordHashes.forEach((words, block) => {
    for (let i = 0; i + 2 < words.length; i++) {
      const shingle = shingleHash(words[i], words[i + 1], words[i + 2]);
      let slot = Math.imul(shingle, 2654435761) & mask;
      while (owners[slot] !== 0 && shingles[slot] !== shingle) slot = slot + 1 & mask;
      const owner = owners[slot];
      if (owner === 0) {
        shingles[slot] = shingle;
        owners[slot] = block + 1;
      } else if (owner === block + 1) {
        sharing[block] |= REPEATS_WITHIN;
      } else {
        if (owner > 0) sharing[owner - 1] |= SHARES_ACROSS;
        sharing[block] |= SHARES_ACROSS;
        owners[slot] = -1;
      }
    }
  });
  return sharing;
}

// src/core/sentence-breaks.ts
var KINDS = new Uint8Array(128);
for (let code = 0; code < 128; code++) KINDS[code] = asciiKind(code);
function asciiKind(code) {
  const char = String.fromCharCode(code);
  if (/[a-z]/.test(char)) return 1 /* Lower */;
  if (/[A-Z]/.test(char)) return 2 /* Upper */;
  if (/[0-9]/.test(char)) return 3 /* Numeric */;
  if (char === ".") return 4 /* ATerm */;
  if (char === "!" || char === "?") return 5 /* STerm */;
  if (`"'()[]{}`.includes(char)) return 6 /* Close */;
  if (char === " " || char === "	" || char === "\v" || char === "\f") return 7 /* Sp */;
  if (",-:;".includes(char)) return 8 /* SContinue */;
  if (char === "\r") return 9 /* CR */;
  if (char === "\n") return 10 /* LF */;
  return 0 /* Other */;
}
function kindOf(code) {
  if (code < 128) return KINDS[code];
  switch (code) {
    case 160:
      return 7 /* Sp */;
    case 8211:
    case 8212:
      return 8 /* SContinue */;
    case 171:
    case 187:
    case 8216:
    case 8217:
    case 8218:
    case 8219:
    case 8220:
    case 8221:
    case 8222:
    case 8223:
      return 6 /* Close */;
    case 8208:
    case 8209:
    case 8210:
    case 8213:
    case 8230:
      return 0 /* Other */;
    default:
      return -1;
  }
}
var isParaSep = (kind) => kind === 9 /* CR */ || kind === 10 /* LF */;
var isLetter = (kind) => kind === 1 /* Lower */ || kind === 2 /* Upper */;
function kindAt(text, at) {
  return at < text.length ? kindOf(text.charCodeAt(at)) : -1;
}
var UNKNOWN = /[^\x00-\x7f\u00a0\u00ab\u00bb\u2010-\u2015\u2018-\u201f\u2026]/;
var STOP = /[.!?\r\n]/g;
function sentenceBreaks(text) {
  if (UNKNOWN.test(text)) return void 0;
  const length = text.length;
  const breaks = [];
  STOP.lastIndex = 0;
  while (STOP.test(text)) {
    const i = STOP.lastIndex - 1;
    const kind = KINDS[text.charCodeAt(i)];
    if (kind === 10 /* LF */ || kind === 9 /* CR */) {
      if (kind === 10 /* LF */ || text.charCodeAt(i + 1) !== LINE_FEED) {
        if (i + 1 < length) breaks.push(i + 1);
      }
      continue;
    }
    let end = i + 1;
    while (kindAt(text, end) === 6 /* Close */) end++;
    while (kindAt(text, end) === 7 /* Sp */) end++;
    if (end < length && !isParaSep(kindAt(text, end)) && endsSentence(text, kind, i, end)) breaks.push(end);
    STOP.lastIndex = Math.max(i + 1, end);
  }
  return breaks;
}
var LINE_FEED = 10;
function endsSentence(text, terminator, at, end) {
  const next = kindAt(text, end);
  if (terminator === 4 /* ATerm */) {
    if (end === at + 1 && next === 3 /* Numeric */) return false;
    if (end === at + 1 && next === 2 /* Upper */ && at > 0 && isLetter(kindAt(text, at - 1))) return false;
    let ahead = end;
    let kind = kindAt(text, ahead);
    while (kind >= 0 && isSkippedBeforeLower(kind)) kind = kindAt(text, ++ahead);
    if (kind === 1 /* Lower */) return false;
  }
  return !(next === 8 /* SContinue */ || next === 4 /* ATerm */ || next === 5 /* STerm */);
}
function isSkippedBeforeLower(kind) {
  return !(isLetter(kind) || isParaSep(kind) || kind === 4 /* ATerm */ || kind === 5 /* STerm */);
}

// src/core/segment.ts
var segmenters = /* @__PURE__ */ new Map();
function sentenceSegmenter(locale) {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}
function scanApplies(locale) {
  let applies = scannable.get(locale);
  if (applies === void 0) {
    try {
      applies = new Intl.Locale(locale).language !== "el";
    } catch {
      applies = false;
    }
    scannable.set(locale, applies);
  }
  return applies;
}
var scannable = /* @__PURE__ */ new Map();
function sentencePieces(text, locale) {
  const breaks = scanApplies(locale) ? sentenceBreaks(text) : void 0;
  if (breaks === void 0) {
    return Array.from(sentenceSegmenter(locale).segment(text), (piece) => ({ start: piece.index, end: piece.index + piece.segment.length }));
  }
  if (text.length === 0) return [];
  const pieces = [];
  let start = 0;
  for (const end of breaks) {
    pieces.push({ start, end });
    start = end;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}
var TERMINATOR = /[.!?\u3002\uff01\uff1f\u061f\u06d4\u0964\u2026]/;
function hasInnerTerminator(slice) {
  let last = slice.length - 1;
  while (last >= 0 && isWhitespace(slice.charCodeAt(last))) last--;
  const first = slice.search(TERMINATOR);
  return first >= 0 && first < last;
}
function segmentSentences(text, range, locale, inline) {
  const slice = text.slice(range.start, range.end);
  if (!hasInnerTerminator(slice)) return trimmed([{ start: 0, end: slice.length }], slice, range.start);
  const pieces = [];
  const entitiesMasked = maskEntities(slice);
  const ellipses = entitiesMasked.includes("\u2026") ? entitiesMasked.replaceAll("\u2026", ".") : entitiesMasked;
  const attributed = DASH.test(ellipses) ? ellipses.replace(DASH_AFTER_STOP, "X") : ellipses;
  const masked = attributed.includes("\n") || attributed.includes("\r") ? softWraps(attributed) : attributed;
  for (const chunk of chunksOf(masked)) {
    for (const piece of sentencePieces(masked.slice(chunk.start, chunk.end), locale)) {
      pieces.push({ start: chunk.start + piece.start, end: chunk.start + piece.end });
    }
  }
  const sentences = trimmed(splitGluedSentences(joinFalseBreaks(pieces, slice), slice), slice, range.start);
  return inline === void 0 ? sentences : withBlankedSyntax(inline, withClosingEmphasis(text, joinAcross(inline, sentences)));
}
function withBlankedSyntax(spans, sentences) {
  const last = sentences[sentences.length - 1];
  if (last === void 0) return sentences;
  for (const span of spans) {
    if (span.start < last.end && last.end < span.end) sentences[sentences.length - 1] = { start: last.start, end: span.end };
  }
  return sentences;
}
var CLOSING_EMPHASIS = /^[*_~]+(?=\s|$)/;
function withClosingEmphasis(text, sentences) {
  for (let i = 1; i < sentences.length; i++) {
    const previous = sentences[i - 1];
    const sentence = sentences[i];
    if (previous.end !== sentence.start) continue;
    const marks = CLOSING_EMPHASIS.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + TAIL)));
    if (marks === null) continue;
    sentences[i - 1] = { start: previous.start, end: previous.end + marks[0].length };
    sentences[i] = { start: sentence.start + marks[0].length, end: sentence.end };
  }
  return sentences.filter((sentence) => sentence.end > sentence.start).map((sentence) => trimStart(text, sentence));
}
function trimStart(text, range) {
  let { start } = range;
  while (start < range.end && isWhitespace(text.charCodeAt(start))) start++;
  return start === range.start ? range : { start, end: range.end };
}
function softWraps(slice) {
  return slice.replace(LINE_BREAK, (found, at) => AFTER_SENTENCE_END.test(slice.slice(Math.max(0, at - TAIL), at)) ? found : " ");
}
var LINE_BREAK = /[\n\r]/g;
var AFTER_SENTENCE_END = /[.!?\u2026]["'\u2019\u201d)\]*_`]*[ \t\r]*$/;
function joinAcross(spans, sentences) {
  if (spans.length === 0 || sentences.length < 2) return sentences;
  const joined = [sentences[0]];
  let at = 0;
  for (let i = 1; i < sentences.length; i++) {
    const last = joined[joined.length - 1];
    const next = sentences[i];
    while (at < spans.length && spans[at].end <= last.end) at++;
    if (at < spans.length && spans[at].start < next.start) joined[joined.length - 1] = { start: last.start, end: next.end };
    else joined.push(next);
  }
  return joined;
}
var GLUED_END = new RegExp(`\\p{Ll}{2}[.!?]["'\\u2019\\u201d)]?(?=\\p{Lu}\\p{Ll})`, "gu");
var GLUED_HINT = /[.!?]["'\u2019\u201d)]?[^\s\d.!?"'\u2019\u201d)]/;
function splitGluedSentences(pieces, slice) {
  if (!GLUED_HINT.test(slice)) return pieces;
  GLUED_END.lastIndex = 0;
  if (!GLUED_END.test(slice)) return pieces;
  GLUED_END.lastIndex = 0;
  const result = [];
  for (const piece of pieces) {
    let start = piece.start;
    for (const glued of slice.slice(piece.start, piece.end).matchAll(GLUED_END)) {
      const cut = piece.start + glued.index + glued[0].length;
      result.push({ start, end: cut });
      start = cut;
    }
    result.push({ start, end: piece.end });
  }
  return result;
}
var CHUNK = 4096;
var CHUNK_END = /[.!?\u3002\uff01\uff1f]["'\u2019\u201d)]*\s+/g;
function chunksOf(text) {
  if (text.length <= CHUNK) return [{ start: 0, end: text.length }];
  const chunks = [];
  let start = 0;
  while (text.length - start > CHUNK) {
    CHUNK_END.lastIndex = start + CHUNK;
    const end = CHUNK_END.exec(text);
    if (!end) break;
    chunks.push({ start, end: end.index + end[0].length });
    start = end.index + end[0].length;
  }
  chunks.push({ start, end: text.length });
  return chunks;
}
var SEPARATOR = /^[\n\r\u0085\u2028\u2029]$/;
function maskEntities(slice) {
  if (!slice.includes("&")) return slice;
  return slice.replace(ENTITY_SHAPE, (entity) => {
    const decoded = decodeEntities(entity);
    if (decoded === entity || decoded.length > entity.length) return entity;
    const padding = "\u200D".repeat(entity.length - decoded.length);
    return SEPARATOR.test(decoded) ? padding + decoded : decoded + padding;
  });
}
var DASH_AFTER_STOP = new RegExp(`(?<=[.!?]["'\\u2019\\u201d)]*\\s+)[\\u2014\\u2013](?=\\s+\\p{Lu})`, "gu");
var DASH = /[\u2014\u2013]/;
var TITLE = /(?:^|[\s(])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Rev|Hon|Supt|Insp|St|Mt|Ft|Messrs)\.$/u;
var BEFORE_NUMBER = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Art|Fig|p|pp|ch)\.$/iu;
var INITIAL = new RegExp("(?:^|[\\s(.])\\p{Lu}\\.$", "u");
var STARTS_LOWER_OR_DIGIT = /^[\s"'\u2018\u201c(]*[\p{Ll}\p{N}]/u;
function isFalseBreak(before, after) {
  const trimmedEnd = before.trimEnd();
  const end = trimmedEnd.length > TAIL ? trimmedEnd.slice(-TAIL) : trimmedEnd;
  if (TITLE.test(end) || INITIAL.test(end)) return true;
  if (STARTS_LOWER_OR_DIGIT.test(after)) return endsWithFullStop(trimmedEnd) || BEFORE_NUMBER.test(end);
  return false;
}
var TAIL = 16;
function endsWithFullStop(text) {
  let at = text.length - 1;
  while (at >= 0 && CLOSERS.includes(text[at])) at--;
  return at >= 0 && (text[at] === "." || text[at] === "\u2026");
}
var CLOSERS = `"'\u2019\u201D)`;
function joinFalseBreaks(pieces, slice) {
  const joined = [];
  for (const piece of pieces) {
    const last = joined[joined.length - 1];
    if (last && isFalseBreak(slice.slice(last.start, last.end), slice.slice(piece.start, piece.end))) {
      joined[joined.length - 1] = { start: last.start, end: piece.end };
    } else joined.push(piece);
  }
  return joined;
}
function trimmed(pieces, slice, base) {
  const result = [];
  for (const piece of pieces) {
    let { start, end } = piece;
    while (start < end && isWhitespace(slice.charCodeAt(start))) start++;
    while (end > start && isWhitespace(slice.charCodeAt(end - 1))) end--;
    if (end > start) result.push({ start: base + start, end: base + end });
  }
  return result;
}

// src/core/int32-arena.ts
var Int32Arena = class {
  /** @param chunk entries per shared buffer; longer arrays get their own */
  constructor(chunk) {
    this.chunk = chunk;
  }
  chunk;
  buffer = new Int32Array(0);
  used = 0;
  /** A copy of `source`'s first `count` entries: a view into the shared buffer, or an array of its own when longer than a chunk. */
  copy(source, count) {
    if (count > this.chunk) return source.slice(0, count);
    if (count > this.buffer.length - this.used) {
      this.buffer = new Int32Array(this.chunk);
      this.used = 0;
    }
    const at = this.used;
    for (let i = 0; i < count; i++) this.buffer[at + i] = source[i];
    this.used += count;
    return this.buffer.subarray(at, at + count);
  }
};

// src/core/reading-text.ts
function readingText(text, blocks) {
  const blanks = [];
  for (const block of blocks) {
    if (block.inline === void 0) continue;
    quoteMarkersOf(text, block.content, blanks);
    for (const span of block.inline) {
      const from = syntaxStart(text.slice(span.start, span.end));
      if (from !== void 0) blanks.push({ start: span.start + from, end: span.end });
    }
  }
  if (blanks.length === 0) return text;
  blanks.sort((x, y) => x.start - y.start);
  const pieces = [];
  let copied = 0;
  for (const blank of blanks) {
    const start = Math.max(blank.start, copied);
    if (blank.end <= start) continue;
    pieces.push(text.slice(copied, start), text.slice(start, blank.end).replace(NOT_LINE_BREAK, " "));
    copied = blank.end;
  }
  pieces.push(text.slice(copied));
  return pieces.join("");
}
var NOT_LINE_BREAK = /[^\n\r]/g;
function quoteMarkersOf(text, content, blanks) {
  for (let newline = text.indexOf("\n", content.start); newline !== -1 && newline < content.end; newline = text.indexOf("\n", newline + 1)) {
    let at = newline + 1;
    let marker = -1;
    while (at < content.end && (text[at] === " " || text[at] === "	" || text[at] === ">")) {
      if (text[at] === ">") marker = at;
      at++;
    }
    if (marker !== -1) blanks.push({ start: newline + 1, end: marker + 1 });
  }
}
var AUTOLINK = /^<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>]+)>$/i;
var HTML_TAG = /^<[^<>]*>$/;
function syntaxStart(written) {
  if (written.startsWith("[^") || written.startsWith("{")) return 0;
  if (written.startsWith("<")) return !AUTOLINK.test(written) && HTML_TAG.test(written) ? 0 : void 0;
  if (!written.startsWith("[") && !written.startsWith("![")) return void 0;
  const inline = written.lastIndexOf("](");
  if (inline >= 0 && written.endsWith(")")) return inline + 1;
  const reference = written.lastIndexOf("][");
  return reference >= 0 ? reference + 1 : void 0;
}

// src/core/document.ts
var wordHashArena = new Int32Arena(1 << 14);
var wordEndArena = new Int32Arena(1 << 14);
var MIN_EVIDENCE_WORDS = 4;
function evidenceOf(words, letters, minLength) {
  if (words < MIN_EVIDENCE_WORDS) return "none";
  if (letters >= minLength) return "full";
  return letters >= minLength / 2 ? "repeat" : "none";
}
function sentencesTouching(model, span) {
  const [first, end] = span;
  return model.sentences.filter((sentence) => sentence.firstWord < end && first < sentence.firstWord + sentence.fp.wordCount);
}
function buildDocument(source, blocks, locale, minLength, cutRule = "shared", keepWordEnds = false) {
  const text = readingText(source, blocks);
  const segments = [];
  const add = (block, sentence, range, fp, firstWord, evidence) => {
    const segment = { id: segments.length, block, sentence, range, fp, evidence, firstWord };
    segments.push(segment);
    return segment;
  };
  const scans = mapPacked(blocks, (block) => scanBlock(text, block, locale, wordHashArena, keepWordEnds));
  const repeats = repeatsOf(
    mapPacked(scans, (scan2) => scan2.hashes),
    mapPacked(scans, (scan2) => evidenceOf(scan2.hashes.length, scan2.letters, minLength))
  );
  const models = mapPacked(blocks, (block, index) => {
    const scan2 = scans[index];
    const cut = scan2.done !== void 0 || cutRule === "all" || cutRule === "shared" && (index === 0 || repeats[index] !== 0);
    const { whole, ranges, parts, hashes } = cut ? segmentBlock(text, block, locale, scan2) : wholeOnly(scan2);
    const wholeSegment = add(index, -1, block.content, whole, 0, evidenceOf(whole.wordCount, whole.letters, minLength));
    let firstWord = 0;
    const sentences = mapPacked(ranges, (range, sentence) => {
      const fp = parts[sentence];
      const segment = add(index, sentence, range, fp, firstWord, evidenceOf(fp.wordCount, fp.letters, minLength));
      firstWord += fp.wordCount;
      return segment;
    });
    return { block, whole: wholeSegment, sentences, wordHashes: hashes, cut, wordEnds: scan2.ends };
  });
  return { text, source, blocks: models, segments, repeats };
}
function repeatsOf(hashes, evidence) {
  const none = new Int32Array(0);
  return blocksSharingShingles(mapPacked(hashes, (words, index) => evidence[index] === "none" ? none : words));
}
var ORPHAN_MARK = new RegExp("(?<![\\p{L}\\p{N}\\p{M}])\\p{M}", "u");
function scanBlock(text, block, locale, arena, keepEnds = false) {
  const { content } = block;
  const blockText = text.slice(content.start, content.end);
  const scratch = keepEnds ? endScratchFor(content.end - content.start) : void 0;
  const plain = hashPlainWords(text, content.start, content.end, arena, scratch);
  if (plain) {
    if (scratch === void 0) return { blockText, hashes: plain.hashes, letters: plain.letters, ends: void 0, whole: void 0, done: void 0 };
    const count = plain.hashes.length;
    const ends = { offsets: wordEndArena.copy(scratch.offsets, count), letters: wordEndArena.copy(scratch.letters, count) };
    return { blockText, hashes: plain.hashes, letters: plain.letters, ends, whole: void 0, done: void 0 };
  }
  if (blockText.includes("`") || ORPHAN_MARK.test(blockText)) {
    const done = fingerprintSentences(text, content, segmentSentences(text, content, locale, block.inline), blockText);
    return { blockText, hashes: done.hashes, letters: done.whole.letters, ends: void 0, whole: void 0, done };
  }
  const hashes = [];
  const whole = fingerprint(blockText, hashes);
  return { blockText, hashes: Int32Array.from(hashes), letters: whole.letters, ends: void 0, whole, done: void 0 };
}
var endScratch = { offsets: new Int32Array(1024), letters: new Int32Array(1024) };
function endScratchFor(length) {
  const most = (length >> 1) + 1;
  if (endScratch.offsets.length < most) endScratch = { offsets: new Int32Array(2 * most), letters: new Int32Array(2 * most) };
  return endScratch;
}
function wholeOnly(scan2) {
  const whole = scan2.whole ?? plainFingerprint(scan2.blockText, scan2.hashes.length, scan2.letters);
  return { whole, ranges: [], parts: [], hashes: scan2.hashes };
}
function fingerprintBlock(text, content, locale) {
  return segmentBlock(text, { content }, locale, scanBlock(text, { content }, locale));
}
function segmentBlock(text, block, locale, scan2) {
  if (scan2.done) return scan2.done;
  const { content } = block;
  const ranges = segmentSentences(text, content, locale, block.inline);
  if (ranges.length < 2) return wholeOnly(scan2);
  if (scan2.whole) return fingerprintSentences(text, content, ranges, scan2.blockText);
  const scanned = scanPlainWords(scan2.blockText);
  let at = 0;
  const parts = mapPacked(ranges, (range) => {
    const from = at;
    while (at < scanned.starts.length && scanned.starts[at] < range.end - content.start) at++;
    return fingerprintFromWords(text.slice(range.start, range.end), scanned.words.slice(from, at));
  });
  return { whole: fingerprintFromWords(scan2.blockText, scanned.words), ranges, parts, hashes: scan2.hashes };
}
function fingerprintSentences(text, content, ranges, blockText) {
  const hashes = [];
  if (ranges.length < 2) {
    const whole = fingerprint(blockText, hashes);
    return { whole, ranges: [], parts: [], hashes: Int32Array.from(hashes) };
  }
  const parts = mapPacked(ranges, (range) => fingerprint(text.slice(range.start, range.end), hashes));
  return { whole: joinFingerprints(blockText, parts), ranges, parts, hashes: Int32Array.from(hashes) };
}
function joinFingerprints(text, parts) {
  const words = [];
  for (const part of parts) for (const word of part.words) words.push(word);
  return fingerprintFromWords(text, words);
}
var segmentText = (doc, segment) => doc.text.slice(segment.range.start, segment.range.end);

// src/core/utf8-chars.ts
var utf8Width = (lead) => lead < 192 ? 1 : lead < 224 ? 2 : lead < 240 ? 3 : 4;
function utf8CodeAt(chars, at) {
  const lead = chars.charCodeAt(at);
  if (lead < 128) return lead;
  const second = chars.charCodeAt(at + 1) & 63;
  if (lead < 224) return (lead & 31) << 6 | second;
  const third = chars.charCodeAt(at + 2) & 63;
  if (lead < 240) return (lead & 15) << 12 | second << 6 | third;
  return (lead & 7) << 18 | second << 12 | third << 6 | chars.charCodeAt(at + 3) & 63;
}
function spaceAt(chars, at) {
  const lead = chars.charCodeAt(at);
  if (lead < 128) return isWhitespace(lead) ? 1 : 0;
  return lead >= 192 && lead < 240 && isWhitespace(utf8CodeAt(chars, at)) ? utf8Width(lead) : 0;
}
function spaceBefore(chars, at) {
  let start = at - 1;
  while (start > at - 3 && start > 0 && (chars.charCodeAt(start) & 192) === 128) start--;
  return start >= 0 && spaceAt(chars, start) === at - start ? at - start : 0;
}
function utf16Excess(chars, start, end) {
  let excess = 0;
  for (let i = start; i < end; i++) {
    const byte = chars.charCodeAt(i);
    if (byte >= 128) excess += byte < 192 ? 1 : byte >= 240 ? -1 : 0;
  }
  return excess;
}

// src/core/text-units.ts
var SPACE_BYTES = String.raw`(?:[\t-\r ]|\xc2\xa0|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80|\xef\xbb\xbf)`;
var UTF16_UNITS = {
  spaceAt: (text, at) => isWhitespace(text.charCodeAt(at)) ? 1 : 0,
  spaceBefore: (text, at) => at > 0 && isWhitespace(text.charCodeAt(at - 1)) ? 1 : 0,
  width: (_text, start, end) => end - start,
  bomLength: (text) => text.charCodeAt(0) === 65279 ? 1 : 0,
  ignoreMarker: /<!--\s*unecho-ignore(-end)?\s*-->/g
};
var UTF8_BYTES = {
  spaceAt,
  spaceBefore,
  width: (chars, start, end) => end - start - utf16Excess(chars, start, end),
  bomLength: (chars) => chars.startsWith("\xEF\xBB\xBF") ? 3 : 0,
  ignoreMarker: new RegExp(`<!--${SPACE_BYTES}*unecho-ignore(-end)?${SPACE_BYTES}*-->`, "g")
};

// src/core/plan-edits.ts
function planEdits(doc, plan) {
  const ranges = [];
  for (const index of plan.removedBlocks) ranges.push(doc.blocks[index].block.removal);
  for (const [index, cut] of plan.cutSentences) {
    const sentences = doc.blocks[index].sentences;
    let tail = sentences.length;
    while (tail > 0 && (cut.has(tail - 1) || sentences[tail - 1].fp.wordCount === 0)) tail--;
    sentences.forEach((sentence, i) => {
      if (!cut.has(i)) return;
      const next = sentences[i + 1];
      const previous = sentences[i - 1];
      const { lead, trail } = unpairedEdges(doc.source, sentence.range);
      if (previous && (i >= tail || !next || trail > 0)) {
        const end = trail > 0 ? sentence.range.end - trail : withClosingTags(doc.source, sentence.range, doc.blocks[index].block.inline ?? []);
        ranges.push({ start: previous.range.end, end });
      } else if (next) ranges.push({ start: sentence.range.start + lead, end: next.range.start });
    });
  }
  return removalEdits(doc.source, ranges, { starts: listStarts(doc.blocks.map((model) => model.block)) });
}
function listStarts(blocks) {
  return blocks.flatMap((block) => block.listStart === void 0 ? [] : [block.listStart]);
}
function withClosingTags(text, range, inline) {
  const tags = inline.filter((span) => span.start >= range.start && text.charCodeAt(span.start) === LESS_THAN);
  let end = range.end;
  for (; ; ) {
    const closing = tags.find((span) => span.start === end);
    const name = closing === void 0 ? void 0 : CLOSING_TAG.exec(text.slice(closing.start, closing.end))?.[1]?.toLowerCase();
    if (closing === void 0 || name === void 0) return end;
    const opened = tags.filter((span) => span.end <= end && tagName(text.slice(span.start, span.end)) === name).length;
    const closed = tags.filter((span) => span.end <= end && CLOSING_TAG.exec(text.slice(span.start, span.end))?.[1]?.toLowerCase() === name).length;
    if (opened <= closed) return end;
    end = closing.end;
  }
}
var LESS_THAN = 60;
var CLOSING_TAG = /^<\/([a-z][a-z0-9-]*)\s*>$/i;
var OPENING_TAG = /^<([a-z][a-z0-9-]*)(?:\s[^<>]*)?(?<!\/)>$/i;
function tagName(written) {
  return OPENING_TAG.exec(written)?.[1]?.toLowerCase();
}
var OPENING = "\u201C([\xAB";
var CLOSING = "\u201D)]\xBB";
var SAME_BOTH_ENDS = '"';
var EMPHASIS = "*_~";
function unpairedEdges(text, range) {
  const own = text.slice(range.start, range.end);
  const count = (mark) => own.split(mark).length - 1;
  const unpaired = (mark, pairs, partners) => {
    const at = pairs.indexOf(mark);
    if (at >= 0) return count(mark) > count(partners[at]);
    return SAME_BOTH_ENDS.includes(mark) && count(mark) % 2 === 1;
  };
  const emphasisRun = (at, step, limit) => {
    const mark = own[at];
    if (!EMPHASIS.includes(mark)) return 0;
    let run = 1;
    while (at + step * run !== limit && own[at + step * run] === mark) run++;
    const elsewhere = count(mark) - run;
    return elsewhere < run || run === 1 && count(mark) % 2 === 1 ? run : 0;
  };
  let lead = 0;
  while (lead < own.length) {
    const run = emphasisRun(lead, 1, own.length);
    if (run > 0) lead += run;
    else if (unpaired(own[lead], OPENING, CLOSING)) lead++;
    else break;
  }
  let trail = 0;
  while (trail < own.length - lead) {
    const run = emphasisRun(own.length - 1 - trail, -1, lead - 1);
    if (run > 0) trail += run;
    else if (unpaired(own[own.length - 1 - trail], CLOSING, OPENING)) trail++;
    else break;
  }
  return { lead, trail };
}
function removalEdits(text, ranges, how = {}) {
  const { units = UTF16_UNITS, starts = [] } = how;
  const merged = starts.length === 0 ? mergeRanges(ranges) : keepingListStarts(text, mergeRanges(ranges), starts);
  const widened = mergeRanges(mapPacked(merged, (range) => closeLineGap(text, closeBlankGap(text, extendOverTrailingSpace(text, range, units)))));
  const last = widened.pop();
  if (last !== void 0) widened.push(extendOverTrailingSpace(text, last, units));
  return mapPacked(mergeRanges(widened), (range) => ({ range, text: "" }));
}
function closeBlankGap(text, range) {
  if (!followsBlankLine(text, range.start)) return range;
  const first = lineBreakAt(text, range.end);
  if (first === 0) return range;
  const blank = skipSpacesAndTabs(text, range.end + first);
  const second = lineBreakAt(text, blank);
  return second === 0 ? range : { start: range.start, end: blank + second };
}
function closeLineGap(text, range) {
  if (lineBreakBefore(text, range.start) === 0) return range;
  const after = lineBreakAt(text, range.end);
  return after === 0 ? range : { start: range.start, end: range.end + after };
}
function followsBlankLine(text, at) {
  let before = at - lineBreakBefore(text, at);
  if (before === at) return false;
  while (before > 0 && (text[before - 1] === " " || text[before - 1] === "	")) before--;
  return before > 0 && lineBreakBefore(text, before) > 0;
}
function skipSpacesAndTabs(text, at) {
  while (text[at] === " " || text[at] === "	") at++;
  return at;
}
function lineBreakAt(text, at) {
  if (text[at] === "\n") return 1;
  if (text[at] !== "\r") return 0;
  return text[at + 1] === "\n" ? 2 : 1;
}
function lineBreakBefore(text, at) {
  if (text[at - 1] === "\r") return 1;
  if (text[at - 1] !== "\n") return 0;
  return text[at - 2] === "\r" ? 2 : 1;
}
function mergeRanges(ranges) {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}
function extendOverTrailingSpace(text, range, units) {
  for (let at = range.end, space = 0; at < text.length; at += space) {
    space = units.spaceAt(text, at);
    if (space === 0) return range;
  }
  let start = range.start;
  for (let space = 0; (space = units.spaceBefore(text, start)) > 0; ) start -= space;
  return { start, end: range.end };
}

// src/core/apply-edits.ts
function applyEdits(text, edits) {
  const parts = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(text.slice(at, edit.range.start), edit.text);
    at = edit.range.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

// src/core/last-at-or-before.ts
function lastAtOrBefore(sorted, value) {
  let low = -1;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

// src/core/locate.ts
function lineStartsOf(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
var LineLocator = class {
  starts;
  constructor(text) {
    this.starts = lineStartsOf(text);
  }
  /** 1-based line and column (in UTF-16 code units) of `offset`. */
  locate(offset) {
    const line = lastAtOrBefore(this.starts, offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }
};

// src/core/without-inert.ts
function withoutInert(blocks) {
  if (!blocks.some((block) => block.inert === true)) return blocks;
  return blocks.filter((block) => block.inert !== true).map((block, index) => ({ ...block, index }));
}

// src/core/exact-key.ts
var DECODE_FIRST = -1;
var SEPARATOR2 = -1;
var APOSTROPHE = -2;
var AMPERSAND = -3;
var INVISIBLE2 = -4;
var UNKNOWN2 = -5;
var LOOSE = -6;
var SYMBOL = -7;
var WORD_START = 65536;
var LATIN1_SYMBOLS = [161, 162, 163, 164, 165, 166, 167, 169, 172, 174, 176, 177, 182, 183, 191, 215, 247];
var LATIN1 = Int32Array.from({ length: 256 }, (_, code) => {
  if (code >= 97 && code <= 122) return code;
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 48 && code <= 57) return code;
  if (code >= 192 && code !== 215 && code !== 247) return code <= 222 ? code + 32 : code;
  if (code === 39) return APOSTROPHE;
  if (code === 38) return AMPERSAND;
  if (code === 173) return INVISIBLE2;
  if (code === 96) return LOOSE;
  if (code < 128 || code === 160 || code === 171 || code === 187) return SEPARATOR2;
  return LATIN1_SYMBOLS.includes(code) ? SYMBOL : UNKNOWN2;
});
var LATIN_EXTENDED_A = Int32Array.from({ length: 128 }, (_, offset) => {
  const char = String.fromCharCode(256 + offset);
  const lower = char.toLowerCase();
  return char.normalize("NFKC") === char && lower.length === 1 && lower.normalize("NFKC") === lower ? lower.charCodeAt(0) : UNKNOWN2;
});
function wideKind(code) {
  if (code < 384) return LATIN_EXTENDED_A[code - 256];
  if (code === 8217 || code === 8216 || code === 8218 || code === 8219 || code === 8242) return APOSTROPHE;
  if (code >= 8203 && code <= 8207 || code >= 8288 && code <= 8292 || code === 65279) return INVISIBLE2;
  if (code >= 8192 && code <= 8303) {
    if (code === 8215 || code === 8254) return UNKNOWN2;
    return code >= 8289 ? LOOSE : SEPARATOR2;
  }
  if (code >= 8352 && code <= 8383 && code !== 8360 || code >= 8592 && code <= 8703 || code >= 9472 && code <= 10087 || code >= 11008 && code <= 11263) return SYMBOL;
  return UNKNOWN2;
}
var kindOf2 = (code) => code < 256 ? LATIN1[code] : wideKind(code);
function kindAt2(text, at, utf8) {
  const code = text.charCodeAt(at);
  if (code < 128 || !utf8) return kindOf2(code);
  return code >= 240 ? UNKNOWN2 : kindOf2(utf8CodeAt(text, at));
}
function joinsWord(text, next, end, mark, utf8) {
  return mark === 0 && letterFollows(text, next, end, utf8);
}
function letterFollows(text, next, end, utf8) {
  let at = next;
  while (at < end && kindAt2(text, at, utf8) === INVISIBLE2) at += utf8 ? utf8Width(text.charCodeAt(at)) : 1;
  return at < end && kindAt2(text, at, utf8) >= 0;
}
var SEED_HIGH = 2166136261 | 0;
var SEED_LOW = 16777619;
var combine = (high, low) => (high >>> 0) * 2097152 + (low >>> 0 & 2097151);
function exactKeyHash(text, start, end, facts) {
  return hashKey(text, start, end, facts, false);
}
function byteKeyHash(chars, start, end, facts) {
  return hashKey(chars, start, end, facts, true);
}
var SKIP = -9;
var FULL_KEY = -10;
var WIDE = -11;
var scan = {
  high: 0,
  low: 0,
  /** WORD_START between words, 0 inside one: added to each letter instead of a branch. */
  mark: 0,
  words: 0,
  /** Letters and digits mixed, apostrophes inside words included (as the fingerprint counts them). */
  letters: 0,
  plain: true,
  symbols: false,
  /** Bytes over UTF-16 units so far (byte strings only). */
  excess: 0,
  /** Where the last character `rareKey` read ends: its last code unit (or byte). */
  last: 0
};
function hashPlain(text, at, end, first) {
  let { high, low, mark, words, letters } = scan;
  let key = first;
  let i = at;
  for (; ; ) {
    if (key >= 0) {
      key |= mark;
      words += mark >>> 16;
      mark = 0;
      letters++;
      low = Math.imul(low ^ key, 1540483477) ^ high >>> 15;
      high = Math.imul(high ^ key, 16777619);
    } else if (key === SEPARATOR2) mark = WORD_START;
    else if (key !== SKIP) {
      i--;
      break;
    }
    if (i >= end) break;
    const code = text.charCodeAt(i++);
    key = code < 128 ? LATIN1[code] : WIDE;
  }
  scan.high = high;
  scan.low = low;
  scan.mark = mark;
  scan.words = words;
  scan.letters = letters;
  return i;
}
function rareKey(text, at, end, utf8) {
  const code = text.charCodeAt(at);
  let last = at;
  let kind;
  if (code < 128 || !utf8) kind = kindOf2(code);
  else {
    kind = kindAt2(text, at, true);
    const more = utf8Width(code) - 1;
    last += more;
    scan.excess += more;
  }
  scan.last = last;
  if (kind >= 0 || kind === SEPARATOR2) return kind;
  switch (kind) {
    case APOSTROPHE:
      if (!joinsWord(text, last + 1, end, scan.mark, utf8)) return SEPARATOR2;
      return 39;
    case LOOSE:
      if (letterFollows(text, last + 1, end, utf8)) return FULL_KEY;
      scan.plain = false;
      return SEPARATOR2;
    case SYMBOL:
      scan.symbols = true;
      return SEPARATOR2;
    case INVISIBLE2:
      scan.plain = false;
      return SKIP;
    case AMPERSAND:
      return entityStartsAt(text, at) ? FULL_KEY : SEPARATOR2;
    default:
      return FULL_KEY;
  }
}
function hashKey(text, start, end, facts, utf8) {
  scan.high = SEED_HIGH;
  scan.low = SEED_LOW;
  scan.mark = WORD_START;
  scan.words = scan.letters = scan.excess = 0;
  scan.plain = true;
  scan.symbols = false;
  let key = SKIP;
  for (let at = start; ; at = scan.last + 1) {
    at = hashPlain(text, at, end, key);
    if (at >= end) break;
    key = rareKey(text, at, end, utf8);
    if (key === FULL_KEY) return fullKeyHash(text, start, end, facts, utf8);
  }
  if (scan.symbols && !scan.plain) return fullKeyHash(text, start, end, facts, utf8);
  facts.words = scan.words;
  if (utf8) facts.excess = scan.excess;
  facts.letters = scan.letters;
  return combine(scan.high, scan.low);
}
var KEY_END = -1;
var NOT_PLAIN = -2;
var PlainKey = class {
  constructor(text) {
    this.text = text;
  }
  text;
  at = 0;
  mark = WORD_START;
  /** The next code, KEY_END (then again on every call), or NOT_PLAIN. */
  next() {
    const text = this.text;
    while (this.at < text.length) {
      const i = this.at++;
      const kind = kindOf2(text.charCodeAt(i));
      if (kind >= 0) {
        const code = kind | this.mark;
        this.mark = 0;
        return code;
      }
      if (kind === APOSTROPHE && joinsWord(text, i + 1, text.length, this.mark, false)) return 39;
      if (kind === SEPARATOR2 || kind === APOSTROPHE || kind === SYMBOL || kind === AMPERSAND && !entityStartsAt(text, i)) this.mark = WORD_START;
      else return NOT_PLAIN;
    }
    return KEY_END;
  }
};
function plainKeysEqual(left, right) {
  const leftKey = new PlainKey(left);
  const rightKey = new PlainKey(right);
  let equal = true;
  for (; ; ) {
    const a = leftKey.next();
    const b = rightKey.next();
    if (a === NOT_PLAIN || b === NOT_PLAIN) return void 0;
    if (a === KEY_END && b === KEY_END) return equal;
    if (a !== b) equal = false;
  }
}
function sameExactKey(left, right) {
  if (left === right) return true;
  return plainKeysEqual(left, right) ?? fingerprint(left).key === fingerprint(right).key;
}
function fullKeyHash(text, start, end, facts, utf8) {
  return utf8 ? DECODE_FIRST : fingerprintHash(text.slice(start, end), facts);
}
function fingerprintHash(text, facts) {
  const { key: normalized, words, letters } = fingerprint(text);
  let high = SEED_HIGH;
  let low = SEED_LOW;
  let wordStart = true;
  for (let i = 0; i < normalized.length; i++) {
    let key = normalized.charCodeAt(i);
    if (key === 32) {
      wordStart = true;
      continue;
    }
    if (wordStart) key |= WORD_START;
    wordStart = false;
    low = Math.imul(low ^ key, 1540483477) ^ high >>> 15;
    high = Math.imul(high ^ key, 16777619);
  }
  facts.words = words.length;
  facts.letters = letters;
  return combine(high, low);
}

// src/core/first-by-hash.ts
var FirstByHash = class {
  hashes;
  /** Item + 1 per slot; 0 marks a free slot. */
  items;
  mask;
  /** @param expected how many hashes will be added at most (the table never grows) */
  constructor(expected) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.hashes = new Float64Array(size);
    this.items = new Int32Array(size);
    this.mask = size - 1;
  }
  /**
   * The item stored for `hash`; when there is none, stores `item` for it.
   * @param hash a non-negative safe integer (below 2^53)
   * @param item a non-negative int32 (a block index)
   * @returns the earlier item, or -1 when `item` was stored
   */
  firstOrAdd(hash, item) {
    let slot = hash >>> 0 & this.mask;
    for (; ; ) {
      const stored = this.items[slot];
      if (stored === 0) {
        this.hashes[slot] = hash;
        this.items[slot] = item + 1;
        return -1;
      }
      if (this.hashes[slot] === hash) return stored - 1;
      slot = slot + 1 & this.mask;
    }
  }
};

// src/core/find-repeats.ts
function findRepeats(count, minLength, hashOf, sameKey) {
  const firsts = new FirstByHash(count);
  const repeats = [];
  const facts = { words: 0, letters: 0, excess: 0 };
  for (let index = 0; index < count; index++) {
    const hash = hashOf(index, facts);
    if (evidenceOf(facts.words, facts.letters, minLength) === "none") continue;
    const earlier = firsts.firstOrAdd(hash, index);
    if (earlier >= 0 && sameKey(earlier, index)) repeats.push({ echo: index, kept: earlier });
  }
  return repeats;
}

// src/core/clean-exact.ts
function cleanExactBlocks(text, allBlocks, options = {}) {
  const { minLength } = resolveOptions(options);
  const blocks = withoutInert(allBlocks);
  const slice = (block) => text.slice(block.content.start, block.content.end);
  const removed = findRepeats(
    blocks.length,
    minLength,
    (index, facts) => exactKeyHash(text, blocks[index].content.start, blocks[index].content.end, facts),
    (kept, echo) => sameExactKey(slice(blocks[kept]), slice(blocks[echo]))
  );
  const edits = removalEdits(text, removed.map(({ echo }) => blocks[echo].removal), { starts: listStarts(blocks) });
  const cleaned = applyEdits(text, edits);
  const locator = new LineLocator(text);
  const place = (block) => {
    const { start, end } = block.content;
    return { start, end, text: slice(block), ...locator.locate(start) };
  };
  return {
    text: cleaned,
    changed: cleaned !== text,
    changes: removed.map(({ echo, kept }) => repeatChange(place(blocks[echo]), place(blocks[kept]))),
    edits,
    stats: exactStats(blocks.length, removed.length, text.length - cleaned.length)
  };
}
function repeatChange(removed, kept) {
  return { kind: removed.text === kept.text ? "exact" : "near", unit: "paragraph", rule: "repeat", removed, kept, score: 1 };
}
function exactStats(blocks, removedBlocks, removedChars) {
  return { blocks, removedBlocks, removedSentences: 0, removedChars };
}

export {
  DEFAULT_OPTIONS,
  resolveOptions,
  isExactOnly,
  wordsOf,
  hashPlainWords,
  fingerprint,
  isTruncated,
  utf16Excess,
  DECODE_FIRST,
  exactKeyHash,
  byteKeyHash,
  sameExactKey,
  lowerBound,
  PostingCounter,
  MIN_SHINGLED_WORDS,
  winnowInto,
  winnowHashes,
  ShingleIndex,
  SHARES_ACROSS,
  REPEATS_WITHIN,
  segmentSentences,
  Int32Arena,
  mapPacked,
  AUTOLINK,
  evidenceOf,
  sentencesTouching,
  buildDocument,
  fingerprintBlock,
  segmentText,
  findRepeats,
  UTF16_UNITS,
  UTF8_BYTES,
  planEdits,
  removalEdits,
  lastAtOrBefore,
  applyEdits,
  lineStartsOf,
  LineLocator,
  withoutInert,
  cleanExactBlocks,
  repeatChange,
  exactStats
};
