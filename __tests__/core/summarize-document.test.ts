import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildDocument } from '../../src/core/document.js';
import { parseText } from '../../src/core/parse-text.js';
import { winnowHashes } from '../../src/core/shingle-index.js';
import { summarizeDocument } from '../../src/core/summarize-document.js';
import { REAL_PARAGRAPHS } from './real-paragraphs.js';

// Real paragraphs (see fixtures/excerpts/README.md), some printed twice, and short lines.
const PARAGRAPHS = REAL_PARAGRAPHS.slice(0, 40);
const text = [...PARAGRAPHS, 'Share', PARAGRAPHS[3]!, 'Advertisement', PARAGRAPHS[7]!].join('\n\n') + '\n';
const doc = buildDocument(text, parseText(text), 'en', 40, 'all');

describe('summarizeDocument', () => {
  const summary = summarizeDocument(doc, 'en', 40);

  it('gives the kept shingles of every block as features, ascending, each once', () => {
    const union = new Set(doc.blocks.flatMap((model) => winnowHashes(model.wordHashes)));
    expect([...summary.features]).toEqual([...union].sort((a, b) => a - b));
  });

  it('lists every evidence segment in document order, with its place, and equal keys hash alike', () => {
    const evidence = doc.segments.filter((segment) => segment.evidence !== 'none');
    expect([...summary.segmentStarts]).toEqual(evidence.map((segment) => segment.range.start));
    expect([...summary.segmentEnds]).toEqual(evidence.map((segment) => segment.range.end));
    expect([...summary.segmentBlocks]).toEqual(evidence.map((segment) => segment.block));
    expect([...summary.segmentSentences]).toEqual(evidence.map((segment) => segment.sentence));
    const hashOf = new Map<string, number>();
    evidence.forEach((segment, i) => {
      const seen = hashOf.get(segment.fp.key);
      if (seen === undefined) hashOf.set(segment.fp.key, summary.keyHashes[i]!);
      else expect(summary.keyHashes[i]).toBe(seen);
    });
    expect(new Set(summary.keyHashes).size).toBe(hashOf.size);
  });

  it('tells per block whether it is evidence and how many sentences it has', () => {
    expect([...summary.blockEvidence]).toEqual(doc.blocks.map((model) => (model.whole.evidence === 'none' ? 0 : 1)));
    expect([...summary.blockSentences]).toEqual(doc.blocks.map((model) => model.sentences.length));
    expect(summary.blockEvidence.includes(0)).toBe(true);
  });

  it('is views of one buffer, and a summary made after it leaves it as it was', () => {
    const made = summarizeDocument(doc, 'en', 40);
    const copy = Object.fromEntries(Object.entries(made).map(([name, array]) => [name, Array.from(array as ArrayLike<number>)]));
    expect(new Set(Object.values(made).map((array: ArrayBufferView) => array.buffer)).size).toBe(1);
    const other = 'A different page of four paragraphs\n\n' + PARAGRAPHS.slice(20, 23).join('\n\n') + '\n';
    summarizeDocument(buildDocument(other, parseText(other), 'en', 40, 'all'), 'en', 40);
    expect(Object.fromEntries(Object.entries(made).map(([name, array]) => [name, Array.from(array as ArrayLike<number>)]))).toEqual(copy);
    expect(made).toEqual(summary);
  });

  it('without sentences: the same features, and the whole blocks alone as segments', () => {
    const blocksOnly = summarizeDocument(doc, 'en', 40, false);
    const wholes = doc.blocks.map((model) => model.whole).filter((segment) => segment.evidence !== 'none');
    expect([...blocksOnly.features]).toEqual([...summary.features]);
    expect([...blocksOnly.segmentStarts]).toEqual(wholes.map((segment) => segment.range.start));
    expect([...blocksOnly.segmentSentences]).toEqual(wholes.map(() => -1));
    expect([...blocksOnly.keyHashes]).toEqual([...summary.keyHashes].filter((_, i) => summary.segmentSentences[i] === -1));
    expect([...blocksOnly.blockEvidence]).toEqual([...summary.blockEvidence]);
    expect(blocksOnly.blockSentences.every((count) => count === 0)).toBe(true);
    // The full summary has sentences to leave out.
    expect(summary.segmentSentences.some((sentence) => sentence >= 0)).toBe(true);
  });

  it('finds the words of a sentence by where they end as a document cut throughout does, for any plain text', () => {
    // Random words (so later blocks mostly share no 3-gram and are left whole), apostrophes,
    // quotes, abbreviations, numbers and sentence ends glued or spaced.
    const marks = ["'s", '\u2019s', ' ', ' ', ' ', '. ', '! ', '? ', '.', 'Mr.', '3.5', '"', '\u201c', '(', ')', ', ', '\u2014', 'U.S.', 'e.g.', '\u2026 '];
    const piece = fc.oneof(fc.constantFrom(...marks), fc.stringMatching(/^[A-Za-z]{2,9}$/));
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
    let leftWhole = 0;
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 2, maxLength: 6 }), (paragraphs) => {
        const sample = paragraphs.join('\n\n') + '\n';
        const full = buildDocument(sample, parseText(sample), 'en', 4, 'all');
        const withEnds = buildDocument(sample, parseText(sample), 'en', 4, 'shared', true);
        leftWhole += withEnds.blocks.filter((model) => !model.cut && model.wordEnds !== undefined).length;
        expect(summarizeDocument(withEnds, 'en', 4)).toEqual(summarizeDocument(full, 'en', 4));
        // A document for a summary alone, no block cut: the same summary.
        expect(summarizeDocument(buildDocument(sample, parseText(sample), 'en', 4, 'none', true), 'en', 4)).toEqual(summarizeDocument(full, 'en', 4));
      }),
      { numRuns: 400, seed: 1127 },
    );
    // Most runs had blocks left whole, read by their word ends.
    expect(leftWhole).toBeGreaterThan(400);
  });

  it('cuts the blocks a document left whole as a document cut throughout does', () => {
    const seed = readFileSync(new URL('../../fixtures/kcna-putin-telegram.txt', import.meta.url), 'utf8');
    // Blocks the quick scan does not read: with a backtick that is an apostrophe only in one
    // sentence (cut at once), and with an accent and an entity (left whole).
    const mixed = 'A title of four words\n\nPrices rose\u2014again! Don`t panic, it`s fine, we`re ok`d now.\n\nCaf\u00e9 owners agree &amp; so do we. Nobody else does, they said on Monday.\n';
    // A line break written as an entity, and a combining mark after a sentence end.
    const marks = 'A title of four words\n\nOfficials said the bridge would reopen next month once repairs are complete.&#10;\n\nThe vote?\u0301The plan passed easily in the end, said the mayor.\n';
    for (const sample of [text, seed, mixed, marks]) {
      const lazy = buildDocument(sample, parseText(sample), 'en', 20);
      // Every block of the seed repeats something; the other samples have blocks left whole.
      expect(lazy.blocks.some((model) => !model.cut)).toBe(sample !== seed);
      const full = buildDocument(sample, parseText(sample), 'en', 20, 'all');
      expect(summarizeDocument(lazy, 'en', 20)).toEqual(summarizeDocument(full, 'en', 20));
      // With the word ends kept, the blocks left whole are not read again: the same summary.
      const withEnds = buildDocument(sample, parseText(sample), 'en', 20, 'shared', true);
      expect(summarizeDocument(withEnds, 'en', 20)).toEqual(summarizeDocument(full, 'en', 20));
      // None cut but the blocks read as sentences from the start: the backtick one of `mixed`
      // and the combining mark of `marks`.
      const uncut = buildDocument(sample, parseText(sample), 'en', 20, 'none', true);
      expect(uncut.blocks.filter((model) => model.cut).length).toBe(sample === mixed || sample === marks ? 1 : 0);
      expect(summarizeDocument(uncut, 'en', 20)).toEqual(summarizeDocument(full, 'en', 20));
    }
    // The real paragraphs have plain blocks left whole, whose word ends the summary then uses.
    const withEnds = buildDocument(text, parseText(text), 'en', 20, 'shared', true);
    expect(withEnds.blocks.some((model) => !model.cut && model.wordEnds !== undefined && model.wordEnds.offsets.length > 10)).toBe(true);
    expect(buildDocument(mixed, parseText(mixed), 'en', 20).blocks.map((model) => model.cut)).toEqual([true, true, false]);
  });
});
