import type { Change } from '../../src/core/types.js';
import type { RunReport } from '../../src/report/types.js';

/** An exact paragraph echo at 5:1 of a paragraph kept at 1:1. */
export const CHANGE: Change = {
  kind: 'exact',
  unit: 'paragraph',
  rule: 'repeat',
  removed: { start: 40, end: 60, text: 'Budget passed, 50% yes: "final"', line: 5, column: 1 },
  kept: { start: 0, end: 20, text: 'Budget passed, 50% yes: "final"', line: 1, column: 1 },
  score: 1,
};

/** A near sentence echo spanning two lines. */
export const NEAR: Change = {
  kind: 'near',
  unit: 'sentence',
  rule: 'sentence-repeat',
  removed: { start: 70, end: 90, text: 'It rained\nall day', line: 7, column: 4 },
  kept: { start: 20, end: 38, text: 'It rained all day.', line: 2, column: 1 },
  score: 0.912345,
};

/** A check-mode report over three inputs: one with echoes, one clean, one skipped, and a missing path. */
export function sampleReport(mode: RunReport['mode'] = 'check'): RunReport {
  return {
    tool: { name: 'unecho', version: '9.9.9' },
    mode,
    files: [
      { path: 'a, b:c.txt', status: mode === 'write' ? 'changed' : 'would-change', changes: [CHANGE, NEAR], before: 'x\n', after: 'y\n' },
      { path: 'clean.md', status: 'unchanged', changes: [] },
      { path: 'image.txt', status: 'skipped', changes: [], problem: { code: 'BINARY_FILE', path: 'image.txt' } },
    ],
    problems: [{ code: 'FILE_NOT_FOUND', path: 'missing.txt' }],
  };
}
