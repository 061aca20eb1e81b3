import { lowerBound } from './lower-bound.js';

/** Postings read per list: the first blocks that hold it and the nearest ones. */
const POSTINGS_READ = 8;

/**
 * Counts the blocks met in posting lists, in a typed array rather than a map: a folder's
 * boilerplate makes millions of counts.
 */
export class PostingCounter {
  /** Per block, how many lists read so far hold it (zero between queries). */
  private readonly shared: Int32Array;
  /** The blocks counted so far, in the order first met. */
  private readonly touched: Int32Array;
  private size = 0;

  /** @param blocks how many blocks there are */
  constructor(blocks: number) {
    this.shared = new Int32Array(blocks);
    this.touched = new Int32Array(blocks);
  }

  /**
   * Counts the blocks of one posting list (`list` from `start` to `end`, increasing, each block
   * once). Of a long list only the first blocks and those nearest `near` are read, so a line
   * repeated thousands of times costs no more than one repeated a few times; the two reads do
   * not overlap, so a block is counted once per list.
   */
  read(list: Int32Array, start: number, end: number, near: number): void {
    this.readCapped(list, start, end, near, true);
  }

  /**
   * As `read`, but counts only the blocks met since the last visit: for a caller that knows no
   * block first met now can reach the count it needs.
   */
  readMet(list: Int32Array, start: number, end: number, near: number): void {
    this.readCapped(list, start, end, near, false);
  }

  /** Whether `read` reads all of a list of this length. */
  static readsWhole(length: number): boolean {
    return length <= 2 * POSTINGS_READ;
  }

  private readCapped(list: Int32Array, start: number, end: number, near: number, addNew: boolean): void {
    if (PostingCounter.readsWhole(end - start)) {
      for (let i = start; i < end; i++) this.count(list[i]!, addNew);
      return;
    }
    for (let i = start; i < start + POSTINGS_READ; i++) this.count(list[i]!, addNew);
    const at = lowerBound(list, near, start, end);
    const from = Math.max(start + POSTINGS_READ, at - POSTINGS_READ / 2);
    for (let i = from; i < Math.min(end, from + POSTINGS_READ); i++) this.count(list[i]!, addNew);
  }

  private count(block: number, addNew: boolean): void {
    if (this.shared[block] !== 0) this.shared[block]!++;
    else if (addNew) {
      this.shared[block] = 1;
      this.touched[this.size++] = block;
    }
  }

  /**
   * Visits every block counted since the last visit, with its count, in the order first met,
   * and starts the counts over. `visit` must not read more lists.
   */
  visit(visit: (block: number, shared: number) => void): void {
    const size = this.size;
    this.size = 0;
    for (let i = 0; i < size; i++) {
      const block = this.touched[i]!;
      const shared = this.shared[block]!;
      this.shared[block] = 0;
      visit(block, shared);
    }
  }
}
