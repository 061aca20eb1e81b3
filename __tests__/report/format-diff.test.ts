import { formatDiff } from '../../src/report/format-diff.js';
import { paint } from '../../src/report/paint.js';
import type { RunReport } from '../../src/report/types.js';

const report: RunReport = {
  tool: { name: 'unecho', version: '0' },
  mode: 'diff',
  files: [
    { path: 'b/x.txt', status: 'would-change', changes: [], before: 'one\ntwo\none\n', after: 'one\ntwo\n' },
    { path: 'same.txt', status: 'unchanged', changes: [], before: 'a\n', after: 'a\n' },
  ],
  problems: [],
};

describe('formatDiff', () => {
  test('git-style headers with a/ and b/, no Index lines, only changed files', () => {
    expect(formatDiff(report, paint(false))).toBe('--- a/b/x.txt\n+++ b/b/x.txt\n@@ -1,3 +1,2 @@\n one\n two\n-one\n');
  });

  test('coloured when the painter paints', () => {
    expect(formatDiff(report, paint(true))).toMatch(/\u001b\[31m-one\u001b\[39m\n/);
  });
});
