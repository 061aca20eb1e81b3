/**
 * Candidate search for twins in bounded time per segment: word 3-gram shingles, winnowed
 * (the smallest hash of every window of 3 shingles is kept), indexed by block. A text of at
 * least `SHINGLE_WORDS + WINDOW - 1` words that lies inside another shares at least one kept
 * shingle with it, because a window fully inside both picks the same minimum in both.
 */

/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Shingles per winnowing window. */
const WINDOW = 3;
/** Fewest words a text needs to be found inside another by its shingles. */
export const MIN_SHINGLED_WORDS = SHINGLE_WORDS + WINDOW - 1;
/** Postings read per shingle: the first blocks that hold it and the nearest ones. */
const POSTINGS_READ = 8;

/** 32-bit FNV-1a of a word, cached: words repeat a lot. */
export class WordHasher {
  private readonly cache = new Map<string, number>();

  hash(word: string): number {
    let value = this.cache.get(word);
    if (value === undefined) {
      value = 0x811c9dc5;
      for (let i = 0; i < word.length; i++) value = Math.imul(value ^ word.charCodeAt(i), 0x01000193);
      this.cache.set(word, value);
    }
    return value;
  }
}

/** The kept (winnowed) shingle hashes of a word sequence, without repeats. */
export function winnow(words: readonly string[], hasher: WordHasher): number[] {
  return winnowHashes(Int32Array.from(words, (word) => hasher.hash(word)));
}

/** The kept (winnowed) shingle hashes of a sequence of word hashes, without repeats. */
export function winnowHashes(words: ArrayLike<number>): number[] {
  const count = words.length - SHINGLE_WORDS + 1;
  if (count <= 0) return [];
  const shingles = new Int32Array(count);
  let a = words[0]!;
  let b = words[1]!;
  for (let i = 0; i < count; i++) {
    const c = words[i + 2]!;
    shingles[i] = Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
    a = b;
    b = c;
  }
  if (count <= WINDOW) return [Math.min(...shingles)];
  const kept = new Set<number>();
  for (let start = 0; start + WINDOW <= count; start++) {
    let min = shingles[start]!;
    for (let i = start + 1; i < start + WINDOW; i++) if (shingles[i]! < min) min = shingles[i]!;
    kept.add(min);
  }
  return [...kept];
}

/**
 * Blocks indexed by their kept shingles, in typed arrays (a hash table of distinct shingles
 * pointing into one array of block numbers), so the index costs a few bytes per shingle
 * rather than a JavaScript array per shingle.
 */
export class ShingleIndex {
  private readonly slots: Int32Array;
  private readonly used: Uint8Array;
  /** Per slot: where its blocks start in `blocks`, and how many there are. */
  private readonly offsets: Int32Array;
  private readonly counts: Int32Array;
  /** Block numbers, grouped by shingle, each group in increasing order. */
  private readonly blocks: Int32Array;
  private readonly mask: number;

  /**
   * Builds the index.
   * @param shinglesByBlock the kept shingles of each block, by block number (blocks in increasing order)
   */
  constructor(shinglesByBlock: readonly (readonly number[])[]) {
    let total = 0;
    for (const shingles of shinglesByBlock) total += shingles.length;
    let capacity = 16;
    while (capacity < total * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.counts = new Int32Array(capacity);
    this.offsets = new Int32Array(capacity);
    // First pass counts the blocks of each shingle, the second places them.
    shinglesByBlock.forEach((shingles) => {
      for (const shingle of shingles) this.counts[this.slotFor(shingle, true)]!++;
    });
    let offset = 0;
    for (let slot = 0; slot < capacity; slot++) {
      this.offsets[slot] = offset;
      offset += this.counts[slot]!;
    }
    this.blocks = new Int32Array(offset);
    const filled = new Int32Array(capacity);
    shinglesByBlock.forEach((shingles, block) => {
      for (const shingle of shingles) {
        const slot = this.slotFor(shingle, false);
        this.blocks[this.offsets[slot]! + filled[slot]!++] = block;
      }
    });
  }

  /** The table slot of a shingle (claimed when `claim`), or -1 when it is not there. */
  private slotFor(shingle: number, claim: boolean): number {
    let slot = Math.imul(shingle, 0x9e3779b1) & this.mask;
    while (this.used[slot]) {
      if (this.slots[slot] === shingle) return slot;
      slot = (slot + 1) & this.mask;
    }
    if (!claim) return -1;
    this.used[slot] = 1;
    this.slots[slot] = shingle;
    return slot;
  }

  /**
   * Blocks sharing kept shingles with a segment of block `near`, with how many they share.
   * Of a long posting list only the first and the nearest blocks are read, so a line repeated
   * thousands of times costs no more than one repeated a few times.
   */
  candidates(shingles: readonly number[], near: number): Map<number, number> {
    const hits = new Map<number, number>();
    const count = (block: number): void => {
      hits.set(block, (hits.get(block) ?? 0) + 1);
    };
    for (const shingle of shingles) {
      const slot = this.slotFor(shingle, false);
      if (slot < 0) continue;
      const list = this.blocks.subarray(this.offsets[slot]!, this.offsets[slot]! + this.counts[slot]!);
      let previous = -1;
      const countOnce = (block: number): void => {
        if (block !== previous) count(block);
        previous = block;
      };
      if (list.length <= 2 * POSTINGS_READ) {
        for (const block of list) countOnce(block);
        continue;
      }
      for (let i = 0; i < POSTINGS_READ; i++) countOnce(list[i]!);
      const at = lowerBound(list, near);
      const from = Math.max(POSTINGS_READ, at - POSTINGS_READ / 2);
      for (let i = from; i < Math.min(list.length, from + POSTINGS_READ); i++) countOnce(list[i]!);
    }
    return hits;
  }
}

/** The first index of a sorted list whose value is not below `value` (binary search). */
export function lowerBound(list: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
