import type { DocumentModel, Segment } from './document.js';
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
export declare function namesOtherThings(doc: DocumentModel, first: Segment, second: Segment, within?: boolean): boolean;
