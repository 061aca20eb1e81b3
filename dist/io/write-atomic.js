import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { errnoOf } from './errno.js';
/** Numbers this thread's temp files; with the process and thread ids, no two writers share a name. */
let counter = 0;
/**
 * Replaces a file's content atomically: writes a dot-named temp file beside it with the given
 * mode, then renames it over the target. On any failure the temp file is removed and the
 * target is left as it was. A file with several hard links is rewritten in place instead,
 * since a rename would cut it loose from its other names.
 * @param target absolute path (already resolved through links by the caller)
 * @param mode permission bits for the new file
 * @param hardLinks `nlink` of the target, when known
 */
export async function writeAtomic(fs, target, data, mode, hardLinks = 1) {
    if (hardLinks > 1) {
        try {
            await fs.overwriteFile(target, data);
            return { ok: true };
        }
        catch (error) {
            return { ok: false, errno: errnoOf(error) };
        }
    }
    counter += 1;
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.unecho-${process.pid}-${threadId}-${counter}.tmp`);
    try {
        await fs.createFile(temp, data, mode);
        // The umask may have narrowed the mode given at creation.
        await fs.chmod(temp, mode);
        await fs.rename(temp, target);
        return { ok: true };
    }
    catch (error) {
        await fs.remove(temp).catch(() => undefined);
        return { ok: false, errno: errnoOf(error) };
    }
}
