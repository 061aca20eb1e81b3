import stringSimilarity from 'string-similarity';
import { dice, diceBound, isNear } from '../../src/core/similarity.js';

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

describe('isNear', () => {
  it('compares the Dice score with the threshold, inclusive', () => {
    const [a, b] = pairs[0]!;
    const score = dice(a, b);
    expect(isNear(a, b, score)).toBe(true);
    expect(isNear(a, b, Math.min(1, score + 0.001))).toBe(false);
    expect(isNear(pairs[2]![0], pairs[2]![1], 0.8)).toBe(false);
  });
});
