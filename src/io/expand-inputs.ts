import path from 'node:path';
import { errnoOf } from './errno.js';
import { ignoreRules } from './ignore-rules.js';
import type { IgnoreRules } from './ignore-rules.js';
import { readIgnoreFiles } from './load-ignore-files.js';
import { relativePath } from './relative-path.js';
import type { Io } from './types.js';
import type { Problem } from '../core/types.js';

/** Folder names never entered when expanding folders and globs. */
export const PRUNED_FOLDERS: readonly string[] = ['.git', '.hg', '.svn', 'node_modules'];

/** A file to process. */
export interface InputFile {
  /** Relative POSIX path from cwd. */
  readonly path: string;
  readonly absolute: string;
}

/** How to expand the inputs. */
export interface ExpandOptions {
  /** Extensions a folder expands to, lower case, without the dot. */
  readonly extensions: readonly string[];
  readonly followSymlinks: boolean;
  readonly ignore: IgnoreRules;
  /** Absolute folders never entered and files never taken (the `--out-dir`, the `-o` report). */
  readonly exclude: readonly string[];
  /** Report patterns and folders that match no file. */
  readonly errorOnUnmatched: boolean;
  /**
   * Ignore files read in every folder below cwd that holds inputs (`.gitignore`,
   * `.unechoignore`), each adding ignores for its own subtree; none with `--ignore-path` or
   * `--no-ignore`. Those of cwd and the folders above it are in `ignore` already.
   */
  readonly nestedIgnoreFiles?: readonly string[];
}

/** The expanded inputs: files sorted by path, without repeats, and the problems met. */
export interface ExpandedInputs {
  readonly files: readonly InputFile[];
  readonly problems: readonly Problem[];
}

/** Glob syntax fast-glob would act on; a literal path that exists always wins over it. */
const GLOB_SYNTAX = /[*?[\]{}]|[@!+]\(/;

interface Walk {
  readonly io: Io;
  readonly options: ExpandOptions;
  readonly found: Map<string, InputFile>;
  readonly problems: Problem[];
  readonly visited: Set<string>;
  /** The rules in force in each folder met (see `rulesIn`), shared by all inputs. */
  readonly rules: Map<string, Promise<IgnoreRules>>;
  ignored: number;
  /** Whether the input was a folder (for what to call one that yields nothing). */
  folder: boolean;
}

/**
 * The ignore rules in force in a folder: those of cwd and above, plus the nested ignore files of
 * every folder from cwd down to it (see `ExpandOptions.nestedIgnoreFiles`).
 */
function rulesIn(walk: Walk, folder: string): Promise<IgnoreRules> {
  const { io, options } = walk;
  const names = options.nestedIgnoreFiles ?? [];
  const relative = path.relative(io.cwd, folder);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (names.length === 0 || relative === '' || outside) return Promise.resolve(options.ignore);
  let rules = walk.rules.get(folder);
  if (rules === undefined) {
    rules = rulesIn(walk, path.dirname(folder)).then(async (outer) => {
      const sources = await readIgnoreFiles(io.fs, folder, names);
      return sources.length === 0 ? outer : withMore(outer, await ignoreRules(sources));
    });
    walk.rules.set(folder, rules);
  }
  return rules;
}

/** Rules that ignore what either set ignores. */
function withMore(outer: IgnoreRules, inner: IgnoreRules): IgnoreRules {
  return { ignores: (absolute, isDirectory) => outer.ignores(absolute, isDirectory) || inner.ignores(absolute, isDirectory) };
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && extensions.includes(name.slice(dot + 1).toLowerCase());
}

function add(walk: Walk, absolute: string): void {
  walk.found.set(absolute, { path: relativePath(walk.io.cwd, absolute), absolute });
}

/** Whether the real folder a link points to is `folder` or one of the folders above it. */
async function holdsFolder(io: Io, link: string, folder: string): Promise<boolean> {
  const [target, here] = await Promise.all([io.fs.realPath(link), io.fs.realPath(folder)]).catch(() => [link, folder]);
  return here === target || here.startsWith(target.endsWith(path.sep) ? target : target + path.sep);
}

async function walkFolder(walk: Walk, folder: string): Promise<void> {
  const { io, options } = walk;
  const ignore = await rulesIn(walk, folder);
  if (options.followSymlinks) {
    // Followed links can loop; enter each real folder once.
    const real = await io.fs.realPath(folder).catch(() => folder);
    if (walk.visited.has(real)) return;
    walk.visited.add(real);
  }
  let entries;
  try {
    entries = await io.fs.readDir(folder);
  } catch (error) {
    walk.problems.push({ code: 'UNREADABLE_DIRECTORY', path: relativePath(io.cwd, folder), errno: errnoOf(error) });
    return;
  }
  for (const entry of entries) {
    // Hidden entries are left out, as fast-glob's `dot: false` does for globs.
    if (entry.name.startsWith('.') || PRUNED_FOLDERS.includes(entry.name)) continue;
    const absolute = path.join(folder, entry.name);
    let isDirectory = entry.isDirectory;
    let isFile = entry.isFile;
    if (entry.isSymbolicLink) {
      if (!options.followSymlinks) continue;
      try {
        const target = await io.fs.stat(absolute);
        isDirectory = target.isDirectory;
        isFile = target.isFile;
      } catch {
        continue; // a dangling link has nothing to clean
      }
      // A link to a folder that holds this one (`loop -> ..`) is a cycle: followed, it would
      // walk the whole tree above the input.
      if (isDirectory && (await holdsFolder(io, absolute, folder))) continue;
    }
    if (isDirectory) {
      if (options.exclude.includes(absolute)) continue;
      if (ignore.ignores(absolute, true)) {
        walk.ignored += 1;
        continue;
      }
      await walkFolder(walk, absolute);
    } else if (isFile && hasExtension(entry.name, options.extensions)) {
      if (options.exclude.includes(absolute)) continue;
      if (ignore.ignores(absolute, false)) walk.ignored += 1;
      else add(walk, absolute);
    }
  }
}

async function expandGlob(walk: Walk, pattern: string): Promise<void> {
  const { io, options } = walk;
  const matches = await io.glob(pattern, {
    cwd: io.cwd,
    followSymlinks: options.followSymlinks,
    prune: PRUNED_FOLDERS,
  });
  for (const absolute of matches) {
    const inExcluded = options.exclude.some((excluded) => absolute === excluded || absolute.startsWith(excluded + path.sep));
    if (inExcluded) continue;
    if ((await rulesIn(walk, path.dirname(absolute))).ignores(absolute, false)) walk.ignored += 1;
    else add(walk, absolute);
  }
}

async function expandOne(walk: Walk, input: string): Promise<void> {
  const { io, options } = walk;
  const absolute = path.resolve(io.cwd, input);
  let stat;
  try {
    stat = await io.fs.lstat(absolute);
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'ENOENT' && GLOB_SYNTAX.test(input)) return expandGlob(walk, input);
    walk.problems.push(
      errno === 'ENOENT' || errno === 'ENOTDIR'
        ? { code: 'FILE_NOT_FOUND', path: relativePath(io.cwd, absolute) }
        : { code: 'UNREADABLE_FILE', path: relativePath(io.cwd, absolute), errno },
    );
    return;
  }
  if (stat.isSymbolicLink) {
    if (!options.followSymlinks) {
      walk.problems.push({ code: 'SYMLINK_SKIPPED', path: relativePath(io.cwd, absolute) });
      return;
    }
    try {
      stat = await io.fs.stat(absolute);
    } catch {
      walk.problems.push({ code: 'FILE_NOT_FOUND', path: relativePath(io.cwd, absolute) });
      return;
    }
  }
  if (stat.isDirectory) {
    walk.folder = true;
    return walkFolder(walk, absolute);
  }
  // A file named outright is taken whatever its extension; the user asked for it.
  if ((await rulesIn(walk, path.dirname(absolute))).ignores(absolute, false)) walk.ignored += 1;
  else add(walk, absolute);
}

/**
 * Expands paths, folders and globs into the sorted list of files to process. Each argument is
 * tried as a literal path first, then as a glob. Folders expand to files with the configured
 * extensions, skipping hidden entries, `node_modules` and VCS folders, ignored folders (pruned
 * while walking) and links unless followed. A folder or glob that yields nothing, and was not
 * emptied by ignore rules, is a `NO_MATCHING_FILES` problem.
 * @param inputs arguments as typed, relative to `io.cwd` or absolute
 */
export async function expandInputs(io: Io, inputs: readonly string[], options: ExpandOptions): Promise<ExpandedInputs> {
  const found = new Map<string, InputFile>();
  const problems: Problem[] = [];
  const rules = new Map<string, Promise<IgnoreRules>>();
  for (const input of inputs) {
    const walk: Walk = { io, options, found: new Map(), problems, visited: new Set(), rules, ignored: 0, folder: false };
    const before = problems.length;
    await expandOne(walk, input);
    const failed = problems.length > before;
    if (walk.found.size === 0 && walk.ignored === 0 && !failed && options.errorOnUnmatched) {
      problems.push({ code: 'NO_MATCHING_FILES', pattern: input, ...(walk.folder ? { folder: true as const } : {}) });
    }
    for (const [key, file] of walk.found) found.set(key, file);
  }
  let files = [...found.values()];
  if (options.followSymlinks) files = await uniqueByRealPath(io, files);
  // Code-unit order, not locale order: the same inputs give the same run everywhere.
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

async function uniqueByRealPath(io: Io, files: readonly InputFile[]): Promise<InputFile[]> {
  const seen = new Set<string>();
  const unique: InputFile[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const real = await io.fs.realPath(file.absolute).catch(() => file.absolute);
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push(file);
  }
  return unique;
}
