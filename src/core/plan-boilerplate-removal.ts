import type { DocumentModel } from './document.js';
import type { Plan } from './merge.js';
import { planEdits } from './plan-edits.js';
import type { Edit, SegmentPlace } from './types.js';

/** How one document loses its boilerplate, or why it keeps it. */
export interface BoilerplatePlan {
  /** False when nothing but boilerplate would be left of the document: then it stays whole. */
  readonly removable: boolean;
  /** Blocks that go whole, ascending: boilerplate blocks, and blocks whose every sentence is. */
  readonly blocks: readonly number[];
  /** The removals on the text, with the same spacing rules as the engine's (see `planEdits`). */
  readonly edits: readonly Edit[];
}

/**
 * Plans the removal of a document's boilerplate segments: whole blocks go with their
 * separators, sentences are cut out of the blocks that stay. A document whose every block
 * with evidence would go is left alone: a whole file is never deleted.
 * @param segments where the boilerplate segments of `doc` stand (whole blocks and sentences)
 */
export function planBoilerplateRemoval(doc: DocumentModel, segments: readonly SegmentPlace[]): BoilerplatePlan {
  const { removedBlocks, cutSentences } = boilerplateCuts(segments, (block) => doc.blocks[block]!.sentences.length);
  const removable = keepsEvidence(
    doc.blocks.map((model) => model.whole.evidence !== 'none'),
    removedBlocks,
  );
  if (!removable) return { removable, blocks: [], edits: [] };
  const plan: Plan = { removedBlocks, cutSentences, decisions: [] };
  return { removable, blocks: [...removedBlocks].sort((a, b) => a - b), edits: planEdits(doc, plan) };
}

/**
 * What taking boilerplate segments out removes: whole blocks (boilerplate blocks, and blocks
 * whose every sentence is boilerplate) and the sentences cut from the blocks that stay.
 * @param sentencesIn the number of sentence segments of a block (0 when it is one sentence)
 */
export function boilerplateCuts(
  segments: readonly SegmentPlace[],
  sentencesIn: (block: number) => number,
): { removedBlocks: Set<number>; cutSentences: Map<number, Set<number>> } {
  const removedBlocks = new Set<number>();
  const cutSentences = new Map<number, Set<number>>();
  for (const segment of segments) {
    if (segment.sentence < 0) {
      removedBlocks.add(segment.block);
      continue;
    }
    const cut = cutSentences.get(segment.block) ?? new Set<number>();
    cut.add(segment.sentence);
    cutSentences.set(segment.block, cut);
  }
  for (const [block, cut] of cutSentences) {
    if (cut.size < sentencesIn(block)) continue;
    cutSentences.delete(block);
    removedBlocks.add(block);
  }
  return { removedBlocks, cutSentences };
}

/** Whether a block of evidence stays once `removedBlocks` go (a whole file is never emptied). */
export function keepsEvidence(evidence: ArrayLike<boolean | number>, removedBlocks: ReadonlySet<number>): boolean {
  for (let block = 0; block < evidence.length; block++) if (evidence[block] && !removedBlocks.has(block)) return true;
  return false;
}
