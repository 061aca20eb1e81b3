import { cutBytes } from '../../src/io/cut-bytes.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('cutBytes', () => {
  it('keeps everything outside the ranges, in order', () => {
    expect(decode(cutBytes(encode('aaXbbYYcc'), [{ start: 2, end: 3 }, { start: 5, end: 7 }]))).toBe('aabbcc');
    expect(decode(cutBytes(encode('XXab'), [{ start: 0, end: 2 }]))).toBe('ab');
    expect(decode(cutBytes(encode('abXX'), [{ start: 2, end: 4 }]))).toBe('ab');
    expect(decode(cutBytes(encode('ab'), []))).toBe('ab');
  });

  it('counts the ranges from `from`, keeping what comes before it', () => {
    expect(decode(cutBytes(encode('\uFEFFaXb'), [{ start: 1, end: 2 }], 3))).toBe('\uFEFFab');
  });
});
