import type { Change, MatchKind, Unit } from '../core/types.js';

/** The stable id of each kind of echo; SARIF and JSON consumers key on these, so never rename one. */
export type RuleId =
  | 'duplicate-paragraph'
  | 'near-duplicate-paragraph'
  | 'contained-paragraph'
  | 'duplicate-sentence'
  | 'near-duplicate-sentence'
  | 'contained-sentence'
  | 'boilerplate'
  | 'duplicate-document';

/** Every rule with a one-line description, in a fixed order (SARIF `ruleIndex` counts in it). */
export const RULES: readonly { readonly id: RuleId; readonly description: string }[] = [
  { id: 'duplicate-paragraph', description: 'A paragraph repeats another paragraph exactly.' },
  { id: 'near-duplicate-paragraph', description: 'A paragraph nearly repeats another paragraph.' },
  { id: 'contained-paragraph', description: 'A paragraph only repeats text that stands elsewhere.' },
  { id: 'duplicate-sentence', description: 'A sentence repeats another sentence exactly.' },
  { id: 'near-duplicate-sentence', description: 'A sentence nearly repeats another sentence.' },
  { id: 'contained-sentence', description: 'A sentence only repeats text that stands elsewhere.' },
  { id: 'boilerplate', description: 'A paragraph or sentence stands in many files (with --scope files).' },
  { id: 'duplicate-document', description: 'A file is a near-duplicate of another file (with --scope files).' },
];

const PREFIX: Record<MatchKind, string> = { exact: 'duplicate', near: 'near-duplicate', contained: 'contained' };

/** The rule id of an echo within a file (never `boilerplate` or `duplicate-document`). */
export type ChangeRuleId = Exclude<RuleId, 'boilerplate' | 'duplicate-document'>;

/** The rule id of a change, from its kind and unit. */
export function ruleId(change: { readonly kind: MatchKind; readonly unit: Unit }): ChangeRuleId {
  return `${PREFIX[change.kind]}-${change.unit}` as ChangeRuleId;
}

/** The words for a change: `exact paragraph echo`, `near sentence echo`, … */
export function describeChange(change: Change): string {
  return `${change.kind} ${change.unit} echo`;
}
