import type { Block, CleanResult, Range } from './types.js';
import { applyEdits } from './apply-edits.js';
import { mergeRemovals } from './merge-removals.js';

/**
 * The result with the labels of lists that cleaning removed whole taken out too (`Related
 * stories:` left above nothing; see `Block.labelled`), each from its start to where its list
 * started, so that label and list go as one stretch. A label that is itself an echo went
 * already, with its change (see `settle`); one that only labelled the list has no twin and no
 * change of its own.
 * @param text the original text
 * @param blocks its blocks, as parsed before cleaning
 * @param result the cleaning of `text`, edits on the original
 */
export function withoutOrphanedLabels(text: string, blocks: readonly Block[], result: CleanResult): CleanResult {
  if (!result.changed) return result;
  const removed = result.edits.map((edit) => edit.range);
  const labels: Range[] = [];
  for (const block of blocks) {
    const labelled = block.labelled;
    // Every paragraph of the list's items carries it: one check per list.
    if (labelled === undefined || labels.some((label) => label.start === labelled.label.start)) continue;
    if (!holdsAllBut(text, removed, labelled.list) || holdsAllBut(text, removed, labelled.label)) continue;
    // Freed by the list's removal, the label may have become the twin that stays for an echo.
    if (result.changes.some(({ kept }) => kept.start < labelled.label.end && kept.end > labelled.label.start)) continue;
    labels.push({ start: labelled.label.start, end: labelled.list.start });
  }
  if (labels.length === 0) return result;
  const edits = mergeRemovals(text, [...result.edits, ...labels.map((range) => ({ range, text: '' }))]);
  const cleaned = applyEdits(text, edits);
  return { ...result, text: cleaned, edits, stats: { ...result.stats, removedChars: text.length - cleaned.length } };
}

/** Whether sorted, disjoint ranges hold every character of `range` but white space. */
function holdsAllBut(text: string, ranges: readonly Range[], range: Range): boolean {
  let at = range.start;
  for (const held of ranges) {
    if (held.end <= at) continue;
    if (held.start > at && text.slice(at, Math.min(held.start, range.end)).trim() !== '') return false;
    at = Math.max(at, held.end);
    if (at >= range.end) return true;
  }
  return text.slice(at, range.end).trim() === '';
}
