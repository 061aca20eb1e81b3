import { isWhitespace } from './is-whitespace.js';
import { spaceAt, spaceBefore, utf16Excess } from './utf8-chars.js';
/** `\s` of a pattern over UTF-16, spelt as the UTF-8 bytes of each of its characters. */
const SPACE_BYTES = String.raw `(?:[\t-\r ]|\xc2\xa0|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80|\xef\xbb\xbf)`;
/** A JavaScript string, read in UTF-16 code units. */
export const UTF16_UNITS = {
    spaceAt: (text, at) => (isWhitespace(text.charCodeAt(at)) ? 1 : 0),
    spaceBefore: (text, at) => (at > 0 && isWhitespace(text.charCodeAt(at - 1)) ? 1 : 0),
    width: (_text, start, end) => end - start,
    bomLength: (text) => (text.charCodeAt(0) === 0xfeff ? 1 : 0),
    ignoreMarker: /<!--\s*unecho-ignore(-end)?\s*-->/g,
};
/** A byte string of valid UTF-8, read in bytes. */
export const UTF8_BYTES = {
    spaceAt,
    spaceBefore,
    width: (chars, start, end) => end - start - utf16Excess(chars, start, end),
    bomLength: (chars) => (chars.startsWith('\xef\xbb\xbf') ? 3 : 0),
    ignoreMarker: new RegExp(`<!--${SPACE_BYTES}*unecho-ignore(-end)?${SPACE_BYTES}*-->`, 'g'),
};
