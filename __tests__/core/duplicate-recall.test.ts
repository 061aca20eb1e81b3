import { mulberry32 } from '../../scripts/lib/prng.js';
import { REAL_PARAGRAPHS } from './real-paragraphs.js';
import { buildDocument } from '../../src/core/document.js';
import { findDuplicateDocuments, MIN_SIZE_RATIO } from '../../src/core/find-duplicate-documents.js';
import { overlap } from '../../src/core/overlap.js';
import { parseText } from '../../src/core/parse-text.js';
import { summarizeDocument } from '../../src/core/summarize-document.js';

/**
 * The duplicate-document search reads capped posting lists and prunes candidates (see
 * `readCandidates`); it must still find the pairs an all-pairs comparison finds under the same
 * definition (the smaller document's share of shingles the other holds, sizes within
 * `MIN_SIZE_RATIO`): at least 99 %, on folders of pages built from real paragraphs where every
 * page carries its site's header and footer, and some stories are syndicated with edits.
 * (Pages that are mostly their site's frame meet that definition with one another; the capped
 * reads of the frame's long lists find few of those, which is what a reader wants: different
 * stories under the same frame are no duplicates. The folders here have stories longer than
 * their frame, as news pages do.)
 */

const PARAGRAPHS = REAL_PARAGRAPHS;

/** The first sentence of a paragraph. */
const firstSentence = (paragraph: string): string => paragraph.split(/(?<=[.!?]) /)[0]!;

/**
 * Pages of `paragraphs` real paragraphs (a range), each framed by its site's header and footer
 * (`frame` makes them from real paragraphs), and copies of some pages under another site's
 * frame with a paragraph dropped or a word changed.
 */
function folder(paragraphs: readonly [number, number], frame: (paragraph: string) => string): string[] {
  const next = mulberry32(20261127);
  const sites = [0, 1, 2].map((site) => ({ header: frame(PARAGRAPHS[site * 2]!), footer: frame(PARAGRAPHS[site * 2 + 1]!) }));
  const body = PARAGRAPHS.slice(6);
  const pages: string[][] = [];
  for (let page = 0; page < 160; page++) {
    const count = paragraphs[0] + Math.floor(next() * (paragraphs[1] - paragraphs[0] + 1));
    pages.push(Array.from({ length: count }, () => body[Math.floor(next() * body.length)]!));
  }
  const framed = (site: (typeof sites)[number], paragraphs: readonly string[]): string => [site.header, ...paragraphs, site.footer].join('\n\n');
  const texts = pages.map((paragraphs, page) => framed(sites[page % sites.length]!, paragraphs));
  for (let copy = 0; copy < 50; copy++) {
    let paragraphs = [...pages[Math.floor(next() * pages.length)]!];
    if (paragraphs.length > 3 && next() < 0.5) paragraphs.splice(Math.floor(next() * paragraphs.length), 1);
    else paragraphs = paragraphs.map((paragraph) => paragraph.replace(/ the /, ' a '));
    texts.push(framed(sites[copy % sites.length]!, paragraphs));
  }
  return texts;
}

/** The pairs the search finds and those an all-pairs comparison finds, over the same features. */
function recall(texts: readonly string[]): { expected: number; hit: number; found: number } {
  const features = texts.map((text) => summarizeDocument(buildDocument(text, parseText(text), 'en', 40), 'en', 40).features);
  const threshold = 0.8;
  const found = new Set(findDuplicateDocuments(features, threshold).pairs.map(({ a, b }) => `${a}:${b}`));
  let expected = 0;
  let hit = 0;
  for (let a = 0; a < features.length; a++) {
    for (let b = a + 1; b < features.length; b++) {
      const small = Math.min(features[a]!.length, features[b]!.length);
      const large = Math.max(features[a]!.length, features[b]!.length);
      if (small < MIN_SIZE_RATIO * large || overlap(features[a]!, features[b]!) < threshold) continue;
      expected++;
      if (found.has(`${a}:${b}`)) hit++;
    }
  }
  return { expected, hit, found: found.size };
}

describe('duplicate-document search recall against all pairs', () => {
  it.each([
    ['a one-sentence header and footer, stories of 3 to 8 paragraphs', [3, 8] as const, firstSentence],
    ['a paragraph of header and of footer, stories of 6 to 12 paragraphs', [6, 12] as const, (paragraph: string) => paragraph],
  ])('finds at least 99 %% of the pairs an all-pairs comparison finds: %s', (_, paragraphs, frame) => {
    const { expected, hit, found } = recall(folder(paragraphs, frame));
    expect(expected).toBeGreaterThan(30);
    expect(hit / expected).toBeGreaterThanOrEqual(0.99);
    // Nothing found that the definition rejects.
    expect(found).toBe(hit);
  });
});
