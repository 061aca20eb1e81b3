import { readFileSync } from 'node:fs';
import { awkLineDedup, naiveSimilarDedup } from '../../scripts/lib/baselines.js';
import { checkFloors, parseFloors } from '../../scripts/lib/floors.js';
import type { Metrics } from '../../scripts/lib/metrics.js';

describe('awkLineDedup', () => {
  it('drops repeated lines but keeps blocks separated by one blank line', () => {
    expect(awkLineDedup('A\n\nB\n\nA\n\nC\n')).toBe('A\n\nB\n\nC\n');
  });

  it('treats near repeats as different', () => {
    expect(awkLineDedup('Hello world.\n\nHello world\n')).toBe('Hello world.\n\nHello world\n');
  });
});

describe('naiveSimilarDedup', () => {
  it('drops a block at least 80% similar to an earlier kept block', () => {
    const text = 'The quick brown fox jumps over the lazy dog.\n\nSomething else entirely.\n\nThe quick brown fox jumps over the lazy dog\n';
    expect(naiveSimilarDedup(text)).toBe('The quick brown fox jumps over the lazy dog.\n\nSomething else entirely.\n');
  });

  it('keeps blocks whose lengths alone rule out the threshold', () => {
    const text = 'Obama admits US gun laws\n\nObama admits US gun laws are his biggest frustration, he tells the BBC\n';
    expect(naiveSimilarDedup(text)).toBe(text);
  });
});

const perfect: Metrics = { echoRecall: 1, keptBlockRate: 1, hardNegativesKept: 1, trimmedBlocksRight: 1, exactPages: 1 };

describe('checkFloors', () => {
  it('names every metric below its floor', () => {
    const metrics = { all: { ...perfect, echoRecall: 0.5 }, manual: { ...perfect, exactPages: 0.1 } };
    const failures = checkFloors(metrics, { all: { echoRecall: 0.6, keptBlockRate: 1 }, manual: { exactPages: 0.2 } });
    expect(failures).toEqual([
      'all echo recall (echoRecall) 0.5000 is below its floor 0.6',
      'manual exact pages (exactPages) 0.1000 is below its floor 0.2',
    ]);
  });

  it('passes metrics with nothing to count', () => {
    expect(checkFloors({ all: perfect, manual: { ...perfect, trimmedBlocksRight: null } }, { manual: { trimmedBlocksRight: 0.9 } })).toEqual([]);
  });
});

describe('parseFloors', () => {
  it('lists every problem', () => {
    const result = parseFloors({ all: { echoRecall: 2, bogus: 0 }, some: {} });
    expect(result).toEqual({
      ok: false,
      problems: ['all.echoRecall must be a number from 0 to 1', 'unknown metric "all.bogus"', 'unknown subset "some"'],
    });
  });

  it('accepts a well-formed file', () => {
    expect(parseFloors({ all: { echoRecall: 0.4 }, manual: {} })).toEqual({ ok: true, value: { all: { echoRecall: 0.4 }, manual: {} } });
  });

  it.each(['eval-floors.json', 'eval-floors-paragraph.json'])('accepts the committed %s, with a recall floor for both subsets', (name) => {
    const parsed = parseFloors(JSON.parse(readFileSync(new URL(`../../scripts/${name}`, import.meta.url), 'utf8')) as unknown);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect([parsed.value.all?.echoRecall, parsed.value.manual?.echoRecall]).toEqual([expect.any(Number), expect.any(Number)]);
  });
});
