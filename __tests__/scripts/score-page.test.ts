import { buildPage, type PageLabels } from '../../scripts/lib/corpus.js';
import { sumCounts, toMetrics } from '../../scripts/lib/metrics.js';
import { scorePage } from '../../scripts/lib/score-page.js';

const input = [
  'Headline - Site',
  'Headline',
  'The first body paragraph says something new. It goes on.',
  'Share',
  'A second paragraph with its own facts. The first body paragraph says something new.',
  'Share',
  '39 minutes ago',
  '49 minutes ago',
].join('\n\n') + '\n';

const labels: PageLabels = {
  id: 'toy',
  review: { status: 'manual' },
  blocks: [
    { index: 0, action: 'keep' },
    { index: 1, action: 'drop' },
    { index: 2, action: 'keep' },
    { index: 3, action: 'keep' },
    { index: 4, action: 'trim' },
    { index: 5, action: 'keep' },
    { index: 6, action: 'keep' },
    { index: 7, action: 'keep' },
  ],
  dont_care: [{ blocks: [3, 5] }],
  hard_negatives: [
    { block: 7, other_block: 6, reason: 'template-number', text: '49 minutes ago', other_text: '39 minutes ago' },
    { block: 4, other_block: 2, reason: 'overlap', text: 'A second paragraph with its own facts.', other_text: 'It goes on.' },
  ],
};

const expectedBlocks = [0, 2, 3, 4, 5, 6, 7].map((i) =>
  i === 4 ? 'A second paragraph with its own facts.' : input.split('\n\n')[i]!.trimEnd(),
);
const expected = expectedBlocks.join('\n\n') + '\n';
const page = buildPage('toy', input, expected, labels);

describe('scorePage', () => {
  it('gives full marks to the expected output', () => {
    const score = scorePage(page, expected);
    expect(score.misses).toEqual([]);
    expect(toMetrics(score.counts)).toEqual({
      echoRecall: 1,
      keptBlockRate: 1,
      hardNegativesKept: 1,
      trimmedBlocksRight: 1,
      exactPages: 1,
    });
  });

  it('counts an untouched input as no recall and a wrong trim', () => {
    const score = scorePage(page, input);
    expect(score.counts.drops).toEqual({ hits: 0, total: 1 });
    expect(score.counts.keeps).toEqual({ hits: 4, total: 4 });
    expect(score.counts.trims).toEqual({ hits: 0, total: 1 });
    expect(score.counts.exactPages).toEqual({ hits: 0, total: 1 });
    expect(score.misses.map((miss) => [miss.kind, miss.block])).toEqual([
      ['missed-drop', 1],
      ['wrong-trim', 4],
    ]);
  });

  it('ignores dont_care blocks and breaks a hard negative when one side goes', () => {
    const output = expected
      .trimEnd()
      .split('\n\n')
      .filter((block) => block !== 'Share' && block !== '49 minutes ago')
      .join('\n\n');
    const score = scorePage(page, output);
    expect(score.counts.keeps).toEqual({ hits: 3, total: 4 });
    expect(score.counts.hardNegatives).toEqual({ hits: 1, total: 2 });
    expect(score.misses.map((miss) => miss.kind)).toEqual(['removed-keep', 'broken-hard-negative']);
  });

  it('checks a sentence hard negative inside its block', () => {
    const output = expected.replace(' It goes on.', '');
    const score = scorePage(page, output);
    expect(score.counts.hardNegatives).toEqual({ hits: 1, total: 2 });
    expect(score.misses.map((miss) => miss.kind)).toEqual(['changed-keep', 'broken-hard-negative']);
  });

  it('compares pages ignoring trailing whitespace only', () => {
    expect(scorePage(page, expected.trimEnd() + '\n\n\n').counts.exactPages.hits).toBe(1);
    expect(scorePage(page, ' ' + expected).counts.exactPages.hits).toBe(0);
  });
});

describe('buildPage', () => {
  it('rejects an expected file whose blocks do not match the labels', () => {
    expect(() => buildPage('bad', input, 'only one block\n', labels)).toThrow(/corpus page bad/);
  });
});

describe('sumCounts', () => {
  it('micro-averages over pages and gives null for empty tallies', () => {
    const a = scorePage(page, expected);
    const b = scorePage(page, input);
    const metrics = toMetrics(sumCounts([a, b]));
    expect(metrics.echoRecall).toBe(0.5);
    expect(metrics.exactPages).toBe(0.5);
    expect(toMetrics(sumCounts([])).echoRecall).toBeNull();
  });
});
