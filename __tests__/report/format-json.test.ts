import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { formatJson } from '../../src/report/format-json.js';
import { sampleReport } from './sample-report.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object;

describe('formatJson', () => {
  const text = formatJson(sampleReport());
  const report = JSON.parse(text) as Record<string, unknown>;

  test('validates against the shipped schema', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    expect(validate(report) ? true : validate.errors).toBe(true);
  });

  test('version 1, counts, positions with ends, rounded scores', () => {
    expect(report).toMatchObject({
      version: 1,
      tool: { name: 'unecho', version: '9.9.9' },
      mode: 'check',
      summary: { files: 3, checked: 2, changed: 1, skipped: 1, errored: 1, echoes: 2 },
    });
    const files = report['files'] as { changes: Record<string, unknown>[] }[];
    expect(files[0]!.changes[1]).toEqual({
      ruleId: 'near-duplicate-sentence',
      kind: 'near',
      unit: 'sentence',
      rule: 'sentence-repeat',
      removed: { line: 7, column: 4, endLine: 8, endColumn: 8, text: 'It rained\nall day' },
      kept: { line: 2, column: 1, text: 'It rained all day.' },
      score: 0.9123,
    });
    expect(report['problems']).toEqual([{ code: 'FILE_NOT_FOUND', severity: 'error', path: 'missing.txt', message: 'missing.txt: no such file or directory' }]);
  });

  test('deterministic: the same report gives the same bytes, no timestamps', () => {
    expect(formatJson(sampleReport())).toBe(text);
    expect(text).not.toMatch(/time|date/i);
  });
});
