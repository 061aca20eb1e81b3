import fc from 'fast-check';
import { buildDocument, fingerprintBlock } from '../../src/core/document.js';
import { fingerprint, hashWord } from '../../src/core/fingerprint.js';
import { parseText } from '../../src/core/parse-text.js';

// Words, sentence ends (with closing quotes, glued to the next sentence, after abbreviations
// and initials), apostrophes of every kind, and marks that make a block not ASCII.
const PIECES = [
  'The', 'council', 'Next', 'said', 'don', 't', 's', 'U', 'S', 'Mr', '3', '5', 'e', 'g',
  ' ', ' ', ' ', '. ', '.', '! ', '? ', '.\u2019 ', '." ', '\u2026 ', "'", '\u2019', '\u2018', '`', '"', '\u201c', '\u201d',
  '\u2014', '\u00a0', ',', '(', ')', '\u00e9', '&amp;',
];
const blockText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''));

describe('fingerprintBlock', () => {
  it('gives each sentence the words (and hashes) it has when fingerprinted alone, and the block all of them', () => {
    fc.assert(
      fc.property(blockText, (text) => {
        const { whole, ranges, parts, hashes } = fingerprintBlock(text, { start: 0, end: text.length }, 'en');
        const alone = ranges.map((range) => fingerprint(text.slice(range.start, range.end)).words);
        expect(parts.map((part) => part.words)).toEqual(alone);
        const words = ranges.length < 2 ? fingerprint(text).words : alone.flat();
        expect(whole.words).toEqual(words);
        expect([...hashes]).toEqual(words.map(hashWord));
      }),
      { numRuns: 3000, seed: 1127 },
    );
  });
});

describe('buildDocument', () => {
  it('numbers every sentence from its first word in the block', () => {
    const text = 'Title line\n\nThe council met. It voted at 3.5 p.m. on Tuesday. Mr. Smith left.\n';
    const doc = buildDocument(text, parseText(text), 'en', 10);
    const block = doc.blocks[1]!;
    expect(block.sentences.map((s) => text.slice(s.range.start, s.range.end))).toEqual(['The council met.', 'It voted at 3.5 p.m. on Tuesday.', 'Mr. Smith left.']);
    expect(block.sentences.map((s) => s.firstWord)).toEqual([0, 3, 12]);
    expect(block.wordHashes.length).toBe(block.whole.fp.words.length);
  });
});
