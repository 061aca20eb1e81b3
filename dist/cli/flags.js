import { SETTINGS } from './settings.js';
/** Every flag of the command line, in help order. */
export const FLAGS = [
    { flags: '-c, --check', help: 'report echoes, write nothing; exit 1 if any (the default)', group: 'Modes' },
    { flags: '-l, --list-different', help: 'print the paths of files that would change; exit 1 if any', group: 'Modes' },
    { flags: '--diff', help: 'print a unified diff (git apply takes it); exit 1 if any', group: 'Modes' },
    { flags: '-w, --write', help: 'rewrite files in place (atomically, only when changed)', group: 'Modes' },
    { flags: '--fix', help: 'the same as --write', group: 'Modes' },
    { flags: '--out-dir <dir>', help: 'write cleaned copies into <dir>, mirroring the tree', group: 'Modes' },
    { flags: '--fail-on-change', help: 'with --write or --out-dir: exit 1 if any file changed', group: 'Modes' },
    { flags: '--stdin-filepath <path>', help: 'name stdin, for the parser and the reports', group: 'Input' },
    { flags: '--ignore-path <file>', help: 'read ignore patterns from <file> instead of .gitignore and .unechoignore (repeatable)', group: 'Input', repeatable: true },
    { flags: '--ignore-pattern <pattern>', help: 'ignore files matching this gitignore-style pattern (repeatable)', group: 'Input', repeatable: true },
    { flags: '--no-ignore', help: 'use no ignore files or patterns', group: 'Input' },
    { flags: '--no-error-on-unmatched-pattern', help: 'a folder or glob that matches no file is not an error', group: 'Input' },
    { flags: '--follow-symlinks', help: 'process symbolic links through their real path', group: 'Input' },
    { flags: '--max-file-size <bytes>', help: 'skip larger files with a warning; 0: no limit', group: 'Input', setting: 'maxFileSize' },
    { flags: '-f, --format <name>', help: 'report format', group: 'Output', setting: 'format' },
    { flags: '-o, --output-file <path>', help: 'write the report (or list, or diff) to <path> instead of stdout', group: 'Output' },
    { flags: '--color', help: 'force colour', group: 'Output' },
    { flags: '--no-color', help: 'no colour (NO_COLOR and FORCE_COLOR are honoured too)', group: 'Output' },
    { flags: '--progress', help: 'show a progress bar on stderr even for short runs', group: 'Output' },
    { flags: '--no-progress', help: 'never show a progress bar', group: 'Output' },
    { flags: '-q, --quiet', help: 'print only errors on stderr: no warnings or summaries; when writing, no report', group: 'Output' },
    { flags: '--unit <unit>', help: 'which units may be removed (sentences are compared either way; with --scope files, paragraph keeps boilerplate to whole paragraphs)', group: 'Tuning', setting: 'unit' },
    { flags: '--threshold <0..1>', help: 'near-duplicate similarity (Dice)', group: 'Tuning', setting: 'threshold' },
    { flags: '--min-length <n>', help: 'shorter segments (letters and digits) are not evidence', group: 'Tuning', setting: 'minLength' },
    { flags: '--locale <tag>', help: 'BCP 47 locale of the sentence rules', group: 'Tuning', setting: 'locale' },
    { flags: '--parser <name>', help: 'input syntax; auto: markdown for .md/.markdown/.mdx', group: 'Tuning', setting: 'parser' },
    { flags: '--scope <scope>', help: 'echoes within each file; files: also boilerplate and duplicate documents across inputs', group: 'Tuning', setting: 'scope' },
    { flags: '--boilerplate-min-files <n>', help: 'with --scope files: text in this many files is boilerplate', group: 'Tuning', setting: 'boilerplateMinFiles' },
    { flags: '--remove-boilerplate', help: 'with --scope files: remove the boilerplate from every file', group: 'Tuning' },
    { flags: '--config <path>', help: 'use this config file instead of looking for one', group: 'Config' },
    { flags: '--no-config', help: 'use no config file', group: 'Config' },
    { flags: '--print-config <file>', help: 'print the options that apply to <file> and exit', group: 'Config' },
];
/** The help line of a flag, with the choices and default of its setting. */
export function flagHelp(spec) {
    if (spec.setting === undefined)
        return spec.help;
    const setting = SETTINGS[spec.setting];
    const choices = setting.kind.type === 'choice' ? `${setting.kind.choices.join('|')}; ` : '';
    return `${spec.help} (${choices}default: ${String(setting.default)})`;
}
