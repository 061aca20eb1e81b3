import type { Block, Range } from './types.js';
import { type Fingerprint, type WordEnds } from './fingerprint.js';
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
 * What a segment of `words` words and `letters` letters and digits can be matched as (see
 * `Segment.evidence`); the exact-only path uses the same rule.
 */
export declare function evidenceOf(words: number, letters: number, minLength: number): Evidence;
/**
 * The sentences of a block that hold any of its words `[first, end)` (word indices among the
 * block's words, as `Match.span` gives them), in order; none when the block was not cut.
 */
export declare function sentencesTouching(model: BlockModel, span: readonly [number, number]): Segment[];
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
export declare function buildDocument(source: string, blocks: readonly Block[], locale: string, minLength: number, cutRule?: CutRule, keepWordEnds?: boolean): DocumentModel;
/** A block's fingerprint and its sentences' (none when it is one sentence, or was not cut). */
interface BlockFingerprint {
    readonly whole: Fingerprint;
    readonly ranges: readonly Range[];
    readonly parts: readonly Fingerprint[];
    readonly hashes: Int32Array;
}
/**
 * The fingerprint of a block's content and of its sentences (none when it is one sentence);
 * the block's words are its sentences' words.
 */
export declare function fingerprintBlock(text: string, content: Range, locale: string): BlockFingerprint;
/** The text of a segment in the original. */
export declare const segmentText: (doc: DocumentModel, segment: Segment) => string;
export {};
