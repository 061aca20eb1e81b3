import { escapeData, escapeProperty, formatGithub } from '../../src/report/format-github.js';
import { CHANGE, sampleReport } from './sample-report.js';

describe('formatGithub', () => {
  test('escapes data and properties as @actions/core does', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a, b:c.txt')).toBe('a%2C b%3Ac.txt');
  });

  test('one command per problem and echo, then a summary line', () => {
    expect(formatGithub(sampleReport()).split('\n')).toEqual([
      '::error file=missing.txt,title=FILE_NOT_FOUND::missing.txt: no such file or directory',
      '::error file=a%2C b%3Ac.txt,line=5,col=1,endLine=5,endColumn=32,title=duplicate-paragraph::exact paragraph echo of line 1: Budget passed, 50%25 yes: "final"',
      '::error file=a%2C b%3Ac.txt,line=7,col=4,endLine=8,endColumn=8,title=near-duplicate-sentence::near sentence echo of line 2: It rained all day',
      '::warning file=image.txt,title=BINARY_FILE::image.txt: skipped, binary file',
      'unecho: 2 echoes in 1 file of 2 files checked',
      '',
    ]);
  });

  test('after --write the echoes are notices; those of a file that could not be written stay errors', () => {
    expect(formatGithub(sampleReport('write'))).toMatch(/^::notice file=a%2C b%3Ac\.txt,line=5,.*\(removed\)/m);
    const report = sampleReport('write');
    const unwritten = { ...report, files: [{ path: 'locked.txt', status: 'error' as const, changes: [CHANGE], problem: { code: 'READ_ONLY_FILE' as const, path: 'locked.txt' } }] };
    const annotations = formatGithub(unwritten);
    expect(annotations).toMatch(/^::error file=locked\.txt,line=5,/m);
    expect(annotations).not.toContain('(removed)');
  });
});
