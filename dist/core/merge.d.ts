import type { EchoRule, Match, Unit } from './types.js';
import type { DocumentModel, Segment } from './document.js';
/** One echo the plan removes, with the twin it keeps. */
export interface Decision {
    readonly echo: Segment;
    /** The match reported: where the echo's twin stays. */
    readonly match: Match;
    readonly unit: Unit;
    readonly rule: EchoRule;
    /**
     * Every match the removal rests on: the echo's own, or one per sentence of a block whose
     * sentences all stand elsewhere. Each twin must stay in the text.
     */
    readonly supports: readonly Match[];
}
/** What to remove: whole blocks, and sentences cut out of blocks that stay. */
export interface Plan {
    readonly removedBlocks: ReadonlySet<number>;
    /** Block index → indices of its sentences to cut. */
    readonly cutSentences: ReadonlyMap<number, ReadonlySet<number>>;
    readonly decisions: readonly Decision[];
}
/** Tuning of the planner. */
export interface PlanOptions {
    readonly unit: 'paragraph' | 'sentence' | 'both';
    /** Never remove a one-sentence first block for lying inside a later one (scrapes open with the title). */
    readonly protectTitle: boolean;
}
/** Plans which echoes go, from the matches of `findMatches`. */
export declare function plan(doc: DocumentModel, matches: ReadonlyMap<number, readonly Match[]>, options: PlanOptions): Plan;
