import { formatSarif } from '../../src/report/format-sarif.js';
import { RULES } from '../../src/report/rule-id.js';
import { sampleReport } from './sample-report.js';

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; descriptor: { id: string } }[] }[];
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
      relatedLocations: { physicalLocation: { region: Record<string, number> } }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

describe('formatSarif', () => {
  const sarif = JSON.parse(formatSarif(sampleReport())) as Sarif;
  const run = sarif.runs[0]!;

  test('SARIF 2.1.0 with the stable rule ids', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
  });

  test('a result per echo: relative URI, region, kept twin, fingerprint', () => {
    expect(run.results).toHaveLength(2);
    const [first, second] = run.results;
    expect(first).toMatchObject({ ruleId: 'duplicate-paragraph', ruleIndex: 0, level: 'error' });
    expect(first!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'a,%20b:c.txt', uriBaseId: '%SRCROOT%' });
    expect(first!.locations[0]!.physicalLocation.region).toEqual({ startLine: 5, startColumn: 1, endLine: 5, endColumn: 32 });
    expect(first!.relatedLocations[0]!.physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1 });
    expect(first!.partialFingerprints['unecho/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(second).toMatchObject({ ruleId: 'near-duplicate-sentence', ruleIndex: 4 });
  });

  test('the same text gives the same fingerprint wherever it stands', () => {
    const again = JSON.parse(formatSarif(sampleReport())) as Sarif;
    expect(again.runs[0]!.results[0]!.partialFingerprints).toEqual(run.results[0]!.partialFingerprints);
  });

  test('problems become notifications; an error makes the run unsuccessful', () => {
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications.map((n) => [n.level, n.descriptor.id])).toEqual([
      ['error', 'FILE_NOT_FOUND'],
      ['warning', 'BINARY_FILE'],
    ]);
  });
});
