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

/** 32-bit FNV-1a of a word (hashing a short word costs less than looking it up in a cache). */
export class WordHasher {
  hash(word: string): number {
    let value = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) value = Math.imul(value ^ word.charCodeAt(i), 0x01000193);
    return value;
  }
}

/** Kept shingles searched in place below this many; a set from there on. */
const SHORT_LIST = 32;

/** Shingle hashes of the text being winnowed, reused from call to call. */
let scratch = new Int32Array(256);

/** The kept (winnowed) shingle hashes of a sequence of word hashes, without repeats. */
export function winnowHashes(words: ArrayLike<number>): number[] {
  const count = words.length - SHINGLE_WORDS + 1;
  if (count <= 0) return [];
  if (scratch.length < count) scratch = new Int32Array(Math.max(count, 2 * scratch.length));
  const shingles = scratch;
  let a = words[0]!;
  let b = words[1]!;
  for (let i = 0; i < count; i++) {
    const c = words[i + 2]!;
    shingles[i] = Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
    a = b;
    b = c;
  }
  if (count <= WINDOW) {
    let min = shingles[0]!;
    for (let i = 1; i < count; i++) if (shingles[i]! < min) min = shingles[i]!;
    return [min];
  }
  // Neighbouring windows mostly keep the same minimum: those repeats are skipped as they come.
  // Later repeats are looked up in the list while it is short (a sentence's), in a set once it
  // is long (a whole page on one line), so the cost stays linear.
  const kept: number[] = [];
  let seen: Set<number> | undefined;
  for (let start = 0; start + WINDOW <= count; start++) {
    let min = shingles[start]!;
    for (let i = start + 1; i < start + WINDOW; i++) if (shingles[i]! < min) min = shingles[i]!;
    if (kept.length > 0 && kept[kept.length - 1] === min) continue;
    if (seen === undefined && kept.length >= SHORT_LIST) seen = new Set(kept);
    if (seen === undefined ? kept.includes(min) : seen.has(min)) continue;
    kept.push(min);
    seen?.add(min);
  }
  return kept;
}

/** A list of hashes: an array or a typed array. */
export type Hashes = ArrayLike<number> & Iterable<number>;

/**
 * Blocks indexed by their kept shingles, in typed arrays (a hash table of distinct shingles
 * pointing into one array of block numbers), so the index costs a few bytes per shingle
 * rather than a JavaScript array per shingle.
 */
export class ShingleIndex {
  private readonly slots: Int32Array;
  /** Per slot: where its blocks start in `blocks`, and how many there are (0: a free slot). */
  private readonly offsets: Int32Array;
  private readonly counts: Int32Array;
  /** Block numbers, grouped by shingle, each group in increasing order. */
  private readonly blocks: Int32Array;
  private readonly mask: number;
  /** Per block, the shingles it shares with the query being answered (zero between queries). */
  private readonly shared: Int32Array;
  /** The blocks the query being answered has counted. */
  private readonly touched: Int32Array;

  /**
   * Builds the index: 12 bytes per table slot, at most two thirds of them used.
   * @param shinglesByBlock the kept shingles of each block, by block number (blocks in increasing order)
   */
  constructor(shinglesByBlock: readonly Hashes[]) {
    let total = 0;
    for (const shingles of shinglesByBlock) total += shingles.length;
    let capacity = 16;
    while (capacity < total * 1.5) capacity *= 2;
    this.mask = capacity - 1;
    this.shared = new Int32Array(shinglesByBlock.length);
    this.touched = new Int32Array(shinglesByBlock.length);
    this.slots = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.offsets = new Int32Array(capacity);
    // First pass counts the blocks of each shingle, the second places them (each slot's offset
    // serves as its cursor, then is moved back to the start of its group).
    shinglesByBlock.forEach((shingles) => {
      for (const shingle of shingles) this.counts[this.slotFor(shingle, true)]!++;
    });
    let offset = 0;
    for (let slot = 0; slot < capacity; slot++) {
      this.offsets[slot] = offset;
      offset += this.counts[slot]!;
    }
    this.blocks = new Int32Array(offset);
    shinglesByBlock.forEach((shingles, block) => {
      for (const shingle of shingles) this.blocks[this.offsets[this.slotFor(shingle, false)]!++] = block;
    });
    for (let slot = 0; slot < capacity; slot++) this.offsets[slot]! -= this.counts[slot]!;
  }

  /** The table slot of a shingle (claimed when `claim`: the caller counts it at once), or -1 when it is not there. */
  private slotFor(shingle: number, claim: boolean): number {
    let slot = Math.imul(shingle, 0x9e3779b1) & this.mask;
    while (this.counts[slot]! > 0) {
      if (this.slots[slot] === shingle) return slot;
      slot = (slot + 1) & this.mask;
    }
    if (!claim) return -1;
    this.slots[slot] = shingle;
    return slot;
  }

  /**
   * Visits the blocks sharing kept shingles with a segment of block `near`, with how many they
   * share, in the order first met. Of a long posting list only the first and the nearest blocks
   * are read, so a line repeated thousands of times costs no more than one repeated a few times.
   * Counts go to a typed array, not a map: a folder's boilerplate makes millions of them.
   * `visit` must not query this index again (the counts are shared).
   */
  candidates(shingles: Hashes, near: number, visit: (block: number, shared: number) => void): void {
    let touched = 0;
    const count = (block: number): void => {
      if (this.shared[block]!++ === 0) this.touched[touched++] = block;
    };
    for (const shingle of shingles) {
      const slot = this.slotFor(shingle, false);
      if (slot < 0) continue;
      const start = this.offsets[slot]!;
      const end = start + this.counts[slot]!;
      // A list holds each block once (a block's kept shingles have no repeats), and the two
      // reads of a long list do not overlap, so every block is counted once per shingle.
      if (end - start <= 2 * POSTINGS_READ) {
        for (let i = start; i < end; i++) count(this.blocks[i]!);
        continue;
      }
      for (let i = start; i < start + POSTINGS_READ; i++) count(this.blocks[i]!);
      const at = start + lowerBound(this.blocks.subarray(start, end), near);
      const from = Math.max(start + POSTINGS_READ, at - POSTINGS_READ / 2);
      for (let i = from; i < Math.min(end, from + POSTINGS_READ); i++) count(this.blocks[i]!);
    }
    for (let i = 0; i < touched; i++) {
      const block = this.touched[i]!;
      const shared = this.shared[block]!;
      this.shared[block] = 0;
      visit(block, shared);
    }
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
