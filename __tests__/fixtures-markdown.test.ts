import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { clean } from '../src/core/clean.js';
import type { CleanOptions } from '../src/core/types.js';

/**
 * Content-repo fixtures: `fixtures/markdown/<case>/` holds `input.md` or `input.mdx`, the golden
 * `expected.*` (made by hand: only the echoes in prose go, every other byte stays, BOM and CRLF
 * included) and an optional `options.json` merged over `{ parser: 'markdown' }`.
 */
const root = new URL('../fixtures/markdown/', import.meta.url);
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function load(name: string): { input: string; expected: string; options: Partial<CleanOptions> } {
  const dir = new URL(`${name}/`, root);
  const files = readdirSync(dir);
  const input = files.find((file) => /^input\.(md|mdx)$/.test(file));
  const expected = files.find((file) => /^expected\.(md|mdx)$/.test(file));
  if (!input || !expected) throw new Error(`${name}: needs input.md|mdx and expected.md|mdx`);
  const optionsFile = new URL('options.json', dir);
  const extra = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Partial<CleanOptions>) : {};
  return {
    // 'utf8' keeps a BOM as U+FEFF and CRLF as is.
    input: readFileSync(new URL(input, dir), 'utf8'),
    expected: readFileSync(new URL(expected, dir), 'utf8'),
    options: { parser: 'markdown', ...extra },
  };
}

describe('fixtures/markdown', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  describe.each(cases)('%s', (name) => {
    const { input, expected, options } = load(name);

    it('removes only the echoes in prose', () => {
      expect(clean(input, options).text).toBe(expected);
    });

    it('keeps the BOM and line endings of the input', () => {
      const output = clean(input, options).text;
      expect(output.startsWith('\uFEFF')).toBe(input.startsWith('\uFEFF'));
      expect(output.includes('\r\n')).toBe(input.includes('\r\n'));
      expect(output.replace(/\r\n/g, '').includes('\n')).toBe(input.replace(/\r\n/g, '').includes('\n'));
    });

    it('changes nothing in the expected output (idempotent)', () => {
      const again = clean(expected, options);
      expect(again.changed).toBe(false);
      expect(again.text).toBe(expected);
    });
  });
});
