import path from 'node:path';

/** Gitignore-style patterns and the directory they are relative to. */
export interface IgnoreSource {
  /** Absolute directory the patterns are relative to (the ignore file's folder, or cwd). */
  readonly base: string;
  /** The patterns, one per line as in a `.gitignore`. */
  readonly patterns: string;
}

/** Decides whether a path is ignored. */
export interface IgnoreRules {
  /**
   * @param absolute absolute path of the file or folder
   * @param isDirectory folders also match patterns with a trailing slash
   */
  ignores(absolute: string, isDirectory: boolean): boolean;
}

/** Rules that ignore nothing (`--no-ignore`). */
export const NO_IGNORE: IgnoreRules = { ignores: () => false };

/**
 * Builds ignore rules from gitignore-style sources. Each source matches paths relative to its
 * own base, so absolute paths (what lint-staged passes) match just as relative ones do.
 */
export async function ignoreRules(sources: readonly IgnoreSource[]): Promise<IgnoreRules> {
  if (sources.length === 0) return NO_IGNORE;
  // Loaded only when there are patterns: it costs a noticeable part of startup.
  const { default: ignore } = await import('ignore');
  const matchers = sources.map((source) => ({ base: source.base, matcher: ignore().add(source.patterns) }));
  return {
    ignores(absolute, isDirectory) {
      return matchers.some(({ base, matcher }) => {
        const relative = path.relative(base, absolute);
        if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
        const posix = relative.split(path.sep).join('/');
        return matcher.ignores(isDirectory ? `${posix}/` : posix);
      });
    },
  };
}
