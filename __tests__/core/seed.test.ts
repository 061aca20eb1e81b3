import { readFileSync } from 'node:fs';
import { clean } from '../../src/core/clean.js';

const fixture = new URL('../../fixtures/kcna-putin-telegram.txt', import.meta.url);
const text = readFileSync(fixture, 'utf8');
// The fixture has one paragraph per line and no final line break.
const lines = text.split('\n');

/** Column (1-based, UTF-16 units) of `needle` in line `line` (1-based). */
function columnOf(line: number, needle: string): number {
  const at = lines[line - 1]!.indexOf(needle);
  if (at < 0) throw new Error(`not on line ${line}: ${needle}`);
  return at + 1;
}

describe('seed: kcna-putin-telegram', () => {
  const result = clean(text);
  const line3 = lines[2]!;
  // Line 3's sentences, as line 5, 7 and 8 repeat them.
  const second = lines[4]!;
  const third = `${lines[6]!}.`;
  const fourth = lines[7]!;

  it('has the shape the expectations rely on', () => {
    expect(lines).toHaveLength(8);
    expect(text.endsWith('\n')).toBe(false);
    expect(line3.includes(second) && line3.includes(third) && line3.endsWith(fourth)).toBe(true);
  });

  it('keeps lines 1, 3, 4 and 6 byte-identical, and nothing else', () => {
    expect(result.text).toBe([lines[0], lines[2], lines[3], lines[5]].join('\n'));
    expect(result.changed).toBe(true);
  });

  it('reports exactly four paragraph changes, in text order', () => {
    expect(result.changes.map((c) => [c.removed.line, c.kind, c.unit])).toEqual([
      [2, 'contained', 'paragraph'],
      [5, 'exact', 'paragraph'],
      [7, 'near', 'paragraph'],
      [8, 'exact', 'paragraph'],
    ]);
    expect(result.changes.every((c) => c.removed.column === 1)).toBe(true);
    expect(result.changes.map((c) => c.removed.text)).toEqual([lines[1], lines[4], lines[6], lines[7]]);
  });

  it('line 2 (the lede) is contained in the first sentence of line 3', () => {
    const change = result.changes[0]!;
    expect(change.kept.line).toBe(3);
    expect(change.kept.column).toBe(1);
    expect(change.kept.text).toBe(line3.slice(0, line3.indexOf(' He noted')));
    expect(change.score).toBeGreaterThan(0);
    expect(change.score).toBeLessThan(0.9);
  });

  it('line 5 is an exact repeat of the second sentence of line 3', () => {
    const change = result.changes[1]!;
    expect(change.kept).toMatchObject({ line: 3, column: columnOf(3, second), text: second });
    expect(change.score).toBe(1);
  });

  it('line 7 is a near repeat (final period dropped) of the third sentence of line 3', () => {
    const change = result.changes[2]!;
    expect(change.kept).toMatchObject({ line: 3, column: columnOf(3, third), text: third });
    expect(change.removed.text).toBe(third.slice(0, -1));
    expect(change.score).toBeGreaterThan(0.99);
    expect(change.score).toBeLessThan(1);
  });

  it('line 8 is an exact repeat of the fourth sentence of line 3', () => {
    const change = result.changes[3]!;
    expect(change.kept).toMatchObject({ line: 3, column: columnOf(3, fourth), text: fourth });
    expect(change.score).toBe(1);
  });

  it('places agree with the offsets they carry', () => {
    for (const change of result.changes) {
      for (const place of [change.removed, change.kept]) {
        expect(text.slice(place.start, place.end)).toBe(place.text);
        const lineStart = text.lastIndexOf('\n', place.start - 1) + 1;
        expect(place.column).toBe(place.start - lineStart + 1);
        expect(place.line).toBe(text.slice(0, place.start).split('\n').length);
      }
    }
  });

  it('counts what it removed', () => {
    expect(result.stats).toMatchObject({ blocks: 8, removedBlocks: 4, removedSentences: 0 });
    expect(result.stats.removedChars).toBe(text.length - result.text.length);
  });

  it('is idempotent on the seed', () => {
    const again = clean(result.text);
    expect(again.text).toBe(result.text);
    expect(again.changes).toEqual([]);
  });
});
