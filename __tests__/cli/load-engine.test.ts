import { cleanBlocks } from '../../src/core/clean-blocks.js';
import { cleanExactBlocks } from '../../src/core/clean-exact.js';
import { loadEngine } from '../../src/cli/load-engine.js';

describe('loadEngine', () => {
  it('gives the exact-only path for threshold 1 and paragraph units', async () => {
    expect(await loadEngine({ threshold: 1, unit: 'paragraph' })).toBe(cleanExactBlocks);
  });

  it('gives the full engine otherwise', async () => {
    expect(await loadEngine({ threshold: 1, unit: 'both' })).toBe(cleanBlocks);
    expect(await loadEngine({ threshold: 0.8, unit: 'paragraph' })).toBe(cleanBlocks);
    expect(await loadEngine({})).toBe(cleanBlocks);
  });
});
