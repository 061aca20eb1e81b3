import type { Block, CleanOptions, ExactBytesPlan, Place, Utf8Text } from './types.js';
import { resolveOptions } from './options.js';
import { DECODE_FIRST, byteKeyHash, exactKeyHash, sameExactKey, type KeyFacts } from './exact-key.js';
import { findRepeats } from './find-repeats.js';
import { parseTextIn } from './parse-text.js';
import { removalEdits } from './plan-edits.js';
import { UTF8_BYTES } from './text-units.js';
import { Utf16Places } from './utf16-places.js';
import { exactStats, repeatChange } from './clean-exact.js';

/**
 * `parseText` then `cleanExactBlocks` on a UTF-8 text left as bytes, for the exact-only filter:
 * it parses and hashes the bytes, and decodes only the blocks it reports (and those whose key
 * needs the full fingerprint). The blocks, keys and removals are those of the decoded text;
 * the changes and counts are in its UTF-16 units, as the text path gives them.
 * @returns the changes, the byte ranges to cut, and the counts
 */
export function planExactBytes(source: Utf8Text, options: Partial<CleanOptions> = {}): ExactBytesPlan {
  const { bytes, chars } = source;
  const blocks = parseTextIn(chars, UTF8_BYTES);
  const { minLength } = resolveOptions(options);
  // Bytes over UTF-16 units in each block (0 for ASCII), and the texts decoded so far.
  const excess = new Float64Array(blocks.length);
  const texts: (string | undefined)[] = new Array<string | undefined>(blocks.length);
  const decoder = new TextDecoder();
  const decode = (start: number, end: number): string => decoder.decode(bytes.subarray(start, end));
  const textOf = ({ index, content: { start, end } }: Block): string =>
    (texts[index] ??= excess[index] === 0 ? chars.slice(start, end) : decode(start, end));
  const hashOf = ({ index, content: { start, end } }: Block, facts: KeyFacts): number => {
    const hash = byteKeyHash(chars, start, end, facts);
    if (hash !== DECODE_FIRST) {
      excess[index] = facts.excess!;
      return hash;
    }
    const text = (texts[index] = decode(start, end));
    excess[index] = end - start - text.length;
    return exactKeyHash(text, 0, text.length, facts);
  };
  const sameKey = (kept: Block, echo: Block): boolean => {
    // A copy byte for byte has its twin's text, decoded once.
    if (chars.slice(kept.content.start, kept.content.end) === chars.slice(echo.content.start, echo.content.end)) {
      texts[echo.index] ??= textOf(kept);
      return true;
    }
    return sameExactKey(textOf(kept), textOf(echo));
  };
  const removed = findRepeats(blocks, minLength, hashOf, sameKey);
  const removals = removalEdits(chars, removed.map(({ echo }) => echo.removal), UTF8_BYTES).map((edit) => edit.range);
  if (removed.length === 0) return { changes: [], removals, stats: exactStats(blocks.length, 0, 0) };
  const places16 = new Utf16Places(chars, blocks, excess);
  // A block kept for many echoes (a boilerplate line) is placed once.
  const places = new Array<Place | undefined>(blocks.length);
  const place = (block: Block): Place => (places[block.index] ??= placeOf(block));
  const placeOf = (block: Block): Place => {
    const { start, end, line, column } = places16.place(block.index);
    return { start, end, text: textOf(block), line, column };
  };
  let removedChars = 0;
  for (const { start, end } of removals) removedChars += places16.toUtf16(end) - places16.toUtf16(start);
  return {
    changes: removed.map(({ echo, kept }) => repeatChange(place(echo), place(kept))),
    removals,
    stats: exactStats(blocks.length, removed.length, removedChars),
  };
}
