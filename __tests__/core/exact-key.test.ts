import fc from 'fast-check';
import { DECODE_FIRST, byteKeyHash, exactKeyHash, plainKeysEqual, sameExactKey, type KeyFacts } from '../../src/core/exact-key.js';
import { fingerprint } from '../../src/core/fingerprint.js';

const hashOf = (text: string): number => exactKeyHash(text, 0, text.length, { words: 0, letters: 0 });

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
    const counts = { words: 0, letters: 0 };
    exactKeyHash(text, 0, text.length, counts);
    expect(counts).toEqual({ words: fp.words.length, letters: fp.letters });
  });

  it('hashes a range of a longer text like the range alone', () => {
    const text = 'Title\n\nThe lede is printed twice.\n';
    expect(exactKeyHash(text, 7, 32, { words: 0, letters: 0 })).toBe(hashOf('The lede is printed twice.'));
  });

  it('agrees with fingerprint keys on generated texts (same key, same hash; other key, other hash)', () => {
    const piece = fc.constantFrom('Kim', 'said', 'it’s', "it's", 'the', 'Putin', 'Éire', 'über', 'Ärger', 'naïve', 'façade', 'Straße', 'Māori', 'MĀORI', 'Łódź', 'İstanbul', 'ĳs', 'ŉ', 'ſ', 'Œuvre', '‘tis', 'rock‘n’roll', '×', 'µ', '—', '-', ',', '.', '“', '"', '…', '&amp;', '&#039;', ' ', '  ', '\u00a0', 'café', 'Россия', '2024', 'co\u00adop', '£5', '©', '×', '€', '►', '→', 'a£b', 'don’t', "rock'n'roll", '½', '™');
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const sameKey = fingerprint(a).key === fingerprint(b).key;
        expect(hashOf(a) === hashOf(b)).toBe(sameKey);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('counts words and letters as the fingerprint does on generated texts (apostrophes inside words are letters)', () => {
    const piece = fc.constantFrom('Kim', 'said', 'it’s', "it's", 'it‘s', 'it‛s', 'it′s', 'Māori', 'Łódź', 'Œuvre', 'rock‘n’roll', "rock'n'roll", 'don’t', '2024', '—', ',', '.', '“', '…', '&#039;', ' ', '\u00a0', 'café', '£5', '►');
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' '));
    fc.assert(
      fc.property(text, (value) => {
        const counts = { words: 0, letters: 0 };
        exactKeyHash(value, 0, value.length, counts);
        const fp = fingerprint(value);
        expect(counts).toEqual({ words: fp.words.length, letters: fp.letters });
      }),
      { seed: 13, numRuns: 2000 },
    );
  });

  it('depends on the key alone, also where a quote or mark between letters joins or splits words', () => {
    // No spaces between the pieces: each loose character sits next to letters.
    const piece = fc.constantFrom('wasn', 't', 'Kim', 'é', '2', "'", '’', '‘', '‚', '‛', '′', '`', '‗', '‾', '\u2061', '\u2065', '—', ' ', '.');
    const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(hashOf(value)).toBe(hashOf(fingerprint(value).key));
      }),
      { seed: 11, numRuns: 3000 },
    );
    expect(hashOf('The café’s owner said it wasn‘t open')).toBe(hashOf("The café's owner said it wasn't open"));
  });

  it('counts letters as the fingerprint does for a text with symbols (apostrophes in words included)', () => {
    const text = 'Don’t pay £5 for the rock’n’roll ticket ►';
    const counts = { words: 0, letters: 0 };
    exactKeyHash(text, 0, text.length, counts);
    const fp = fingerprint(text);
    expect(counts).toEqual({ words: fp.words.length, letters: fp.letters });
  });
});

describe('byteKeyHash', () => {
  /** The text's UTF-8 bytes as a byte string, one char per byte. */
  const byteString = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');
  const bytesOf = (text: string): { hash: number; facts: KeyFacts } => {
    const chars = byteString(text);
    const facts: KeyFacts = { words: 0, letters: 0 };
    return { hash: byteKeyHash(chars, 0, chars.length, facts), facts };
  };
  const textOf = (text: string): { hash: number; facts: KeyFacts } => {
    const facts: KeyFacts = { words: 0, letters: 0 };
    return { hash: exactKeyHash(text, 0, text.length, facts), facts };
  };

  it('hashes the bytes of a text as exactKeyHash hashes the text, and counts the extra bytes', () => {
    const text = 'Le café d’Éire — “enfin” — à 9 h, naïve über alles… £5 ►';
    expect(bytesOf(text)).toEqual({ hash: textOf(text).hash, facts: { ...textOf(text).facts, excess: Buffer.byteLength(text) - text.length } });
  });

  it('asks for the decoded text where the key takes the full fingerprint', () => {
    for (const text of ['Stars 🌟 shine', 'ŉ word', 'it&rsquo;s', 'the café`s menu']) expect(bytesOf(text).hash).toBe(DECODE_FIRST);
  });

  it('agrees with exactKeyHash on generated texts, or asks for the decoded text', () => {
    const piece = fc.constantFrom('Kim', 'said', 'it’s', "it's", 'don', '’', "'", '‘', '`', 't', 'Éire', 'ÜBER', 'Straße', 'naïve', 'x\u0301', '£5', '©', '×', '€', '►', '→', '—', '-', ',', '“', '"', '…', '&', '&amp;', ' ', '\u00a0', '\u2003', '\u00ad', '\u200b', '2024', 'ā', '™', '🌟', 'Россия');
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const bytes = bytesOf(value);
        if (bytes.hash === DECODE_FIRST) return;
        expect(bytes).toEqual({ hash: textOf(value).hash, facts: { ...textOf(value).facts, excess: Buffer.byteLength(value) - value.length } });
      }),
      { seed: 12, numRuns: 3000 },
    );
  });
});

describe('plainKeysEqual', () => {
  const pair = (a: string, b: string): boolean | undefined => plainKeysEqual(a, b);
  const sameFingerprint = (a: string, b: string): boolean => fingerprint(a).key === fingerprint(b).key;

  it('compares plain keys without the fingerprint', () => {
    expect(pair('Don’t stop — it’s “fine”, he said…', "DON'T STOP: it's fine; he said")).toBe(true);
    expect(pair('Prices rose 5% (£3) → see the chart ►', 'prices rose 5 3 see the chart')).toBe(true);
    expect(pair('The council approved the budget', 'The council rejected the budget')).toBe(false);
  });

  it('leaves a pair to the fingerprint when a key stops being plain after the keys differ', () => {
    // NFKC joins `e` and the combining accent into `é`: the keys are the same.
    expect(pair('café au lait', 'cafe\u0301 au lait')).toBeUndefined();
    expect(pair('cafe\u0301 au lait', 'café au lait')).toBeUndefined();
    expect(sameExactKey('café au lait', 'cafe\u0301 au lait')).toBe(true);
    expect(pair('the budget', 'the budget passed')).toBe(false);
  });

  it('leaves keys that depend on their context to the fingerprint', () => {
    // A backtick may be an apostrophe; a zero-width mark joins words; an entity or a Cyrillic
    // letter needs the full normalisation.
    for (const text of ['don`t stop', 'zero\u200bwidth', 'it&rsquo;s', 'Россия']) {
      expect(pair(text, 'don t stop')).toBeUndefined();
    }
    // Single quotes other than the backtick are apostrophes in any text they stand in.
    expect(pair('don‘t ‚stop′ now', "don't stop now")).toBe(true);
  });

  it('agrees with the fingerprint for every code unit it calls plain, in ASCII and non-ASCII text', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code === 0x0a || code === 0x0d) continue;
      const c = String.fromCharCode(code);
      for (const prefix of ['', 'é ']) {
        for (const [a, b] of [
          [`ab${c}cd`, 'ab cd'],
          [`ab${c}cd`, 'abcd'],
          [`ab${c}cd`, "ab'cd"],
          [`ab${c}cd`, `ab${c.toLowerCase()}cd`],
          [`ab'${c}cd`, 'ab cd'],
          [`${c}ab`, 'ab'],
        ] as const) {
          const plain = pair(prefix + a, prefix + b);
          if (plain !== undefined && plain !== sameFingerprint(prefix + a, prefix + b)) wrong.push(`U+${code.toString(16)} ${prefix}${a} / ${b}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the fingerprint on generated texts', () => {
    const piece = fc.constantFrom('Kim', 'said', 'it’s', "it's", "don'", "'t", 'Éire', 'ÜBER', 'Straße', '£5', '©', '×', '€', '►', '→', '—', '-', ',', '“', '"', '…', '&', 'AT&T', ' ', '\u00a0', '2024', '\u2003');
    const text = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const plain = pair(a, b);
        if (plain !== undefined) expect(plain).toBe(sameFingerprint(a, b));
      }),
      { seed: 5, numRuns: 3000 },
    );
  });
});

