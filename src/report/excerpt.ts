/**
 * A one-line excerpt of a text: whitespace collapsed, cut at `max` characters with an ellipsis.
 * A long text is read from its start only: collapsing whitespace in a prefix gives a prefix of
 * the collapsed whole, and the report quotes every echo of a folder (the whole paragraph was
 * collapsed for 60 characters of it).
 * @param max length in UTF-16 code units, ellipsis included
 */
export function excerpt(text: string, max = 60): string {
  const read = PREFIX_FACTOR * max;
  if (text.length > read) {
    const head = collapse(text.slice(0, read)).trimStart();
    // Two characters past the cut: the whole, trimmed, is then surely longer than `max`.
    if (head.length >= max + 2) return cut(head, max);
  }
  const flat = collapse(text).trim();
  return flat.length <= max ? flat : cut(flat, max);
}

/** How far past `max` a long text is read first (most texts have little whitespace). */
const PREFIX_FACTOR = 4;

const collapse = (text: string): string => text.replace(/\s+/g, ' ');

const cut = (flat: string, max: number): string => `${flat.slice(0, max - 1).trimEnd()}…`;
