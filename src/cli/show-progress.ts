/** What decides whether a progress bar is drawn. */
export interface ProgressInputs {
  /** `--progress` (true), `--no-progress` (false) or neither. */
  readonly flag: boolean | undefined;
  readonly quiet: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stderrIsTTY: boolean;
  readonly files: number;
}

/** Runs shorter than this many files finish before a bar would help. */
export const PROGRESS_MIN_FILES = 50;

/**
 * Whether to draw progress on stderr: never unless stderr is a terminal; never under CI or
 * pre-commit (which gives hooks a pty and captures what they draw), with TERM=dumb, --quiet or
 * --no-progress; then for runs of at least `PROGRESS_MIN_FILES` files, or any run with --progress.
 */
export function showProgress({ flag, quiet, env, stderrIsTTY, files }: ProgressInputs): boolean {
  if (flag === false || quiet || !stderrIsTTY) return false;
  const set = (name: string): boolean => (env[name] ?? '') !== '' && env[name] !== 'false';
  if (set('CI') || set('PRE_COMMIT') || env['TERM'] === 'dumb') return false;
  return flag === true || files >= PROGRESS_MIN_FILES;
}
