import { DEFAULT_ANALYZE_OPTIONS } from '../core/analyze-options.js';
import { DEFAULT_OPTIONS } from '../core/options.js';
/** The defaults of every setting. The engine's own defaults come from the core. */
export const DEFAULT_SETTINGS = Object.freeze({
    unit: DEFAULT_OPTIONS.unit,
    threshold: DEFAULT_OPTIONS.threshold,
    minLength: DEFAULT_OPTIONS.minLength,
    locale: DEFAULT_OPTIONS.locale,
    parser: 'auto',
    scope: 'file',
    boilerplateMinFiles: DEFAULT_ANALYZE_OPTIONS.minFiles,
    removeBoilerplate: false,
    extensions: Object.freeze(['txt', 'text', 'md', 'markdown', 'mdx']),
    ignores: Object.freeze([]),
    maxFileSize: 5 * 1024 * 1024,
    followSymlinks: false,
    format: 'stylish',
});
/** Every setting, declared once. */
export const SETTINGS = {
    unit: { kind: { type: 'choice', choices: ['paragraph', 'sentence', 'both'] }, default: DEFAULT_SETTINGS.unit, description: 'which units may be removed (sentences are compared either way)' },
    threshold: { kind: { type: 'number', min: 0, max: 1, integer: false }, default: DEFAULT_SETTINGS.threshold, description: 'near-duplicate Dice similarity, 0 to 1' },
    minLength: { kind: { type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }, default: DEFAULT_SETTINGS.minLength, description: 'shorter segments (letters and digits) are not evidence' },
    locale: { kind: { type: 'locale' }, default: DEFAULT_SETTINGS.locale, description: 'BCP 47 locale of the sentence rules' },
    parser: { kind: { type: 'choice', choices: ['auto', 'text', 'markdown', 'mdx'] }, default: DEFAULT_SETTINGS.parser, description: 'input syntax; auto: markdown for .md/.markdown, mdx for .mdx, text otherwise' },
    scope: { kind: { type: 'choice', choices: ['file', 'files'] }, default: DEFAULT_SETTINGS.scope, description: 'echoes within each file, or also across all inputs (files: boilerplate and duplicate documents)' },
    boilerplateMinFiles: { kind: { type: 'number', min: 2, max: Number.MAX_SAFE_INTEGER, integer: true }, default: DEFAULT_SETTINGS.boilerplateMinFiles, description: 'with scope files: text found in this many files is boilerplate' },
    removeBoilerplate: { kind: { type: 'boolean' }, default: DEFAULT_SETTINGS.removeBoilerplate, description: 'with scope files: remove the boilerplate from every file' },
    extensions: { kind: { type: 'strings' }, default: DEFAULT_SETTINGS.extensions, description: 'extensions a folder expands to' },
    ignores: { kind: { type: 'strings' }, default: DEFAULT_SETTINGS.ignores, description: 'gitignore-style patterns of files to leave alone' },
    maxFileSize: { kind: { type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }, default: DEFAULT_SETTINGS.maxFileSize, description: 'skip larger files (bytes; 0: no limit)' },
    followSymlinks: { kind: { type: 'boolean' }, default: DEFAULT_SETTINGS.followSymlinks, description: 'process symbolic links through their real path' },
    format: { kind: { type: 'choice', choices: ['stylish', 'json', 'sarif', 'github'] }, default: DEFAULT_SETTINGS.format, description: 'report format' },
};
function expectedText(kind) {
    switch (kind.type) {
        case 'choice':
            return `one of ${kind.choices.join(', ')}`;
        case 'number':
            return kind.max === Number.MAX_SAFE_INTEGER
                ? `${kind.integer ? 'an integer' : 'a number'} of at least ${kind.min}`
                : `${kind.integer ? 'an integer' : 'a number'} from ${kind.min} to ${kind.max}`;
        case 'locale':
            return 'a BCP 47 locale such as en or de-CH';
        case 'boolean':
            return 'true or false';
        case 'strings':
            return 'an array of strings';
    }
}
/**
 * Checks a setting's value. Values from flags arrive as strings and are converted first
 * (`"0.9"` → 0.9); values from a config file must already have the right JSON type.
 */
export function checkSetting(key, value, fromFlag) {
    const kind = SETTINGS[key].kind;
    const fail = { ok: false, expected: expectedText(kind) };
    switch (kind.type) {
        case 'choice':
            return typeof value === 'string' && kind.choices.includes(value) ? { ok: true, value } : fail;
        case 'number': {
            const number = fromFlag && typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
            if (typeof number !== 'number' || !Number.isFinite(number))
                return fail;
            if (number < kind.min || number > kind.max || (kind.integer && !Number.isInteger(number)))
                return fail;
            return { ok: true, value: number };
        }
        case 'locale':
            if (typeof value !== 'string' || value === '')
                return fail;
            try {
                Intl.getCanonicalLocales(value);
                return { ok: true, value };
            }
            catch {
                return fail;
            }
        case 'boolean':
            return typeof value === 'boolean' ? { ok: true, value } : fail;
        case 'strings':
            return Array.isArray(value) && value.every((item) => typeof item === 'string') ? { ok: true, value } : fail;
    }
}
/** Whether a config key names a setting. */
export function isSettingKey(key) {
    return Object.hasOwn(SETTINGS, key);
}
