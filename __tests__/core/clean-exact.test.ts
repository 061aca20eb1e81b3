import { cleanExactBlocks } from '../../src/core/clean-exact.js';
import { parseText } from '../../src/core/parse-text.js';
import { cleanBlocks } from '../../src/core/clean-blocks.js';

const LEDE = 'The city council approved the new budget on Tuesday after a six-hour debate.';
const OTHER = 'Residents packed the chamber to speak against the library closures.';
const exact = (text: string) => cleanExactBlocks(text, parseText(text), { threshold: 1, unit: 'paragraph' });
const brief = (text: string) =>
  exact(text).changes.map((change) => ({ kind: change.kind, removed: `${change.removed.line}:${change.removed.column}`, kept: `${change.kept.line}:${change.kept.column}` }));

describe('cleanExactBlocks', () => {
  it('removes a later copy with the same words, keeping the first', () => {
    const text = `${LEDE}\n\n${OTHER}\n\n${LEDE}\n`;
    expect(exact(text).text).toBe(`${LEDE}\n\n${OTHER}\n`);
    expect(brief(text)).toEqual([{ kind: 'exact', removed: '5:1', kept: '1:1' }]);
  });

  it('removes a copy that differs only in case, quotes, dashes and symbols (a plain key)', () => {
    const variant = 'THE CITY COUNCIL approved the new budget — on Tuesday — after a “six-hour” debate ►';
    const text = `${LEDE}\n\n${OTHER}\n\n${variant}\n`;
    expect(exact(text).text).toBe(`${LEDE}\n\n${OTHER}\n`);
    expect(brief(text)).toEqual([{ kind: 'near', removed: '5:1', kept: '1:1' }]);
  });

  it('asks the fingerprint when a key is not plain (an entity)', () => {
    const withEntity = OTHER.replace('the library', '&ldquo;the library&rdquo;');
    const text = `${OTHER}\n\n${LEDE}\n\n${withEntity}\n`;
    expect(exact(text).text).toBe(`${OTHER}\n\n${LEDE}\n`);
  });

  it('takes a short line with an apostrophe in a word as evidence just as the full engine does', () => {
    // Ten letters with the apostrophe, nine without: on the edge of a short repeat's evidence.
    for (const line of ["It's a bi dog", 'It\u2019s a bi dog', 'It\u2018s a bi dog', 'It\u2032s a bi dog', '\u0120o\u2019s a bi dog']) {
      const text = `${line}\nmid line\n${line}\n`;
      const full = cleanBlocks(text, parseText(text), { threshold: 0.99, unit: 'paragraph' });
      expect({ line, removed: exact(text).stats.removedBlocks }).toEqual({ line, removed: full.stats.removedBlocks });
      expect(full.stats.removedBlocks).toBe(1);
    }
  });

  it('keeps a copy with one word changed', () => {
    const text = `${LEDE}\n\n${OTHER}\n\n${LEDE.replace('approved', 'rejected')}\n`;
    expect(exact(text)).toMatchObject({ text, changed: false, changes: [] });
  });
});
