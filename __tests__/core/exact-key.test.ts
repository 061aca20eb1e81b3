import fc from 'fast-check';
import { exactKeyHash } from '../../src/core/exact-key.js';
import { fingerprint } from '../../src/core/fingerprint.js';

const hashOf = (text: string): number => exactKeyHash(text, 0, text.length).hash;

describe('exactKeyHash', () => {
  it('gives formatting variants of one text the same hash', () => {
    const plain = "Don't stop - it's \"fine\", he said...";
    for (const variant of ['Don’t stop — it’s “fine”, he said…', 'DON\'T STOP: it\'s fine; he said', "Don&#039;t stop &ndash; it&rsquo;s fine, he said"]) {
      expect(hashOf(variant)).toBe(hashOf(plain));
    }
  });

  it('tells different words apart', () => {
    expect(hashOf('The council approved the budget')).not.toBe(hashOf('The council rejected the budget'));
    expect(hashOf('Share on Facebook')).not.toBe(hashOf('Share on Twitter'));
  });

  it('counts words and letters as the fingerprint does', () => {
    const text = 'In April, Chief of the General Staff reported to Russian President Vladimir Putin.';
    const fp = fingerprint(text);
    expect(exactKeyHash(text, 0, text.length)).toMatchObject({ words: fp.words.length, letters: fp.letters });
  });

  it('hashes a range of a longer text like the range alone', () => {
    const text = 'Title\n\nThe lede is printed twice.\n';
    expect(exactKeyHash(text, 7, 32).hash).toBe(hashOf('The lede is printed twice.'));
  });

  it('agrees with fingerprint keys on generated texts (same key, same hash; other key, other hash)', () => {
    const piece = fc.constantFrom('Kim', 'said', 'it’s', "it's", 'the', 'Putin', 'Éire', 'über', 'Ärger', 'naïve', 'façade', 'Straße', '×', 'µ', '—', '-', ',', '.', '“', '"', '…', '&amp;', '&#039;', ' ', '  ', '\u00a0', 'café', 'Россия', '2024', 'co\u00adop');
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const sameKey = fingerprint(a).key === fingerprint(b).key;
        expect(hashOf(a) === hashOf(b)).toBe(sameKey);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
