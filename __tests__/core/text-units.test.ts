import { UTF16_UNITS, UTF8_BYTES } from '../../src/core/text-units.js';

const byteString = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');
const matches = (pattern: RegExp, text: string): number => [...text.matchAll(pattern)].length;

describe('text units', () => {
  it('find the ignore markers in bytes where the text has them, whatever space they hold', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const text = `<!--${c}unecho-ignore${c}-->\n<!--${c}${c}unecho-ignore-end -->`;
      if (matches(UTF8_BYTES.ignoreMarker, byteString(text)) !== matches(UTF16_UNITS.ignoreMarker, text)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('measure lines in UTF-16 units either way', () => {
    const line = 'café 🌟 — naïve';
    expect(UTF8_BYTES.width(byteString(line), 0, byteString(line).length)).toBe(line.length);
    expect(UTF16_UNITS.width(line, 0, line.length)).toBe(line.length);
  });

  it('see a leading BOM in its own units', () => {
    expect(UTF8_BYTES.bomLength(byteString('\uFEFFa'))).toBe(3);
    expect(UTF16_UNITS.bomLength('\uFEFFa')).toBe(1);
    expect(UTF8_BYTES.bomLength(byteString('a'))).toBe(0);
  });
});
