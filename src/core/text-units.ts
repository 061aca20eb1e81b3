import { isWhitespace } from './is-whitespace.js';
import { spaceAt, spaceBefore, utf16Excess } from './utf8-chars.js';

/**
 * How the plain-text parser and the edit planner read a text: a string of UTF-16 code units,
 * or a byte string of UTF-8 (see `utf8-chars.ts`) for the exact-only byte path. Offsets are in
 * the string's own units either way; widths are UTF-16 code units in both, since the wrap
 * rule measures lines in those.
 */
export interface TextUnits {
  /** Units of the white-space character (as `isWhitespace` has it) starting at `at`, or 0. */
  spaceAt(text: string, at: number): number;
  /** Units of the white-space character ending just before `at`, or 0. */
  spaceBefore(text: string, at: number): number;
  /** UTF-16 code units from `start` to `end`. */
  width(text: string, start: number, end: number): number;
  /** Units of a BOM at the start of the text, or 0. */
  bomLength(text: string): number;
  /** The `<!-- unecho-ignore -->` and `<!-- unecho-ignore-end -->` markers (a global pattern). */
  readonly ignoreMarker: RegExp;
}

/** `\s` of a pattern over UTF-16, spelt as the UTF-8 bytes of each of its characters. */
const SPACE_BYTES = String.raw`(?:[\t-\r ]|\xc2\xa0|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80|\xef\xbb\xbf)`;

/** A JavaScript string, read in UTF-16 code units. */
export const UTF16_UNITS: TextUnits = {
  spaceAt: (text, at) => (isWhitespace(text.charCodeAt(at)) ? 1 : 0),
  spaceBefore: (text, at) => (at > 0 && isWhitespace(text.charCodeAt(at - 1)) ? 1 : 0),
  width: (_text, start, end) => end - start,
  bomLength: (text) => (text.charCodeAt(0) === 0xfeff ? 1 : 0),
  ignoreMarker: /<!--\s*unecho-ignore(-end)?\s*-->/g,
};

/** A byte string of valid UTF-8, read in bytes. */
export const UTF8_BYTES: TextUnits = {
  spaceAt,
  spaceBefore,
  width: (chars, start, end) => end - start - utf16Excess(chars, start, end),
  bomLength: (chars) => (chars.startsWith('\xef\xbb\xbf') ? 3 : 0),
  ignoreMarker: new RegExp(`<!--${SPACE_BYTES}*unecho-ignore(-end)?${SPACE_BYTES}*-->`, 'g'),
};
