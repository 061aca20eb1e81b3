/** Every setting that a config file may hold; most also have a flag. */
export interface Settings {
    readonly unit: 'paragraph' | 'sentence' | 'both';
    /** Near-duplicate Dice similarity, 0–1. */
    readonly threshold: number;
    /** Letters and digits below which a segment is not evidence. */
    readonly minLength: number;
    readonly locale: string;
    readonly parser: 'auto' | 'text' | 'markdown' | 'mdx';
    readonly scope: 'file' | 'files';
    /** With scope `files`: a paragraph or sentence in this many files (copies counted once) is boilerplate. */
    readonly boilerplateMinFiles: number;
    /** With scope `files`: remove the boilerplate from every file. */
    readonly removeBoilerplate: boolean;
    /** Extensions a folder expands to, lower case, without the dot. */
    readonly extensions: readonly string[];
    /** Gitignore-style patterns of files to leave alone. */
    readonly ignores: readonly string[];
    /** Bytes; larger files are skipped with a warning, 0 means no limit. */
    readonly maxFileSize: number;
    readonly followSymlinks: boolean;
    readonly format: 'stylish' | 'json' | 'sarif' | 'github';
}
/** The name of a setting (a config key). */
export type SettingKey = keyof Settings;
/** How a setting's value is checked. */
export type SettingKind = {
    readonly type: 'choice';
    readonly choices: readonly string[];
} | {
    readonly type: 'number';
    readonly min: number;
    readonly max: number;
    readonly integer: boolean;
} | {
    readonly type: 'locale';
} | {
    readonly type: 'boolean';
} | {
    readonly type: 'strings';
};
/** One setting: its kind, default and one-line description (shared by flags, config and schema). */
export interface SettingSpec {
    readonly kind: SettingKind;
    readonly default: Settings[SettingKey];
    readonly description: string;
}
/** The defaults of every setting. The engine's own defaults come from the core. */
export declare const DEFAULT_SETTINGS: Settings;
/** Every setting, declared once. */
export declare const SETTINGS: {
    readonly [K in SettingKey]: SettingSpec;
};
/** A checked value, or what was expected instead. */
export type Checked = {
    readonly ok: true;
    readonly value: unknown;
} | {
    readonly ok: false;
    readonly expected: string;
};
/**
 * Checks a setting's value. Values from flags arrive as strings and are converted first
 * (`"0.9"` → 0.9); values from a config file must already have the right JSON type.
 */
export declare function checkSetting(key: SettingKey, value: unknown, fromFlag: boolean): Checked;
/** Whether a config key names a setting. */
export declare function isSettingKey(key: string): key is SettingKey;
