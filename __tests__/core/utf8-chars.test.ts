import { isWhitespace } from '../../src/core/is-whitespace.js';
import { spaceAt, spaceBefore, utf16Excess, utf8CodeAt, utf8Width } from '../../src/core/utf8-chars.js';

/** A character's UTF-8 bytes as a byte string (one char per byte). */
const byteString = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('UTF-8 in a byte string', () => {
  it('reads every code point back, with its width', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += code < 0x10000 ? 1 : 0x3f1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const chars = byteString(`a${String.fromCodePoint(code)}b`);
      if (utf8CodeAt(chars, 1) !== code || utf8Width(chars.charCodeAt(1)) !== chars.length - 2) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('finds white space at both edges of a character as isWhitespace does', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const chars = byteString(`a${String.fromCharCode(code)}b`);
      const width = chars.length - 2;
      const expected = isWhitespace(code) ? width : 0;
      if (spaceAt(chars, 1) !== expected || spaceBefore(chars, 1 + width) !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('never takes the tail of a wider character for white space', () => {
    // `à` ends in 0xA0 (NBSP in Latin-1), an emoji in continuation bytes.
    for (const text of ['xà', 'x🌟', 'x†']) expect(spaceBefore(byteString(text), byteString(text).length)).toBe(0);
    expect(spaceBefore(byteString('\u00a0'), 2)).toBe(2);
    expect(spaceBefore('', 0)).toBe(0);
  });

  it('counts the bytes over UTF-16 units', () => {
    const text = 'a é — 🌟 z';
    expect(utf16Excess(byteString(text), 0, byteString(text).length)).toBe(Buffer.byteLength(text) - text.length);
  });
});
