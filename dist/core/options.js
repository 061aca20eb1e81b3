/** The defaults of every engine option. */
export const DEFAULT_OPTIONS = Object.freeze({
    unit: 'both',
    threshold: 0.8,
    minLength: 20,
    locale: 'en',
    parser: 'text',
});
/** Options this module made: passed on from stage to stage, they are not resolved again. */
const resolved = new WeakSet();
/** Fills in defaults for the options a caller left out. */
export function resolveOptions(partial = {}) {
    if (resolved.has(partial))
        return partial;
    const options = { ...DEFAULT_OPTIONS };
    for (const [key, value] of Object.entries(partial))
        if (value !== undefined)
            options[key] = value;
    const frozen = Object.freeze(options);
    resolved.add(frozen);
    return frozen;
}
/** Whether the options ask only for whole paragraphs repeated word for word (the fast path). */
export function isExactOnly(options) {
    return options.threshold >= 1 && options.unit === 'paragraph';
}
