import type { Block, CleanResult, Edit, Range } from './types.js';
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
  const labels = orphanedLabels(text, blocks, result.edits, result.changes.map((change) => change.kept));
  if (labels.length === 0) return result;
  const edits = mergeRemovals(text, [...result.edits, ...labels]);
  const cleaned = applyEdits(text, edits);
  return { ...result, text: cleaned, edits, stats: { ...result.stats, removedChars: text.length - cleaned.length } };
}

/**
 * The removals of the labels (see `Block.labelled`) whose whole list `edits` take out, each
 * from the label's start to its list's: none that `edits` take already, nor one that overlaps
 * a twin that stays (freed by its list's removal, a label may have become one).
 * @param edits removals on `text`, sorted and apart
 */
export function orphanedLabels(text: string, blocks: readonly Block[], edits: readonly Edit[], kept: readonly Range[]): Edit[] {
  const removed = edits.map((edit) => edit.range);
  const labels: Edit[] = [];
  for (const block of blocks) {
    const labelled = block.labelled;
    // Every paragraph of the list's items carries it: one check per list.
    if (labelled === undefined || labels.some((label) => label.range.start === labelled.label.start)) continue;
    if (!holdsAllBut(text, removed, labelled.list) || holdsAllBut(text, removed, labelled.label)) continue;
    // After a list, only in a run of labelled lists that all go (`Related:`, its list, `More:`,
    // its list): gone otherwise, label and list could let the lists around them join.
    const afterList = labelled.afterList;
    if (afterList !== undefined && !labels.some((label) => label.range.end === afterList.start)) continue;
    if (kept.some((twin) => twin.start < labelled.label.end && twin.end > labelled.label.start)) continue;
    // From the start of its line: an indented label would leave its indentation to what follows.
    let start = labelled.label.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    labels.push({ range: { start, end: labelled.list.start }, text: '' });
    // Label and list go from the start of the label's line to that of the next text, whatever
    // separator the list's own removal took (a list right under its label takes the line break
    // before it, see `removalRange`). At the end of the text, the final line break stays.
    const next = nextTextLine(text, labelled.list.end);
    if (next !== undefined) labels.push({ range: { start: labelled.list.end, end: next }, text: '' });
  }
  return labels;
}

/** Where the first line after `at`'s line that holds more than white space starts, if any. */
function nextTextLine(text: string, at: number): number | undefined {
  let line = text.indexOf('\n', at);
  while (line !== -1) {
    const next = text.indexOf('\n', line + 1);
    if (text.slice(line + 1, next === -1 ? text.length : next).trim() !== '') return line + 1;
    line = next;
  }
  return undefined;
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
