import type { FileSystem } from './types.js';
/** Whether a write happened, or why not (a Node error code). */
export type WriteResult = {
    readonly ok: true;
} | {
    readonly ok: false;
    readonly errno: string;
};
/**
 * Replaces a file's content atomically: writes a dot-named temp file beside it with the given
 * mode, then renames it over the target. On any failure the temp file is removed and the
 * target is left as it was. A file with several hard links is rewritten in place instead,
 * since a rename would cut it loose from its other names.
 * @param target absolute path (already resolved through links by the caller)
 * @param mode permission bits for the new file
 * @param hardLinks `nlink` of the target, when known
 */
export declare function writeAtomic(fs: FileSystem, target: string, data: Uint8Array, mode: number, hardLinks?: number): Promise<WriteResult>;
