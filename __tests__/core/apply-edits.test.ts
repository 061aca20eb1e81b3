import { applyEdits } from '../../src/core/apply-edits.js';

const text = 'Markets closed higher on Friday. Oil prices fell sharply. Gold was flat.\n';

describe('applyEdits', () => {
  it('returns the text unchanged when there are no edits', () => {
    expect(applyEdits(text, [])).toBe(text);
  });

  it('removes ranges and keeps everything else byte-identical', () => {
    expect(applyEdits(text, [{ range: { start: 33, end: 58 }, text: '' }])).toBe(
      'Markets closed higher on Friday. Gold was flat.\n',
    );
  });

  it('applies several sorted edits, including replacements and insertions', () => {
    expect(
      applyEdits(text, [
        { range: { start: 0, end: 7 }, text: 'Stocks' },
        { range: { start: 33, end: 58 }, text: '' },
        { range: { start: 72, end: 72 }, text: ' Silver rose.' },
      ]),
    ).toBe('Stocks closed higher on Friday. Gold was flat. Silver rose.\n');
  });

  it('handles adjacent edits and edits at both ends', () => {
    expect(
      applyEdits('abcdef', [
        { range: { start: 0, end: 2 }, text: '' },
        { range: { start: 2, end: 4 }, text: 'X' },
        { range: { start: 4, end: 6 }, text: '' },
      ]),
    ).toBe('X');
  });

  it('keeps CRLF, BOM and non-Latin text outside the edits', () => {
    const crlf = '\ufeffПервый абзац.\r\nВторой абзац.\r\n';
    const second = crlf.indexOf('Второй');
    expect(applyEdits(crlf, [{ range: { start: second, end: crlf.length }, text: '' }])).toBe('\ufeffПервый абзац.\r\n');
  });
});
