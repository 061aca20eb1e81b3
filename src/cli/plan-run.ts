import type { Problem } from '../core/types.js';
import { findRepoRoot } from '../io/find-repo-root.js';
import { loadConfig } from '../io/load-config.js';
import type { Io } from '../io/types.js';
import { checkConfig } from './check-config.js';
import type { CheckedConfig } from './check-config.js';
import { checkFlags } from './check-flags.js';
import type { FlagChoices } from './check-flags.js';
import type { RawFlags } from './flags.js';
import { usageText } from './parse-argv.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { Settings } from './settings.js';
import { version } from './version.js';
import { writeProblems } from './write-problems.js';

/** Everything decided before any input is read. */
export interface Plan {
  readonly flags: RawFlags;
  readonly choices: FlagChoices;
  readonly settings: Settings;
  readonly config: CheckedConfig;
  readonly repoRoot: string | undefined;
}

/** Flags given that would change nothing in this run. */
function idleFlags(flags: RawFlags, choices: FlagChoices, settings: Settings): Problem[] {
  const problems: Problem[] = [];
  if (flags.boilerplateMinFiles !== undefined && settings.scope !== 'files') problems.push({ code: 'OPTION_NEEDS', option: '--boilerplate-min-files', needs: '--scope files' });
  if (flags.format !== undefined && (choices.mode === 'diff' || choices.mode === 'list')) {
    problems.push({ code: 'CONFLICTING_OPTIONS', options: ['--format', choices.mode === 'diff' ? '--diff' : '--list-different'] });
  }
  if (flags.stdinFilepath !== undefined && !choices.readStdin) problems.push({ code: 'OPTION_NEEDS', option: '--stdin-filepath', needs: 'stdin to read (- or no paths)' });
  return problems;
}

/** Checks flags and config; problems are all written, and mean exit 2 before any input is read. */
export async function planRun(io: Io, flags: RawFlags, paths: readonly string[]): Promise<Plan | number> {
  const checked = checkFlags(flags, paths, io.stdin.isTTY);
  const repoRoot = await findRepoRoot(io.fs, io.cwd);
  const loaded = flags.config === false ? { ok: true as const, config: undefined } : await loadConfig(io.fs, io.cwd, repoRoot, flags.config);
  const config = loaded.ok ? checkConfig(loaded.config) : loaded;
  const problems = [...(checked.ok ? [] : checked.problems), ...(config.ok ? [] : config.problems)];
  if (checked.ok && config.ok) {
    const settings = { ...DEFAULT_SETTINGS, ...config.value.settings, ...checked.value.settings };
    if (settings.removeBoilerplate && settings.scope !== 'files') problems.push({ code: 'OPTION_NEEDS', option: '--remove-boilerplate', needs: '--scope files' });
    // Flags that would do nothing are said to, not passed over (`--print-config` shows them).
    if (flags.printConfig === undefined) problems.push(...idleFlags(flags, checked.value, settings));
    if (problems.length === 0) return { flags, choices: checked.value, settings, config: config.value, repoRoot };
  }
  if (problems.some((problem) => problem.code === 'NO_INPUT')) io.stderr.write(usageText(version()));
  await writeProblems(io, problems, flags);
  return 2;
}
