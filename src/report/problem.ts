/**
 * Expected trouble, as values. A problem is keyed by a stable `code` and carries the
 * structured facts; `formatProblem` writes the sentence users see.
 */

/** A problem with one file or folder (paths are relative POSIX, or `<stdin>`). */
export type FileProblem =
  | { readonly code: 'FILE_NOT_FOUND'; readonly path: string }
  | { readonly code: 'FILE_VANISHED'; readonly path: string }
  | { readonly code: 'UNREADABLE_FILE'; readonly path: string; readonly errno: string }
  | { readonly code: 'UNREADABLE_DIRECTORY'; readonly path: string; readonly errno: string }
  | { readonly code: 'UNWRITABLE_FILE'; readonly path: string; readonly errno: string }
  | { readonly code: 'READ_ONLY_FILE'; readonly path: string }
  | { readonly code: 'UNWRITABLE_OUTPUT'; readonly path: string; readonly errno: string }
  | { readonly code: 'BINARY_FILE'; readonly path: string }
  | { readonly code: 'INVALID_UTF8'; readonly path: string }
  | { readonly code: 'UNSUPPORTED_ENCODING'; readonly path: string; readonly encoding: string }
  | { readonly code: 'FILE_TOO_LARGE'; readonly path: string; readonly size: number; readonly limit: number }
  | { readonly code: 'SYMLINK_SKIPPED'; readonly path: string }
  | { readonly code: 'NOT_A_FILE'; readonly path: string }
  | { readonly code: 'OUTSIDE_WORKING_DIRECTORY'; readonly path: string };

/** A problem with the run as a whole: arguments, configuration, patterns. */
export type RunProblem =
  | { readonly code: 'NO_MATCHING_FILES'; readonly pattern: string }
  | { readonly code: 'NO_INPUT' }
  | { readonly code: 'USAGE'; readonly message: string }
  | { readonly code: 'CONFLICTING_OPTIONS'; readonly options: readonly string[] }
  | { readonly code: 'OPTION_NEEDS'; readonly option: string; readonly needs: string }
  | {
      readonly code: 'BAD_VALUE';
      /** `--threshold` for a flag, `threshold` for a config key. */
      readonly name: string;
      /** Where the value came from: `flag` or the config file's path. */
      readonly source: string;
      readonly value: string;
      readonly expected: string;
    }
  | { readonly code: 'UNKNOWN_CONFIG_KEY'; readonly key: string; readonly source: string }
  | { readonly code: 'CONFIG_SYNTAX'; readonly source: string; readonly line: number; readonly column: number; readonly message: string }
  | { readonly code: 'CONFIG_UNREADABLE'; readonly source: string; readonly errno: string }
  | { readonly code: 'NOT_IMPLEMENTED'; readonly feature: string }
  | { readonly code: 'INTERNAL_ERROR'; readonly message: string; readonly version: string };

/** Any problem. */
export type Problem = FileProblem | RunProblem;

/** How bad a problem is: warnings skip a file and keep exit 0; errors make the run exit 2. */
export type Severity = 'warning' | 'error';

const WARNINGS: ReadonlySet<Problem['code']> = new Set([
  'BINARY_FILE',
  'INVALID_UTF8',
  'UNSUPPORTED_ENCODING',
  'FILE_TOO_LARGE',
  'SYMLINK_SKIPPED',
  'NOT_A_FILE',
]);

/** The severity of a problem. */
export function severityOf(problem: Problem): Severity {
  return WARNINGS.has(problem.code) ? 'warning' : 'error';
}

/** The file or folder a problem names, if any. */
export function problemPath(problem: Problem): string | undefined {
  return 'path' in problem ? problem.path : undefined;
}
