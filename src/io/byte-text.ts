import type { Utf8Text } from '../core/types.js';

/**
 * The byte view of valid UTF-8 that `planExactBytes` reads: the bytes, and the same bytes as a
 * one-byte string (a copy, several times cheaper than decoding them).
 * @param bytes the text's bytes, without a BOM
 */
export function utf8Text(bytes: Uint8Array): Utf8Text {
  const chars = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return { bytes, chars };
}
