import type { DocumentModel, Segment } from './document.js';
import type { Match } from './types.js';
import { findWords, findWordsByHash } from './find-words.js';
import { isTruncated } from './fingerprint.js';
import { hasMissingPhrase } from './missing-phrase.js';
import { inOneList } from './list-entries.js';

/** A block found to only concatenate other blocks. */
export interface Aggregate {
  readonly block: number;
  /** The blocks it concatenates, in document order. */
  readonly pieces: readonly number[];
  /** The match that put its first piece inside it. */
  readonly firstMatch: Match;
}

/** Where a piece lies inside a candidate aggregate, in the aggregate's word indices. */
interface PieceSpan {
  readonly piece: number;
  readonly match: Match;
  readonly span: readonly [number, number];
}

/** Words an aggregate may hold beyond its pieces ("Share … for:", a list number); also what a covered block may keep ("… Continued"). */
export const LEFTOVER_WORDS = 2;
/** The longest unmatched ending of a truncated aggregate that a later piece may explain. */
const MAX_TRUNCATED_TAIL_WORDS = 25;
/** Pieces farther than this many blocks from an aggregate are not looked at (bounds the cost). */
const MAX_RUN_BLOCKS = 200;
/** How many blocks past the end of a run of pieces may still hold a short piece. */
const SHORT_BLOCKS_PAST_RUN = 2;

/**
 * Finds the blocks that only concatenate other blocks: a meta description made of the first
 * paragraphs, a wrapper list item printed before its nested items, a slide caption block
 * before its title and text. Such a block is the echo and its pieces stay. The pieces must
 * stand on one side of it and follow one another: pull quotes, scattered after their
 * paragraph, are echoes of the paragraph instead.
 * @param matches twins per segment id, from `findMatches`
 * @param protectTitle never take the first block (a scrape's title) as an aggregate
 */
export function findAggregates(
  doc: DocumentModel,
  matches: ReadonlyMap<number, readonly Match[]>,
  protectTitle: boolean,
): Map<number, Aggregate> {
  const finder = new AggregateFinder(doc, matches);
  const found = new Map<number, Aggregate>();
  const candidates = finder.candidates();
  // Smaller aggregates first, so a second, longer one is not built from the first. Only blocks
  // that other blocks' text stands in can be covered (most blocks of a page are not).
  const order = [...candidates.keys()]
    .filter((block) => doc.blocks[block]!.whole.evidence === 'full' && !(protectTitle && block === 0))
    .sort((a, b) => doc.blocks[a]!.whole.fp.wordCount - doc.blocks[b]!.whole.fp.wordCount || a - b);
  for (const block of order) {
    const whole = doc.blocks[block]!.whole;
    // The title line is the page's name, not a piece of any paragraph; a heading that repeats
    // it goes as its echo, so it is no piece either. Items of one Markdown list are parallel
    // entries: one that shares phrases with the others concatenates none of them.
    const spans = candidates.get(block)!.filter(
      (span) =>
        Math.abs(span.piece - block) <= MAX_RUN_BLOCKS &&
        !found.has(span.piece) &&
        !(protectTitle && finder.isTitleOrItsEcho(span.piece)) &&
        !inOneList(doc, span.piece, block),
    );
    const after = finder.cover(whole, spans.filter((s) => s.piece > block), true, found);
    const before = after ? undefined : finder.cover(whole, spans.filter((s) => s.piece < block), false, found);
    const pieces = after ?? before;
    if (!pieces) continue;
    const firstPiece = whole.block === pieces[0] ? pieces[1]! : pieces[0]!;
    const matched = spans.find((span) => span.piece === firstPiece)?.match;
    const firstMatch: Match = matched ?? { echo: doc.blocks[firstPiece]!.whole.id, twin: whole.id, relation: 'contained', kind: 'contained', score: 0, span: undefined };
    found.set(block, { block, pieces, firstMatch });
  }
  // A block that a later block (itself no aggregate) holds whole is a teaser or a copy of that
  // block, not a concatenation.
  for (const block of [...found.keys()]) {
    if (finder.isHeldWhole(doc.blocks[block]!.whole, found)) found.delete(block);
  }
  return found;
}

class AggregateFinder {
  constructor(
    private readonly doc: DocumentModel,
    private readonly matches: ReadonlyMap<number, readonly Match[]>,
  ) {}

  /**
   * Whether a later block that is no aggregate holds all of this one and more. A copy with the
   * same words does not count: the planner keeps the first of two copies, so the later one
   * would go and leave this block an aggregate again on the next run.
   */
  isHeldWhole(whole: Segment, aggregates: ReadonlyMap<number, Aggregate>): boolean {
    return (this.matches.get(whole.id) ?? []).some((m) => {
      const holder = this.blockOf(m.twin);
      if (m.relation !== 'contained' || holder <= whole.block || aggregates.has(holder)) return false;
      return this.doc.blocks[holder]!.whole.fp.wordCount >= whole.fp.wordCount;
    });
  }

  /** Whether `twin` is `segment` cut short: truncated (`…`) where the segment is not. */
  private isCutShortOf(twin: Segment, segment: Segment): boolean {
    const text = (s: Segment): string => this.doc.text.slice(s.range.start, s.range.end);
    return isTruncated(text(twin)) && !isTruncated(text(segment));
  }

  isTitleOrItsEcho(block: number): boolean {
    if (block === 0) return true;
    return (this.matches.get(this.doc.blocks[block]!.whole.id) ?? []).some((m) => this.blockOf(m.twin) === 0);
  }

  private blockOf(id: number): number {
    return this.doc.segments[id]!.block;
  }

  /** For each block, the places inside it where other blocks' text stands. */
  candidates(): Map<number, PieceSpan[]> {
    const spans = new Map<number, PieceSpan[]>();
    const add = (block: number, span: PieceSpan): void => {
      let list = spans.get(block);
      if (!list) spans.set(block, (list = []));
      list.push(span);
    };
    for (const model of this.doc.blocks) {
      for (const match of this.matches.get(model.whole.id) ?? []) {
        const host = this.blockOf(match.twin);
        // A copy of all of the host is a repeat, not a piece of it.
        if (!match.span || match.span[1] - match.span[0] >= this.doc.blocks[host]!.whole.fp.wordCount) continue;
        add(host, { piece: model.block.index, match, span: match.span });
      }
    }
    // A block's own sentences found inside other blocks cover it too (a truncated last one),
    // unless that other block holds all of this one: then this one is the smaller copy.
    for (const model of this.doc.blocks) {
      if (!model.sentences.some((sentence) => this.matches.has(sentence.id))) continue;
      const containers = new Set((this.matches.get(model.whole.id) ?? []).map((m) => this.blockOf(m.twin)));
      for (const sentence of model.sentences) {
        const match = (this.matches.get(sentence.id) ?? []).find((m) => {
          const other = this.blockOf(m.twin);
          if (other === model.block.index || containers.has(other)) return false;
          // A teaser near the sentence lacks its end, and a twin that lacks a phrase of it lacks
          // that phrase: neither can stand for the sentence.
          if (m.relation !== 'near') return true;
          const twin = this.doc.segments[m.twin]!;
          return !this.isCutShortOf(twin, sentence) && !hasMissingPhrase(sentence.fp.words, new Set(twin.fp.words));
        });
        if (!match) continue;
        const span: [number, number] = [sentence.firstWord, sentence.firstWord + sentence.fp.wordCount];
        add(model.block.index, { piece: this.blockOf(match.twin), match, span });
      }
    }
    return spans;
  }

  /**
   * The pieces that cover a block, nearest first, when they cover all of it but a few words
   * and follow one another; `undefined` otherwise.
   */
  cover(
    whole: Segment,
    spans: readonly PieceSpan[],
    after: boolean,
    aggregates: ReadonlyMap<number, Aggregate>,
  ): number[] | undefined {
    // Short blocks alone (a list of months, a row of menu items) are no evidence of an aggregate.
    if (spans.length === 0) return undefined;
    // Where a piece is printed twice, either copy may belong to the run: try the copies
    // nearest the aggregate first (nested list items), then the farthest (body paragraphs).
    const distance = (span: PieceSpan): number => Math.abs(span.piece - whole.block);
    const nearestFirst = [...spans].sort((a, b) => distance(a) - distance(b) || a.piece - b.piece);
    const farthestFirst = [...spans].sort((a, b) => distance(b) - distance(a) || b.piece - a.piece);
    return (
      this.coverInOrder(whole, nearestFirst, after, aggregates) ??
      (spans.length > 1 ? this.coverInOrder(whole, farthestFirst, after, aggregates) : undefined)
    );
  }

  private coverInOrder(
    whole: Segment,
    ordered: readonly PieceSpan[],
    after: boolean,
    aggregates: ReadonlyMap<number, Aggregate>,
  ): number[] | undefined {
    const covered = new Uint8Array(whole.fp.wordCount);
    const pieces = new Set<number>();
    for (const { piece, span } of ordered) {
      if (covered.subarray(span[0], span[1]).every((bit) => bit === 1)) continue;
      covered.fill(1, span[0], span[1]);
      pieces.add(piece);
    }
    this.coverWithShortBlocks(whole, pieces, covered, after, aggregates);
    if (after) this.coverTruncatedTail(whole, pieces, covered);
    const uncovered = covered.length - covered.reduce((sum, bit) => sum + bit, 0);
    // One piece and a few words more is a longer copy of the piece, not a concatenation.
    if (pieces.size < 2 || uncovered > LEFTOVER_WORDS || !this.isRun(pieces)) return undefined;
    return [...pieces].sort((a, b) => a - b);
  }

  /**
   * Short blocks around the pieces (a time stamp, a one-word list item, a photo credit) are
   * too short to be evidence alone, but next to a run of pieces they are parts of it too.
   */
  private coverWithShortBlocks(
    whole: Segment,
    pieces: Set<number>,
    covered: Uint8Array,
    after: boolean,
    aggregates: ReadonlyMap<number, Aggregate>,
  ): void {
    const sorted = [...pieces].sort((a, b) => a - b);
    if (sorted.length === 0 && !after) return;
    const lastPiece = sorted[sorted.length - 1] ?? whole.block;
    const first = after ? whole.block + 1 : Math.max(0, sorted[0]! - SHORT_BLOCKS_PAST_RUN);
    const last = after ? Math.min(this.doc.blocks.length - 1, lastPiece + SHORT_BLOCKS_PAST_RUN) : whole.block - 1;
    for (let index = first; index <= last; index++) {
      if (!pieces.has(index) && !aggregates.has(index)) this.coverWithBlock(whole, index, covered, pieces);
    }
    // The run goes on as long as the next blocks are still inside the aggregate.
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
  private coverTruncatedTail(whole: Segment, pieces: Set<number>, covered: Uint8Array): void {
    if (pieces.size === 0 || !isTruncated(this.doc.text.slice(whole.range.start, whole.range.end))) return;
    let start = covered.length;
    while (start > 0 && covered[start - 1] === 0) start--;
    const tail = whole.fp.words.slice(start);
    if (tail.length === 0 || tail.length > MAX_TRUNCATED_TAIL_WORDS) return;
    const last = Math.max(...pieces);
    for (let index = Math.min(...pieces); index <= last + SHORT_BLOCKS_PAST_RUN && index < this.doc.blocks.length; index++) {
      if (index !== whole.block && findWords(this.doc.blocks[index]!.whole.fp.words, tail) >= 0) {
        covered.fill(1, start);
        pieces.add(index);
        return;
      }
    }
  }

  /** Marks where block `index` stands inside the aggregate; false when it is not there. */
  private coverWithBlock(whole: Segment, index: number, covered: Uint8Array, pieces: Set<number>, nested = false): boolean {
    const part = this.doc.blocks[index]!;
    const count = part.whole.fp.wordCount;
    // Only a proper part: a copy of the whole aggregate is a repeat of it.
    if (count === 0 || count >= whole.fp.wordCount) return false;
    // By hashes: most blocks looked at here are not inside, and their words need not be made.
    const haystack = { hashes: this.doc.blocks[whole.block]!.wordHashes, words: () => whole.fp.words };
    const needle = { hashes: part.wordHashes, words: () => part.whole.fp.words };
    let inside = false;
    for (let at = findWordsByHash(haystack, needle); at >= 0; at = findWordsByHash(haystack, needle, at + 1)) {
      inside = true;
      if (covered[at]) continue;
      covered.fill(1, at, at + count);
      pieces.add(index);
      return true;
    }
    // Right after the run, a nested item inside a piece already counted continues the run.
    if (inside && nested) pieces.add(index);
    return inside && nested;
  }

  /**
   * Whether the pieces follow one another: at most one block in three between them is new
   * prose (a caption may interrupt a run of paragraphs; pull quotes are scattered).
   */
  private isRun(pieces: ReadonlySet<number>): boolean {
    if (pieces.size === 0) return false;
    const sorted = [...pieces].sort((a, b) => a - b);
    let gaps = 0;
    for (let index = sorted[0]!; index <= sorted[sorted.length - 1]!; index++) {
      if (pieces.has(index)) continue;
      // Only new prose interrupts a run; a block that repeats anything is echo noise.
      const whole = this.doc.blocks[index]!.whole;
      if (whole.evidence === 'full' && !this.matches.has(whole.id)) gaps++;
    }
    return gaps * 3 < pieces.size;
  }
}
