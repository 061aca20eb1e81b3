import { ignoreRules } from '../../src/io/ignore-rules.js';
import type { IgnoreRules } from '../../src/io/ignore-rules.js';

describe('ignoreRules', () => {
  let rules: IgnoreRules;
  beforeAll(async () => {
    rules = await ignoreRules([
      { base: '/repo', patterns: '# comment\nbuild/\n*.draft.md\n!keep.draft.md\n' },
      { base: '/repo/docs', patterns: '/private\n' },
    ]);
  });

  test('gitignore semantics, relative to each source base', () => {
    expect(rules.ignores('/repo/build', true)).toBe(true);
    expect(rules.ignores('/repo/build/a.md', false)).toBe(true);
    expect(rules.ignores('/repo/x/a.draft.md', false)).toBe(true);
    expect(rules.ignores('/repo/x/keep.draft.md', false)).toBe(false);
    expect(rules.ignores('/repo/docs/private/a.md', false)).toBe(true);
    expect(rules.ignores('/repo/private/a.md', false)).toBe(false);
  });

  test('paths outside a base are not matched by it', () => {
    expect(rules.ignores('/elsewhere/build/a.md', false)).toBe(false);
  });
});
