import type { Block, Range } from './types.js';
import { fingerprint, fingerprintFromWords, scanPlainWords, type Fingerprint } from './fingerprint.js';
import { segmentSentences } from './segment.js';

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
}

/** A parsed, segmented and fingerprinted text: everything matching needs. */
export interface DocumentModel {
  readonly text: string;
  readonly blocks: readonly BlockModel[];
  readonly segments: readonly Segment[];
}

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
 * Segments and fingerprints the blocks of a text.
 * @param minLength letters and digits a segment needs to count as evidence
 */
export function buildDocument(text: string, blocks: readonly Block[], locale: string, minLength: number): DocumentModel {
  const segments: Segment[] = [];
  const add = (block: number, sentence: number, range: Range, fp: Fingerprint, firstWord: number): Segment => {
    const segment: Segment = { id: segments.length, block, sentence, range, fp, evidence: evidenceOf(fp.words.length, fp.letters, minLength), firstWord };
    segments.push(segment);
    return segment;
  };
  const models = blocks.map((block, index): BlockModel => {
    const { whole, ranges, parts, hashes } = fingerprintBlock(text, block.content, locale);
    const wholeSegment = add(index, -1, block.content, whole, 0);
    let firstWord = 0;
    const sentences = ranges.map((range, sentence) => {
      const segment = add(index, sentence, range, parts[sentence]!, firstWord);
      firstWord += segment.fp.words.length;
      return segment;
    });
    return { block, whole: wholeSegment, sentences, wordHashes: hashes };
  });
  return { text, blocks: models, segments };
}

/**
 * The fingerprint of a block's content and of its sentences (none when it is one sentence).
 * Normalising each sentence once and joining the results costs half of normalising the block
 * too; the block's words are its sentences' words.
 */
export function fingerprintBlock(
  text: string,
  content: Range,
  locale: string,
): { whole: Fingerprint; ranges: readonly Range[]; parts: readonly Fingerprint[]; hashes: Int32Array } {
  const ranges = segmentSentences(text, content, locale);
  const blockText = text.slice(content.start, content.end);
  const hashes: number[] = [];
  if (ranges.length < 2) {
    const whole = fingerprint(blockText, hashes);
    return { whole, ranges: [], parts: [], hashes: Int32Array.from(hashes) };
  }
  const scanned = scanPlainWords(blockText);
  if (scanned) {
    // One scan of the block, its words dealt out to the sentences they start in.
    let at = 0;
    const parts = ranges.map((range) => {
      const from = at;
      while (at < scanned.starts.length && scanned.starts[at]! < range.end - content.start) at++;
      return fingerprintFromWords(text.slice(range.start, range.end), scanned.words.slice(from, at));
    });
    return { whole: fingerprintFromWords(blockText, scanned.words), ranges, parts, hashes: Int32Array.from(scanned.hashes) };
  }
  const parts = ranges.map((range) => fingerprint(text.slice(range.start, range.end), hashes));
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
