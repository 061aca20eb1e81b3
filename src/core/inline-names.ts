import type { DocumentModel, Segment } from './document.js';

/**
 * What the inline syntax of a Markdown segment names, in text order: each code span by what it
 * holds and each link's or image's target (see `targetOf`), from the inline spans
 * of its block (see `Block.inline`) that lie inside it. None for text that is not Markdown.
 */
function namesOf(doc: DocumentModel, segment: Segment): string[] {
  const inline = doc.blocks[segment.block]!.block.inline;
  if (inline === undefined) return [];
  const { start, end } = segment.range;
  const names: string[] = [];
  for (const span of inline) {
    if (span.start < start || span.end > end) continue;
    const written = doc.source.slice(span.start, span.end);
    // A code span by what it holds: ``` `` a `` ``` and `` `a` `` are the same code.
    if (written.startsWith('`')) names.push(`\`${written.replace(/^`+|`+$/g, '').trim()}`);
    else {
      const target = targetOf(written);
      if (target !== undefined) names.push(`->${target}`);
    }
  }
  return names;
}

/** An inline link's destination (after the `](` that closes its text) or an autolink's address. */
const TARGET = /^\]\(\s*<?([^\s)>]+)|^<([^\s>]+)>$/;

/**
 * Where a link, image or autolink points, by its path, lower-cased: a copy of a link with
 * another scheme, host spelling (`www.`), query or fragment, or written relative to the site,
 * points to the same page. A link to a place on the same page (`#install`) or to a site's home
 * is named by all of it. Undefined for other spans (HTML, references, MDX).
 */
function targetOf(written: string): string | undefined {
  const closing = written.lastIndexOf('](');
  const found = TARGET.exec(closing >= 0 ? written.slice(closing) : written);
  const address = found?.[1] ?? found?.[2];
  if (address === undefined) return undefined;
  const path = address.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').replace(/[?#].*$/, '').replace(/^\.?\/+|\/+$/g, '');
  return (path === '' ? address : path).toLowerCase();
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
  const sorted = [...theirs].sort();
  return [...ours].sort().some((name, i) => name !== sorted[i]);
}

/** Whether `run` stands in `list` as consecutive entries. */
function holdsRun(list: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= list.length; start++) {
    if (run.every((name, i) => list[start + i] === name)) return true;
  }
  return false;
}
