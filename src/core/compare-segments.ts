import type { Match, MatchOptions, Relation, MatchKind } from './types.js';
import type { DocumentModel, Segment } from './document.js';
import { segmentText } from './document.js';
import { dice, diceAtLeast } from './similarity.js';
import { changesMeaning, hasOpposites, isNegation, isNumberWord, isQualifier, STARTS_UPPER, swapsOneWord, swapsOneWordInside, swapsWords, swapsWordsInside } from './guards.js';
import { findWords } from './find-words.js';
import { areParallelNotes, inOneList } from './list-entries.js';
import { namesOtherThings } from './inline-names.js';
import type { SegmentFacts } from './segment-facts.js';

/** Share of an echo's word pairs that must lie in the twin for a fuzzy containment. */
const FUZZY_CONTAINMENT = 0.9;
/** A shorter text is taken as lying inside a longer one only from this many words: four-word
 * menu items and headings turn up inside longer texts by chance. */
export const MIN_CONTAINED_WORDS = 5;

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

/**
 * Whether the twin's word before word `at` negates or bounds what follows it there (`20 people
 * were killed` in `At least 20 people were killed`): held, but not said. Not when a capital
 * starts a sentence at `at` (`… it isn't This is a great article`, a scrape that glued two).
 */
function isQualifiedAt(facts: SegmentFacts, twin: Segment, at: number): boolean {
  if (at === 0) return false;
  const before = twin.fp.words[at - 1]!;
  if (!isNegation(before) && !isQualifier(before)) return false;
  return !STARTS_UPPER.test(facts.originalWords(twin)[at] ?? '');
}


/** Below this many words, a phrase found in a sentence with other capitals is a heading that reuses it. */
const HEADING_WORDS = 10;

/**
 * Whether a short echo found at word `at` of its twin is written with other capitals there:
 * a heading ("Information from other users") that reuses a phrase of a sentence, not a copy.
 */
function isRecased(facts: SegmentFacts, echo: Segment, twin: Segment, at: number): boolean {
  if (echo.fp.wordCount >= HEADING_WORDS) return false;
  const own = facts.originalWords(echo);
  const there = facts.originalWords(twin);
  return own.some((word, i) => word !== there[at + i]);
}

/** Compares an echo candidate with one twin candidate: their match, or `undefined` when they do not match. */
export function compareSegments(
  doc: DocumentModel,
  facts: SegmentFacts,
  echo: Segment,
  twin: Segment,
  options: MatchOptions,
): Match | undefined {
  const a = echo.fp;
  const b = twin.fp;
  const kindOf = (relation: Relation): MatchKind =>
    writtenAlike(doc, echo, twin) ? 'exact' : relation === 'contained' ? 'contained' : 'near';
  const spanOf = (start: number): [number, number] => [twin.firstWord + start, twin.firstWord + start + a.wordCount];

  if (sameKey(facts, echo, twin)) {
    if (echo.sentence < 0 && twin.sentence < 0 && areParallelNotes(doc, echo.block, twin.block)) return undefined;
    // The same words around other code (`'**'.match` / `'**='.match`): the code is no word.
    if (namesOtherThings(doc, echo, twin)) return undefined;
    return { echo: echo.id, twin: twin.id, relation: 'equal', kind: kindOf('equal'), score: 1, span: spanOf(0) };
  }
  if (echo.evidence !== 'full') return undefined;
  const fuzzy = options.threshold < 1;
  if (fuzzy && (sameUnranked(facts, echo, twin) || (a.letters === b.letters && facts.compact(echo) === facts.compact(twin))) && !namesOtherThings(doc, echo, twin)) {
    return { echo: echo.id, twin: twin.id, relation: 'equal', kind: 'near', score: 1, span: spanOf(0) };
  }
  // Items of one list, or sentences of them, that are not the same words: parallel entries.
  if (inOneList(doc, echo.block, twin.block)) return undefined;
  const containable = b.wordCount > a.wordCount && a.wordCount >= MIN_CONTAINED_WORDS;
  if (containable) {
    const at = findWords(b.words, a.words);
    if (at >= 0) {
      if (isRecased(facts, echo, twin, at) || splitsNumber(doc, echo, twin, at) || namesOtherThings(doc, echo, twin, true)) return undefined;
      if (isQualifiedAt(facts, twin, at)) return undefined;
      return { echo: echo.id, twin: twin.id, relation: 'contained', kind: 'contained', score: 1, span: spanOf(at) };
    }
  }
  if (!fuzzy) return undefined;

  if (containable && facts.compact(twin).includes(facts.compact(echo)) && !splitsNumber(doc, echo, twin) && !namesOtherThings(doc, echo, twin, true)) {
    return { echo: echo.id, twin: twin.id, relation: 'contained', kind: 'contained', score: 1, span: undefined };
  }
  // Word pairs scattered over a longer text prove little for a heading-sized phrase.
  if (containable && a.wordCount >= HEADING_WORDS) {
    const pairs = facts.wordPairs(echo);
    const inTwin = facts.wordPairs(twin);
    let shared = 0;
    for (const pair of pairs) if (inTwin.has(pair)) shared++;
    if (shared >= FUZZY_CONTAINMENT * pairs.size) {
      const missing = missingWords(facts, echo, twin);
      // A twin that lacks the echo's first or last word holds it cut short (a teaser inside
      // another paragraph): the echo is the longer copy, not one inside the twin. Unless the
      // echo is the teaser (`… (more)`, `… Read more`): its last words are a link's.
      const edges = [a.words[0]!, a.words[a.words.length - 1]!];
      const teaser = TEASER_END.test(segmentText(doc, echo));
      const cutShort = edges.some((word) => missing.lower.includes(word)) && !teaser;
      // What the twin lacks, or holds in its place, may make it another statement.
      const says = (): boolean =>
        !losesSentence(doc, echo, missing.lower) &&
        !swapsOneWordInside(a.words, b.words, missing.lower) &&
        (teaser || !swapsWordsInside(a.words, b.words)) &&
        !changesMeaning(missing.lower, missing.original) &&
        !changesMeaningWhereHeld(echo, twin) &&
        !namesOtherThings(doc, echo, twin, true);
      if (!cutShort && says()) {
        return { echo: echo.id, twin: twin.id, relation: 'contained', kind: 'contained', score: 1, span: undefined };
      }
    }
  }
  if (diceAtLeast(a.norm, b.norm, options.threshold) && !differsInMeaning(facts, echo, twin) && !namesOtherThings(doc, echo, twin)) {
    const score = dice(a.norm, b.norm);
    return { echo: echo.id, twin: twin.id, relation: 'near', kind: 'near', score, span: [twin.firstWord, twin.firstWord + b.wordCount] };
  }
  return undefined;
}

/** A truncation mark, then at most a few words of a link (`… (more)`, `... Read more`) at a text's end. */
const TEASER_END = /(?:\u2026|\.\.\.)[\s\p{P}]*(?:\p{L}+[\s\p{P}]*){0,3}$/u;

/**
 * Whether a block's words that its twin lacks make up half or more of one of its sentences
 * (`That changed.` before a sentence the twin holds): that sentence would be lost with it.
 */
function losesSentence(doc: DocumentModel, echo: Segment, missing: readonly string[]): boolean {
  if (echo.sentence >= 0 || missing.length === 0) return false;
  const lacked = new Set(missing);
  return doc.blocks[echo.block]!.sentences.some((sentence) => {
    const words = new Set(sentence.fp.words);
    let lost = 0;
    for (const word of words) if (lacked.has(word)) lost++;
    return 2 * lost >= words.size && lost > 0;
  });
}

/**
 * Whether two segments are written the same in the original (links and all); in Markdown,
 * emphasis marks at their edges aside (a sentence that closes an emphasis holds its closing
 * `*`, which belongs to the paragraph).
 */
function writtenAlike(doc: DocumentModel, a: Segment, b: Segment): boolean {
  const first = doc.source.slice(a.range.start, a.range.end);
  const second = doc.source.slice(b.range.start, b.range.end);
  if (first === second) return true;
  const markdown = doc.blocks[a.block]!.block.inline !== undefined;
  return markdown && first.replace(EDGE_EMPHASIS, '') === second.replace(EDGE_EMPHASIS, '');
}

const EDGE_EMPHASIS = /^[*_~]+|[*_~]+$/g;

/**
 * Whether two segments have the same key: the words' hashes settle most pairs, and equal ones
 * are confirmed word by word (a key is its words joined by spaces; no word holds one), so no
 * key is joined.
 */
function sameKey(facts: SegmentFacts, a: Segment, b: Segment): boolean {
  const count = a.fp.wordCount;
  if (count !== b.fp.wordCount) return false;
  const left = facts.blockHashes(a);
  const right = facts.blockHashes(b);
  for (let i = 0; i < count; i++) if (left[a.firstWord + i] !== right[b.firstWord + i]) return false;
  const ours = a.fp.words;
  const theirs = b.fp.words;
  for (let i = 0; i < ours.length; i++) if (ours[i] !== theirs[i]) return false;
  return true;
}

/** A number's digits, then a separator written inside numbers (`1,500`, `3.5`, `1 500` with a no-break space). */
const DIGIT_GROUP_SEPARATOR = `[,.'\u2019\u00a0\u202f]`;

/**
 * Whether an echo that starts or ends with a number lies in its twin only as part of a longer
 * number, written with a separator there: `500 people died` in `1,500 people died`, `rose to 3`
 * in `rose to 3.5 percent`. The key splits such a number into two words, so the words are found
 * in order, but the echo says another number. The twin's text is read as written: a separator
 * followed by a space (`March 3, 2019`) joins no number.
 * @param at the twin's word where the echo's words start, when known: then the number joined is
 *   the twin's word next to that place (`1,500 homes … and 500 people died` holds the echo),
 *   looked for as written anywhere in the twin
 */
function splitsNumber(doc: DocumentModel, echo: Segment, twin: Segment, at?: number): boolean {
  const words = echo.fp.words;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const there = twin.fp.words;
  // The digits the twin may join to the echo's edges: its words around `at`, or any digits.
  const before = at === undefined ? '\\d+' : at > 0 && isDigits(there[at - 1]!) ? there[at - 1]! : undefined;
  const after = at === undefined ? '\\d+' : at + words.length < there.length && isDigits(there[at + words.length]!) ? there[at + words.length]! : undefined;
  const startSplit = isDigits(first) && before !== undefined;
  const endSplit = isDigits(last) && after !== undefined;
  if (!startSplit && !endSplit) return false;
  const text = segmentText(doc, twin);
  if (startSplit && new RegExp(`(?<!\\d)${before}${DIGIT_GROUP_SEPARATOR}${first}(?!\\d)`).test(text)) return true;
  return endSplit && new RegExp(`(?<!\\d)${last}${DIGIT_GROUP_SEPARATOR}${after}(?!\\d)`).test(text);
}

const isDigits = (word: string): boolean => /^\d+$/.test(word);

/**
 * Whether two keys differ only by a list number before one of them (`3 `). Only one side loses
 * its number: two texts that open with different numbers (`12 whales` / `13 whales`, `12:00` /
 * `15:00`) say different things.
 */
function sameUnranked(facts: SegmentFacts, a: Segment, b: Segment): boolean {
  if (startsWithDigit(a.fp.words) && facts.unranked(a) === b.fp.key) return true;
  return startsWithDigit(b.fp.words) && facts.unranked(b) === a.fp.key;
}

const startsWithDigit = (words: readonly string[]): boolean => {
  const code = words.length > 0 ? words[0]!.charCodeAt(0) : 0;
  return code >= 0x30 && code <= 0x39;
};

/**
 * Whether the twin, where it holds the echo's words, has other negations or numbers than the
 * echo: one it adds ("would raise taxes" inside "would not raise taxes") or one it lacks there
 * (the echo's `not` may stand elsewhere in the twin). Counted, not only looked up: a second
 * `not` changes what a text that already has one says.
 */
function changesMeaningWhereHeld(echo: Segment, twin: Segment): boolean {
  const own = new Map<string, number>();
  let left = 0;
  for (const word of echo.fp.words) {
    if (!isNegation(word) && !isNumberWord(word)) continue;
    own.set(word, (own.get(word) ?? 0) + 1);
    left++;
  }
  const words = twin.fp.words;
  const [first, last] = heldSpan(echo.fp.words, words);
  if (first < 0 || last < first) return false;
  for (let i = first; i <= last; i++) {
    const word = words[i]!;
    if (!isNegation(word) && !isNumberWord(word)) continue;
    const count = own.get(word) ?? 0;
    if (count === 0) return true;
    own.set(word, count - 1);
    left--;
  }
  return left > 0;
}

/**
 * Where in `twin` the words of `echo` stand: from the first place its first two words do to the
 * last place its last two words do (single words when a pair is not found). A word as common as
 * `the` alone would stretch the span over a neighbouring sentence.
 */
function heldSpan(echo: readonly string[], twin: readonly string[]): [number, number] {
  const n = echo.length;
  let first = -1;
  for (let i = 0; i + 1 < twin.length && first < 0; i++) if (twin[i] === echo[0] && twin[i + 1] === echo[1]) first = i;
  let last = -1;
  for (let i = twin.length - 1; i > 0 && last < 0; i--) if (twin[i] === echo[n - 1] && twin[i - 1] === echo[n - 2]) last = i;
  return [first >= 0 ? first : twin.indexOf(echo[0]!), last >= 0 ? last : twin.lastIndexOf(echo[n - 1]!)];
}

/**
 * Whether every negation of `a` stands next to the same word in `b` (before or after it): the
 * same count of `not` in other sentences ("could not provide" / "did not respond") is another
 * statement.
 */
function negationsInPlace(a: readonly string[], b: Set<string>): boolean {
  for (let i = 0; i < a.length; i++) {
    if (!isNegation(a[i]!)) continue;
    const before = i > 0 && b.has(`${a[i - 1]} ${a[i]}`);
    const after = i + 1 < a.length && b.has(`${a[i]} ${a[i + 1]}`);
    if (!before && !after) return false;
  }
  return true;
}

/** The adjacent word pairs of a text around its negations, as `word word`. */
function negationPairs(words: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (!isNegation(words[i]!)) continue;
    if (i > 0) pairs.add(`${words[i - 1]} ${words[i]}`);
    if (i + 1 < words.length) pairs.add(`${words[i]} ${words[i + 1]}`);
  }
  return pairs;
}

/** Whether two near-identical texts still say different things (numbers, negations, names). */
function differsInMeaning(facts: SegmentFacts, a: Segment, b: Segment): boolean {
  const onlyA = missingWords(facts, a, b);
  const onlyB = missingWords(facts, b, a);
  if (changesMeaning(onlyA.lower, onlyA.original) || changesMeaning(onlyB.lower, onlyB.original)) return true;
  if (hasOpposites(onlyA.lower, onlyB.lower)) return true;
  if (onlyA.lower.length === 1 && onlyB.lower.length === 1 && swapsOneWord(a.fp.words, b.fp.words)) return true;
  if (swapsWords(a.fp.words, b.fp.words)) return true;
  // A sentence near a longer block that holds its words in another order (`The seller must
  // notify the buyer …` / `The buyer must notify the seller … . The report was published.`).
  const [shorter, longer] = a.fp.wordCount <= b.fp.wordCount ? [a, b] : [b, a];
  if (shorter.fp.wordCount < longer.fp.wordCount && swapsWordsInside(shorter.fp.words, longer.fp.words)) return true;
  if (facts.negations(a) !== facts.negations(b) || facts.numbers(a) !== facts.numbers(b)) return true;
  if (facts.negations(a) === 0) return false;
  return !negationsInPlace(a.fp.words, negationPairs(b.fp.words)) || !negationsInPlace(b.fp.words, negationPairs(a.fp.words));
}
