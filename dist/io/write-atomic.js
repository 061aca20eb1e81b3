import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { errnoOf } from './errno.js';
/** Numbers this thread's temp files; with the process and thread ids, no two writers share a name. */
let counter = 0;
/**
 * Replaces a file's content atomically: writes a dot-named temp file beside it with the given
 * mode (and owner), then renames it over the target. On any failure the temp file is removed
 * and the target is left as it was. A file with several hard links is rewritten in place
 * instead, since a rename would cut it loose from its other names; so is one this process may
 * not give back to its owner (root rewriting a user's file may; a user rewriting a file
 * another user owns, through group rights, may not), since a rename would make it ours.
 * @param target absolute path (already resolved through links by the caller)
 * @param mode permission bits for the new file
 * @param hardLinks `nlink` of the target, when known
 * @param owner the target's owner and group, when known
 */
export async function writeAtomic(fs, target, data, mode, hardLinks = 1, owner) {
    if (hardLinks > 1)
        return overwrite(fs, target, data);
    counter += 1;
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.unecho-${process.pid}-${threadId}-${counter}.tmp`);
    try {
        await fs.createFile(temp, data, mode);
        // Owner first: a change of owner clears the setuid and setgid bits that the mode sets.
        if (owner !== undefined && !isOurs(owner)) {
            const given = await fs.chown(temp, owner.uid, owner.gid).then(() => true, () => false);
            if (!given) {
                await fs.remove(temp);
                return await overwrite(fs, target, data);
            }
        }
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
/** Rewrites a file in place, keeping its inode: its links, owner and mode. */
async function overwrite(fs, target, data) {
    try {
        await fs.overwriteFile(target, data);
        return { ok: true };
    }
    catch (error) {
        return { ok: false, errno: errnoOf(error) };
    }
}
/** Whether a file this process creates gets this owner and group anyway. */
function isOurs(owner) {
    // Not on Windows, which has no such ids; a new file's group may also come from a setgid folder.
    if (process.getuid === undefined || process.getgid === undefined)
        return true;
    return owner.uid === process.getuid() && owner.gid === process.getgid();
}
