import { alignBlocks } from './align-blocks.js';
import type { CorpusPage, HardNegative } from './corpus.js';
import { splitBlocks } from './split-blocks.js';

/** A hit count out of a total. */
export interface Tally {
  hits: number;
  total: number;
}

/** The raw counts behind the five eval metrics, for one page or summed over pages. */
export interface PageCounts {
  /** `drop` blocks gone from the output. */
  readonly drops: Tally;
  /** `keep` blocks (not `dont_care`) still in the output unchanged. */
  readonly keeps: Tally;
  /** Hard-negative pairs with both sides still present. */
  readonly hardNegatives: Tally;
  /** `trim` blocks whose output equals the expected trimmed text. */
  readonly trims: Tally;
  /** Pages whose output equals expected.txt (trailing whitespace aside). */
  readonly exactPages: Tally;
}

/** What went wrong on one block or pair. */
export type MissKind = 'missed-drop' | 'removed-keep' | 'changed-keep' | 'broken-hard-negative' | 'wrong-trim';

/** One scoring failure, for the misses list. */
export interface Miss {
  readonly page: string;
  readonly kind: MissKind;
  /** Input block index (for a hard negative, the first block of the pair). */
  readonly block: number;
  /** The input block text, or for a hard negative a description of the pair. */
  readonly text: string;
  /** The output text of the block, when it has one. */
  readonly output?: string;
  /** What the output of the block should have been (trimmed or kept blocks). */
  readonly expected?: string;
}

/** The score of one page: its counts and its misses. */
export interface PageScore {
  readonly id: string;
  readonly counts: PageCounts;
  readonly misses: readonly Miss[];
}

/**
 * Scores one remover output against a labelled page.
 * @param page the labelled page
 * @param output the remover's text for `page.input`
 */
export function scorePage(page: CorpusPage, output: string): PageScore {
  const outputBlocks = splitBlocks(output);
  const { outputOf } = alignBlocks(page.inputBlocks, outputBlocks);
  const outputText = (block: number): string | undefined => {
    const at = outputOf[block] ?? -1;
    return at < 0 ? undefined : outputBlocks[at];
  };
  const misses: Miss[] = [];
  const miss = (kind: MissKind, block: number, text: string, out?: string): void => {
    const expected = page.expectedBlocks[block];
    misses.push({
      page: page.id,
      kind,
      block,
      text,
      ...(out === undefined ? {} : { output: out }),
      ...(expected === undefined || kind === 'broken-hard-negative' ? {} : { expected }),
    });
  };
  const dontCare = new Set(page.labels.dont_care.flatMap((group) => group.blocks));
  const drops = tally();
  const keeps = tally();
  const trims = tally();
  for (const { index, action } of page.labels.blocks) {
    const input = page.inputBlocks[index]!;
    const out = outputText(index);
    if (action === 'drop') {
      if (!count(drops, out === undefined)) miss('missed-drop', index, input, out);
    } else if (action === 'trim') {
      if (!count(trims, out === page.expectedBlocks[index])) miss('wrong-trim', index, input, out);
    } else if (!dontCare.has(index)) {
      if (!count(keeps, out === input)) miss(out === undefined ? 'removed-keep' : 'changed-keep', index, input, out);
    }
  }
  const hardNegatives = tally();
  for (const pair of page.labels.hard_negatives) {
    const kept = isSidePresent(page, outputText, pair.block, pair.text) && isSidePresent(page, outputText, pair.other_block, pair.other_text);
    if (!count(hardNegatives, kept)) miss('broken-hard-negative', pair.block, describePair(pair));
  }
  const exactPages = tally();
  count(exactPages, output.trimEnd() === page.expected.trimEnd());
  return { id: page.id, counts: { drops, keeps, hardNegatives, trims, exactPages }, misses };
}

/**
 * Whether one side of a hard negative survived: a whole-block side must still stand as it was
 * (or as its expected trimmed form); a sentence side must still be in its block's output.
 */
function isSidePresent(
  page: CorpusPage,
  outputText: (block: number) => string | undefined,
  block: number,
  text: string,
): boolean {
  const out = outputText(block);
  if (out === undefined) return false;
  const input = page.inputBlocks[block];
  if (text === input) return out === input || out === page.expectedBlocks[block];
  return out.includes(text);
}

function describePair(pair: HardNegative): string {
  return `${pair.reason}: [${pair.block}] ${pair.text} <> [${pair.other_block}] ${pair.other_text}`;
}

function tally(): Tally {
  return { hits: 0, total: 0 };
}

/** Adds one case to a tally; returns whether it was a hit. */
function count(target: Tally, hit: boolean): boolean {
  target.total++;
  if (hit) target.hits++;
  return hit;
}
