import { isWhitespace } from '../core/is-whitespace.js';

/**
 * A one-line excerpt of a text: whitespace collapsed, cut at `max` characters with an ellipsis.
 * The text is read run by run of non-space characters only until the excerpt is known to be
 * longer than `max`: the report quotes every echo of a folder, and a regex replace over a
 * prefix of each text took most of the time the excerpts cost.
 * @param max length in UTF-16 code units, ellipsis included (at least 1)
 */
export function excerpt(text: string, max = 60): string {
  let flat = '';
  let at = 0;
  while (at < text.length && flat.length <= max) {
    while (at < text.length && isWhitespace(text.charCodeAt(at))) at++;
    if (at === text.length) break;
    const start = at;
    while (at < text.length && !isWhitespace(text.charCodeAt(at))) at++;
    // Each run of white space becomes one space, and none stands at either end.
    flat = flat.length === 0 ? text.slice(start, at) : `${flat} ${text.slice(start, at)}`;
  }
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
