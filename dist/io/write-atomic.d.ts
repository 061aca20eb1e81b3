import type { FileSystem } from './types.js';
import type { FileOwner } from './read-input.js';
/** Whether a write happened, or why not (a Node error code). */
export type WriteResult = {
    readonly ok: true;
} | {
    readonly ok: false;
    readonly errno: string;
};
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
export declare function writeAtomic(fs: FileSystem, target: string, data: Uint8Array, mode: number, hardLinks?: number, owner?: FileOwner): Promise<WriteResult>;
