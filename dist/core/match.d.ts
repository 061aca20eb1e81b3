import type { Match, MatchOptions } from './types.js';
import type { DocumentModel } from './document.js';
/**
 * Finds, for every evidence segment, its twins in other blocks of its section: the matching
 * sentences of each candidate block, or the block as a whole. A sentence also gets its twins
 * among the earlier sentences of its own block.
 * @returns matches grouped by echo segment id (only segments that have any)
 */
export declare function findMatches(doc: DocumentModel, options: MatchOptions): Map<number, Match[]>;
