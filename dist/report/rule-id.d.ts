import type { Change, MatchKind, Unit } from '../core/types.js';
/** The stable id of each kind of echo; SARIF and JSON consumers key on these, so never rename one. */
export type RuleId = 'duplicate-paragraph' | 'near-duplicate-paragraph' | 'contained-paragraph' | 'duplicate-sentence' | 'near-duplicate-sentence' | 'contained-sentence' | 'boilerplate' | 'duplicate-document';
/** Every rule with a one-line description, in a fixed order (SARIF `ruleIndex` counts in it). */
export declare const RULES: readonly {
    readonly id: RuleId;
    readonly description: string;
}[];
/** The rule id of an echo within a file (never `boilerplate` or `duplicate-document`). */
export type ChangeRuleId = Exclude<RuleId, 'boilerplate' | 'duplicate-document'>;
/** The rule id of a change, from its kind and unit. */
export declare function ruleId(change: {
    readonly kind: MatchKind;
    readonly unit: Unit;
}): ChangeRuleId;
/** The words for a change: `exact paragraph echo`, `near sentence echo`, … */
export declare function describeChange(change: Change): string;
