import path from 'node:path';
import { errnoOf } from './errno.js';
import { foldersUpTo } from './find-repo-root.js';
import { relativePath } from './relative-path.js';
/** The config file names looked for in each folder, in order; `package.json` counts only with an `"unecho"` key. */
export const CONFIG_FILES = ['.unechorc.json', '.unechorc', 'package.json'];
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n') };
}
async function parseConfig(absolute, text, cwd) {
    // Loaded only when a config file exists.
    const { parse, printParseErrorCode } = await import('jsonc-parser');
    const errors = [];
    const data = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
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
async function readConfigFile(fs, absolute, cwd, required) {
    let text;
    try {
        text = new TextDecoder().decode(await fs.readFile(absolute));
    }
    catch (error) {
        const errno = errnoOf(error);
        if (!required && (errno === 'ENOENT' || errno === 'ENOTDIR'))
            return { ok: true, config: undefined };
        return { ok: false, problems: [{ code: 'CONFIG_UNREADABLE', source: relativePath(cwd, absolute), errno }] };
    }
    const parsed = await parseConfig(absolute, text, cwd);
    if (!parsed.ok)
        return parsed;
    if (!('data' in parsed))
        return parsed;
    let data = parsed.data;
    if (path.basename(absolute) === 'package.json') {
        const hasKey = typeof data === 'object' && data !== null && 'unecho' in data;
        if (!hasKey)
            return { ok: true, config: required ? { source: relativePath(cwd, absolute), folder: path.dirname(absolute), data: {} } : undefined };
        data = data.unecho;
    }
    return { ok: true, config: { source: relativePath(cwd, absolute), folder: path.dirname(absolute), data } };
}
/**
 * Finds and reads the config: `explicit` (`--config`) if given, else the first of
 * `CONFIG_FILES` in cwd and each folder above it up to the repository root. Comments and
 * trailing commas are allowed; syntax errors are problems with line and column.
 */
export async function loadConfig(fs, cwd, repoRoot, explicit) {
    if (explicit !== undefined)
        return readConfigFile(fs, path.resolve(cwd, explicit), cwd, true);
    for (const folder of foldersUpTo(cwd, repoRoot)) {
        for (const name of CONFIG_FILES) {
            const loaded = await readConfigFile(fs, path.join(folder, name), cwd, false);
            if (!loaded.ok || loaded.config !== undefined)
                return loaded;
        }
    }
    return { ok: true, config: undefined };
}
