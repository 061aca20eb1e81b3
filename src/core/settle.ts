import type { Block, Change, CleanResult, Edit, Place, Range } from './types.js';
import { LineLocator } from './locate.js';
import { mergeRemovals } from './merge-removals.js';
import { mapPacked } from './map-packed.js';
import { withoutOrphanedLabels } from './orphaned-labels.js';

/**
 * Passes after the first, at most. A pass runs only when the one before freed an inert block,
 * and each removes text, so they end; one is almost always enough, but a chain of lists around
 * repeated notes frees one level per pass (generated pages needed up to four).
 */
const MAX_FURTHER_PASSES = 10;

/**
 * Cleans a text again for as long as cleaning frees an inert block: Markdown the previous
 * pass could not edit (a list's label whose list went, a paragraph between two lists one of
 * which went) reads as an editable paragraph in the cleaned text, and a repeat in it would go
 * on the next run. Cleaning is idempotent only if that run happens now. The passes' changes and
 * edits are given on the original text, as one pass gives them. Every changed text with an
 * inert block is parsed again: a paragraph can be inert because of lists several blocks away
 * (removing the blocks between would join them), so where the removals fell tells too little.
 * @param text the original text
 * @param blocks the blocks the first pass cleaned
 * @param first the first pass's result
 * @param parse the parser that gave `blocks`
 * @param cleanAgain the engine, with the first pass's options
 */
export function settle(
  text: string,
  blocks: readonly Block[],
  first: CleanResult,
  parse: (text: string) => readonly Block[],
  cleanAgain: (text: string, blocks: readonly Block[]) => CleanResult,
): CleanResult {
  let result = first;
  let fixed = inertTexts(text, blocks);
  for (let pass = 0; pass < MAX_FURTHER_PASSES && fixed.size > 0 && result.changed; pass++) {
    const next = parse(result.text);
    if (!next.some((block) => block.inert !== true && fixed.has(contentOf(result.text, block)))) break;
    const again = cleanAgain(result.text, next);
    if (!again.changed) break;
    fixed = inertTexts(result.text, next);
    result = compose(text, result, again);
  }
  return withoutOrphanedLabels(text, blocks, result);
}

function contentOf(text: string, block: Block): string {
  return text.slice(block.content.start, block.content.end);
}

/** The texts of the inert blocks (only Markdown has them: for plain text the set is empty). */
function inertTexts(text: string, blocks: readonly Block[]): Set<string> {
  const texts = new Set<string>();
  for (const block of blocks) if (block.inert === true) texts.add(contentOf(text, block));
  return texts;
}

/**
 * One result from two passes: `second` cleaned `first.text`, and its edits and places are moved
 * onto the original text through `first`'s removals.
 */
function compose(original: string, first: CleanResult, second: CleanResult): CleanResult {
  const removals = first.edits;
  const toOriginal = (range: Range): Range => ({ start: originalOffset(removals, range.start, 'after'), end: originalOffset(removals, range.end, 'before') });
  const locator = new LineLocator(original);
  const place = (at: Place): Place => {
    const { start, end } = toOriginal(at);
    return { start, end, text: original.slice(start, end), ...locator.locate(start) };
  };
  const moved = mapPacked(second.changes, (change): Change => ({ ...change, removed: place(change.removed), kept: place(change.kept) }));
  const edits = mergeRemovals(original, [...removals, ...mapPacked(second.edits, (edit): Edit => ({ range: toOriginal(edit.range), text: '' }))]);
  // A twin the first pass kept may go in the second, as an echo of another text: the first
  // pass's echo then points where that text stays.
  const stays = (change: Change): Change => {
    const gone = moved.find((later) => later.removed.start <= change.kept.start && change.kept.start < later.removed.end);
    if (gone === undefined) return change;
    // The text now kept may read otherwise (a label's copy without its colon).
    const kind = change.kind === 'exact' && gone.kept.text !== change.removed.text ? 'near' : change.kind;
    return { ...change, kind, kept: gone.kept };
  };
  return {
    text: second.text,
    changed: true,
    changes: [...mapPacked(first.changes, stays), ...moved].sort((a, b) => a.removed.start - b.removed.start),
    edits,
    stats: {
      blocks: first.stats.blocks,
      removedBlocks: first.stats.removedBlocks + second.stats.removedBlocks,
      removedSentences: first.stats.removedSentences + second.stats.removedSentences,
      removedChars: original.length - second.text.length,
    },
  };
}

/**
 * Where an offset of the text left by `removals` stands in the original. An offset where
 * removed text was falls after it (`after`, for where a range starts) or before it (`before`,
 * for where one ends), so a range never takes in what was removed at its edges.
 * @param removals sorted, non-overlapping removals on the original
 */
function originalOffset(removals: readonly Edit[], offset: number, side: 'before' | 'after'): number {
  let shift = 0;
  for (const { range } of removals) {
    const at = range.start - shift;
    if (offset < at || (offset === at && side === 'before')) break;
    shift += range.end - range.start;
  }
  return offset + shift;
}
