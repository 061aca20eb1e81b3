import type { EchoRule, Match, Unit } from './types.js';
import type { BlockModel, DocumentModel, Segment } from './document.js';
import { segmentText, sentencesTouching } from './document.js';
import { findAggregates, LEFTOVER_WORDS } from './find-aggregates.js';
import { isTruncated } from './fingerprint.js';
import { mapPacked } from './map-packed.js';
import { hasMissingPhrase } from './missing-phrase.js';
import { SENTENCE_END } from './sentence-end.js';
import { isAttribution } from './attribution.js';
import { linksIn } from './links-in.js';

/** One echo the plan removes, with the twin it keeps. */
export interface Decision {
  readonly echo: Segment;
  /** The match reported: where the echo's twin stays. */
  readonly match: Match;
  readonly unit: Unit;
  readonly rule: EchoRule;
  /**
   * Every match the removal rests on: the echo's own, or one per sentence of a block whose
   * sentences all stand elsewhere. Each twin must stay in the text.
   */
  readonly supports: readonly Match[];
}

/** What to remove: whole blocks, and sentences cut out of blocks that stay. */
export interface Plan {
  readonly removedBlocks: ReadonlySet<number>;
  /** Block index → indices of its sentences to cut. */
  readonly cutSentences: ReadonlyMap<number, ReadonlySet<number>>;
  readonly decisions: readonly Decision[];
}

/** Tuning of the planner. */
export interface PlanOptions {
  readonly unit: 'paragraph' | 'sentence' | 'both';
  /** Never remove a one-sentence first block for lying inside a later one (scrapes open with the title). */
  readonly protectTitle: boolean;
}

/** A sentence inside a block that stays is cut only if it has this many words … */
const MIN_CUT_WORDS = 6;
/**
 * … or this many when it repeats the sentence right before it word for word (once the cut ones
 * are skipped): a stutter of the scrape (`What effect will it have? What effect will it
 * have?`), which prose does not write.
 */
const MIN_STUTTER_WORDS = 5;
/** … or this many when it is only contained in its twin. */
const MIN_CONTAINED_CUT_WORDS = 10;

/** Share of a block's distinct words a near twin may lack and still stand for it. */
const MAX_MISSING_SHARE = 0.25;

/** Blocks at the head of a plain-text scrape that may be summaries: the title and descriptions. */
const LEAD_BLOCKS = 3;

// An aside in brackets ("(Photo: AP)") legitimately repeats across captions (not within one).
const PARENTHESIZED = /^\s*[([].*[)\]]\s*$/su;

/** No head block summarises the body (before the summaries are found). */
const NO_SUMMARIES: ReadonlySet<number> = new Set();

/** A Markdown footnote reference (`[^1]`, `[^note]`). */
const FOOTNOTE_REFERENCE = /\[\^[^\]\s]+\]/g;
/** Fewer words than this make a line heading-sized (see `isRunInHeading`). */
const RUN_IN_HEADING_WORDS = 10;

/** Whether a text's words begin with all of another's. */
function opensWith(words: readonly string[], opening: readonly string[]): boolean {
  if (opening.length === 0 || opening.length > words.length) return false;
  for (let i = 0; i < opening.length; i++) if (words[i] !== opening[i]) return false;
  return true;
}

/** A question mark (and closing quotes or brackets) at a text's end. */
const QUESTION_END = /[?\uff1f\u061f]["'\u2019\u201d)\]*_]*\s*$/u;

/** Characters of a block's start read for its term: more than four words and a colon take. */
const TERM_REACH = 48;
/** A term and its colon at the start of a definition: up to four words, or code. */
const TERM = /^\s*(`[^`\n]+`|[\p{L}\p{N}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,3})\s*:(?:\s|$)/u;

/** Plans which echoes go, from the matches of `findMatches`. */
export function plan(doc: DocumentModel, matches: ReadonlyMap<number, readonly Match[]>, options: PlanOptions): Plan {
  return new Planner(doc, matches, options).run();
}

class Planner {
  private readonly removed = new Set<number>();
  private readonly aggregates = new Set<number>();
  private readonly aggregatePieces = new Map<number, readonly number[]>();
  private readonly cuts = new Map<number, Set<number>>();
  private readonly decisions = new Map<number, Decision>();
  /** Head blocks that summarise the body (see `findSummaries`); none when sentences are not cut. */
  private summaries: ReadonlySet<number> = new Set();
  /** Blocks put back by the safety net and then considered for sentence cuts. */
  private readonly reconsidered = new Set<number>();
  /** Per block, the blocks with a sentence matched to its text (see `blocksRepeating`); built when first needed. */
  private repeatingBlocks: Map<number, Set<number>> | undefined;

  constructor(
    private readonly doc: DocumentModel,
    private readonly matches: ReadonlyMap<number, readonly Match[]>,
    private readonly options: PlanOptions,
  ) {}

  run(): Plan {
    if (this.options.unit !== 'sentence') this.removeAggregates();
    // A sentence that repeats an earlier one of its own block goes first: the block is then
    // compared as it will stand (else a second run could find the shortened block an echo).
    if (this.options.unit !== 'paragraph') {
      for (let index = 0; index < this.doc.blocks.length; index++) {
        if (!this.aggregates.has(index)) this.considerSentences(index, NO_SUMMARIES, true);
      }
    }
    for (let index = 0; index < this.doc.blocks.length; index++) {
      if (!this.aggregates.has(index)) this.considerBlock(index);
    }
    if (this.options.unit !== 'paragraph') {
      this.summaries = this.findSummaries();
      for (let index = 0; index < this.doc.blocks.length; index++) {
        if (!this.removed.has(index) && !this.summaries.has(index)) this.considerSentences(index, this.summaries);
      }
      for (const index of this.summaries) this.trimSummary(index);
    }
    this.keepOrphanedTwins();
    if (this.options.unit !== 'paragraph' && this.removeCoveredRemainders()) this.keepOrphanedTwins();
    const decisions = [...this.decisions.values()].sort((a, b) => a.echo.range.start - b.echo.range.start);
    return { removedBlocks: this.removed, cutSentences: this.cuts, decisions };
  }

  private segment(id: number): Segment {
    return this.doc.segments[id]!;
  }

  private matchesOf(segment: Segment): readonly Match[] {
    return this.matches.get(segment.id) ?? [];
  }

  /** Whether the twin's place is still in the text, all of it. */
  private isKept(segment: Segment): boolean {
    if (this.removed.has(segment.block)) return false;
    const cut = this.cuts.get(segment.block);
    if (!cut || cut.size === 0) return true;
    return segment.sentence >= 0 && !cut.has(segment.sentence);
  }

  /**
   * Whether a match's twin still holds its echo: the twin stays whole, or it is a block known
   * to hold the echo in a span of its words (see `Match.span`) and only sentences outside that
   * span are cut. A heading found in a paragraph whose teaser tail is cut is still there.
   */
  private holdsEcho(match: Match): boolean {
    const twin = this.segment(match.twin);
    if (this.isKept(twin)) return true;
    if (twin.sentence >= 0 || match.span === undefined || this.removed.has(twin.block)) return false;
    const cut = this.cuts.get(twin.block);
    return sentencesTouching(this.doc.blocks[twin.block]!, match.span).every((sentence) => !cut?.has(sentence.sentence));
  }

  /** Whether a block is the scrape's title line: the first block, one sentence long. */
  private isTitle(block: number): boolean {
    return this.options.protectTitle && block === 0 && this.doc.blocks.length > 0 && !this.isMultiSentence(0);
  }

  private isMultiSentence(block: number): boolean {
    return this.doc.blocks[block]!.sentences.length > 1;
  }

  /** Removes the blocks that only concatenate other blocks (see `findAggregates`). */
  private removeAggregates(): void {
    for (const aggregate of findAggregates(this.doc, this.matches, this.isTitle(0)).values()) {
      const whole = this.doc.blocks[aggregate.block]!.whole;
      const twin = this.doc.blocks[aggregate.pieces[0]!]!.whole;
      const match: Match = { ...aggregate.firstMatch, echo: whole.id, twin: twin.id, relation: 'contained', kind: 'contained' };
      this.aggregates.add(aggregate.block);
      this.aggregatePieces.set(aggregate.block, aggregate.pieces);
      this.removed.add(aggregate.block);
      this.decisions.set(whole.id, { echo: whole, match, unit: 'paragraph', rule: 'aggregate', supports: [] });
    }
  }

  /** Whether `twin` should survive when `echo` (a whole block) repeats it. */
  private outranks(match: Match, echo: Segment, twin: Segment): boolean {
    // In Markdown, the copy that cites a footnote stays: without it the note cites nothing.
    const [echoNotes, twinNotes] = [this.footnotesOf(echo), this.footnotesOf(twin)];
    if (echoNotes.some((note) => !twinNotes.includes(note))) return false;
    // So does the copy with more links: the other would lose a destination, or orphan the
    // reference definition only it uses. When it comes later, both stay: dropping the first
    // copy would move the text down the page (as to a `Read more` link list at the end).
    if (linksIn(this.doc, echo) > linksIn(this.doc, twin)) return false;
    if (this.isElaboratedItem(echo, twin)) return false;
    if (match.relation === 'contained') return true;
    // A near twin whose block lacks a good part of the echo's words (a sentence or teaser
    // scoring 0.8 against a longer block) cannot stand for it: that part would be lost.
    if (match.relation === 'near' && this.lacksPartOf(echo, twin)) return false;
    if (twinNotes.some((note) => !echoNotes.includes(note))) return true;
    // A sentence of another block stands for the echo unless it is the echo cut short (a
    // teaser at a paragraph's end that stops mid-sentence, fewer words): then the echo is the
    // whole copy.
    if (twin.sentence >= 0) {
      const shorter = twin.fp.wordCount < echo.fp.wordCount;
      return !shorter || !isCutShort(segmentText(this.doc, twin)) || isCutShort(segmentText(this.doc, echo));
    }
    // Same words (a list number or glued words aside): the first copy stays.
    if (match.relation === 'equal') return twin.block < echo.block;
    const echoText = segmentText(this.doc, echo);
    const twinText = segmentText(this.doc, twin);
    if (isTruncated(echoText) !== isTruncated(twinText)) return isTruncated(echoText);
    const echoWords = new Set(echo.fp.words);
    const twinWords = new Set(twin.fp.words);
    if (twinWords.size > echoWords.size && [...echoWords].every((w) => twinWords.has(w))) return true;
    if (echoWords.size > twinWords.size && [...twinWords].every((w) => echoWords.has(w))) return false;
    return twin.block < echo.block;
  }

  /**
   * Whether `item` is a whole Markdown list item that a longer block outside a list after it
   * opens with and goes on from (`- Builds finish in a second.`, then `Builds finish in a
   * second. The cache lives in …`): docs list, then explain. Neither is an echo of the other:
   * the list would lose an entry, or the explanation its opening. An item after its twin (a
   * pull quote set as a list), or cut short (a teaser of the paragraph), is still an echo.
   */
  private isElaboratedItem(item: Segment, other: Segment): boolean {
    const list = this.doc.blocks[item.block]!.block;
    const prose = this.doc.blocks[other.block]!;
    if (list.inline === undefined || list.kind !== 'list-item' || prose.block.kind === 'list-item' || item.block > other.block) return false;
    // A whole entry that opens the block: a sentence of one, or an entry the block says further
    // in (key points that quote the body), follows the rules of any text.
    if (item.sentence >= 0 || !opensWith(prose.whole.fp.words, item.fp.words)) return false;
    // It goes on when it says something else too, which nothing else says (so which stays): a
    // block that prints the item twice, or whose other sentence repeats one, may not.
    const goesOn =
      prose.sentences.length > 0
        ? prose.sentences.some((sentence) => sentence.fp.key !== item.fp.key && !this.matches.has(sentence.id))
        : prose.whole.fp.wordCount > item.fp.wordCount;
    return goesOn && !isCutShort(segmentText(this.doc, item));
  }

  /**
   * Whether a block is the heading of the paragraph right after it, which opens with its words
   * (`What happens next for the bridge`, then `What happens next for the bridge depends on a
   * vote …`): a heading-sized line with no sentence end, not a copy of the paragraph's start.
   */
  private isRunInHeading(block: number, twin: number): boolean {
    const heading = this.doc.blocks[block]!.whole;
    if (twin !== block + 1 || heading.fp.wordCount >= RUN_IN_HEADING_WORDS) return false;
    if (SENTENCE_END.test(segmentText(this.doc, heading)) || isTruncated(segmentText(this.doc, heading))) return false;
    return opensWith(this.doc.blocks[twin]!.whole.fp.words, heading.fp.words);
  }

  /**
   * Whether two blocks answer two different questions, each the block right before it (`Q:
   * Will the bridge open on time?` / `A: We are confident it will.`): an interview or an FAQ
   * may give one answer twice, and without its copy a question goes unanswered.
   */
  private answersOtherQuestions(first: number, second: number): boolean {
    const asks = (block: number): boolean => QUESTION_END.test(segmentText(this.doc, this.doc.blocks[block]!.whole));
    // A question that repeats nothing (so stays), before an answer that asks nothing; not the
    // other copy (a comment, then its text).
    const unique = (block: number): boolean => {
      const model = this.doc.blocks[block]!;
      return !this.matches.has(model.whole.id) && !model.sentences.some((sentence) => this.matches.has(sentence.id));
    };
    const question = (block: number): Segment | undefined =>
      block > 0 && block - 1 !== first && block - 1 !== second && !asks(block) && asks(block - 1) && unique(block - 1) ? this.doc.blocks[block - 1]!.whole : undefined;
    const [a, b] = [question(first), question(second)];
    return a !== undefined && b !== undefined && a.fp.key !== b.fp.key;
  }

  /** The footnote references (`[^1]`) a Markdown segment cites, as written; none in plain text. */
  private footnotesOf(segment: Segment): string[] {
    if (this.doc.blocks[segment.block]!.block.inline === undefined) return [];
    return this.doc.source.slice(segment.range.start, segment.range.end).match(FOOTNOTE_REFERENCE) ?? [];
  }

  /**
   * Whether `twin` lacks more than a few of the distinct words of `echo`, or of one of its
   * sentences. The words are looked for in the twin itself, not elsewhere in its block: the
   * guards (numbers, negations) only saw the twin, and a sentence the twin lacks would be lost
   * even when it is a small share of a long echo.
   */
  private lacksPartOf(echo: Segment, twin: Segment): boolean {
    const there = new Set(twin.fp.words);
    const missingOf = (segment: Segment): { missing: number; size: number } => {
      const words = new Set(segment.fp.words);
      let missing = 0;
      for (const word of words) if (!there.has(word)) missing++;
      return { missing, size: words.size };
    };
    const tooMany = (missing: number, size: number): boolean => missing > Math.max(LEFTOVER_WORDS, MAX_MISSING_SHARE * size);
    // A short sentence is lost as soon as half its words are ("Officials confirmed the report.",
    // "That changed.").
    const lacksSentence = (sentence: Segment): boolean => {
      const { missing, size } = missingOf(sentence);
      return tooMany(missing, size) || (missing >= 1 && 2 * missing >= size);
    };
    const whole = missingOf(echo);
    return (
      tooMany(whole.missing, whole.size) ||
      hasMissingPhrase(echo.fp.words, there) ||
      (echo.sentence < 0 && this.doc.blocks[echo.block]!.sentences.some(lacksSentence))
    );
  }

  private considerBlock(index: number): void {
    const model = this.doc.blocks[index]!;
    const whole = model.whole;
    // A block with no twin, as a whole or in a sentence, stays (most blocks of a page).
    if (!this.matches.has(whole.id) && !model.sentences.some((sentence) => this.matches.has(sentence.id))) return;
    const usable = (match: Match): boolean => {
      const twin = this.segment(match.twin);
      if (twin.block === index || this.aggregates.has(twin.block) || !this.holdsEcho(match)) return false;
      if (this.isTitle(index) && twin.block > index) return false;
      if (this.answersOtherQuestions(index, twin.block) || this.isRunInHeading(index, twin.block)) return false;
      return this.outranks(match, whole, twin);
    };
    if (whole.evidence !== 'none' && (this.options.unit !== 'sentence' || !this.isMultiSentence(index))) {
      const best = pickBest(this.matchesOf(whole).filter(usable));
      if (best) {
        this.removeBlock(whole, best, best.relation === 'contained' ? 'contained' : 'repeat', [best]);
        return;
      }
    }
    if (!this.isMultiSentence(index)) return;
    if (this.isTitle(index)) return;
    // Every sentence found inside a larger kept text: the block only repeats material.
    // Blocks this one outranks as a whole (a later copy of it) cannot cover it. A sentence twin
    // that cannot stand for the whole block says nothing about the rest of its own block.
    const outranked = new Set(
      this.matchesOf(whole)
        .filter((m) => this.segment(m.twin).sentence < 0 && !this.outranks(m, whole, this.segment(m.twin)))
        .map((m) => this.segment(m.twin).block),
    );
    const covering = this.coverSentences(index, model.sentences, (twin) => !outranked.has(twin.block));
    const first = covering?.[0];
    if (first) this.removeBlock(whole, { ...first, echo: whole.id }, 'repeat', covering!);
  }

  /**
   * For each of the sentences, its best twin inside a larger kept block (not its own, nor an
   * aggregate) that `usable` accepts; undefined when a sentence of more than a few words has none.
   */
  private coverSentences(index: number, sentences: readonly Segment[], usable: (twin: Segment, match: Match) => boolean): Match[] | undefined {
    const covering: Match[] = [];
    for (const sentence of sentences) {
      const match = pickBest(
        this.matchesOf(sentence).filter((m) => {
          const twin = this.segment(m.twin);
          if (twin.block === index || this.aggregates.has(twin.block) || !usable(twin, m)) return false;
          if (linksIn(this.doc, sentence) > linksIn(this.doc, twin)) return false;
          return this.isKept(twin) && this.isLarger(twin, sentence);
        }),
      );
      if (match) covering.push(match);
      // A few words of chrome may go with the block (`Advertisement`, `Photo: AP`, a list
      // number, a teaser's cut end); a short sentence of prose (`That changed.`) may not.
      else if (isAttribution(segmentText(this.doc, sentence), sentence.fp.wordCount)) continue;
      else if (sentence.fp.wordCount > LEFTOVER_WORDS || isShortProse(segmentText(this.doc, sentence), sentence.fp.wordCount)) return undefined;
    }
    return covering;
  }

  /**
   * Whether a sentence and its twin both end blocks of several sentences that are parallel
   * entries (see below): entries ending the same way ("… Task status is changed to enqueued.")
   * are a template, not an echo.
   */
  private isParallelEnding(sentence: Segment, twin: Segment): boolean {
    if (twin.block === sentence.block || twin.sentence < 0) return false;
    const isLast = (segment: Segment): boolean => segment.sentence === this.doc.blocks[segment.block]!.sentences.length - 1;
    if (!isLast(sentence) || !isLast(twin)) return false;
    const [first, second] = [this.doc.blocks[sentence.block]!, this.doc.blocks[twin.block]!];
    // Markdown is written, not scraped: docs end notes and answers alike on purpose.
    if (first.block.inline !== undefined) return true;
    // In a scrape, entries of one template share more than their ending: both list items, both
    // opening with a term of their own (`` `line`: ``, `` `column`: ``), or another sentence
    // that opens the same way (`This can happen when …`). Two paragraphs that only end alike
    // repeat a sentence.
    if (first.block.kind === 'list-item' && second.block.kind === 'list-item') return true;
    const [term, otherTerm] = [this.termOf(first), this.termOf(second)];
    if (term !== undefined && otherTerm !== undefined && term !== otherTerm) return true;
    return this.shareOpening(sentence.block, twin.block);
  }

  /**
   * The term a block opens with, before a colon (`` `.help()`: ``, `Note:`), as a definition
   * does; lower-cased. Entries of one template define different terms: the same term again is
   * the same entry repeated.
   */
  private termOf(model: BlockModel): string | undefined {
    const { start, end } = model.block.content;
    return TERM.exec(this.doc.text.slice(start, Math.min(end, start + TERM_REACH)))?.[1]!.toLowerCase();
  }

  /**
   * Whether sentences of two blocks (their last ones aside) open with the same three words and
   * go on differently, neither repeating anything: a sentence and its twin (a repeat, exact or
   * near) are no sign of a template, and cutting one must not change the answer.
   */
  private shareOpening(first: number, second: number): boolean {
    const opened = (block: number): Segment[] => this.doc.blocks[block]!.sentences.slice(0, -1).filter((sentence) => sentence.fp.wordCount > 3);
    const opening = (sentence: Segment): string => sentence.fp.words.slice(0, 3).join(' ');
    const theirs = opened(second);
    // Only sentences that repeat nothing: a repeat may be cut, and with it the sign.
    const unmatched = (segment: Segment): boolean => this.matchesOf(segment).length === 0;
    return opened(first).some((ours) => unmatched(ours) && theirs.some((other) => opening(other) === opening(ours) && unmatched(other)));
  }

  /** Whether `twin` holds more than the sentence it covers (not a standalone copy of it). */
  private isLarger(twin: Segment, sentence: Segment): boolean {
    const block = this.doc.blocks[twin.block]!;
    return block.whole.fp.wordCount > sentence.fp.wordCount + LEFTOVER_WORDS;
  }

  private removeBlock(whole: Segment, match: Match, rule: EchoRule, supports: readonly Match[]): void {
    // Sentences cut from it before go with it.
    for (const sentence of this.cuts.get(whole.block) ?? []) this.decisions.delete(this.doc.blocks[whole.block]!.sentences[sentence]!.id);
    this.cuts.delete(whole.block);
    this.removed.add(whole.block);
    this.decisions.set(whole.id, { echo: whole, match, unit: 'paragraph', rule, supports });
  }

  /**
   * Summaries: blocks at the head of a scrape (title, meta descriptions) whose sentences
   * mostly come back inside larger blocks of the body. The body keeps its sentences; the
   * summary loses the repeated ones (see `trimSummary`).
   */
  private findSummaries(): Set<number> {
    const summaries = new Set<number>();
    if (!this.options.protectTitle) return summaries;
    for (let index = 1; index < Math.min(LEAD_BLOCKS, this.doc.blocks.length); index++) {
      const model = this.doc.blocks[index]!;
      if (this.removed.has(index) || model.sentences.length < 2) continue;
      const candidates = model.sentences.filter((s) => s.evidence === 'full' && s.fp.wordCount >= MIN_CUT_WORDS);
      const inBody = candidates.filter((sentence) => this.bodyTwin(sentence) !== undefined);
      if (inBody.length >= 2 && inBody.length * 2 >= candidates.length) summaries.add(index);
    }
    return summaries;
  }

  /** A word-for-word twin of a summary sentence inside a larger kept block after it. */
  private bodyTwin(sentence: Segment): Match | undefined {
    return pickBest(
      this.matchesOf(sentence).filter((m) => {
        const twin = this.segment(m.twin);
        if (m.relation !== 'equal' || twin.block <= sentence.block) return false;
        return this.isKept(twin) && this.isLarger(twin, sentence);
      }),
    );
  }

  /** Cuts from a summary the sentences the body holds word for word. */
  private trimSummary(index: number): void {
    const model = this.doc.blocks[index]!;
    const picked: Decision[] = [];
    // Sentences that repeat the summary itself were cut first (see `run`); they stay cut.
    const cut = new Set(this.cuts.get(index) ?? []);
    for (const sentence of model.sentences) {
      const match = sentence.fp.wordCount >= MIN_CUT_WORDS ? this.bodyTwin(sentence) : undefined;
      if (!match) continue;
      picked.push({ echo: sentence, match, unit: 'sentence', rule: 'sentence-repeat', supports: [match] });
      cut.add(sentence.sentence);
      const lead = this.leadingPiece(model, sentence, this.twinSentence(match), cut);
      if (lead) {
        picked.push(lead);
        cut.add(lead.echo.sentence);
      }
    }
    const leftover = model.sentences.filter((s) => !cut.has(s.sentence)).reduce((n, s) => n + s.fp.wordCount, 0);
    if (leftover <= LEFTOVER_WORDS) {
      this.removeBlock(model.whole, { ...picked[0]!.match, echo: model.whole.id }, 'aggregate', mapPacked(picked, (d) => d.match));
      return;
    }
    this.cuts.set(index, cut);
    for (const decision of picked) this.decisions.set(decision.echo.id, decision);
  }

  /** Cuts sentences that repeat earlier kept text out of a block that otherwise stays. */
  private considerSentences(index: number, summaries: ReadonlySet<number>, withinOnly = false): void {
    const model = this.doc.blocks[index]!;
    // Most blocks have no sentence with a twin: nothing to build for them.
    if (model.sentences.length < 2 || !model.sentences.some((sentence) => this.matches.has(sentence.id))) return;
    const earlierCuts = this.cuts.get(index) ?? new Set<number>();
    const cut = new Set<number>(earlierCuts);
    const picked: Decision[] = [];
    for (const sentence of model.sentences) {
      const words = sentence.fp.wordCount;
      if (cut.has(sentence.sentence) || sentence.evidence !== 'full' || words < MIN_STUTTER_WORDS) continue;
      const twins = this.matchesOf(sentence);
      if (twins.length === 0) continue;
      // The sentence before it, once those between are cut (in `A B A B`, the second `B` once
      // the second `A` is); both whole sentences (a link's text and its anchor have the same
      // words, and no full stop).
      const stutter = (m: Match): boolean => {
        const twin = this.segment(m.twin);
        if (m.relation !== 'equal' || twin.block !== index || twin.sentence >= sentence.sentence) return false;
        if (!SENTENCE_END.test(segmentText(this.doc, sentence)) || !SENTENCE_END.test(segmentText(this.doc, twin))) return false;
        for (let between = twin.sentence + 1; between < sentence.sentence; between++) if (!cut.has(between)) return false;
        return true;
      };
      if (words < MIN_CUT_WORDS && !twins.some(stutter)) continue;
      const aside = PARENTHESIZED.test(this.doc.text.slice(sentence.range.start, sentence.range.end));
      const match = pickBest(
        twins.filter((m) => {
          const twin = this.segment(m.twin);
          if (withinOnly && twin.block !== index) return false;
          if (summaries.has(twin.block)) return false;
          if (aside && twin.block !== index) return false;
          if (this.isParallelEnding(sentence, twin) || this.isElaboratedItem(twin, sentence)) return false;
          // A sentence with a link its twin lacks stays, as a block does (see `outranks`).
          if (linksIn(this.doc, sentence) > linksIn(this.doc, twin)) return false;
          if (words < MIN_CUT_WORDS && !stutter(m)) return false;
          // Inside a paragraph that stays, only a word-for-word repeat is cut, never a paraphrase.
          if (m.relation === 'near' || (m.relation === 'contained' && !m.span)) return false;
          const earlier = twin.block < index || (twin.block === index && twin.sentence < sentence.sentence && !cut.has(twin.sentence));
          if (!earlier || (twin.block !== index && !this.isKept(twin))) return false;
          return m.relation !== 'contained' || words >= MIN_CONTAINED_CUT_WORDS;
        }),
      );
      if (!match) continue;
      cut.add(sentence.sentence);
      picked.push({ echo: sentence, match, unit: 'sentence', rule: 'sentence-repeat', supports: [match] });
      const lead = this.leadingPiece(model, sentence, this.twinSentence(match), cut);
      if (lead) {
        cut.add(lead.echo.sentence);
        picked.push(lead);
      }
    }
    if (picked.length === 0) return;
    const left = model.sentences.filter((s) => !cut.has(s.sentence));
    const leftover = left.reduce((n, s) => n + s.fp.wordCount, 0);
    // A few words of chrome go with the block; a short sentence of prose (`That changed.`) stays.
    if (leftover <= LEFTOVER_WORDS && !left.some((s) => isShortProse(segmentText(this.doc, s), s.fp.wordCount))) {
      const earlier = mapPacked([...earlierCuts], (sentence) => this.decisions.get(model.sentences[sentence]!.id)!);
      const all = [...earlier, ...picked];
      this.removeBlock(model.whole, { ...all[0]!.match, echo: model.whole.id }, 'repeat', mapPacked(all, (d) => d.match));
      return;
    }
    this.cuts.set(index, cut);
    for (const decision of picked) this.decisions.set(decision.echo.id, decision);
  }

  /** The sentence a match's twin is, or (a whole block holding the echo) starts the echo's place in. */
  private twinSentence(match: Match): Segment | undefined {
    const twin = this.segment(match.twin);
    if (twin.sentence >= 0 || match.span === undefined) return twin;
    return this.doc.blocks[twin.block]!.sentences.find((sentence) => sentence.firstWord === match.span![0]);
  }

  /**
   * The piece right before a cut sentence that goes with it: a few words the sentence breaker
   * cut off (`Apple Inc.` before `CEO Tim Cook said …`, `Tickets cost $25 (incl.` before
   * `VAT) and …`) that stand right before the twin too. Too short to be cut on their own, left
   * alone they would be a fragment.
   */
  private leadingPiece(model: BlockModel, sentence: Segment, twin: Segment | undefined, cut: ReadonlySet<number>): Decision | undefined {
    if (twin === undefined || sentence.sentence < 1 || twin.sentence < 1) return undefined;
    const piece = model.sentences[sentence.sentence - 1]!;
    const before = this.doc.blocks[twin.block]!.sentences[twin.sentence - 1]!;
    if (cut.has(piece.sentence) || piece.fp.wordCount >= MIN_CUT_WORDS || piece.fp.wordCount === 0) return undefined;
    if (before.id === piece.id || piece.fp.key !== before.fp.key || !this.isKept(before)) return undefined;
    const exact = segmentText(this.doc, piece) === segmentText(this.doc, before);
    const match: Match = { echo: piece.id, twin: before.id, relation: 'equal', kind: exact ? 'exact' : 'near', score: 1, span: undefined };
    return { echo: piece, match, unit: 'sentence', rule: 'sentence-repeat', supports: [match] };
  }

  /**
   * Removes the blocks whose sentences left after their cuts all stand inside larger kept
   * blocks: cut down, such a block only repeats material (a second run would find that).
   * @returns whether any block went
   */
  private removeCoveredRemainders(): boolean {
    let removedAny = false;
    for (const [index, cut] of [...this.cuts]) {
      if (cut.size === 0 || this.removed.has(index) || this.summaries.has(index) || this.isTitle(index)) continue;
      const model = this.doc.blocks[index]!;
      const left = model.sentences.filter((sentence) => !cut.has(sentence.sentence));
      const covering = this.coverSentences(index, left, (_, match) => match.relation !== 'near');
      if (covering === undefined || covering.length === 0) continue;
      const cutSupports = mapPacked([...cut], (sentence) => this.decisions.get(model.sentences[sentence]!.id)!.match);
      this.removeBlock(model.whole, { ...covering[0]!, echo: model.whole.id }, 'repeat', [...cutSupports, ...covering]);
      removedAny = true;
    }
    return removedAny;
  }

  /**
   * Safety net for "nothing unique is lost": a removal whose twin was removed later moves to
   * another twin that stays, or is undone; repeatedly, until every removed echo points at
   * text that stays.
   */
  private keepOrphanedTwins(): void {
    let changed = true;
    while (changed) {
      changed = false;
      for (const [id, decision] of this.decisions) {
        if (decision.rule === 'aggregate') continue;
        const supports = mapPacked(decision.supports, (support) => this.keptSupport(support, decision));
        if (supports.every((support, i) => support === decision.supports[i])) continue;
        changed = true;
        const kept = supports.every((support) => support !== undefined) ? (supports as Match[]) : this.sentenceSupports(decision);
        if (kept) {
          this.decisions.set(id, { ...decision, supports: kept, match: { ...kept[0]!, echo: decision.echo.id } });
          continue;
        }
        this.decisions.delete(id);
        if (decision.unit === 'paragraph') this.restoreBlock(decision.echo.block);
        else this.cuts.get(decision.echo.block)?.delete(decision.echo.sentence);
      }
    }
    this.repointAggregates();
  }

  /**
   * Puts back a block whose removal lost its support. It is then a block that stays like any
   * other, so its sentences that repeat earlier kept text are cut, as they would have been had
   * it never been removed (else the next run would cut them).
   */
  private restoreBlock(index: number): void {
    this.removed.delete(index);
    // Once per block, so that the safety net always ends.
    if (this.options.unit === 'paragraph' || this.summaries.has(index) || this.reconsidered.has(index)) return;
    this.reconsidered.add(index);
    this.considerSentences(index, this.summaries);
    // Sentences of other blocks that repeat this one's were left whole while it was out (their
    // twin was not kept): a second run would cut them.
    for (const block of this.blocksRepeating(index)) {
      if (!this.removed.has(block) && !this.summaries.has(block)) this.considerSentences(block, this.summaries);
    }
  }

  /** The other blocks with a sentence matched to text of `block`, in document order. */
  private blocksRepeating(block: number): number[] {
    if (this.repeatingBlocks === undefined) {
      this.repeatingBlocks = new Map();
      for (const [id, matches] of this.matches) {
        const echo = this.segment(id);
        if (echo.sentence < 0) continue;
        for (const match of matches) {
          const twin = this.segment(match.twin).block;
          if (twin === echo.block) continue;
          let blocks = this.repeatingBlocks.get(twin);
          if (!blocks) this.repeatingBlocks.set(twin, (blocks = new Set()));
          blocks.add(echo.block);
        }
      }
    }
    return [...(this.repeatingBlocks.get(block) ?? [])].sort((a, b) => a - b);
  }

  /**
   * For a removed block whose twin lost part of its text: one kept twin per sentence of the
   * block, or `undefined` when some sentence has none.
   */
  private sentenceSupports(decision: Decision): Match[] | undefined {
    if (decision.unit !== 'paragraph') return undefined;
    const model = this.doc.blocks[decision.echo.block]!;
    const supports: Match[] = [];
    for (const sentence of model.sentences.length > 0 ? model.sentences : [model.whole]) {
      const support = this.keptSupport({ ...decision.match, echo: sentence.id, twin: decision.echo.id }, decision);
      if (support) supports.push(support);
      else if (sentence.fp.wordCount > LEFTOVER_WORDS) return undefined;
    }
    return supports.length > 0 ? supports : undefined;
  }

  /** The support itself if its twin stays, else another match of the same echo whose twin stays. */
  private keptSupport(support: Match, decision: Decision): Match | undefined {
    if (this.holdsEcho(support)) return support;
    const echo = this.segment(support.echo);
    return pickBest(
      this.matchesOf(echo).filter((m) => {
        const twin = this.segment(m.twin);
        if (twin.block === decision.echo.block || this.aggregates.has(twin.block) || !this.holdsEcho(m)) return false;
        // A cut sentence keeps an earlier twin; a removed block keeps one that outranks it; a
        // sentence of a removed block, a larger text holding all of its words.
        if (decision.unit === 'sentence') return twin.block < echo.block;
        // (or an earlier copy of the sentence, as a sentence cut from a block that stays).
        if (echo.sentence >= 0) return m.relation !== 'near' && (this.isLarger(twin, echo) || (m.relation === 'equal' && twin.block < echo.block));
        return this.outranks(m, echo, twin);
      }),
    );
  }

  /** An aggregate reports a piece that stays (its pieces may themselves repeat others). */
  private repointAggregates(): void {
    for (const [id, decision] of this.decisions) {
      if (decision.rule !== 'aggregate' || this.isKept(this.segment(decision.match.twin))) continue;
      const pieces = this.aggregatePieces.get(decision.echo.block) ?? [];
      const kept = pieces.find((piece) => this.isKept(this.doc.blocks[piece]!.whole));
      if (kept !== undefined) {
        this.decisions.set(id, { ...decision, match: { ...decision.match, twin: this.doc.blocks[kept]!.whole.id } });
        continue;
      }
      // Its pieces went as echoes of a copy of the whole block: then it is a repeat of that copy.
      const copy = this.matchesOf(decision.echo).find((m) => m.relation === 'equal' && this.isKept(this.segment(m.twin)));
      if (copy) {
        this.decisions.set(id, { ...decision, match: copy, rule: 'repeat', supports: [copy] });
        continue;
      }
      // Its pieces went as echoes of other blocks: then it points where the first of them stays.
      const moved = pieces
        .map((piece) => this.decisions.get(this.doc.blocks[piece]!.whole.id)?.match.twin)
        .find((twin) => twin !== undefined && this.isKept(this.segment(twin)));
      if (moved !== undefined) this.decisions.set(id, { ...decision, match: { ...decision.match, twin: moved } });
    }
  }
}

const STRENGTH = { equal: 3, near: 2, contained: 1 } as const;

/** The strongest match; ties go to the earliest twin, so the result is deterministic. */
function pickBest(matches: readonly Match[]): Match | undefined {
  let best: Match | undefined;
  for (const match of matches) {
    if (
      !best ||
      STRENGTH[match.relation] > STRENGTH[best.relation] ||
      (STRENGTH[match.relation] === STRENGTH[best.relation] && match.twin < best.twin)
    ) {
      best = match;
    }
  }
  return best;
}

/** Whether a text stops short: a truncation mark, or no sentence-final punctuation at its end. */
function isCutShort(text: string): boolean {
  return isTruncated(text) || !SENTENCE_END.test(text.trimEnd());
}

/**
 * Whether a few words make a sentence of prose: two words or more whose last word ends in a
 * full stop, not cut short (`That changed.`; not `Finland 2.` in a run-in list).
 */
function isShortProse(text: string, words: number): boolean {
  return words >= 2 && !isTruncated(text) && WORD_THEN_STOP.test(text.trimEnd());
}

const WORD_THEN_STOP = /\p{L}[.!?]["'”’)\]*_]*$/u;
