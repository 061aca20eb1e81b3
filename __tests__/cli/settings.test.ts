import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { checkConfig } from '../../src/cli/check-config.js';
import { DEFAULT_SETTINGS, SETTINGS } from '../../src/cli/settings.js';
import { showProgress } from '../../src/cli/show-progress.js';
import { chooseParser } from '../../src/cli/choose-parser.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/unechorc.schema.json', import.meta.url), 'utf8')) as {
  properties: Record<string, { default?: unknown; enum?: unknown[] }>;
};

describe('config schema and settings agree', () => {
  const validate = new Ajv({ strict: false }).compile(schema);

  test('the same keys, defaults and choices', () => {
    expect(Object.keys(schema.properties).filter((key) => key !== '$schema').sort()).toEqual(Object.keys(SETTINGS).sort());
    for (const [key, spec] of Object.entries(SETTINGS)) {
      expect([key, schema.properties[key]?.default]).toEqual([key, DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]]);
      if (spec.kind.type === 'choice') expect([key, schema.properties[key]?.enum]).toEqual([key, spec.kind.choices]);
    }
  });

  test.each([
    { unit: 'sentence', threshold: 0.85, minLength: 10, locale: 'de-CH', extensions: ['md'], ignores: ['drafts/'], maxFileSize: 0, followSymlinks: true, format: 'json', scope: 'file', parser: 'markdown' },
    { threshold: 1.5 },
    { minLength: 2.5 },
    { unit: 'word' },
    { color: true },
    { extensions: 'md' },
    { followSymlinks: 'yes' },
  ])('schema and checker give the same verdict for %j', (data) => {
    const checked = checkConfig({ source: '.unechorc.json', folder: '/', data });
    expect(checked.ok).toBe(validate(data));
  });
});

describe('showProgress', () => {
  const base = { flag: undefined, quiet: false, env: {}, stderrIsTTY: true, files: 2000 };
  test.each([
    [{}, true],
    [{ files: 10 }, false],
    [{ files: 10, flag: true }, true],
    [{ stderrIsTTY: false, flag: true }, false],
    [{ env: { CI: 'true' } }, false],
    [{ env: { CI: 'false' } }, true],
    [{ env: { PRE_COMMIT: '1' } }, false],
    [{ env: { TERM: 'dumb' } }, false],
    [{ quiet: true }, false],
    [{ flag: false }, false],
  ])('%j → %s', (change, expected) => {
    expect(showProgress({ ...base, ...change })).toBe(expected);
  });
});

describe('chooseParser', () => {
  test.each([
    ['auto', 'a.md', 'markdown'],
    ['auto', 'a.MARKDOWN', 'markdown'],
    ['auto', 'a.mdx', 'mdx'],
    ['auto', 'a.txt', 'text'],
    ['auto', '<stdin>', 'text'],
    ['text', 'a.md', 'text'],
    ['markdown', 'a.txt', 'markdown'],
  ] as const)('%s %s → %s', (setting, file, expected) => {
    expect(chooseParser(setting, file)).toBe(expected);
  });
});
