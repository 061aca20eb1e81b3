import type { Problem } from '../core/types.js';
import type { Mode } from '../report/types.js';
import type { RawFlags } from './flags.js';
import type { Result } from './result.js';
import { checkSetting } from './settings.js';
import type { SettingKey, Settings } from './settings.js';

/** What the flags and paths decide, checked. */
export interface FlagChoices {
  readonly mode: Mode;
  /** Settings given as flags; they override the config file. */
  readonly settings: Partial<Settings>;
  /** Paths, folders and globs (without `-`). */
  readonly paths: readonly string[];
  readonly readStdin: boolean;
}

/** The flags that carry a setting, and the setting each one sets. */
const SETTING_FLAGS: readonly (readonly [keyof RawFlags, SettingKey, string])[] = [
  ['unit', 'unit', '--unit'],
  ['threshold', 'threshold', '--threshold'],
  ['minLength', 'minLength', '--min-length'],
  ['locale', 'locale', '--locale'],
  ['parser', 'parser', '--parser'],
  ['scope', 'scope', '--scope'],
  ['boilerplateMinFiles', 'boilerplateMinFiles', '--boilerplate-min-files'],
  ['maxFileSize', 'maxFileSize', '--max-file-size'],
  ['format', 'format', '--format'],
];

function chooseMode(flags: RawFlags, readStdin: boolean, onlyStdin: boolean, dashGiven: boolean, problems: Problem[]): Mode {
  const modes: [string, Mode][] = [];
  if (flags.check === true) modes.push(['--check', 'check']);
  if (flags.listDifferent === true) modes.push(['--list-different', 'list']);
  if (flags.diff === true) modes.push(['--diff', 'diff']);
  if (flags.write === true || flags.fix === true) modes.push([flags.write === true ? '--write' : '--fix', 'write']);
  if (flags.outDir !== undefined) modes.push(['--out-dir', 'out-dir']);
  if (modes.length > 1) problems.push({ code: 'CONFLICTING_OPTIONS', options: modes.map(([name]) => name) });
  const mode = modes[0]?.[1] ?? 'check';
  if (flags.failOnChange === true && mode !== 'write' && mode !== 'out-dir') {
    problems.push({ code: 'OPTION_NEEDS', option: '--fail-on-change', needs: '--write or --out-dir' });
  }
  if (readStdin && (mode === 'write' || mode === 'out-dir')) {
    const flag = modes[0]?.[0] ?? '--write';
    // With no paths at all (`xargs` given none, a hook with no files) stdin was never asked for.
    if (dashGiven) problems.push({ code: 'CONFLICTING_OPTIONS', options: ['stdin (-)', flag] });
    else problems.push({ code: 'USAGE', message: `${flag} needs files, folders or globs to write: none were given (stdin is only filtered to stdout)` });
  }
  return onlyStdin && mode === 'check' ? 'filter' : mode;
}

/**
 * Checks the flags and paths before anything is read: exclusive modes, values of the setting
 * flags, and whether there is any input. Stdin is read for `-`, or with no paths when stdin
 * is not a terminal; a lone stdin in the default mode is a filter.
 */
export function checkFlags(flags: RawFlags, paths: readonly string[], stdinIsTTY: boolean): Result<FlagChoices> {
  const problems: Problem[] = [];
  const files = paths.filter((p) => p !== '-');
  // `--print-config <file>` names its file: no stdin to read then.
  const readStdin = paths.includes('-') || (paths.length === 0 && !stdinIsTTY && flags.printConfig === undefined);
  const mode = chooseMode(flags, readStdin, readStdin && files.length === 0, paths.includes('-'), problems);
  const settings: Record<string, unknown> = {};
  for (const [flag, key, name] of SETTING_FLAGS) {
    const raw = flags[flag];
    if (raw === undefined) continue;
    const checked = checkSetting(key, raw, true);
    if (checked.ok) settings[key] = checked.value;
    else problems.push({ code: 'BAD_VALUE', name, source: 'flag', value: String(raw), expected: checked.expected });
  }
  if (flags.followSymlinks === true) settings['followSymlinks'] = true;
  if (flags.removeBoilerplate === true) settings['removeBoilerplate'] = true;
  if (paths.length === 0 && stdinIsTTY && flags.printConfig === undefined) problems.push({ code: 'NO_INPUT' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { mode, settings: settings as Partial<Settings>, paths: files, readStdin } };
}
