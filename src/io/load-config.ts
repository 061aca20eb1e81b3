import path from 'node:path';
import { errnoOf } from './errno.js';
import { foldersUpTo } from './find-repo-root.js';
import { relativePath } from './relative-path.js';
import type { FileSystem } from './types.js';
import type { RunProblem } from '../core/types.js';

/** The config file names looked for in each folder, in order; `package.json` counts only with an `"unecho"` key. */
export const CONFIG_FILES: readonly string[] = ['.unechorc.json', '.unechorc', 'package.json'];

/** A config as read: its raw value (validated later) and where it came from. */
export interface RawConfig {
  /** Relative POSIX path of the file, for messages. */
  readonly source: string;
  /** Absolute folder of the file; relative patterns in it count from here. */
  readonly folder: string;
  readonly data: unknown;
}

/** The found config, none, or why it could not be read. */
export type LoadedConfig =
  | { readonly ok: true; readonly config: RawConfig | undefined }
  | { readonly ok: false; readonly problems: readonly RunProblem[] };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

async function parseConfig(absolute: string, text: string, cwd: string): Promise<LoadedConfig | { ok: true; data: unknown }> {
  // Loaded only when a config file exists.
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const source = relativePath(cwd, absolute);
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((error) => ({
        code: 'CONFIG_SYNTAX',
        source,
        ...lineAndColumn(text, error.offset),
        message: printParseErrorCode(error.error),
      })),
    };
  }
  return { ok: true, data };
}

async function readConfigFile(fs: FileSystem, absolute: string, cwd: string, required: boolean): Promise<LoadedConfig> {
  let text: string;
  try {
    text = new TextDecoder().decode(await fs.readFile(absolute));
  } catch (error) {
    const errno = errnoOf(error);
    if (!required && (errno === 'ENOENT' || errno === 'ENOTDIR')) return { ok: true, config: undefined };
    return { ok: false, problems: [{ code: 'CONFIG_UNREADABLE', source: relativePath(cwd, absolute), errno }] };
  }
  const parsed = await parseConfig(absolute, text, cwd);
  if (!parsed.ok) return parsed;
  if (!('data' in parsed)) return parsed;
  let data = parsed.data;
  if (path.basename(absolute) === 'package.json') {
    const hasKey = typeof data === 'object' && data !== null && 'unecho' in data;
    if (!hasKey) return { ok: true, config: required ? { source: relativePath(cwd, absolute), folder: path.dirname(absolute), data: {} } : undefined };
    data = (data as { unecho: unknown }).unecho;
  }
  return { ok: true, config: { source: relativePath(cwd, absolute), folder: path.dirname(absolute), data } };
}

/**
 * Finds and reads the config: `explicit` (`--config`) if given, else the first of
 * `CONFIG_FILES` in cwd and each folder above it up to the repository root. Comments and
 * trailing commas are allowed; syntax errors are problems with line and column.
 */
export async function loadConfig(fs: FileSystem, cwd: string, repoRoot: string | undefined, explicit: string | undefined): Promise<LoadedConfig> {
  if (explicit !== undefined) return readConfigFile(fs, path.resolve(cwd, explicit), cwd, true);
  for (const folder of foldersUpTo(cwd, repoRoot)) {
    for (const name of CONFIG_FILES) {
      const loaded = await readConfigFile(fs, path.join(folder, name), cwd, false);
      if (!loaded.ok || loaded.config !== undefined) return loaded;
    }
  }
  return { ok: true, config: undefined };
}
