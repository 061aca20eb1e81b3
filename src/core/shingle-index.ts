import { PostingCounter } from './posting-counter.js';

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

/** The hash of the shingle of three words, from the words' hashes. */
export function shingleHash(a: number, b: number, c: number): number {
  return Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
}

/**
 * Writes the kept (winnowed) shingle hashes of a sequence of word hashes into `out` from `at`,
 * a minimum that repeats the one before it written once (others may still repeat: callers that
 * sort the hashes drop those for free). The window of three shingles rolls in three locals.
 * @param out room for `words.length` more values from `at`
 * @returns where the written values end
 */
export function winnowInto(words: ArrayLike<number>, out: Int32Array, at: number): number {
  const count = words.length - SHINGLE_WORDS + 1;
  if (count <= 0) return at;
  let first = shingleHash(words[0]!, words[1]!, words[2]!);
  if (count === 1) {
    out[at] = first;
    return at + 1;
  }
  let second = shingleHash(words[1]!, words[2]!, words[3]!);
  if (count === 2) {
    out[at] = first < second ? first : second;
    return at + 1;
  }
  const start = at;
  // WINDOW is 3: each window's minimum is that of the last three shingles.
  for (let i = 2; i < count; i++) {
    const third = shingleHash(words[i]!, words[i + 1]!, words[i + 2]!);
    const low = first < second ? first : second;
    const min = low < third ? low : third;
    // Neighbouring windows mostly keep the same minimum: those repeats are skipped as they come.
    if (at === start || out[at - 1] !== min) out[at++] = min;
    first = second;
    second = third;
  }
  return at;
}

/** Kept shingles searched in place below this many; a hash table from there on. */
const SHORT_LIST = 32;

/** What `winnowInto` writes for `winnowHashes`, reused from call to call. */
let keptScratch = new Int32Array(256);

/** The kept (winnowed) shingle hashes of a sequence of word hashes, without repeats, in the order they come. */
export function winnowHashes(words: ArrayLike<number>): number[] {
  if (keptScratch.length < words.length) keptScratch = new Int32Array(Math.max(words.length, 2 * keptScratch.length));
  const end = winnowInto(words, keptScratch, 0);
  // Later repeats are looked up in the list while it is short (a sentence's), in a table once it
  // is long (a whole block, or a page on one line), so the cost stays linear.
  const kept: number[] = [];
  // A huge list gets a table of its own, so that one page on one line does not pin it.
  const table = end <= SHORT_LIST ? undefined : end > REUSED_MOST ? new ReusedHashSet() : seen;
  table?.clear(end);
  for (let i = 0; i < end; i++) {
    const hash = keptScratch[i]!;
    if (table === undefined ? kept.includes(hash) : !table.add(hash)) continue;
    kept.push(hash);
  }
  return kept;
}

/** The longest list whose repeats are looked up in the reused table. */
const REUSED_MOST = 1 << 15;

/**
 * A set of 32-bit hashes in two typed arrays, reused from list to list: a `Set` per long list
 * allocated 15 MB of the 620 MB that cleaning the 20 MB folder allocated. A slot is taken when
 * its stamp is the current one, so clearing is one increment.
 */
class ReusedHashSet {
  private hashes = new Int32Array(256);
  private stamps = new Int32Array(256);
  private stamp = 0;

  /** Empties the set, with room for `most` hashes. */
  clear(most: number): void {
    if (this.hashes.length < 2 * most || this.stamp === 0x7fffffff) {
      let size = this.hashes.length;
      while (size < 2 * most) size *= 2;
      this.hashes = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.stamp = 0;
    }
    this.stamp++;
  }

  /** Adds a hash; false when it was there already. */
  add(hash: number): boolean {
    const mask = this.hashes.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) & mask;
    while (this.stamps[slot] === this.stamp) {
      if (this.hashes[slot] === hash) return false;
      slot = (slot + 1) & mask;
    }
    this.stamps[slot] = this.stamp;
    this.hashes[slot] = hash;
    return true;
  }
}

/** The table `winnowHashes` reuses. */
const seen = new ReusedHashSet();

/** A list of hashes: an array or a typed array. */
export type Hashes = ArrayLike<number> & Iterable<number>;

/**
 * Blocks indexed by their kept shingles, in typed arrays (a hash table of distinct shingles
 * pointing into one array of block numbers), so the index costs a few bytes per shingle
 * rather than a JavaScript array per shingle.
 */
export class ShingleIndex {
  /**
   * Per slot, three numbers side by side: the shingle, how many blocks hold it (0: a free
   * slot) and where they start in `blocks`. Side by side, a probe touches one cache line
   * instead of three; over a folder's millions of shingles the table outgrows every cache.
   */
  private readonly table: Int32Array;
  /** Block numbers, grouped by shingle, each group in increasing order. */
  private readonly blocks: Int32Array;
  private readonly mask: number;
  /** Counts the blocks of the query being answered. */
  private readonly counter: PostingCounter;

  /**
   * Builds the index: 12 bytes per table slot, at most two thirds of them used.
   * @param shinglesByBlock the kept shingles of each block, by block number (blocks in increasing order)
   */
  constructor(shinglesByBlock: readonly Hashes[]) {
    let total = 0;
    for (const shingles of shinglesByBlock) total += shingles.length;
    // Indexed loops: `for … of` over the lists (arrays or typed arrays) allocated an iterator
    // result per shingle here (a twentieth of what cleaning the 20 MB folder allocated).
    let capacity = 16;
    while (capacity < total * 1.5) capacity *= 2;
    this.mask = capacity - 1;
    this.counter = new PostingCounter(shinglesByBlock.length);
    const table = (this.table = new Int32Array(3 * capacity));
    // First pass counts the blocks of each shingle, the second places them (each slot's offset
    // serves as its cursor, then is moved back to the start of its group).
    for (const shingles of shinglesByBlock) {
      for (let i = 0; i < shingles.length; i++) table[this.slotFor(shingles[i]!, true) + COUNT]!++;
    }
    let offset = 0;
    for (let slot = 0; slot < table.length; slot += 3) {
      table[slot + OFFSET] = offset;
      offset += table[slot + COUNT]!;
    }
    this.blocks = new Int32Array(offset);
    for (let block = 0; block < shinglesByBlock.length; block++) {
      const shingles = shinglesByBlock[block]!;
      for (let i = 0; i < shingles.length; i++) this.blocks[table[this.slotFor(shingles[i]!, false) + OFFSET]!++] = block;
    }
    for (let slot = 0; slot < table.length; slot += 3) table[slot + OFFSET]! -= table[slot + COUNT]!;
  }

  /**
   * Where a shingle's slot starts in `table` (claimed when `claim`: the caller counts it at
   * once), or -1 when it is not there.
   */
  private slotFor(shingle: number, claim: boolean): number {
    const table = this.table;
    let slot = Math.imul(shingle, 0x9e3779b1) & this.mask;
    while (table[3 * slot + COUNT]! > 0) {
      if (table[3 * slot] === shingle) return 3 * slot;
      slot = (slot + 1) & this.mask;
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
  candidates(shingles: Hashes, near: number, visit: (block: number, shared: number) => void): void {
    for (let s = 0; s < shingles.length; s++) {
      const slot = this.slotFor(shingles[s]!, false);
      if (slot < 0) continue;
      const start = this.table[slot + OFFSET]!;
      this.counter.read(this.blocks, start, start + this.table[slot + COUNT]!, near);
    }
    this.counter.visit(visit);
  }
}

/** Positions of a slot's count and offset after its shingle in `ShingleIndex.table`. */
const COUNT = 1;
const OFFSET = 2;
