import type { SettingKey } from './settings.js';
/** The headings flags are grouped under in `--help`. */
export type FlagGroup = 'Modes' | 'Input' | 'Output' | 'Tuning' | 'Config';
/** One flag, declared once: its commander syntax, help, group and, if any, the setting it sets. */
export interface FlagSpec {
    /** Commander syntax: `-f, --format <name>`, `--no-color`. */
    readonly flags: string;
    readonly help: string;
    readonly group: FlagGroup;
    /** The setting whose kind checks the value and whose default the help shows. */
    readonly setting?: SettingKey;
    /** May be given more than once; the values collect into an array. */
    readonly repeatable?: boolean;
}
/** Every flag of the command line, in help order. */
export declare const FLAGS: readonly FlagSpec[];
/** The help line of a flag, with the choices and default of its setting. */
export declare function flagHelp(spec: FlagSpec): string;
/** The flags as commander hands them over (all values raw: checked later, all at once). */
export interface RawFlags {
    readonly check?: boolean;
    readonly listDifferent?: boolean;
    readonly diff?: boolean;
    readonly write?: boolean;
    readonly fix?: boolean;
    readonly outDir?: string;
    readonly failOnChange?: boolean;
    readonly stdinFilepath?: string;
    readonly ignorePath?: readonly string[];
    readonly ignorePattern?: readonly string[];
    readonly ignore: boolean;
    readonly errorOnUnmatchedPattern: boolean;
    readonly followSymlinks?: boolean;
    readonly maxFileSize?: string;
    readonly format?: string;
    readonly outputFile?: string;
    readonly color?: boolean;
    readonly progress?: boolean;
    readonly quiet?: boolean;
    readonly unit?: string;
    readonly threshold?: string;
    readonly minLength?: string;
    readonly locale?: string;
    readonly parser?: string;
    readonly scope?: string;
    readonly boilerplateMinFiles?: string;
    readonly removeBoilerplate?: boolean;
    /** A path, or false for `--no-config`. */
    readonly config?: string | false;
    readonly printConfig?: string;
}
