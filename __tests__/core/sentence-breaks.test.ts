import fc from 'fast-check';
import { sentenceBreaks } from '../../src/core/sentence-breaks.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const segmenterBreaks = (text: string): number[] =>
  Array.from(segmenter.segment(text), (piece) => piece.index).filter((index) => index > 0);

// Every class the scan knows (letters, digits, terminators, closing marks, spaces, separators,
// continuations, others), in the combinations the rules look at.
const PIECES = [
  'a', 'b', 'Z', 'Q', '3', '.', '.', '!', '?', ' ', ' ', '  ', '\t', '\n', '\r', '\r\n', '"', "'", '(', ')', '[', ']',
  '{', '}', ',', '-', ':', ';', '#', '%', '*', '/', '<', '@', '_', '`', '|', '~', '&', '\v', '\f', '\x01', '\x7f',
  '\u00a0', '\u2013', '\u2014', '\u2018', '\u2019', '\u201c', '\u201d', '\u2026', '\u2010', '\u00ab', '\u00bb', 'Mr',
  'e.g', 'U.S', 'word', '\u00e9',
];

describe('sentenceBreaks', () => {
  it('cuts as Intl.Segmenter does', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        // `é` is a character the scan leaves to the segmenter, wherever it stands.
        expect(sentenceBreaks(value)).toEqual(value.includes('\u00e9') ? undefined : segmenterBreaks(value));
      }),
      { numRuns: 20000, seed: 1127 },
    );
  });

  it('cuts real sentences where the segmenter does', () => {
    const text =
      'The U.S. Army said 3.5 million people left. "We are safe," she said. Then (later) they came back! ' +
      'e.g. this stays. Mr. Smith\u2019s dog \u2014 a terrier \u2014 ran\u2026 away? Yes.\nNext line';
    expect(sentenceBreaks(text)).toEqual(segmenterBreaks(text));
    expect(sentenceBreaks(text)!.length).toBeGreaterThan(4);
  });

  it('leaves text with other characters to the segmenter', () => {
    expect(sentenceBreaks('Caf\u00e9 au lait. Merci.')).toBeUndefined();
    expect(sentenceBreaks('\u4eca\u65e5\u306f\u3002\u660e\u65e5')).toBeUndefined();
  });
});
