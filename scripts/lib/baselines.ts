import stringSimilarity from 'string-similarity';
import { splitBlocks } from './split-blocks.js';

/**
 * The `awk '!seen[$0]++'` baseline over lines: every non-empty line after its first occurrence
 * goes. Blank lines are separators, not content (awk would also drop every blank line after
 * the first and glue the blocks together), so the result is re-joined with one blank line
 * between the surviving lines, as the corpus separates blocks.
 * @param text a page
 * @returns the page without repeated lines
 */
export function awkLineDedup(text: string): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || seen.has(line)) continue;
    seen.add(line);
    kept.push(line);
  }
  return kept.join('\n\n') + (text.endsWith('\n') ? '\n' : '');
}

/**
 * The naive similarity baseline: a block goes when it is at least `threshold` similar
 * (string-similarity's Dice, 0–1) to an earlier block that was kept. (Comparing against the
 * kept blocks, not every earlier block, is the reading that reproduces the scores quoted in
 * issue 2: kept blocks 0.972, hard negatives 0.79, 17 % exact pages.)
 * @param text a page of blank-line separated blocks
 * @param threshold lowest Dice score that counts as a repeat
 */
export function naiveSimilarDedup(text: string, threshold = 0.8): string {
  const kept: Array<{ block: string; bigrams: number }> = [];
  for (const block of splitBlocks(text)) {
    const candidate = { block, bigrams: bigramCount(block) };
    if (!kept.some((earlier) => isSimilar(candidate, earlier, threshold))) kept.push(candidate);
  }
  return kept.map(({ block }) => block).join('\n\n') + (text.endsWith('\n') ? '\n' : '');
}

function isSimilar(
  a: { block: string; bigrams: number },
  b: { block: string; bigrams: number },
  threshold: number,
): boolean {
  if (a.block === b.block) return true;
  // Dice ≤ 2·min/(a+b): skip pairs whose lengths alone rule the threshold out.
  const total = a.bigrams + b.bigrams;
  if (total > 0 && (2 * Math.min(a.bigrams, b.bigrams)) / total < threshold) return false;
  return stringSimilarity.compareTwoStrings(a.block, b.block) >= threshold;
}

/** Number of character bigrams string-similarity builds for a text (it ignores whitespace). */
function bigramCount(text: string): number {
  return Math.max(0, text.replace(/\s+/g, '').length - 1);
}
