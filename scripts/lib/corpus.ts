import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitBlocks } from './split-blocks.js';

/** What the corpus says should happen to a block. */
export type BlockAction = 'keep' | 'drop' | 'trim';

/** A pair of kept blocks that look alike but are not duplicates (see the corpus README). */
export interface HardNegative {
  readonly block: number;
  readonly other_block: number;
  readonly reason: string;
  /** The block's text, or for partial entries one sentence of it. */
  readonly text: string;
  readonly other_text: string;
}

/** The part of a page's `labels.json` the scorer reads. */
export interface PageLabels {
  readonly id: string;
  readonly review: { readonly status: 'manual' | 'spot-checked' | 'auto' };
  readonly blocks: ReadonlyArray<{ readonly index: number; readonly action: BlockAction }>;
  readonly dont_care: ReadonlyArray<{ readonly blocks: readonly number[] }>;
  readonly hard_negatives: readonly HardNegative[];
}

/** One labelled page, ready to score. */
export interface CorpusPage {
  readonly id: string;
  readonly input: string;
  readonly expected: string;
  readonly labels: PageLabels;
  /** The input split into blocks; index = block index of the labels. */
  readonly inputBlocks: readonly string[];
  /**
   * For each input block, its text in `expected.txt` (the trimmed text for `trim` blocks),
   * or undefined for `drop` blocks.
   */
  readonly expectedBlocks: ReadonlyArray<string | undefined>;
}

/** Relative to the repository root; overridden by `--corpus` or `UNECHO_CORPUS`. */
export const DEFAULT_CORPUS_DIR = '../shared/corpus/real-scraped';

/**
 * Loads every page of a real-scraped corpus folder, sorted by id.
 * @param corpusDir the folder holding `pages/<id>/{input.txt,expected.txt,labels.json}`
 * @returns the pages, or a one-line problem when the folder is not a corpus
 */
export function loadCorpus(corpusDir: string): { ok: true; pages: CorpusPage[] } | { ok: false; problem: string } {
  const pagesDir = join(corpusDir, 'pages');
  if (!existsSync(pagesDir)) {
    return { ok: false, problem: `corpus not found: ${pagesDir} does not exist (use --corpus DIR or UNECHO_CORPUS)` };
  }
  const ids = readdirSync(pagesDir).sort();
  const pages = ids.map((id) => {
    const read = (name: string): string => readFileSync(join(pagesDir, id, name), 'utf8');
    return buildPage(id, read('input.txt'), read('expected.txt'), JSON.parse(read('labels.json')) as PageLabels);
  });
  return { ok: true, pages };
}

/**
 * Builds a page from its three files. Expected blocks are the kept and trimmed input blocks in
 * order, so they are paired with their input blocks by position.
 * @throws Error when expected.txt has a different number of blocks than the labels keep (a corrupt corpus)
 */
export function buildPage(id: string, input: string, expected: string, labels: PageLabels): CorpusPage {
  const inputBlocks = splitBlocks(input);
  const expectedList = splitBlocks(expected);
  const expectedBlocks: Array<string | undefined> = [];
  let next = 0;
  for (const block of labels.blocks) {
    expectedBlocks[block.index] = block.action === 'drop' ? undefined : expectedList[next++];
  }
  if (next !== expectedList.length || labels.blocks.length !== inputBlocks.length) {
    throw new Error(
      `corpus page ${id}: ${inputBlocks.length} input blocks, ${labels.blocks.length} labels, ` +
        `${next} kept, ${expectedList.length} expected blocks`,
    );
  }
  return { id, input, expected, labels, inputBlocks, expectedBlocks };
}
