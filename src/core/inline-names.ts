import type { DocumentModel, Segment } from './document.js';

/**
 * What one piece of inline syntax names: a code span by what it holds, a link, image or HTML
 * link by its target (see `targetOf`), a reference link by its label.
 */
interface Name {
  readonly kind: 'code' | 'link' | 'reference';
  readonly value: string;
  /** For a link: its host without `www.`, lower-cased; empty when written relative to the site. */
  readonly host: string;
}

/**
 * What the inline syntax of a Markdown segment names, in text order (see `Name`), from the
 * inline spans of its block (see `Block.inline`) that lie inside it, read in the original
 * text. None for text that is not Markdown.
 */
function namesOf(doc: DocumentModel, segment: Segment): Name[] {
  const inline = doc.blocks[segment.block]!.block.inline;
  if (inline === undefined) return [];
  const { start, end } = segment.range;
  const names: Name[] = [];
  for (const span of inline) {
    if (span.start < start || span.end > end) continue;
    const name = nameOf(doc.source.slice(span.start, span.end));
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** An inline link's destination (after the `](` that closes its text) or an autolink's address. */
const TARGET = /^\]\(\s*<?([^\s)>]+)|^<([^\s>]+)>$/;
/** A reference link's label (after the `][` that closes its text). */
const REFERENCE = /^\]\[([^\]]+)\]$/;
/** An HTML tag's link (`<a href>`, `<img src>`). */
const HTML_LINK = /^<[a-z][^<>]*\s(?:href|src)\s*=\s*["']?([^"'\s>]+)/i;

function nameOf(written: string): Name | undefined {
  // ``` `` a `` ``` and `` `a` `` are the same code.
  if (written.startsWith('`')) return { kind: 'code', value: written.replace(/^`+|`+$/g, '').trim(), host: '' };
  const html = HTML_LINK.exec(written);
  if (html !== null) return targetOf(html[1]!);
  const closing = Math.max(written.lastIndexOf(']('), written.lastIndexOf(']['));
  const tail = closing >= 0 ? written.slice(closing) : written;
  const reference = REFERENCE.exec(tail);
  if (reference !== null) return { kind: 'reference', value: reference[1]!.trim().toLowerCase(), host: '' };
  const found = TARGET.exec(tail);
  const address = found?.[1] ?? found?.[2];
  return address === undefined ? undefined : targetOf(address);
}

/**
 * Where an address points: its host (without scheme and `www.`) and its path (without query,
 * fragment and slashes at the ends), lower-cased, so that a copy of a link with another
 * scheme, `www.`, query or fragment points to the same page. A link to a place on the same
 * page (`#install`) or to a site's home is named by all of it.
 */
function targetOf(address: string): Name {
  const lower = address.toLowerCase();
  const site = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/.exec(lower);
  const host = site === null ? '' : site[1]!.replace(/^www\./, '');
  const path = (site === null ? lower : lower.slice(site[0].length)).replace(/[?#].*$/, '').replace(/^\.?\/+|\/+$/g, '');
  return { kind: 'link', value: path === '' ? lower : path, host };
}

/** Whether two names are the same: a link written relative to the site matches one on any host. */
function sameName(a: Name, b: Name): boolean {
  if (a.kind !== b.kind || a.value !== b.value) return false;
  return a.host === b.host || a.host === '' || b.host === '';
}

/**
 * Whether two Markdown segments that read alike name different things: their code spans and
 * link targets differ (`diffLinesRaw` returns … / `diffStringsRaw` returns …;
 * `[CSV](…/all_versions.csv)` / `[CSV](…/with_downstream/all_versions.csv)`). Docs word
 * parallel entries the same way and let the code or the link say what each is about, so such
 * segments are different statements, however close their words. With `within`, the first
 * stands inside the second: its names must be a run of the second's, in order (code of no
 * words, such as `..`, leaves the words in place). False when either names nothing: a copy
 * that lost its backticks or links says nothing about names.
 */
export function namesOtherThings(doc: DocumentModel, first: Segment, second: Segment, within = false): boolean {
  const ours = namesOf(doc, first);
  if (ours.length === 0) return false;
  const theirs = namesOf(doc, second);
  if (theirs.length === 0) return false;
  if (within) return !holdsRun(theirs, ours);
  if (ours.length !== theirs.length) return true;
  // Each of ours matched to one of theirs, in any order.
  const left = [...theirs];
  for (const name of ours) {
    const at = left.findIndex((other) => sameName(name, other));
    if (at < 0) return true;
    left.splice(at, 1);
  }
  return false;
}

/** Whether `run` stands in `list` as consecutive entries. */
function holdsRun(list: readonly Name[], run: readonly Name[]): boolean {
  for (let start = 0; start + run.length <= list.length; start++) {
    if (run.every((name, i) => sameName(list[start + i]!, name))) return true;
  }
  return false;
}
