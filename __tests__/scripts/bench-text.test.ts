import { buildSources, generateArticle, nearRepeat, teaser, BOILERPLATE } from '../../scripts/lib/bench-text.js';
import { mulberry32, pick, randomInt } from '../../scripts/lib/prng.js';

const texts = [
  'President Barack Obama has admitted that his failure to pass gun safety laws is the greatest frustration of his presidency. He said so in an interview with the BBC.',
  'Short line\nThe fire service said crews were called to the building shortly after midnight and found the roof already alight. Nobody was hurt, officials said.',
  'Scientists at the observatory measured the comet as it passed close to the sun last week. Its tail stretched for millions of kilometres, they reported.\n\nThe team plans to publish its findings in the spring, after checking the measurements against older records.',
];
const sources = buildSources(texts);

describe('mulberry32', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('drives randomInt within bounds and pick over the list', () => {
    const random = mulberry32(7);
    const ints = Array.from({ length: 200 }, () => randomInt(random, 2, 4));
    expect(new Set(ints)).toEqual(new Set([2, 3, 4]));
    expect(['x', 'y']).toContain(pick(random, ['x', 'y']));
    expect(() => pick(random, [])).toThrow();
  });
});

describe('buildSources', () => {
  it('keeps real paragraphs only and collects lowercase words', () => {
    expect(sources.paragraphs).toHaveLength(4);
    expect(sources.paragraphs).not.toContain('Short line');
    expect(sources.vocabulary).toContain('comet');
    expect(sources.vocabulary).not.toContain('BBC.');
  });
});

describe('generateArticle', () => {
  it('is the same for the same seed', () => {
    expect(generateArticle(mulberry32(1), sources, 12)).toBe(generateArticle(mulberry32(1), sources, 12));
  });

  it('writes blank-line separated blocks with echoes over many articles', () => {
    const random = mulberry32(3);
    const articles = Array.from({ length: 200 }, () => generateArticle(random, sources, 10));
    const blocks = articles.flatMap((article) => article.trimEnd().split('\n\n'));
    expect(blocks.every((block) => block.length > 0 && !block.includes('\n'))).toBe(true);
    const repeatsWithinArticle = articles.filter((article) => {
      const own = article.trimEnd().split('\n\n').slice(1);
      return new Set(own).size < own.length;
    });
    expect(repeatsWithinArticle.length).toBeGreaterThan(0);
    expect(blocks.some((block) => block.endsWith('\u2026'))).toBe(true);
    expect(blocks.some((block) => BOILERPLATE.includes(block))).toBe(true);
  });
});

describe('nearRepeat', () => {
  it('is never an exact copy', () => {
    const random = mulberry32(5);
    for (let i = 0; i < 50; i++) {
      const paragraph = pick(random, sources.paragraphs);
      const near = nearRepeat(random, paragraph);
      expect(near).not.toBe(paragraph);
      expect(Math.abs(near.length - paragraph.length)).toBeLessThanOrEqual(3);
    }
  });
});

describe('teaser', () => {
  it('is the start of the lede with an ellipsis', () => {
    const lede = sources.paragraphs[0]!;
    const text = teaser(mulberry32(9), lede);
    expect(text.endsWith('\u2026')).toBe(true);
    expect(lede.startsWith(text.slice(0, -1))).toBe(true);
  });
});
