import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildDocument, fingerprintBlock } from '../../src/core/document.js';
import { cleanDocument } from '../../src/core/clean-blocks.js';
import { segmentSentences } from '../../src/core/segment.js';
import { fingerprint, hashWord } from '../../src/core/fingerprint.js';
import { parseText } from '../../src/core/parse-text.js';
import { REAL_PARAGRAPHS } from './real-paragraphs.js';

// Words, sentence ends (with closing quotes, glued to the next sentence, after abbreviations
// and initials), apostrophes of every kind, and marks that make a block not ASCII.
const PIECES = [
  'The', 'council', 'Next', 'said', 'don', 't', 's', 'U', 'S', 'Mr', '3', '5', 'e', 'g',
  ' ', ' ', ' ', '. ', '.', '! ', '? ', '.\u2019 ', '." ', '\u2026 ', "'", '\u2019', '\u2018', '`', '"', '\u201c', '\u201d',
  '\u2014', '\u00a0', ',', '(', ')', '\u00e9', '&amp;',
  // Entities that decode to a line break, and a combining mark.
  '&#10;', '&#13;', '&#x2028;', '&#8233;', '&#133;', '\u0301',
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
    const doc = buildDocument(text, parseText(text), 'en', 10, 'all');
    const block = doc.blocks[1]!;
    expect(block.sentences.map((s) => text.slice(s.range.start, s.range.end))).toEqual(['The council met.', 'It voted at 3.5 p.m. on Tuesday.', 'Mr. Smith left.']);
    expect(block.sentences.map((s) => s.firstWord)).toEqual([0, 3, 12]);
    expect(block.wordHashes.length).toBe(block.whole.fp.words.length);
  });
});

// Real paragraphs (see fixtures/excerpts/README.md) and the article the project was born from.
const PARAGRAPHS = REAL_PARAGRAPHS;
const SEED = readFileSync(new URL('../../fixtures/kcna-putin-telegram.txt', import.meta.url), 'utf8');

const sentencesOf = (paragraph: string): string[] => paragraph.split(/(?<=[.!?]) (?=[A-Z])/);

/**
 * Texts of real paragraphs where sentences come back: repeated in their own block (word for
 * word or with a word dropped), re-emitted as a paragraph, or the paragraph printed twice.
 */
const echoedText = fc
  .array(
    fc.record({
      paragraph: fc.integer({ min: 0, max: PARAGRAPHS.length - 1 }),
      echo: fc.constantFrom('none', 'within', 'within-near', 'standalone', 'twice'),
      at: fc.nat(),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((picks) =>
    picks
      .flatMap(({ paragraph, echo, at }) => {
        const text = PARAGRAPHS[paragraph]!;
        const sentences = sentencesOf(text);
        const chosen = sentences[at % sentences.length]!;
        if (echo === 'within') return [`${text} ${chosen}`];
        if (echo === 'within-near') return [`${text} ${chosen.replace(/ \S+ /, ' ')}`];
        if (echo === 'standalone') return [text, chosen];
        if (echo === 'twice') return [text, text];
        return [text];
      })
      .join('\n\n'),
  );

describe('buildDocument without segmentAll', () => {
  it('leaves whole only blocks that read whole have the words of their sentences', () => {
    // It picks the blocks to cut by the words read whole; the text types that read otherwise
    // (a backtick, a combining mark after a sentence end) must be cut at once.
    fc.assert(
      fc.property(blockText, (own) => {
        const text = `A title of four words\n\n${own}\n`;
        for (const model of buildDocument(text, parseText(text), 'en', 10).blocks.slice(1)) {
          if (model.cut) continue;
          const { content } = model.block;
          const ranges = segmentSentences(text, content, 'en');
          const words = ranges.length < 2 ? fingerprint(text.slice(content.start, content.end)).words : ranges.flatMap((range) => fingerprint(text.slice(range.start, range.end)).words);
          expect(fingerprint(text.slice(content.start, content.end)).words).toEqual(words);
        }
      }),
      { numRuns: 3000, seed: 1128 },
    );
  });

  it('cuts into sentences only the first block and the blocks whose word 3-grams recur', () => {
    const text = [
      'A title of four words',
      'The council met on Monday. It voted the budget through. Nobody spoke against it.',
      'Residents had asked for more money. The libraries got it. Parks did not.',
      'The council met on Monday. Reporters waited outside.',
      'Rain fell all day. Rain fell all day. The roads flooded.',
    ].join('\n\n');
    const doc = buildDocument(text, parseText(text), 'en', 10);
    expect(doc.blocks.map((model) => model.cut)).toEqual([true, true, false, true, true]);
    expect(doc.blocks.map((model) => model.sentences.length)).toEqual([0, 3, 0, 2, 3]);
  });

  it('cleans the seed and echoed real paragraphs exactly as a document cut throughout', () => {
    const same = (text: string, unit: 'sentence' | 'paragraph' | 'both', minLength = 40): void => {
      const blocks = parseText(text);
      const options = { unit, minLength };
      const lazy = cleanDocument(buildDocument(text, blocks, 'en', minLength), options);
      const full = cleanDocument(buildDocument(text, blocks, 'en', minLength, 'all'), options);
      expect([lazy.text, lazy.changes, lazy.stats]).toEqual([full.text, full.changes, full.stats]);
    };
    same(SEED, 'both');
    // Read whole, the second block's backticks are apostrophes (the block is not ASCII); in its
    // second sentence alone they are not, and that sentence is the third block: read whole,
    // the two blocks share no 3-gram.
    const echo = 'Don`t panic, it`s fine, we`re ok`d now.';
    const backticks = `A title of four words\n\nPrices rose\u2014again! ${echo}\n\n${echo}\n`;
    same(backticks, 'sentence', 10);
    expect(cleanDocument(buildDocument(backticks, parseText(backticks), 'en', 10), { minLength: 10 }).text.split(echo)).toHaveLength(2);
    fc.assert(
      fc.property(echoedText, fc.constantFrom('sentence', 'paragraph', 'both') as fc.Arbitrary<'sentence' | 'paragraph' | 'both'>, (text, unit) => same(text, unit)),
      { numRuns: 300, seed: 1127 },
    );
  });
});
