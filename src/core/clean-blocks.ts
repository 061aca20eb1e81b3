import type { Block, Change, CleanOptions, CleanResult, Place, Range } from './types.js';
import { isExactOnly, resolveOptions } from './options.js';
import { cleanExactBlocks } from './clean-exact.js';
import { buildDocument, sentencesTouching, type DocumentModel } from './document.js';
import { findMatches } from './match.js';
import { plan, type Decision, type Plan } from './merge.js';
import { planEdits } from './plan-edits.js';
import { applyEdits } from './apply-edits.js';
import { LineLocator } from './locate.js';
import { dice } from './similarity.js';
import { mapPacked } from './map-packed.js';
import { withoutInert } from './without-inert.js';

/**
 * Cleans a text already parsed into blocks (see `parseText`, `parseMarkdown`): finds its
 * echoes and removes them, keeping one copy of everything. Pure: the same text, blocks and
 * options always give the same result.
 * @param text the original text; it is never rewritten outside the removed ranges
 * @param blocks the blocks of `text` (offsets are UTF-16 indices into it; inert ones are left out)
 * @param options engine options; missing ones take their defaults (`parser` is not used here)
 * @returns the clean text, the changes (in text order), the edits on the original and counts
 */
export function cleanBlocks(text: string, blocks: readonly Block[], options: Partial<CleanOptions> = {}): CleanResult {
  const resolved = resolveOptions(options);
  if (isExactOnly(resolved)) return cleanExactBlocks(text, blocks, resolved);
  return cleanDocument(buildDocument(text, withoutInert(blocks), resolved.locale, resolved.minLength), resolved);
}

/**
 * `cleanBlocks` on a document already built (with the locale and minimum length of `options`),
 * for callers that also need the document (the cross-file summary).
 */
export function cleanDocument(doc: DocumentModel, options: Partial<CleanOptions> = {}): CleanResult {
  const resolved = resolveOptions(options);
  if (isExactOnly(resolved)) return cleanExactBlocks(doc.source, doc.blocks.map((model) => model.block), resolved);
  const text = doc.source;
  const matches = findMatches(doc, { threshold: resolved.threshold });
  const decided = plan(doc, matches, { unit: resolved.unit, protectTitle: resolved.parser === 'text' });
  const edits = planEdits(doc, decided);
  const cleaned = applyEdits(text, edits);
  const changes = describeChanges(doc, decided);
  let cutCount = 0;
  for (const cut of decided.cutSentences.values()) cutCount += cut.size;
  return {
    text: cleaned,
    changed: cleaned !== text,
    changes,
    edits,
    stats: {
      blocks: doc.blocks.length,
      removedBlocks: decided.removedBlocks.size,
      removedSentences: cutCount,
      removedChars: text.length - cleaned.length,
    },
  };
}

/** Dice of the texts as written (so a dropped final period shows), rounded to 4 places. */
function rawScore(doc: DocumentModel, decision: Decision): number {
  const twin = doc.segments[decision.match.twin]!.range;
  const score = dice(doc.source.slice(decision.echo.range.start, decision.echo.range.end), doc.source.slice(twin.start, twin.end));
  return Math.round(score * 10000) / 10000;
}

/**
 * Where the kept twin of a decision stands: its range, or, for a block that holds the echo in
 * a span of its words while other sentences of it are cut, the range of the sentences the span
 * touches (which all stay), so that the report points only at text that stays.
 */
function keptRange(doc: DocumentModel, cuts: Plan['cutSentences'], decision: Decision): Range {
  const { twin: id, span } = decision.match;
  const twin = doc.segments[id]!;
  const cut = cuts.get(twin.block);
  if (twin.sentence >= 0 || span === undefined || cut === undefined || cut.size === 0) return twin.range;
  const touched = sentencesTouching(doc.blocks[twin.block]!, span);
  if (touched.length === 0) return twin.range;
  return { start: touched[0]!.range.start, end: touched[touched.length - 1]!.range.end };
}

function describeChanges(doc: DocumentModel, decided: Plan): Change[] {
  const locator = new LineLocator(doc.source);
  const place = (range: Range): Place => ({
    start: range.start,
    end: range.end,
    text: doc.source.slice(range.start, range.end),
    ...locator.locate(range.start),
  });
  return mapPacked(decided.decisions, (decision) => ({
    kind: decision.match.kind,
    unit: decision.unit,
    rule: decision.rule,
    removed: place(decision.echo.range),
    kept: place(keptRange(doc, decided.cutSentences, decision)),
    score: decision.match.kind === 'exact' ? 1 : rawScore(doc, decision),
  }));
}
