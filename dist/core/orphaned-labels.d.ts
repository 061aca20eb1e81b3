import type { Block, CleanResult, Edit, Range } from './types.js';
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
export declare function withoutOrphanedLabels(text: string, blocks: readonly Block[], result: CleanResult): CleanResult;
/**
 * The removals of the labels (see `Block.labelled`) whose whole list `edits` take out, each
 * from the label's start to its list's: none that `edits` take already, nor one that overlaps
 * a twin that stays (freed by its list's removal, a label may have become one).
 * @param edits removals on `text`, sorted and apart
 */
export declare function orphanedLabels(text: string, blocks: readonly Block[], edits: readonly Edit[], kept: readonly Range[]): Edit[];
