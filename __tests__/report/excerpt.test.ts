import fc from 'fast-check';
import { excerpt } from '../../src/report/excerpt.js';

/** The definition: the whole text collapsed and trimmed, then cut. */
function reference(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

describe('excerpt', () => {
  it('reads a long text from its start only, and quotes it as the whole text collapsed would', () => {
    const pieces = fc.constantFrom('a', 'word', ' ', '  ', '\n', '\t\t', '\u00a0', '\u2028', 'é', '…');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 400 }).map((parts) => parts.join('')), fc.integer({ min: 1, max: 90 }), (text, max) => {
        expect(excerpt(text, max)).toBe(reference(text, max));
      }),
      { numRuns: 3000, seed: 1127 },
    );
  });

  it('quotes a paragraph in one line of at most the given length', () => {
    expect(excerpt('The council   approved\nthe new budget on Tuesday after a long debate.', 20)).toBe('The council approve…');
    expect(excerpt('  short  ', 20)).toBe('short');
  });
});
