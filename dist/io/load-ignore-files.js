import path from 'node:path';
import { errnoOf } from './errno.js';
import { foldersUpTo } from './find-repo-root.js';
import { relativePath } from './relative-path.js';
/** The ignore files read by default in each folder from the repository root down to cwd. */
export const DEFAULT_IGNORE_FILES = ['.gitignore', '.unechoignore'];
/**
 * The ignore files of one folder, as sources; missing or unreadable ones are passed over (a
 * nested `.gitignore` the walk meets is no input of its own).
 */
export async function readIgnoreFiles(fs, folder, names) {
    const sources = [];
    for (const name of names) {
        const bytes = await fs.readFile(path.join(folder, name)).catch(() => undefined);
        if (bytes !== undefined)
            sources.push({ base: folder, patterns: new TextDecoder().decode(bytes) });
    }
    return sources;
}
/**
 * Reads ignore files. Without `explicit` paths, reads `.gitignore` and `.unechoignore` from
 * every folder between the repository root and cwd (missing ones are fine). With explicit
 * paths (`--ignore-path`), reads only those, and a missing one is a problem.
 */
export async function loadIgnoreFiles(fs, cwd, repoRoot, explicit) {
    const sources = [];
    const problems = [];
    const read = async (file, required) => {
        try {
            const bytes = await fs.readFile(file);
            sources.push({ base: path.dirname(file), patterns: new TextDecoder().decode(bytes) });
        }
        catch (error) {
            const errno = errnoOf(error);
            if (!required && (errno === 'ENOENT' || errno === 'ENOTDIR' || errno === 'EISDIR'))
                return;
            const shown = relativePath(cwd, file);
            problems.push(errno === 'ENOENT' ? { code: 'FILE_NOT_FOUND', path: shown } : { code: 'UNREADABLE_FILE', path: shown, errno });
        }
    };
    if (explicit.length > 0) {
        for (const file of explicit)
            await read(path.resolve(cwd, file), true);
    }
    else {
        // Outermost first, so the listing reads like git's own precedence.
        for (const dir of foldersUpTo(cwd, repoRoot).reverse()) {
            for (const name of DEFAULT_IGNORE_FILES)
                await read(path.join(dir, name), false);
        }
    }
    return { sources, problems };
}
