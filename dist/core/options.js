/** The defaults of every engine option. */
export const DEFAULT_OPTIONS = Object.freeze({
    unit: 'both',
    threshold: 0.8,
    minLength: 20,
    locale: 'en',
    parser: 'text',
});
/** Fills in defaults for the options a caller left out. */
export function resolveOptions(partial = {}) {
    const defined = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
    return Object.freeze({ ...DEFAULT_OPTIONS, ...defined });
}
