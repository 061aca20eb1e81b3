import { baselineRatio, formatBenchTable, formatGrowth, formatRate, type BenchRow } from '../../scripts/lib/bench-report.js';
import { excerpt, firstDifference, formatMisses } from '../../scripts/lib/eval-report.js';
import type { Miss } from '../../scripts/lib/score-page.js';

const MB = 1024 * 1024;
const row = (mode: string, mb: number, seconds: number): BenchRow => ({
  mode,
  input: `${mb} MB file`,
  bytes: mb * MB,
  result: { ok: true, value: { seconds, peakRssBytes: 100 * MB } },
});

describe('bench report', () => {
  const rows = [row('file', 5, 1), row('file', 20, 4.4), row('awk', 5, 0.5), row('awk', 20, 2)];

  it('compares a mode with its baseline on the same bytes', () => {
    expect(baselineRatio(rows[0]!, rows)).toBe('0.50x awk');
    expect(baselineRatio(rows[2]!, rows)).toBe('');
  });

  it('compares a folder mode with both baselines, those measured', () => {
    const folderRows = [row('files', 50, 5), row('copy', 50, 0.5), row('awk-folder', 50, 0.25), row('folder', 100, 8), row('copy', 100, 1)];
    expect(baselineRatio(folderRows[0]!, folderRows)).toBe('0.10x copy, 0.05x awk-folder');
    expect(baselineRatio(folderRows[3]!, folderRows)).toBe('0.13x copy');
  });

  it('prints time, MB/s and peak RSS, and problems in place of numbers', () => {
    const skipped: BenchRow = { mode: 'folder', input: '-', bytes: 0, result: { ok: false, problem: 'skipped: CLI not built' } };
    const lines = formatBenchTable([rows[0]!, skipped], rows);
    expect(lines[1]).toBe('file    5 MB file  1.000 s  5.0   100 MB    0.50x awk');
    expect(lines[2]).toBe('folder  -          skipped: CLI not built');
  });

  it('keeps slow rates readable', () => {
    expect(formatRate(0.0142)).toBe('0.014');
    expect(formatRate(112.04)).toBe('112.0');
  });

  it('puts time ratios next to size ratios', () => {
    expect(formatGrowth(rows)).toEqual([
      'growth (time ratio next to size ratio):',
      '  file 5 MB file → 20 MB file: size ×4.00, time ×4.40',
      '  file time per MB, 20 MB file vs 5 MB file: ×1.10 (1.00 is linear)',
      '  awk 5 MB file → 20 MB file: size ×4.00, time ×4.00',
      '  awk time per MB, 20 MB file vs 5 MB file: ×1.00 (1.00 is linear)',
    ]);
  });
});

describe('eval report', () => {
  const miss = (block: number): Miss => ({ page: 'p', kind: 'missed-drop', block, text: `Block ${block}` });

  it('caps the misses and says how many were left out', () => {
    expect(formatMisses([miss(1), miss(2), miss(3)], 2)).toEqual([
      'p',
      '  missed drop     [1] Block 1',
      '  missed drop     [2] Block 2',
      '… 1 more misses (--misses N to show more, --page ID for one page)',
    ]);
  });

  it('shows a wrong trim from where output and expected part', () => {
    const lines = formatMisses(
      [{ page: 'p', kind: 'wrong-trim', block: 4, text: 'Kept. Cut one.', expected: 'Kept.', output: 'Kept. Cut one.' }],
      10,
    );
    expect(lines.slice(1)).toEqual([
      '  wrong trim      [4] Kept. Cut one.',
      '                    expected: Kept.',
      '                    output:   Kept. Cut one.',
    ]);
  });

  it('cuts excerpts and finds the first difference', () => {
    expect(excerpt('a\nb  c', 80)).toBe('a b c');
    expect(excerpt('abcdef', 3)).toBe('abc…');
    expect(firstDifference('abc', 'abd')).toBe(2);
    expect(firstDifference('ab', 'abc')).toBe(2);
  });
});
