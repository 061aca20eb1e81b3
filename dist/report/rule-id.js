/** Every rule with a one-line description, in a fixed order (SARIF `ruleIndex` counts in it). */
export const RULES = [
    { id: 'duplicate-paragraph', description: 'A paragraph repeats another paragraph exactly.' },
    { id: 'near-duplicate-paragraph', description: 'A paragraph nearly repeats another paragraph.' },
    { id: 'contained-paragraph', description: 'A paragraph only repeats text that stands elsewhere.' },
    { id: 'duplicate-sentence', description: 'A sentence repeats another sentence exactly.' },
    { id: 'near-duplicate-sentence', description: 'A sentence nearly repeats another sentence.' },
    { id: 'contained-sentence', description: 'A sentence only repeats text that stands elsewhere.' },
    { id: 'boilerplate', description: 'A paragraph or sentence stands in many files (with --scope files).' },
    { id: 'duplicate-document', description: 'A file is a near-duplicate of another file (with --scope files).' },
];
const PREFIX = { exact: 'duplicate', near: 'near-duplicate', contained: 'contained' };
/** The rule id of a change, from its kind and unit. */
export function ruleId(change) {
    return `${PREFIX[change.kind]}-${change.unit}`;
}
/** The words for a change: `exact paragraph echo`, `near sentence echo`, … */
export function describeChange(change) {
    return `${change.kind} ${change.unit} echo`;
}
