/** Named entities that scrapers leave as literal text, mapped to their characters. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', sbquo: '\u201a', bdquo: '\u201e',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', laquo: '\u00ab', raquo: '\u00bb',
  shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', middot: '\u00b7', bull: '\u2022',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', oacute: '\u00f3',
  uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', ccedil: '\u00e7', ntilde: '\u00f1', szlig: '\u00df',
};

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;
/** The shape of an entity, known or not: what `decodeEntities` looks at. */
export const ENTITY_SHAPE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g;
const ENTITY_AT = new RegExp(ENTITY_SHAPE.source, 'y');

/**
 * Whether an entity's shape starts at `at` (known or not) and ends by `end`: elsewhere
 * `decodeEntities` leaves an `&` as it is (`AT&T`, `Q&A`). An entity ends at its `;`, so one
 * that ends by `end` is there also in the text cut at `end`.
 */
export function entityStartsAt(text: string, at: number, end = text.length): boolean {
  ENTITY_AT.lastIndex = at;
  return ENTITY_AT.test(text) && ENTITY_AT.lastIndex <= end;
}

/** Whether a text holds anything shaped like an entity (see `entityStartsAt`). */
export function hasEntity(text: string): boolean {
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) if (entityStartsAt(text, at)) return true;
  return false;
}

/**
 * Decodes the HTML entities a scrape left as literal text (`&#039;`, `&rsquo;`, `&amp;`).
 * Unknown names and invalid code points stay as written.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
