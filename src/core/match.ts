import type { MatchKind } from './types.js';
import type { BlockModel, DocumentModel, Segment } from './document.js';
import { segmentText } from './document.js';
import { dice, diceAtLeast } from './similarity.js';
import { MIN_SHINGLED_WORDS, ShingleIndex, WordHasher, winnow } from './shingle-index.js';
import { changesMeaning, hasOpposites, isNegation, isNumberWord } from './guards.js';
import { normalizeKeepingCase, tokenize } from './fingerprint.js';

/**
 * How an echo relates to its twin.
 * - `equal`: same words (formatting aside);
 * - `near`: nearly the same text (Dice ≥ threshold, guards passed);
 * - `contained`: every word of the echo, in order, lies inside a longer twin (or almost every
 *   word pair, for a lede cut short or rejoined).
 */
export type Relation = 'equal' | 'near' | 'contained';

/** One echo candidate: segment `echo` repeats (part of) segment `twin`, in another place. */
export interface Match {
  readonly echo: number;
  readonly twin: number;
  readonly relation: Relation;
  /** What a report calls it: `exact` only when the texts are byte-identical. */
  readonly kind: MatchKind;
  /**
   * Dice similarity of echo and twin, 0–1, for near matches; 1 for equal and contained ones
   * (reports score the texts as written).
   */
  readonly score: number;
  /** Words of the twin's block covered by the echo, as `[first, end)` word indices, when known exactly. */
  readonly span?: readonly [number, number];
}

/** Tuning of the matcher. */
export interface MatchOptions {
  /** Dice threshold for near-duplicates, 0–1; 1 disables near and fuzzy matching. */
  readonly threshold: number;
}

/** Share of an echo's distinct words a candidate must share to be compared at all. */
const CANDIDATE_OVERLAP = 0.6;
/** Blocks with more sentences than this get a word index to find the sentences to compare. */
const INDEXED_SENTENCES = 64;
/** Share of an echo's word pairs that must lie in the twin for a fuzzy containment. */
const FUZZY_CONTAINMENT = 0.9;
/** A shorter text is taken as lying inside a longer one only from this many words: four-word
 * menu items and headings turn up inside longer texts by chance. */
const MIN_CONTAINED_WORDS = 5;
/** The most candidate blocks verified per segment. */
const MAX_CANDIDATES = 8;
/** Share of its kept shingles a segment must share with a block for the block to be verified. */
const MIN_SHARED_SHINGLES = 0.4;

/** Whether the distinct word ids `echo` share enough of themselves with `other` (both sorted). */
function overlapsEnough(echo: Int32Array, other: Int32Array): boolean {
  const needed = CANDIDATE_OVERLAP * echo.length;
  let shared = 0;
  for (let i = 0, j = 0; i < echo.length && j < other.length; ) {
    if (echo[i]! === other[j]!) {
      shared++;
      i++;
      j++;
    } else if (echo[i]! < other[j]!) i++;
    else j++;
  }
  return shared >= needed;
}

/** Cached per-segment data that only some comparisons need. */
class SegmentFacts {
  private readonly originals = new Map<number, string[]>();
  /** Word hashes serve as word ids: shared with the shingle index, and a clash only lets one more candidate through to verification. */
  constructor(
    private readonly doc: DocumentModel,
    private readonly hasher: WordHasher,
  ) {}

  private readonly derived = new Map<number, { compact?: string; unranked?: string; negations?: number; numbers?: string }>();

  private cache(segment: Segment): { compact?: string; unranked?: string; negations?: number; numbers?: string } {
    let entry = this.derived.get(segment.id);
    if (!entry) this.derived.set(segment.id, (entry = {}));
    return entry;
  }

  /** The key without spaces, for words glued at element borders. */
  compact(segment: Segment): string {
    const entry = this.cache(segment);
    return (entry.compact ??= segment.fp.key.replace(/ /g, ''));
  }

  /** The key without a leading list number (`3 `). */
  unranked(segment: Segment): string {
    const entry = this.cache(segment);
    return (entry.unranked ??= segment.fp.key.replace(RANK, ''));
  }

  negations(segment: Segment): number {
    const entry = this.cache(segment);
    return (entry.negations ??= segment.fp.words.filter(isNegation).length);
  }

  numbers(segment: Segment): string {
    const entry = this.cache(segment);
    return (entry.numbers ??= segment.fp.words.filter(isNumberWord).join(' '));
  }

  private readonly ids = new Map<number, Int32Array>();
  private readonly pairs = new Map<number, Set<number>>();

  private wordId(word: string): number {
    return this.hasher.hash(word);
  }

  /** The segment's distinct words as sorted integer ids (compact, and quick to intersect). */
  wordIds(segment: Segment): Int32Array {
    let ids = this.ids.get(segment.id);
    if (!ids) {
      const unique = new Set<number>();
      for (const word of segment.fp.words) unique.add(this.wordId(word));
      ids = Int32Array.from(unique).sort();
      this.ids.set(segment.id, ids);
    }
    return ids;
  }

  private readonly sentenceIndexes = new Map<number, Map<number, number[]>>();

  /**
   * The sentences of a block worth comparing with `echo`, in order. A block of many sentences
   * (a whole page on one line) gets an index from word to sentences, and only the sentences
   * holding the echo's two rarest words there are returned: a twin holds nearly all its words.
   */
  sentencesSharingWords(model: BlockModel, echo: Segment): readonly Segment[] {
    if (model.sentences.length <= INDEXED_SENTENCES) return model.sentences;
    let index = this.sentenceIndexes.get(model.block.index);
    if (!index) {
      index = new Map();
      for (const sentence of model.sentences) {
        for (const id of this.wordIds(sentence)) {
          const list = index.get(id);
          if (!list) index.set(id, [sentence.sentence]);
          else list.push(sentence.sentence);
        }
      }
      this.sentenceIndexes.set(model.block.index, index);
    }
    const postings = [...this.wordIds(echo)].map((id) => index!.get(id) ?? []).sort((a, b) => a.length - b.length);
    const chosen = new Set<number>([...(postings[0] ?? []), ...(postings[1] ?? [])]);
    return [...chosen].sort((a, b) => a - b).map((i) => model.sentences[i]!);
  }

  /** The segment's adjacent word pairs, as numbers. */
  wordPairs(segment: Segment): Set<number> {
    let pairs = this.pairs.get(segment.id);
    if (!pairs) {
      const words = segment.fp.words;
      pairs = new Set();
      for (let i = 1; i < words.length; i++) pairs.add(Math.imul(this.wordId(words[i - 1]!), 0x9e3779b1) ^ this.wordId(words[i]!));
      this.pairs.set(segment.id, pairs);
    }
    return pairs;
  }

  /** The segment's words in their original case (aligned with `fp.words`). */
  originalWords(segment: Segment): string[] {
    let words = this.originals.get(segment.id);
    if (!words) {
      const cased = tokenize(normalizeKeepingCase(segmentText(this.doc, segment)));
      words = cased.length === segment.fp.words.length ? cased : [...segment.fp.words];
      this.originals.set(segment.id, words);
    }
    return words;
  }
}

const RANK = /^\d{1,3} /;

/** Words of `a` that `b` lacks, with their original-case forms. */
function missingWords(facts: SegmentFacts, a: Segment, b: Segment): { lower: string[]; original: string[] } {
  const present = new Set(b.fp.words);
  const original = facts.originalWords(a);
  const lower: string[] = [];
  const cased: string[] = [];
  a.fp.words.forEach((word, i) => {
    if (!present.has(word)) {
      lower.push(word);
      cased.push(original[i] ?? word);
    }
  });
  return { lower, original: cased };
}

/** Word index in `haystack`, from `from` on, where the word sequence `needle` starts, or -1. */
export function findWords(haystack: readonly string[], needle: readonly string[], from = 0): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** Below this many words, a phrase found in a sentence with other capitals is a heading that reuses it. */
const HEADING_WORDS = 10;

/**
 * Whether a short echo found at word `at` of its twin is written with other capitals there:
 * a heading ("Information from other users") that reuses a phrase of a sentence, not a copy.
 */
function isRecased(facts: SegmentFacts, echo: Segment, twin: Segment, at: number): boolean {
  if (echo.fp.words.length >= HEADING_WORDS) return false;
  const own = facts.originalWords(echo);
  const there = facts.originalWords(twin);
  return own.some((word, i) => word !== there[at + i]);
}

/** Compares an echo candidate with one twin candidate; `undefined` when they do not match. */
function compare(
  doc: DocumentModel,
  facts: SegmentFacts,
  echo: Segment,
  twin: Segment,
  options: MatchOptions,
): Omit<Match, 'echo' | 'twin'> | undefined {
  const a = echo.fp;
  const b = twin.fp;
  const kindOf = (relation: Relation): MatchKind =>
    segmentText(doc, echo) === segmentText(doc, twin) ? 'exact' : relation === 'contained' ? 'contained' : 'near';
  const spanOf = (start: number): [number, number] => [twin.firstWord + start, twin.firstWord + start + a.words.length];

  if (a.key === b.key) {
    return { relation: 'equal', kind: kindOf('equal'), score: 1, span: spanOf(0) };
  }
  if (echo.evidence !== 'full') return undefined;
  const fuzzy = options.threshold < 1;
  if (fuzzy && (facts.unranked(echo) === facts.unranked(twin) || facts.compact(echo) === facts.compact(twin))) {
    return { relation: 'equal', kind: 'near', score: 1, span: spanOf(0) };
  }
  const containable = b.words.length > a.words.length && a.words.length >= MIN_CONTAINED_WORDS;
  if (containable) {
    const at = findWords(b.words, a.words);
    if (at >= 0) {
      if (isRecased(facts, echo, twin, at)) return undefined;
      return { relation: 'contained', kind: 'contained', score: 1, span: spanOf(at) };
    }
  }
  if (!fuzzy) return undefined;

  if (containable && facts.compact(twin).includes(facts.compact(echo))) {
    return { relation: 'contained', kind: 'contained', score: 1 };
  }
  // Word pairs scattered over a longer text prove little for a heading-sized phrase.
  if (containable && a.words.length >= HEADING_WORDS) {
    const pairs = facts.wordPairs(echo);
    const inTwin = facts.wordPairs(twin);
    let shared = 0;
    for (const pair of pairs) if (inTwin.has(pair)) shared++;
    if (shared >= FUZZY_CONTAINMENT * pairs.size) {
      const missing = missingWords(facts, echo, twin);
      if (!changesMeaning(missing.lower, missing.original) && !insertsMeaning(echo, twin)) {
        return { relation: 'contained', kind: 'contained', score: 1 };
      }
    }
  }
  if (diceAtLeast(a.norm, b.norm, options.threshold) && !differsInMeaning(facts, echo, twin)) {
    const score = dice(a.norm, b.norm);
    return { relation: 'near', kind: 'near', score, span: [twin.firstWord, twin.firstWord + b.words.length] };
  }
  return undefined;
}

/**
 * Whether the twin, where it holds the echo's words, adds a negation or a number the echo
 * lacks ("would raise taxes" inside "would not raise taxes").
 */
function insertsMeaning(echo: Segment, twin: Segment): boolean {
  const own = new Set(echo.fp.words);
  const words = twin.fp.words;
  const first = words.indexOf(echo.fp.words[0]!);
  const last = words.lastIndexOf(echo.fp.words[echo.fp.words.length - 1]!);
  if (first < 0 || last < first) return false;
  for (let i = first; i <= last; i++) {
    const word = words[i]!;
    if (!own.has(word) && (isNegation(word) || isNumberWord(word))) return true;
  }
  return false;
}

/** Whether two near-identical texts still say different things (numbers, negations, names). */
function differsInMeaning(facts: SegmentFacts, a: Segment, b: Segment): boolean {
  const onlyA = missingWords(facts, a, b);
  const onlyB = missingWords(facts, b, a);
  if (changesMeaning(onlyA.lower, onlyA.original) || changesMeaning(onlyB.lower, onlyB.original)) return true;
  if (hasOpposites(onlyA.lower, onlyB.lower)) return true;
  return facts.negations(a) !== facts.negations(b) || facts.numbers(a) !== facts.numbers(b);
}

/**
 * Finds, for every evidence segment, its twins in other blocks: for each candidate block the
 * best matching sentence of that block, or the block as a whole. A sentence also gets its
 * twins among the earlier sentences of its own block.
 * @returns matches grouped by echo segment id (only segments that have any)
 */
export function findMatches(doc: DocumentModel, options: MatchOptions): Map<number, Match[]> {
  const candidates = new CandidateFinder(doc);
  const facts = new SegmentFacts(doc, candidates.hasher);
  const result = new Map<number, Match[]>();
  for (const echo of doc.segments) {
    if (echo.evidence === 'none') continue;
    const matches: Match[] = [];
    const words = facts.wordIds(echo);
    const section = doc.blocks[echo.block]!.block.section;
    for (const blockIndex of candidates.blocksFor(echo)) {
      const model = doc.blocks[blockIndex]!;
      if (model.block.section !== section) continue;
      if (!overlapsEnough(words, facts.wordIds(model.whole))) continue;
      matches.push(...matchesInBlock(doc, facts, echo, model, options));
    }
    if (matches.length > 0) result.set(echo.id, matches);
  }
  return result;
}

/**
 * Where twins of a segment may stand: blocks with a segment of the same key (a hash lookup),
 * and blocks sharing kept shingles with it (see `ShingleIndex`), at most `MAX_CANDIDATES`.
 */
class CandidateFinder {
  private readonly keys = new Map<string, number[]>();
  readonly hasher = new WordHasher();
  private readonly shingles: ShingleIndex;

  constructor(private readonly doc: DocumentModel) {
    for (const segment of doc.segments) {
      if (segment.evidence === 'none') continue;
      const list = this.keys.get(segment.fp.key);
      if (!list) this.keys.set(segment.fp.key, [segment.block]);
      else if (list[list.length - 1] !== segment.block) list.push(segment.block);
    }
    this.shingles = new ShingleIndex(
      doc.blocks.map((model) => (model.whole.evidence === 'full' ? winnow(model.whole.fp.words, this.hasher) : [])),
    );
  }

  /** Candidate block indices for `echo`, in document order. */
  blocksFor(echo: Segment): number[] {
    const found = new Set<number>(firstAndNearest(this.keys.get(echo.fp.key) ?? [], echo.block));
    // Sentences of the echo's own block may repeat it.
    if (echo.sentence > 0) found.add(echo.block);
    if (echo.evidence === 'full' && echo.fp.words.length >= MIN_SHINGLED_WORDS) {
      const kept = winnow(echo.fp.words, this.hasher);
      const hits = this.shingles.candidates(kept, echo.block);
      hits.delete(echo.block);
      // A twin that holds the echo shares nearly all its kept shingles; one that shares few
      // only uses the same phrases.
      const needed = Math.max(1, Math.ceil(MIN_SHARED_SHINGLES * kept.length));
      let blocks = [...hits.keys()].filter((block) => hits.get(block)! >= needed);
      if (blocks.length > MAX_CANDIDATES) {
        const distance = (block: number): number => Math.abs(block - echo.block);
        blocks = blocks.sort((a, b) => hits.get(b)! - hits.get(a)! || distance(a) - distance(b) || a - b).slice(0, MAX_CANDIDATES);
      }
      for (const block of blocks) found.add(block);
    }
    return [...found].sort((a, b) => a - b);
  }
}

/** Of the blocks sharing a key, those worth verifying: the first ones and the nearest ones. */
const KEY_FIRST = 2;
const KEY_NEAR = 2;

function firstAndNearest(blocks: readonly number[], block: number): number[] {
  if (blocks.length <= KEY_FIRST + 2 * KEY_NEAR) return [...blocks];
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]! < block) low = mid + 1;
    else high = mid;
  }
  return [...blocks.slice(0, KEY_FIRST), ...blocks.slice(Math.max(0, low - KEY_NEAR), low + KEY_NEAR + 1)];
}

/**
 * The twins of `echo` in one block: every sentence it matches (so that a planner whose first
 * choice goes can fall back on another), and the whole block when the echo spans sentences.
 */
function matchesInBlock(
  doc: DocumentModel,
  facts: SegmentFacts,
  echo: Segment,
  model: BlockModel,
  options: MatchOptions,
): Match[] {
  const sameBlock = model.block.index === echo.block;
  if (sameBlock && echo.sentence < 0) return [];
  const found: Match[] = [];
  // A whole block found as one sentence of a longer one lies inside it: as for any
  // containment, a few words are not enough.
  const sentenceTwins = echo.sentence >= 0 || echo.fp.words.length >= MIN_CONTAINED_WORDS;
  const words = facts.wordIds(echo);
  for (const twin of sentenceTwins ? facts.sentencesSharingWords(model, echo) : []) {
    if (sameBlock && twin.sentence >= echo.sentence) break;
    if (!overlapsEnough(words, facts.wordIds(twin))) continue;
    const match = compare(doc, facts, echo, twin, options);
    if (match) found.push({ echo: echo.id, twin: twin.id, ...match });
  }
  if (sameBlock || found.some((m) => m.relation === 'equal')) return found;
  // A block can also span several sentences of its twin: then the whole twin block gives the
  // exact place, which a near match to one of its sentences would not.
  const whole = compare(doc, facts, echo, model.whole, options);
  if (!whole) return found;
  const exactInSentence = found.some((m) => m.relation === 'contained' && m.span !== undefined);
  if (found.length === 0 || (whole.span && whole.relation !== 'near' && !exactInSentence)) {
    found.unshift({ echo: echo.id, twin: model.whole.id, ...whole });
  }
  return found;
}
