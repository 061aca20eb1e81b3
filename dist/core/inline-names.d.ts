import type { DocumentModel, Segment } from './document.js';
/**
 * Whether two Markdown segments that read alike name different things: a code span or link
 * target of one is not in the other (`diffLinesRaw` returns … / `diffStringsRaw` returns …;
 * `[CSV](…/all_versions.csv)` / `[CSV](…/with_downstream/all_versions.csv)`). Docs word
 * parallel entries the same way and let the code or the link say what each is about, so such
 * segments are different statements, however close their words. With `within`, only the
 * first's names are looked for in the second (it may hold more). False when either names
 * nothing: a copy that lost its backticks or links says nothing about names.
 */
export declare function namesOtherThings(doc: DocumentModel, first: Segment, second: Segment, within?: boolean): boolean;
