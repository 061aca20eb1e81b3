import type { DocumentModel, Segment } from './document.js';
import { MIN_SHINGLED_WORDS, ShingleIndex, winnowHashes } from './shingle-index.js';
import { lowerBound } from './lower-bound.js';
import type { SegmentFacts } from './segment-facts.js';
import { REPEATS_WITHIN, SHARES_ACROSS } from './shared-shingles.js';
import { keyHash } from './key-hash.js';
import { insertionSort } from './sorted-distinct.js';
import { mapPacked } from './map-packed.js';

/** The most candidate blocks verified per segment. */
const MAX_CANDIDATES = 8;
/** Share of its kept shingles a segment must share with a block for the block to be verified. */
const MIN_SHARED_SHINGLES = 0.4;

/**
 * Where twins of a segment may stand: blocks with a segment of the same key (a hash lookup),
 * and blocks sharing kept shingles with it (see `ShingleIndex`), at most `MAX_CANDIDATES`.
 */
export class CandidateFinder {
  /** Blocks by the hash of a key they hold (see `keyHash`), so that keys need not be joined into strings. */
  private readonly keys = new Map<number, number[]>();
  private readonly shingles: ShingleIndex;
  /** Per block, whether it shares a 3-gram with another or repeats one of its own (see `blocksSharingShingles`). */
  private readonly repeats: Uint8Array;

  constructor(
    private readonly doc: DocumentModel,
    private readonly facts: SegmentFacts,
  ) {
    const none = new Int32Array(0);
    this.repeats = doc.repeats;
    for (const segment of doc.segments) {
      if (segment.evidence === 'none' || (this.repeats[segment.block]! & SHARES_ACROSS) === 0) continue;
      const key = this.keyOf(segment);
      const list = this.keys.get(key);
      if (!list) this.keys.set(key, [segment.block]);
      else if (list[list.length - 1] !== segment.block) list.push(segment.block);
    }
    this.shingles = new ShingleIndex(
      mapPacked(doc.blocks, (model, block) =>
        model.whole.evidence === 'full' && (this.repeats[block]! & SHARES_ACROSS) !== 0 ? winnowHashes(facts.hashes(model.whole)) : none,
      ),
    );
  }

  private keyOf(segment: Segment): number {
    return keyHash(this.facts.blockHashes(segment), segment.firstWord, segment.firstWord + segment.fp.wordCount);
  }

  /** Candidate block indices for `echo`, in document order. */
  blocksFor(echo: Segment): number[] {
    // Only the block itself can hold a twin of a segment of a block that shares nothing, and
    // only if one of its 3-grams recurs in it: sentences that share no 3-gram are compared
    // neither within a block nor across blocks.
    const repeats = this.repeats[echo.block]!;
    if ((repeats & SHARES_ACROSS) === 0) return echo.sentence > 0 && (repeats & REPEATS_WITHIN) !== 0 ? [echo.block] : [];
    // The echo's own block holds its key; it is a candidate only for a sentence after the
    // first (which may repeat an earlier one), and then always.
    const found: number[] = [];
    const keyed = this.keys.get(this.keyOf(echo));
    if (keyed !== undefined) addFirstAndNearest(keyed, echo.block, found);
    if (echo.sentence > 0) found.push(echo.block);
    if (echo.evidence === 'full' && echo.fp.wordCount >= MIN_SHINGLED_WORDS) {
      const kept = winnowHashes(this.facts.hashes(echo));
      // A twin that holds the echo shares nearly all its kept shingles; one that shares few
      // only uses the same phrases.
      const needed = Math.max(1, Math.ceil(MIN_SHARED_SHINGLES * kept.length));
      const hits: number[] = [];
      const shared: number[] = [];
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
  private addWithFirstCopies(blocks: readonly number[], echo: number, found: number[]): void {
    for (const block of blocks) {
      found.push(block);
      const whole = this.doc.blocks[block]!.whole;
      const first = whole.evidence === 'none' ? undefined : this.keys.get(this.keyOf(whole))?.[0];
      if (first !== undefined && first !== block && first !== echo) found.push(first);
    }
  }
}

/** Of blocks and the kept shingles each shares, the `MAX_CANDIDATES` sharing most, nearest first among equals. */
function mostShared(blocks: readonly number[], shared: readonly number[], near: number): number[] {
  const order = blocks.map((_, index) => index);
  const distance = (index: number): number => Math.abs(blocks[index]! - near);
  order.sort((a, b) => shared[b]! - shared[a]! || distance(a) - distance(b) || blocks[a]! - blocks[b]!);
  return mapPacked(order.slice(0, MAX_CANDIDATES), (index) => blocks[index]!);
}

/** The blocks in increasing order, each once, sorted in place (they are a few: at most the key's and the shingles' candidates and the echo's own block). */
function inBlockOrder(blocks: number[]): number[] {
  insertionSort(blocks);
  let kept = Math.min(1, blocks.length);
  for (let i = 1; i < blocks.length; i++) if (blocks[i] !== blocks[kept - 1]) blocks[kept++] = blocks[i]!;
  blocks.length = kept;
  return blocks;
}

/** Of the blocks sharing a key, those worth verifying: the first ones and the nearest ones. */
const KEY_FIRST = 2;
const KEY_NEAR = 2;

/** Adds to `found` the blocks sharing a key worth verifying, the first ones and the nearest ones, but `block` itself. */
function addFirstAndNearest(blocks: readonly number[], block: number, found: number[]): void {
  const add = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (blocks[i] !== block) found.push(blocks[i]!);
  };
  if (blocks.length <= KEY_FIRST + 2 * KEY_NEAR) return add(0, blocks.length);
  const low = lowerBound(blocks, block);
  add(0, KEY_FIRST);
  add(Math.max(0, low - KEY_NEAR), Math.min(blocks.length, low + KEY_NEAR + 1));
}
