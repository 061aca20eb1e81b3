import type { Block, Range } from './types.js';
import { fingerprint, fingerprintFromWords, hashPlainWords, plainFingerprint, scanPlainWords, type Fingerprint, type WordEnds } from './fingerprint.js';
import { blocksSharingShingles } from './shared-shingles.js';
import { segmentSentences } from './segment.js';
import { Int32Arena } from './int32-arena.js';
import { mapPacked } from './map-packed.js';
import { readingText } from './reading-text.js';

/** What a segment can be matched as (see `Segment.evidence`). */
export type Evidence = 'full' | 'repeat' | 'none';

/** A piece of text that can be matched: a whole block, or one sentence of a block. */
export interface Segment {
  /** Index into `DocumentModel.segments`. */
  readonly id: number;
  readonly block: number;
  /** Index of the sentence in its block, or -1 for the whole block. */
  readonly sentence: number;
  readonly range: Range;
  readonly fp: Fingerprint;
  /**
   * How much the segment proves: `full` (at least `minLength` letters) may match in any way;
   * `repeat` (half that) only as a repeat of the same words; `none` never.
   */
  readonly evidence: Evidence;
  /** Index of the segment's first word among its block's words. */
  readonly firstWord: number;
}

/** A block with its segments. */
export interface BlockModel {
  readonly block: Block;
  /** The segment of the whole block. */
  readonly whole: Segment;
  /** Sentence segments; empty when the block is a single sentence (then `whole` stands for it). */
  readonly sentences: readonly Segment[];
  /** The hash of each word of the block (`hashWord`), in order: word ids for candidate search. */
  readonly wordHashes: Int32Array;
  /** Whether the block was cut into sentences (see `buildDocument`): if not, `sentences` is empty whatever it holds. */
  readonly cut: boolean;
  /** Where each word ends, when asked for (see `buildDocument`) and the block is plain text. */
  readonly wordEnds?: WordEnds;
}

/** A parsed, segmented and fingerprinted text: everything matching needs. */
export interface DocumentModel {
  /** The text as matching reads it (see `readingText`); offsets are the same as in `source`. */
  readonly text: string;
  /** The original text: what edits apply to and places quote. */
  readonly source: string;
  readonly blocks: readonly BlockModel[];
  readonly segments: readonly Segment[];
  /** Per block, how its word 3-grams recur (see `blocksSharingShingles`; blocks that are no evidence count as none). */
  readonly repeats: Uint8Array;
}

/**
 * Where the blocks' word hashes live (see `Int32Arena`): buffers of 64 KB shared by the
 * documents built one after another, each kept alive by the documents that use it.
 */
const wordHashArena = new Int32Arena(1 << 14);
/** Where the blocks' word ends live, when a document keeps them. */
const wordEndArena = new Int32Arena(1 << 14);

/** Fewer words than this are never evidence, whatever their length (dates, `Share on X`). */
const MIN_EVIDENCE_WORDS = 4;

/**
 * What a segment of `words` words and `letters` letters and digits can be matched as (see
 * `Segment.evidence`); the exact-only path uses the same rule.
 */
export function evidenceOf(words: number, letters: number, minLength: number): Evidence {
  if (words < MIN_EVIDENCE_WORDS) return 'none';
  if (letters >= minLength) return 'full';
  // A short line printed twice word for word ("See it now: Amazon") is still an echo.
  return letters >= minLength / 2 ? 'repeat' : 'none';
}

/**
 * The sentences of a block that hold any of its words `[first, end)` (word indices among the
 * block's words, as `Match.span` gives them), in order; none when the block was not cut.
 */
export function sentencesTouching(model: BlockModel, span: readonly [number, number]): Segment[] {
  const [first, end] = span;
  return model.sentences.filter((sentence) => sentence.firstWord < end && first < sentence.firstWord + sentence.fp.wordCount);
}

/**
 * Which blocks `buildDocument` cuts into sentences:
 * - `shared`: those that share a word 3-gram with another block or repeat one of their own (no
 *   other block has a sentence that can match anything in the text), and the first block, which
 *   the title rule asks about. What cleaning needs.
 * - `all`: every block (a sentence may still recur in other files).
 * - `none`: none but the blocks read as sentences from the start (see `BlockScan`). For a summary
 *   alone, which finds the sentences of whole blocks itself (see `summarizeDocument`); such a
 *   document is not for cleaning.
 */
export type CutRule = 'shared' | 'all' | 'none';

/**
 * Segments and fingerprints the blocks of a text, as matching reads it (see `readingText`).
 * @param source the original text
 * @param minLength letters and digits a segment needs to count as evidence
 * @param cutRule which blocks are cut into sentences (see `CutRule`)
 * @param keepWordEnds keep where each word of a plain block ends, so that a summary can find
 *   the words of the sentences of a block left whole without reading it again
 */
export function buildDocument(
  source: string,
  blocks: readonly Block[],
  locale: string,
  minLength: number,
  cutRule: CutRule = 'shared',
  keepWordEnds = false,
): DocumentModel {
  const text = readingText(source, blocks);
  const segments: Segment[] = [];
  const add = (block: number, sentence: number, range: Range, fp: Fingerprint, firstWord: number, evidence: Evidence): Segment => {
    const segment: Segment = { id: segments.length, block, sentence, range, fp, evidence, firstWord };
    segments.push(segment);
    return segment;
  };
  const scans = mapPacked(blocks, (block) => scanBlock(text, block, locale, wordHashArena, keepWordEnds));
  const repeats = repeatsOf(
    mapPacked(scans, (scan) => scan.hashes),
    mapPacked(scans, (scan) => evidenceOf(scan.hashes.length, scan.letters, minLength)),
  );
  const models = mapPacked(blocks, (block, index): BlockModel => {
    const scan = scans[index]!;
    // A block that shares no word 3-gram with another block nor repeats one of its own has no
    // sentence that can match another (see `CandidateFinder`): cutting it into sentences would
    // cost most of its share of the work and find nothing. For cleaning (`shared`), the first
    // block is cut anyway, as the title rule asks whether it is one sentence; and a block read as
    // sentences from the start is cut under every rule.
    const cut = scan.done !== undefined || cutRule === 'all' || (cutRule === 'shared' && (index === 0 || repeats[index] !== 0));
    const { whole, ranges, parts, hashes } = cut ? segmentBlock(text, block, locale, scan) : wholeOnly(scan);
    const wholeSegment = add(index, -1, block.content, whole, 0, evidenceOf(whole.wordCount, whole.letters, minLength));
    let firstWord = 0;
    const sentences = mapPacked(ranges, (range, sentence) => {
      const fp = parts[sentence]!;
      const segment = add(index, sentence, range, fp, firstWord, evidenceOf(fp.wordCount, fp.letters, minLength));
      firstWord += fp.wordCount;
      return segment;
    });
    return { block, whole: wholeSegment, sentences, wordHashes: hashes, cut, wordEnds: scan.ends };
  });
  return { text, source, blocks: models, segments, repeats };
}

/** `blocksSharingShingles` over the blocks that are evidence. */
function repeatsOf(hashes: readonly Int32Array[], evidence: readonly Evidence[]): Uint8Array {
  const none = new Int32Array(0);
  return blocksSharingShingles(mapPacked(hashes, (words, index) => (evidence[index] === 'none' ? none : words)));
}

/** A block's fingerprint and its sentences' (none when it is one sentence, or was not cut). */
interface BlockFingerprint {
  readonly whole: Fingerprint;
  readonly ranges: readonly Range[];
  readonly parts: readonly Fingerprint[];
  readonly hashes: Int32Array;
}

/**
 * A block's word hashes and letters, read before it is cut into sentences, and for text the
 * quick scan does not read, its fingerprint as a whole. Its words are those of its sentences
 * (a property test holds it), so the choice of blocks to cut can rest on them. Two kinds of
 * text read differently whole, and are cut at once (`done`): a backtick is an apostrophe only
 * in a sentence that is not ASCII, and a combining mark after a sentence end joins the next
 * word only while the two sentences are one text (see `ORPHAN_MARK`). Every scan spells out
 * all its fields, `undefined` for those it lacks: one shape keeps the code that reads scans
 * from deoptimising when a new one turns up mid-run.
 */
interface BlockScan {
  readonly blockText: string;
  readonly hashes: Int32Array;
  readonly letters: number;
  /** Where its words end, when asked for and the quick scan read it. */
  readonly ends?: WordEnds;
  readonly whole?: Fingerprint;
  readonly done?: BlockFingerprint;
}

/**
 * A combining mark that follows no letter, digit or mark: it starts a word, and after a sentence
 * end (which it does not move) it joins the next sentence's first word only in the whole text.
 */
const ORPHAN_MARK = /(?<![\p{L}\p{N}\p{M}])\p{M}/u;

function scanBlock(text: string, block: Pick<Block, 'content' | 'inline'>, locale: string, arena?: Int32Arena, keepEnds = false): BlockScan {
  const { content } = block;
  const blockText = text.slice(content.start, content.end);
  const scratch = keepEnds ? endScratchFor(content.end - content.start) : undefined;
  const plain = hashPlainWords(text, content.start, content.end, arena, scratch);
  if (plain) {
    if (scratch === undefined) return { blockText, hashes: plain.hashes, letters: plain.letters, ends: undefined, whole: undefined, done: undefined };
    const count = plain.hashes.length;
    const ends = { offsets: wordEndArena.copy(scratch.offsets, count), letters: wordEndArena.copy(scratch.letters, count) };
    return { blockText, hashes: plain.hashes, letters: plain.letters, ends, whole: undefined, done: undefined };
  }
  if (blockText.includes('`') || ORPHAN_MARK.test(blockText)) {
    const done = fingerprintSentences(text, content, segmentSentences(text, content, locale, block.inline), blockText);
    return { blockText, hashes: done.hashes, letters: done.whole.letters, ends: undefined, whole: undefined, done };
  }
  const hashes: number[] = [];
  const whole = fingerprint(blockText, hashes);
  return { blockText, hashes: Int32Array.from(hashes), letters: whole.letters, ends: undefined, whole, done: undefined };
}

/** Word ends of the block being scanned, reused from block to block. */
let endScratch: WordEnds = { offsets: new Int32Array(1024), letters: new Int32Array(1024) };

/** `endScratch`, with room for the words of a text of `length` characters (a word takes a character and a separator). */
function endScratchFor(length: number): WordEnds {
  const most = (length >> 1) + 1;
  if (endScratch.offsets.length < most) endScratch = { offsets: new Int32Array(2 * most), letters: new Int32Array(2 * most) };
  return endScratch;
}

/** A block left whole: its words are made only if something reads them. */
function wholeOnly(scan: BlockScan): BlockFingerprint {
  const whole = scan.whole ?? plainFingerprint(scan.blockText, scan.hashes.length, scan.letters);
  return { whole, ranges: [], parts: [], hashes: scan.hashes };
}

/**
 * The fingerprint of a block's content and of its sentences (none when it is one sentence);
 * the block's words are its sentences' words.
 */
export function fingerprintBlock(text: string, content: Range, locale: string): BlockFingerprint {
  return segmentBlock(text, { content }, locale, scanBlock(text, { content }, locale));
}

/** Cuts a scanned block into sentences; one scan of the block, its words dealt out to the sentences they start in. */
function segmentBlock(text: string, block: Pick<Block, 'content' | 'inline'>, locale: string, scan: BlockScan): BlockFingerprint {
  if (scan.done) return scan.done;
  const { content } = block;
  const ranges = segmentSentences(text, content, locale, block.inline);
  if (ranges.length < 2) return wholeOnly(scan);
  if (scan.whole) return fingerprintSentences(text, content, ranges, scan.blockText);
  // The same scan as `hashPlainWords`, which read this block: it cannot fail here.
  const scanned = scanPlainWords(scan.blockText)!;
  let at = 0;
  const parts = mapPacked(ranges, (range) => {
    const from = at;
    while (at < scanned.starts.length && scanned.starts[at]! < range.end - content.start) at++;
    return fingerprintFromWords(text.slice(range.start, range.end), scanned.words.slice(from, at));
  });
  return { whole: fingerprintFromWords(scan.blockText, scanned.words), ranges, parts, hashes: scan.hashes };
}

/** For text the quick scan does not read: each sentence normalised on its own, the block's words joined from theirs. */
function fingerprintSentences(text: string, content: Range, ranges: readonly Range[], blockText: string): BlockFingerprint {
  const hashes: number[] = [];
  if (ranges.length < 2) {
    const whole = fingerprint(blockText, hashes);
    return { whole, ranges: [], parts: [], hashes: Int32Array.from(hashes) };
  }
  const parts = mapPacked(ranges, (range) => fingerprint(text.slice(range.start, range.end), hashes));
  return { whole: joinFingerprints(blockText, parts), ranges, parts, hashes: Int32Array.from(hashes) };
}

/** The fingerprint of a block from its sentences'; the normalised text is made when asked for. */
function joinFingerprints(text: string, parts: readonly Fingerprint[]): Fingerprint {
  // A plain loop: flatMap costs a tenth of the whole run here.
  const words: string[] = [];
  for (const part of parts) for (const word of part.words) words.push(word);
  return fingerprintFromWords(text, words);
}

/** The text of a segment in the original. */
export const segmentText = (doc: DocumentModel, segment: Segment): string =>
  doc.text.slice(segment.range.start, segment.range.end);
