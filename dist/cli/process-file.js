import path from 'node:path';
import { readInput } from '../io/read-input.js';
import { writeAtomic } from '../io/write-atomic.js';
import { errnoOf } from '../io/errno.js';
import { relativePath } from '../io/relative-path.js';
import { severityOf } from '../report/problem.js';
import { cleanRecord } from './clean-record.js';
const OWNER_WRITE = 0o200;
/**
 * The texts an outcome carries: only the modes that print them (a diff, the filter's output)
 * keep them, so a folder run holds its findings in memory and not every file twice.
 */
function textsFor(ctx, cleaned) {
    return ctx.mode === 'diff' || ctx.mode === 'filter' ? { before: cleaned.before, after: cleaned.after } : {};
}
function failed(path, problem, cleaned) {
    return { path, status: severityOf(problem) === 'warning' ? 'skipped' : 'error', changes: cleaned?.changes ?? [], problem };
}
async function writeBack(ctx, record, cleaned) {
    const target = record.absolute;
    if (target === undefined)
        throw new Error('stdin cannot be written back');
    // The mode bits speak even for root, whom the kernel would let write anyway.
    if ((record.mode & OWNER_WRITE) === 0)
        return failed(record.path, { code: 'READ_ONLY_FILE', path: record.path }, cleaned);
    const written = await writeAtomic(ctx.io.fs, target, new TextEncoder().encode(cleaned.after), record.mode, record.hardLinks, record.owner);
    if (!written.ok)
        return failed(record.path, { code: 'UNWRITABLE_FILE', path: record.path, errno: written.errno }, cleaned);
    return { path: record.path, status: 'changed', changes: cleaned.changes, ...textsFor(ctx, cleaned) };
}
/** The folders each run has made under `--out-dir` (most files share one). */
const madeDirs = new WeakMap();
/** Makes a folder of `--out-dir` once per run; the error code when it cannot be made. */
async function makeDirOnce(ctx, dir) {
    let made = madeDirs.get(ctx);
    if (!made)
        madeDirs.set(ctx, (made = new Set()));
    if (made.has(dir))
        return undefined;
    try {
        await ctx.io.fs.makeDir(dir);
        made.add(dir);
        return undefined;
    }
    catch (error) {
        // Tried again for each file: each failure names its file.
        return errnoOf(error);
    }
}
async function writeCopy(ctx, outDir, record, cleaned) {
    if (record.path.startsWith('../') || path.isAbsolute(record.path)) {
        return failed(record.path, { code: 'OUTSIDE_WORKING_DIRECTORY', path: record.path }, cleaned);
    }
    const target = path.join(outDir, ...record.path.split('/'));
    const unmade = await makeDirOnce(ctx, path.dirname(target));
    const written = unmade === undefined ? await writeAtomic(ctx.io.fs, target, new TextEncoder().encode(cleaned.after), record.mode) : { ok: false, errno: unmade };
    if (!written.ok)
        return failed(record.path, { code: 'UNWRITABLE_COPY', path: record.path, copy: relativePath(ctx.io.cwd, target), errno: written.errno }, cleaned);
    return { path: record.path, status: cleaned.changed ? 'changed' : 'unchanged', changes: cleaned.changes, ...textsFor(ctx, cleaned) };
}
/**
 * Cleans one read input and, in write modes, writes the result: in place only when it
 * changed, or as a copy under `--out-dir` always (so the copy is a whole tree).
 */
export async function processRecord(ctx, read, path) {
    if (!read.ok)
        return failed(path, read.problem);
    return finishRecord(ctx, read.record, await cleanRecord(read.record, ctx.settings));
}
/**
 * The outcome of a record cleaned elsewhere (a worker thread): in write modes the result is
 * written, in place only when it changed, or as a copy under `--out-dir` always.
 */
export async function finishRecord(ctx, record, cleaned) {
    if (ctx.mode === 'out-dir' && ctx.outDir !== undefined)
        return writeCopy(ctx, ctx.outDir, record, cleaned);
    if (!cleaned.changed)
        return { path: record.path, status: 'unchanged', changes: [], ...textsFor(ctx, cleaned) };
    if (ctx.mode === 'write')
        return writeBack(ctx, record, cleaned);
    return { path: record.path, status: 'would-change', changes: cleaned.changes, ...textsFor(ctx, cleaned) };
}
/** Reads one file with the limits of the settings; a failure is a problem in the result. */
export function readFile(ctx, file) {
    return readInput(ctx.io.fs, file.path, file.absolute, {
        maxFileSize: ctx.settings.maxFileSize,
        followSymlinks: ctx.settings.followSymlinks,
    });
}
/** Reads, cleans and (in write modes) writes one file; every failure is an outcome, never a throw. */
export async function processFile(ctx, file) {
    return processRecord(ctx, await readFile(ctx, file), file.path);
}
