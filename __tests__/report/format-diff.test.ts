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

  test('names git would quote (a tab, a quote, a backslash) are C-quoted as git writes them; spaces are not', () => {
    const named = (path: string): RunReport => ({ ...report, files: [{ ...report.files[0]!, path }] });
    expect(formatDiff(named('tab\tname.txt'), paint(false))).toMatch(/^--- "a\/tab\\tname\.txt"\n\+\+\+ "b\/tab\\tname\.txt"\n/);
    expect(formatDiff(named('q"b\\s.txt'), paint(false))).toMatch(/^--- "a\/q\\"b\\\\s\.txt"\n/);
    expect(formatDiff(named('sp ace.txt'), paint(false))).toMatch(/^--- a\/sp ace\.txt\n/);
  });

  test('coloured when the painter paints', () => {
    expect(formatDiff(report, paint(true))).toMatch(/\u001b\[31m-one\u001b\[39m\n/);
  });
});
