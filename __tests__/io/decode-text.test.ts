import fc from 'fast-check';
import { acceptsText, bomLength, decodeText } from '../../src/io/decode-text.js';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('decodeText', () => {
  test('UTF-8 text, with and without BOM', () => {
    expect(decodeText(new TextEncoder().encode('héllo\n'))).toEqual({ ok: true, text: 'héllo\n', bom: false });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61))).toEqual({ ok: true, text: 'a', bom: true });
  });

  test('empty input is empty text', () => {
    expect(decodeText(bytes())).toEqual({ ok: true, text: '', bom: false });
  });

  test('a NUL byte means binary', () => {
    expect(decodeText(bytes(0x61, 0, 0x62))).toEqual({ ok: false, reason: 'binary' });
  });

  test('a NUL past the first 8 KiB is not sniffed; the text is still checked as UTF-8', () => {
    const data = new Uint8Array(9000).fill(0x61);
    data[8500] = 0;
    expect(decodeText(data).ok).toBe(true);
  });

  test('invalid UTF-8 is refused, not replaced', () => {
    expect(decodeText(bytes(0x61, 0xc3, 0x28))).toEqual({ ok: false, reason: 'invalid-utf8' });
    expect(decodeText(bytes(0xe9, 0x74, 0xe9))).toEqual({ ok: false, reason: 'invalid-utf8' });
  });

  test('UTF-16 and UTF-32 BOMs name the encoding', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0))).toEqual({ ok: false, reason: 'unsupported-encoding', encoding: 'UTF-16LE' });
    expect(decodeText(bytes(0xfe, 0xff, 0, 0x61))).toEqual({ ok: false, reason: 'unsupported-encoding', encoding: 'UTF-16BE' });
    expect(decodeText(bytes(0xff, 0xfe, 0, 0, 0x61, 0, 0, 0))).toEqual({ ok: false, reason: 'unsupported-encoding', encoding: 'UTF-32LE' });
  });

  test('acceptsText takes exactly what decodeText decodes, without decoding', () => {
    // Overlong forms, surrogates, code points past U+10FFFF, truncated and stray bytes.
    const edges = [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x80], [0x80], [0xef, 0xbb, 0xbf, 0x61], [0xff, 0xfe, 0x61, 0], [0x61, 0]];
    for (const edge of edges) expect(acceptsText(bytes(...edge))).toBe(decodeText(bytes(...edge)).ok);
    const piece = fc.oneof(fc.constantFrom([0x61], [0xc3, 0xa9], [0xe2, 0x80, 0x99], [0xf0, 0x9f, 0x8c, 0x9f], [0xef, 0xbb, 0xbf]), fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const data = bytes(...pieces.flat());
        expect(acceptsText(data)).toBe(decodeText(data).ok);
      }),
      { seed: 5, numRuns: 2000 },
    );
  });

  test('bomLength sees only a UTF-8 BOM', () => {
    expect(bomLength(bytes(0xef, 0xbb, 0xbf, 0x61))).toBe(3);
    expect(bomLength(bytes(0xef, 0xbb))).toBe(0);
    expect(bomLength(bytes(0xff, 0xfe))).toBe(0);
  });
});
