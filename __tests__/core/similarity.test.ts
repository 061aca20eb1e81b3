import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { dice, diceAtLeast, diceBound } from '../../src/core/similarity.js';

const pairs: [string, string][] = [
  ['The council approved the budget on Tuesday.', 'The council approved the budget on Tuesday'],
  ['The council approved the budget on Tuesday.', 'The council rejected the budget on Wednesday.'],
  ['Markets closed higher on Friday.', 'Oil prices fell sharply overnight.'],
  ['\u201cWe will rebuild,\u201d the mayor said.', '"We will rebuild," the mayor said.'],
  ['北京市气象台周日发布消息。', '北京市气象台周一发布消息。'],
  ['a', 'a'],
  ['', ''],
  ['ab', ''],
];

describe('dice', () => {
  it.each(pairs)('equals string-similarity compareTwoStrings for %j / %j', (a, b) => {
    expect(dice(a, b)).toBe(stringSimilarity.compareTwoStrings(a, b));
  });

  it('is 1 for equal texts, symmetric, and within 0–1', () => {
    expect(dice('Markets closed higher.', 'Markets closed higher.')).toBe(1);
    for (const [a, b] of pairs) {
      expect(dice(a, b)).toBe(dice(b, a));
      expect(dice(a, b)).toBeGreaterThanOrEqual(0);
      expect(dice(a, b)).toBeLessThanOrEqual(1);
    }
  });

  it('scores a dropped final period just under 1', () => {
    const score = dice('The council approved the budget on Tuesday.', 'The council approved the budget on Tuesday');
    expect(score).toBeGreaterThan(0.95);
    expect(score).toBeLessThan(1);
  });
});

describe('diceBound', () => {
  it('is 2·min / (min + max), and 1 for two empty texts', () => {
    expect(diceBound(10, 30)).toBe(0.5);
    expect(diceBound(30, 10)).toBe(0.5);
    expect(diceBound(20, 20)).toBe(1);
    expect(diceBound(0, 0)).toBe(1);
  });

  it('never falls below the real score', () => {
    for (const [a, b] of pairs) expect(diceBound(a.length, b.length)).toBeGreaterThanOrEqual(dice(a, b));
  });
});

describe('diceAtLeast, inclusive threshold', () => {
  it('compares the Dice score with the threshold, inclusive', () => {
    const [a, b] = pairs[0]!;
    const score = dice(a, b);
    expect(diceAtLeast(a, b, score)).toBe(true);
    expect(diceAtLeast(a, b, Math.min(1, score + 0.001))).toBe(false);
    expect(diceAtLeast(pairs[2]![0], pairs[2]![1], 0.8)).toBe(false);
  });
});

describe('diceAtLeast, whitespace', () => {
  it('bounds by the lengths without whitespace, as dice compares them', () => {
    expect(diceAtLeast('ab', 'a        b', 0.9)).toBe(true);
    expect(diceAtLeast('The mayor said.', 'The\u00a0mayor \u2028said.', 1)).toBe(true);
  });
});

/** string-similarity itself: the definition `dice` must match to the last bit. */
const oracle = (a: string, b: string): number => stringSimilarity.compareTwoStrings(a, b);

describe('dice against string-similarity, fixed cases', () => {
  const long = 'The council approved the budget on Tuesday, after a long debate. '.repeat(40);
  const huge = Array.from({ length: 40000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 3000))).join('');
  const cases: [string, string][] = [
    ['', 'a'],
    ['a', 'b'],
    ['a', ' a '],
    [' ', ''],
    ['\u00a0\u2028\ufeff', '\t\n\v\f\r'],
    ['ab', 'ab '],
    ['ab', 'ba'],
    ['ab', 'abc'],
    ['aaaa', 'aa'],
    ['aaaa', 'aaaaaa'],
    ['abab', 'baba'],
    ['Ab', 'ab'],
    ['a b', 'ab'],
    ['\ud83d\ude00\ud83d\ude01', '\ud83d\ude00\ud83d\ude02'],
    ['\ud83d', '\ude00'],
    ['\u8000\uffff\u8000\uffff', '\uffff\u8000\uffff'],
    ['x\u0085y', 'xy'],
    ['x\u200by', 'xy'],
    ['x\u180ey', 'xy'],
    ['caf\u00e9 au lait', 'cafe au lait'],
    ['北京市气象台周日发布消息。', '北京 市气象台 周一 发布消息'],
    [long, long.replace(/Tuesday/g, 'Monday')],
    [long, long.replace(/ /g, '\u3000')],
    [huge, huge.slice(1000) + huge.slice(0, 1000)],
  ];

  it.each(cases.map(([a, b]) => [a.slice(0, 40), b.slice(0, 40), a, b]))('%j / %j', (_a, _b, a, b) => {
    expect(dice(a, b)).toBe(oracle(a, b));
    expect(dice(b, a)).toBe(oracle(b, a));
  });

  it('strips exactly the code units /\\s/ matches', () => {
    const differing: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const a = `x${String.fromCharCode(unit)}y`;
      if (!Object.is(dice(a, 'xy'), oracle(a, 'xy'))) differing.push(unit);
    }
    expect(differing).toEqual([]);
  });
});

/** Pieces for generated texts: letters that repeat (so bigrams repeat), every kind of `\s`, code
 *  units `\s` does not cover, CJK, surrogate pairs and lone surrogates, and high code units. */
const PIECES = [
  'a', 'b', 'c', 'A', 'e', 'th', 'the ', '.', ',', '\u201c', '\u2019', '0', '7',
  ' ', '  ', '\t', '\n', '\r\n', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a',
  '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
  '\u0085', '\u180e', '\u200b', '\u2060', '\u00e9', '\u00ff', '\u0100',
  '北', '京', '市', '气', '。', 'カ', '한',
  '\ud83d\ude00', '\ud83d\ude01', '\ud83c\udf89', '\ud83d', '\ude00', '\u8000', '\uffff', '\uff21',
];
const WHITESPACE = [' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u205f'];

const text = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(''));

/** A text and an edited copy: pieces replaced, dropped, inserted or whitespace moved. */
const editedPair: fc.Arbitrary<[string, string]> = fc
  .tuple(
    fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 120 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'drop', 'insert'), fc.constantFrom(...PIECES)), { maxLength: 6 }),
  )
  .map(([parts, edits]) => {
    const edited = [...parts];
    for (const [at, kind, piece] of edits) {
      const i = edited.length === 0 ? 0 : at % edited.length;
      if (kind === 'replace' && edited.length > 0) edited[i] = piece;
      else if (kind === 'drop') edited.splice(i, 1);
      else edited.splice(i, 0, piece);
    }
    return [parts.join(''), edited.join('')];
  });

/** A text and a copy that differs only in whitespace. */
const whitespacePair: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 60 }))
  .map(([parts, spaces]) => {
    const a = parts.join('');
    const b = parts.map((part, i) => part.replace(/\s+/g, '') + (spaces[i] ?? '')).join('');
    return [a, b];
  });

const anyPair: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.tuple(text(3), text(3)),
  fc.tuple(text(80), text(80)),
  editedPair,
  whitespacePair,
  text(80).map((a): [string, string] => [a, a]),
  fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 })),
  fc.tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), fc.string({ unit: 'grapheme-ascii', maxLength: 200 })),
);

const PARAMS = { seed: 20250117, numRuns: 3000 } as const;

describe('dice against string-similarity, property', () => {
  it('returns the identical number for any two texts', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        expect(dice(a, b)).toBe(oracle(a, b));
        expect(dice(b, a)).toBe(oracle(b, a));
      }),
      PARAMS,
    );
  });
});

describe('diceAtLeast', () => {
  it('answers dice(a, b) >= threshold, at and around the score itself', () => {
    fc.assert(
      fc.property(anyPair, fc.double({ min: -0.1, max: 1.1, noNaN: true }), ([a, b], threshold) => {
        const score = oracle(a, b);
        for (const t of [threshold, score, score - Number.EPSILON, score + Number.EPSILON, 0, 1]) {
          expect(diceAtLeast(a, b, t)).toBe(score >= t);
        }
      }),
      PARAMS,
    );
  });

  it('reaches a threshold equal to the score where threshold × denominator rounds up', () => {
    // 7 shared bigrams over 13 + 14 − 2: 0.56 · 25 / 2 computes to just over 7, and the misses
    // come first, so a needed count of 8 would stop before the hits.
    const [a, b] = ['ABCDEFGHIJKLM', 'nopqrsABCDEFGH'];
    expect(oracle(a, b)).toBe(0.56);
    expect(diceAtLeast(a, b, 0.56)).toBe(true);
    expect(diceAtLeast(a, b, 0.56 + Number.EPSILON)).toBe(false);
  });

  it('is false for a threshold of NaN', () => {
    expect(diceAtLeast('abc', 'abc', Number.NaN)).toBe(false);
    expect(diceAtLeast('abc', 'abd', Number.NaN)).toBe(false);
  });
});
