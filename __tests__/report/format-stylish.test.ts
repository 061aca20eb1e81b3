import { formatStylish } from '../../src/report/format-stylish.js';
import { paint } from '../../src/report/paint.js';
import { sampleReport } from './sample-report.js';

describe('formatStylish', () => {
  test('each echo with its kept twin and where both stand, then a summary', () => {
    expect(formatStylish(sampleReport(), paint(false))).toBe(
      [
        'a, b:c.txt',
        '    5:1  exact paragraph echo      Budget passed, 50% yes: "final"  duplicate-paragraph',
        '         kept at 1:1               Budget passed, 50% yes: "final"',
        '    7:4  near sentence echo        It rained all day  near-duplicate-sentence',
        '         kept at 2:1               It rained all day.',
        '',
        '✖ 2 echoes in 1 of 2 files (1 skipped, 1 error). Run unecho --write to remove.',
        '',
      ].join('\n'),
    );
  });

  test('after --write it says what was removed', () => {
    // A run with an error exits 2: it gets a cross, not a tick.
    expect(formatStylish(sampleReport('write'), paint(false))).toMatch(/✖ Removed 2 echoes from 1 of 2 files \(1 skipped, 1 error\)\.\n$/);
  });

  test('a run whose files all failed claims no "no echoes": it says how many files were checked', () => {
    const report = { ...sampleReport('write'), problems: [], files: [{ path: 'gone.txt', status: 'error' as const, changes: [], problem: { code: 'FILE_NOT_FOUND' as const, path: 'gone.txt' } }] };
    expect(formatStylish(report, paint(false))).toBe('✖ 0 files checked (1 error).\n');
  });

  test('with --scope files, a run with no echoes inside files says so apart from what it found across them', () => {
    const report = { ...sampleReport(), problems: [], files: [{ path: 'a.txt', status: 'unchanged' as const, changes: [] }], crossFile: { boilerplate: [], duplicates: [], removeBoilerplate: false } };
    expect(formatStylish(report, paint(false))).toMatch(/✔ No echoes inside files; 1 file checked\.\n$/);
  });

  test('colour only when asked', () => {
    expect(formatStylish(sampleReport(), paint(true))).toMatch(/\u001b\[31m/);
    expect(formatStylish(sampleReport(), paint(false))).not.toMatch(/\u001b/);
  });
});
