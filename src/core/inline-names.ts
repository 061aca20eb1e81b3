import type { DocumentModel, Segment } from './document.js';
import type { InlineSpan } from './types.js';
import { AUTOLINK } from './reading-text.js';

/**
 * What one piece of inline syntax names: a code span by what it holds, a link, image, HTML
 * link or reference link (through its definition) by its target (see `targetOf`), a reference
 * link the text does not define by its label.
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
  // The spans are in text order and apart: a search finds the first, so that a page on one
  // line with thousands of links is not read whole for every segment compared.
  let low = 0;
  let high = inline.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (inline[mid]!.start < start) low = mid + 1;
    else high = mid;
  }
  for (let at = low; at < inline.length && inline[at]!.start < end; at++) {
    const span = inline[at]!;
    if (span.end > end) continue;
    const name = span.reference === undefined ? nameOf(doc.source.slice(span.start, span.end)) : referenceName(span.reference);
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** An inline link's destination (after the `](` that closes its text). */
const TARGET = /^\]\(\s*<?([^\s)>]+)/;
/** An HTML tag's link (`<a href>`, `<img src>`). */
const HTML_LINK = /^<[a-z][^<>]*\s(?:href|src)\s*=\s*["']?([^"'\s>]+)/i;

/** What a span other than a reference link names (see `Name`). */
function nameOf(written: string): Name | undefined {
  // ``` `` a `` ``` and `` `a` `` are the same code.
  if (written.startsWith('`')) return { kind: 'code', value: written.replace(/^`+|`+$/g, '').trim(), host: '' };
  const html = HTML_LINK.exec(written);
  if (html !== null) return targetOf(html[1]!);
  if (AUTOLINK.test(written)) return targetOf(written.slice(1, -1));
  const closing = written.lastIndexOf('](');
  const address = closing >= 0 ? TARGET.exec(written.slice(closing))?.[1] : undefined;
  return address === undefined ? undefined : targetOf(address);
}

/** A reference link by where its definition points, or by its label when the text defines none. */
function referenceName(reference: NonNullable<InlineSpan['reference']>): Name {
  return 'target' in reference ? targetOf(reference.target) : { kind: 'reference', value: reference.label, host: '' };
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
  const defaultPort = lower.startsWith('https:') ? ':443' : lower.startsWith('http:') ? ':80' : undefined;
  const bareHost = site === null ? '' : site[1]!.replace(/^www\./, '');
  const host = defaultPort !== undefined && bareHost.endsWith(defaultPort) ? bareHost.slice(0, -defaultPort.length) : bareHost;
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
  // Each of ours matched to one of theirs, in any order: names written alike first, so that a
  // relative link does not take the partner of an absolute one.
  const left = [...theirs];
  const unmatched: Name[] = [];
  for (const name of ours) {
    const at = left.findIndex((other) => other.kind === name.kind && other.value === name.value && other.host === name.host);
    if (at < 0) unmatched.push(name);
    else left.splice(at, 1);
  }
  for (const name of unmatched) {
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
