import fc from 'fast-check';
import { Int32Arena } from '../../src/core/int32-arena.js';
import { fingerprint, hashPlainWords, hashWord, isUnspacedWord, normalize, normalizeKeepingCase, scanPlainWords, tokenize, wordsOf } from '../../src/core/fingerprint.js';

describe('normalize', () => {
  it('unifies curly and straight quotes and trims them at the edges', () => {
    expect(normalize('\u201cWe will rebuild,\u201d the mayor said.')).toBe('we will rebuild," the mayor said');
    expect(normalize('"We will rebuild," the mayor said.')).toBe('we will rebuild," the mayor said');
    expect(normalize('The mayor\u2019s office')).toBe(normalize("The mayor's office"));
  });

  it('unifies em and en dashes with the hyphen', () => {
    expect(normalize('The storm \u2014 the worst in a decade \u2013 hit the coast')).toBe(
      'the storm - the worst in a decade - hit the coast',
    );
  });

  it('turns NBSP into a space, drops zero-width characters and soft hyphens, collapses whitespace', () => {
    expect(normalize('Prime\u00a0Minister  Keir\u200b Starmer')).toBe('prime minister keir starmer');
    expect(normalize('Ger\u00adman\u200dy')).toBe('germany');
  });

  it('decodes literal HTML entities', () => {
    expect(normalize('The company&#039;s shares fell &amp; its chief executive resigned')).toBe(
      "the company's shares fell & its chief executive resigned",
    );
    expect(normalize('The company&rsquo;s shares fell')).toBe("the company's shares fell");
  });

  it('trims truncation marks and final punctuation', () => {
    const full = 'the chief executive resigned';
    expect(normalize('The chief executive resigned\u2026')).toBe(full);
    expect(normalize('The chief executive resigned...')).toBe(full);
    expect(normalize('The chief executive resigned [\u2026]')).toBe(full);
    expect(normalize('The chief executive resigned [...]')).toBe(full);
    expect(normalize('The chief executive resigned.')).toBe(full);
  });

  it('applies NFKC (full-width letters and digits)', () => {
    expect(normalize('\uff34\uff4f\uff4b\uff59\uff4f \uff12\uff10\uff12\uff10')).toBe('tokyo 2020');
  });

  it('keeps the case with normalizeKeepingCase', () => {
    expect(normalizeKeepingCase('\u201cRob commented on it.\u201d')).toBe('Rob commented on it');
  });
});

describe('tokenize', () => {
  it('splits words glued at element borders', () => {
    expect(tokenize(normalize('She learned the trade from her dad.The shop opened in 1952.'))).toEqual([
      'she', 'learned', 'the', 'trade', 'from', 'her', 'dad', 'the', 'shop', 'opened', 'in', '1952',
    ]);
  });

  it('keeps apostrophes inside words', () => {
    expect(tokenize("don't l'homme rock'n'roll")).toEqual(["don't", "l'homme", "rock'n'roll"]);
  });

  it('makes each Han or kana character a word, and keeps Cyrillic and Arabic words whole', () => {
    expect(tokenize('北京下雪')).toEqual(['北', '京', '下', '雪']);
    expect(tokenize('東京で地震')).toEqual(['東', '京', 'で', '地', '震']);
    expect(tokenize('в центре самары')).toEqual(['в', 'центре', 'самары']);
    expect(tokenize('افتتح وزير الثقافة')).toEqual(['افتتح', 'وزير', 'الثقافة']);
  });
});

describe('isUnspacedWord', () => {
  it('is true for one Han or kana character only', () => {
    expect(isUnspacedWord('京')).toBe(true);
    expect(isUnspacedWord('で')).toBe(true);
    expect(isUnspacedWord('北京')).toBe(false);
    expect(isUnspacedWord('a')).toBe(false);
    expect(isUnspacedWord('в')).toBe(false);
  });
});

describe('fingerprint', () => {
  it('builds norm, words, key and letter count', () => {
    const { norm, words, key, letters } = fingerprint('\u201cWe will rebuild,\u201d the mayor said.');
    expect({ norm, words, key, letters }).toEqual({
      norm: 'we will rebuild," the mayor said',
      words: ['we', 'will', 'rebuild', 'the', 'mayor', 'said'],
      key: 'we will rebuild the mayor said',
      letters: 25,
    });
  });

  it('gives the same key to the variants a scrape produces', () => {
    const key = fingerprint("The company's shares fell 12% after the chief executive resigned.").key;
    const variants = [
      'The company\u2019s shares fell 12% after the chief executive resigned.',
      'The company&#039;s shares fell 12% after the chief executive resigned',
      'The company&rsquo;s shares fell 12%\u00a0after the chief executive resigned.',
      'The\u200b company\'s  shares fell 12% after the chief executive resigned\u2026',
      '\u201cThe company\'s shares fell 12% after the chief executive resigned.\u201d',
      'THE COMPANY\'S SHARES FELL 12% AFTER THE CHIEF EXECUTIVE RESIGNED.',
    ];
    for (const variant of variants) expect(fingerprint(variant).key).toBe(key);
  });

  it('keeps a leading rank number as a word (matching strips it, not the key)', () => {
    expect(fingerprint('3 Things to know about the election').words[0]).toBe('3');
  });

  it('is empty for punctuation only', () => {
    expect(fingerprint(' \u2026 ').key).toBe('');
    expect(fingerprint('').letters).toBe(0);
  });
});

describe('wordsOf (the scan for plain text)', () => {
  // Every kind of character the scan treats specially, and some it must leave to the full path.
  const PIECES = [
    'a', 'Z', 'don', 't', '7', ' ', '  ', '\t', '\n', "'", '`', '\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d',
    '\u2013', '\u2014', '\u2026', '\u00a0', '.', ',', '-', '&', '&amp;', '&#39;', '\u00e9', '\u00ad', '\u200b', '\u00b4',
    '\u2032', 'é', 'ß', '日本', '\ud83d\ude00',
    // Latin-1: letters of both cases (read by the scan), and signs and letters it must leave alone.
    'É', 'Ñ', 'ÿ', 'Þ', '\u00d7', '\u00f7', '\u00aa', '\u00b5', '\u00ba', '\u00b4', '\u00ab', '\u00bb', '\u00a9', '\u00b2', 'e\u0301',
    '\u00a3', '\u00b0', '\u00ae', '\u00a7', '\u00bf', '\u00a1', '\u00b7', '\u00a8', '\u00af', '\u00ad', '\u00bc',
    // An `&` that starts no entity is read by the scan; one that does (known or not) is not.
    '&T', 'Q&', '&amp', '&#', '&foo;', '&#x27;', '&#8217;',
  ];
  const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

  it('gives the words of the normalised text, in either case', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(wordsOf(value)).toEqual(tokenize(normalize(value)));
        expect(wordsOf(value, true)).toEqual(tokenize(normalizeKeepingCase(value)));
      }),
      { numRuns: 3000, seed: 27 },
    );
  });

  it('hashes each word as hashWord does, as it scans', () => {
    fc.assert(
      fc.property(text, (value) => {
        const hashes: number[] = [];
        const words = wordsOf(value, false, hashes);
        expect(hashes).toEqual(words.map(hashWord));
      }),
      { numRuns: 3000, seed: 28 },
    );
  });

  it('hashes without making words (hashPlainWords) exactly what the full scan finds, and reads the same texts', () => {
    // Capitals too: the hash-only scan folds them itself.
    const cased = fc.array(fc.constantFrom(...PIECES, 'The', 'NASA', 'McDonald', '\u2010', '\u2015', '\u2016', '\u2017', '\u201f', '\u2020'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(cased, (value) => {
        const scanned = scanPlainWords(value);
        const hashed = hashPlainWords(value);
        expect(hashed === undefined).toBe(scanned === undefined);
        if (!scanned || !hashed) return;
        expect([...hashed.hashes]).toEqual(scanned.words.map(hashWord));
        expect(hashed.letters).toBe(scanned.words.reduce((sum, word) => sum + word.length, 0));
      }),
      { numRuns: 5000, seed: 29 },
    );
  });

  it('hashes a range of a text in place as it hashes the range cut out, into an arena or not', () => {
    // Entities and apostrophes that the range's ends may cut, and words across them.
    const pieces = fc.constantFrom(...PIECES, '&amp;', '&#8217;', '&nbsp', ';', "'", '\u2019', 'Rob', ' ');
    const cases = fc.tuple(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')), fc.nat(), fc.nat());
    fc.assert(
      fc.property(cases, ([text, a, b]) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = start + (Math.max(a, b) % (text.length - start + 1));
        const cut = hashPlainWords(text.slice(start, end));
        const arena = new Int32Arena(8);
        for (const place of [hashPlainWords(text, start, end), hashPlainWords(text, start, end, arena), hashPlainWords(text, start, end, arena)]) {
          expect(place === undefined).toBe(cut === undefined);
          if (!cut || !place) continue;
          expect([...place.hashes]).toEqual([...cut.hashes]);
          expect(place.letters).toBe(cut.letters);
        }
      }),
      { numRuns: 3000, seed: 30 },
    );
  });

  it('hashes a text too long for its reused buffer (one word per two characters) as the full scan does', () => {
    const text = 'a '.repeat(40_000) + 'The end, don\u2019t \u00e9t\u00e9.';
    const hashed = hashPlainWords(text)!;
    expect(hashed.hashes.length).toBe(40_004);
    expect([...hashed.hashes]).toEqual(scanPlainWords(text)!.words.map(hashWord));
  });

  it('keeps a word whole across a curly apostrophe only where normalisation makes it one', () => {
    expect(wordsOf('They don\u2019t know')).toEqual(['they', "don't", 'know']);
    expect(wordsOf('They don`t know')).toEqual(['they', 'don', 't', 'know']);
    expect(wordsOf('They don`t know \u2014 yet')).toEqual(['they', "don't", 'know', 'yet']);
  });
});
