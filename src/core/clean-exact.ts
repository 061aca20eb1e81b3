import type { Block, Change, CleanOptions, CleanResult } from './types.js';
import { resolveOptions } from './options.js';
import { exactKeyHash, plainKeysEqual, type KeyFacts } from './exact-key.js';
import { FirstByHash } from './first-by-hash.js';
import { evidenceOf } from './document.js';
import { fingerprint } from './fingerprint.js';
import { removalEdits } from './plan-edits.js';
import { applyEdits } from './apply-edits.js';
import { LineLocator } from './locate.js';


/**
 * The exact-only path (`threshold: 1`, `unit: 'paragraph'`): a block whose matching key equals
 * an earlier block's goes, and nothing else is compared. One pass over the text, hashing keys
 * without building strings, so it runs at the speed of reading. Containment, near matches
 * and sentences are the full engine's (`cleanBlocks` routes these options here).
 * @param text the original text
 * @param blocks its editable blocks
 * @returns the clean text and the changes, as `cleanBlocks` returns them
 */
export function cleanExactBlocks(text: string, blocks: readonly Block[], options: Partial<CleanOptions> = {}): CleanResult {
  const { minLength } = resolveOptions(options);
  const firsts = new FirstByHash(blocks.length);
  const removed: { echo: Block; kept: Block }[] = [];
  const facts: KeyFacts = { words: 0, letters: 0 };
  for (const block of blocks) {
    const hash = exactKeyHash(text, block.content.start, block.content.end, facts);
    if (evidenceOf(facts.words, facts.letters, minLength) === 'none') continue;
    const earlier = firsts.firstOrAdd(hash, block.index);
    if (earlier >= 0 && sameKey(text, blocks[earlier]!, block)) removed.push({ echo: block, kept: blocks[earlier]! });
  }
  const edits = removalEdits(text, removed.map(({ echo }) => echo.removal));
  const cleaned = applyEdits(text, edits);
  const locator = new LineLocator(text);
  const place = (block: Block) => {
    const { start, end } = block.content;
    return { start, end, text: text.slice(start, end), ...locator.locate(start) };
  };
  const changes: Change[] = removed.map(({ echo, kept }) => {
    const removedPlace = place(echo);
    const keptPlace = place(kept);
    const exact = removedPlace.text === keptPlace.text;
    return { kind: exact ? 'exact' : 'near', unit: 'paragraph', rule: 'repeat', removed: removedPlace, kept: keptPlace, score: 1 };
  });
  return {
    text: cleaned,
    changed: cleaned !== text,
    changes,
    edits,
    stats: { blocks: blocks.length, sentences: blocks.length, removedBlocks: removed.length, removedSentences: 0, removedChars: text.length - cleaned.length },
  };
}

/** Whether two blocks with the same key hash really have the same key (hashes can collide). */
function sameKey(text: string, a: Block, b: Block): boolean {
  const slice = (block: Block): string => text.slice(block.content.start, block.content.end);
  const left = slice(a);
  const right = slice(b);
  if (left === right) return true;
  // Most twins that differ in form have plain keys: comparing those skips two fingerprints.
  return plainKeysEqual(text, a.content, b.content) ?? fingerprint(left).key === fingerprint(right).key;
}
