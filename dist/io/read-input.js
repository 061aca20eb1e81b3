import { decodeText } from './decode-text.js';
import { errnoOf } from './errno.js';
function decodeProblem(path, bytes) {
    const decoded = decodeText(bytes);
    if (decoded.ok)
        return decoded;
    if (decoded.reason === 'binary')
        return { ok: false, problem: { code: 'BINARY_FILE', path } };
    if (decoded.reason === 'invalid-utf8')
        return { ok: false, problem: { code: 'INVALID_UTF8', path } };
    if (decoded.reason !== 'unsupported-encoding')
        throw new Error('unknown decode failure');
    return { ok: false, problem: { code: 'UNSUPPORTED_ENCODING', path, encoding: decoded.encoding } };
}
/**
 * Reads one file for cleaning: refuses links (unless followed), non-files, oversized, binary
 * and non-UTF-8 files, and a file that vanished since the inputs were listed.
 * @param path relative POSIX path, used in the record and in problems
 * @param absolute where the file is
 */
export async function readInput(fs, path, absolute, limits) {
    try {
        let target = absolute;
        const link = await fs.lstat(absolute);
        if (link.isSymbolicLink) {
            if (!limits.followSymlinks)
                return { ok: false, problem: { code: 'SYMLINK_SKIPPED', path } };
            target = await fs.realPath(absolute);
        }
        const stat = link.isSymbolicLink ? await fs.stat(target) : link;
        if (!stat.isFile)
            return { ok: false, problem: { code: 'NOT_A_FILE', path } };
        if (limits.maxFileSize > 0 && stat.size > limits.maxFileSize) {
            return { ok: false, problem: { code: 'FILE_TOO_LARGE', path, size: stat.size, limit: limits.maxFileSize } };
        }
        const bytes = await fs.readFile(target);
        const decoded = decodeProblem(path, bytes);
        if (!('text' in decoded))
            return decoded;
        return { ok: true, record: { path, absolute: target, text: decoded.text, bom: decoded.bom, mode: stat.mode & 0o7777, hardLinks: stat.nlink, owner: { uid: stat.uid, gid: stat.gid } } };
    }
    catch (error) {
        const errno = errnoOf(error);
        if (errno === 'ENOENT')
            return { ok: false, problem: { code: 'FILE_VANISHED', path } };
        return { ok: false, problem: { code: 'UNREADABLE_FILE', path, errno } };
    }
}
/** Decodes stdin's bytes into a record named `path` (the stand-in name or `--stdin-filepath`). */
export function stdinRecord(path, bytes) {
    const decoded = decodeProblem(path, bytes);
    if (!('text' in decoded))
        return decoded;
    return { ok: true, record: { path, absolute: undefined, text: decoded.text, bom: decoded.bom, mode: 0o644, hardLinks: 1 } };
}
