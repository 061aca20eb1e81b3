import type { DocumentModel } from './document.js';
import type { Match } from './types.js';
/** A block found to only concatenate other blocks. */
export interface Aggregate {
    readonly block: number;
    /** The blocks it concatenates, in document order. */
    readonly pieces: readonly number[];
    /** The match that put its first piece inside it. */
    readonly firstMatch: Match;
}
/** Words an aggregate may hold beyond its pieces ("Share … for:", a list number); also what a covered block may keep ("… Continued"). */
export declare const LEFTOVER_WORDS = 2;
/**
 * Finds the blocks that only concatenate other blocks: a meta description made of the first
 * paragraphs, a wrapper list item printed before its nested items, a slide caption block
 * before its title and text. Such a block is the echo and its pieces stay. The pieces must
 * stand on one side of it and follow one another: pull quotes, scattered after their
 * paragraph, are echoes of the paragraph instead.
 * @param matches twins per segment id, from `findMatches`
 * @param protectTitle never take the first block (a scrape's title) as an aggregate
 */
export declare function findAggregates(doc: DocumentModel, matches: ReadonlyMap<number, readonly Match[]>, protectTitle: boolean): Map<number, Aggregate>;
