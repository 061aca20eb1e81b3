import { mulberry32 } from '../../scripts/lib/prng.js';
import { REAL_PARAGRAPHS } from './real-paragraphs.js';
import stringSimilarity from 'string-similarity';
import { parseText } from '../../src/core/parse-text.js';
import { buildDocument } from '../../src/core/document.js';
import { findMatches } from '../../src/core/match.js';
import { normalize } from '../../src/core/fingerprint.js';

/**
 * The candidate search (key map and winnowed shingle index, see candidate-finder.ts) must find
 * the near-duplicate paragraphs an all-pairs string-similarity search finds: at least 99 % of
 * the pairs with Dice ≥ 0.8, on a sample of real paragraphs with near copies of the kinds
 * scrapers make. (In a cluster of many copies it verifies a bounded number of them, enough to
 * find a twin that stays, so the sample has copies in pairs, as real pages do.)
 */

const PARAGRAPHS = REAL_PARAGRAPHS;

/** Near copies as scrapers make them: quotes, a dropped period, a changed or dropped word. */
const EDITS: ((text: string, next: () => number) => string)[] = [
  (text) => text.replace(/"/g, '\u201c').replace(/'/g, '\u2019'),
  (text) => text.replace(/\.$/, ''),
  (text, next) => {
    const words = text.split(' ');
    words.splice(Math.floor(next() * words.length), 1);
    return words.join(' ');
  },
  (text, next) => {
    const words = text.split(' ');
    const at = Math.floor(next() * words.length);
    words[at] = words[at]!.toUpperCase();
    return words.join(' ');
  },
  (text) => text.replace(/ the /, ' a '),
];

/** The real paragraphs, and after a third of them a near copy a few paragraphs later. */
function sample(): string[] {
  const next = mulberry32(20261127);
  const paragraphs: string[] = [];
  const pending: { at: number; text: string }[] = [];
  PARAGRAPHS.forEach((paragraph, index) => {
    paragraphs.push(paragraph);
    if (next() < 0.35) pending.push({ at: index + 1 + Math.floor(next() * 5), text: EDITS[Math.floor(next() * EDITS.length)]!(paragraph, next) });
    for (const copy of pending.filter((p) => p.at === index)) paragraphs.push(copy.text);
  });
  for (const copy of pending.filter((p) => p.at >= PARAGRAPHS.length)) paragraphs.push(copy.text);
  return paragraphs;
}

describe('candidate search recall against all-pairs string-similarity', () => {
  it('finds at least 99 % of the paragraph pairs with Dice ≥ 0.8', () => {
    const paragraphs = sample();
    const text = `${paragraphs.join('\n\n')}\n`;
    const doc = buildDocument(text, parseText(text), 'en', 20);
    const matches = findMatches(doc, { threshold: 0.8 });
    const linked = new Set<string>();
    for (const [echo, list] of matches) {
      for (const match of list) {
        const a = doc.segments[echo]!.block;
        const b = doc.segments[match.twin]!.block;
        linked.add(`${Math.min(a, b)}:${Math.max(a, b)}`);
      }
    }
    const norms = doc.blocks.map((model) => normalize(text.slice(model.block.content.start, model.block.content.end)));
    let expected = 0;
    let found = 0;
    for (let i = 0; i < norms.length; i++) {
      for (let j = i + 1; j < norms.length; j++) {
        if (doc.blocks[i]!.whole.evidence !== 'full' || doc.blocks[j]!.whole.evidence !== 'full') continue;
        if (stringSimilarity.compareTwoStrings(norms[i]!, norms[j]!) < 0.8) continue;
        expected++;
        if (linked.has(`${i}:${j}`)) found++;
      }
    }
    expect(expected).toBeGreaterThan(80);
    expect(found / expected).toBeGreaterThanOrEqual(0.99);
  });
});
