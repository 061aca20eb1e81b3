import type { Match, MatchOptions } from './types.js';
import type { DocumentModel, Segment } from './document.js';
import type { SegmentFacts } from './segment-facts.js';
/** A shorter text is taken as lying inside a longer one only from this many words: four-word
 * menu items and headings turn up inside longer texts by chance. */
export declare const MIN_CONTAINED_WORDS = 5;
/** Compares an echo candidate with one twin candidate: their match, or `undefined` when they do not match. */
export declare function compareSegments(doc: DocumentModel, facts: SegmentFacts, echo: Segment, twin: Segment, options: MatchOptions): Match | undefined;
