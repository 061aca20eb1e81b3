import path from 'node:path';
import { expandInputs } from '../io/expand-inputs.js';
import { NO_IGNORE, ignoreRules } from '../io/ignore-rules.js';
import { DEFAULT_IGNORE_FILES, loadIgnoreFiles } from '../io/load-ignore-files.js';
import { stdinRecord } from '../io/read-input.js';
import { relativePath } from '../io/relative-path.js';
import { formatProblem } from '../report/format-problem.js';
import { chooseParser } from './choose-parser.js';
import { emitFilter, emitReport } from './emit-output.js';
import { exitCode } from './exit-code.js';
import { filterExactBytes } from './filter-exact-bytes.js';
import { parseArgv } from './parse-argv.js';
import { planRun } from './plan-run.js';
import { processInputs } from './process-inputs.js';
import { showProgress } from './show-progress.js';
import { version } from './version.js';
import { writeProblems } from './write-problems.js';
async function ignoreRulesFor(io, plan) {
    if (!plan.flags.ignore)
        return { rules: NO_IGNORE, problems: [] };
    const files = await loadIgnoreFiles(io.fs, io.cwd, plan.repoRoot, plan.flags.ignorePath ?? []);
    const sources = [...files.sources];
    if (plan.settings.ignores.length > 0)
        sources.push({ base: plan.config.folder ?? io.cwd, patterns: plan.settings.ignores.join('\n') });
    if (plan.flags.ignorePattern !== undefined)
        sources.push({ base: io.cwd, patterns: plan.flags.ignorePattern.join('\n') });
    return { rules: await ignoreRules(sources), problems: files.problems };
}
async function withProgress(io, plan, total, work) {
    const stream = io.stderr.raw;
    const wanted = showProgress({ flag: plan.flags.progress, quiet: plan.flags.quiet === true, env: io.env, stderrIsTTY: io.stderr.isTTY, files: total });
    let progress;
    if (wanted && stream !== undefined) {
        // cli-progress is loaded only when a bar is drawn.
        const { progressBar } = await import('../report/progress-bar.js');
        progress = progressBar(stream, total);
    }
    try {
        return await work(() => progress?.tick());
    }
    finally {
        progress?.stop();
    }
}
/**
 * Reads stdin as one more input, or returns its text when its path is ignored (it passes
 * through), or in filter mode cleans it as bytes when the exact-only byte path applies.
 */
async function readStdin(io, plan, ignore) {
    const given = plan.flags.stdinFilepath;
    const name = given === undefined ? '<stdin>' : relativePath(io.cwd, path.resolve(io.cwd, given));
    const bytes = await io.stdin.readAll();
    const ignored = given !== undefined && ignore.ignores(path.resolve(io.cwd, given), false);
    const filtered = !ignored && plan.choices.mode === 'filter' ? filterExactBytes(name, bytes, plan.settings) : undefined;
    if (filtered !== undefined)
        return filtered;
    const read = stdinRecord(name, bytes);
    // An ignored stdin path passes through untouched, as prettier does.
    if (ignored && read.ok)
        return (read.record.bom ? '\uFEFF' : '') + read.record.text;
    return read.ok ? { path: name, read } : { path: name, read, unread: bytes };
}
/**
 * Whether a run prints no report: `--quiet` when writing (the files are the product, as with
 * prettier and black), unless a format or an output file asks for one. A check's report is its
 * product and always printed.
 */
function isSilent(plan) {
    const writes = plan.choices.mode === 'write' || plan.choices.mode === 'out-dir';
    return writes && plan.flags.quiet === true && plan.flags.format === undefined && plan.flags.outputFile === undefined;
}
/** A file's path as resolved and through the real path of its folder (a link on the way). */
async function namesOf(io, file) {
    const real = path.join(await realPathOf(io, path.dirname(file)), path.basename(file));
    return real === file ? [file] : [file, real];
}
/** A folder's real path (through links), or its resolved path when it does not exist yet. */
async function realPathOf(io, folder) {
    return io.fs.realPath(folder).catch(() => folder);
}
async function execute(io, plan) {
    const { choices, settings, flags } = plan;
    const outDir = flags.outDir === undefined ? undefined : path.resolve(io.cwd, flags.outDir);
    // Copies mirror the inputs' paths from the working directory: there, they would be the inputs.
    if (outDir !== undefined && (await realPathOf(io, outDir)) === (await realPathOf(io, io.cwd))) {
        await writeProblems(io, [{ code: 'USAGE', message: `--out-dir ${flags.outDir}: that is the working directory, where the copies would overwrite the inputs (use --write to clean in place)` }], flags);
        return 2;
    }
    const ignore = await ignoreRulesFor(io, plan);
    const expanded = await expandInputs(io, choices.paths, {
        extensions: settings.extensions.map((ext) => ext.replace(/^\./, '').toLowerCase()),
        followSymlinks: settings.followSymlinks,
        ignore: ignore.rules,
        // A report written into the input folder (`-o report.txt .`) is no input of the next run.
        exclude: [...(outDir === undefined ? [] : [outDir]), ...(flags.outputFile === undefined ? [] : await namesOf(io, path.resolve(io.cwd, flags.outputFile)))],
        errorOnUnmatched: flags.errorOnUnmatchedPattern,
        nestedIgnoreFiles: flags.ignore && flags.ignorePath === undefined ? DEFAULT_IGNORE_FILES : [],
    });
    const ctx = { io, mode: choices.mode, settings, outDir };
    let passThrough;
    let stdin;
    let filtered;
    if (choices.readStdin) {
        const read = await readStdin(io, plan, ignore.rules);
        if (typeof read === 'string')
            passThrough = read;
        else if ('output' in read)
            filtered = read;
        else
            stdin = read;
    }
    const processed = await processInputs(ctx, stdin, expanded.files, (total, work) => withProgress(io, plan, total, work));
    const outcomes = [...(filtered === undefined ? [] : [filtered.outcome]), ...processed.outcomes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const report = {
        tool: { name: 'unecho', version: version() },
        mode: choices.mode,
        files: outcomes,
        problems: [...ignore.problems, ...expanded.problems],
        ...(processed.crossFile === undefined ? {} : { crossFile: processed.crossFile }),
    };
    await writeProblems(io, [...report.problems, ...outcomes.flatMap((file) => (file.problem ? [file.problem] : []))], flags);
    // A filter has one input: stdin, cleaned as bytes or as text.
    const cleaned = filtered?.output ?? outcomes[0]?.after;
    // A filter passes what it could not read as text (binary, invalid UTF-8) through unchanged,
    // as a skipped file is left alone: a pipeline loses nothing, and the warning says why.
    const untouched = passThrough ?? stdin?.unread;
    const outputProblem = choices.mode === 'filter' ? await emitFilter(io, plan, report, untouched, cleaned) : isSilent(plan) ? undefined : await emitReport(io, plan, report);
    if (outputProblem !== undefined)
        await writeProblems(io, [outputProblem], flags);
    const code = exitCode(report, { failOnChange: flags.failOnChange === true, filterCheck: flags.check === true });
    return Math.max(code, outputProblem !== undefined ? 2 : 0);
}
function printConfig(io, plan, file) {
    const shown = relativePath(io.cwd, path.resolve(io.cwd, file));
    const effective = { file: shown, config: plan.config.source ?? null, ...plan.settings, parser: chooseParser(plan.settings.parser, shown) };
    io.stdout.write(`${JSON.stringify(effective, null, 2)}\n`);
    return 0;
}
/**
 * Runs unecho on the command line `argv` (without `node` and the script name).
 * @param io streams, environment, working directory and file access
 * @returns the exit code: 0 clean or fixed, 1 echoes found, 2 usage, config or file errors
 */
export async function run(argv, io) {
    try {
        const parsed = parseArgv(argv, version(), { out: (text) => io.stdout.write(text), err: (text) => io.stderr.write(text) });
        if (parsed.kind === 'exit')
            return parsed.code;
        const planned = await planRun(io, parsed.flags, parsed.paths);
        if (typeof planned === 'number')
            return planned;
        if (parsed.flags.printConfig !== undefined)
            return printConfig(io, planned, parsed.flags.printConfig);
        return await execute(io, planned);
    }
    catch (error) {
        // A bug, not an expected outcome: one line with the version, no stack trace.
        const message = error instanceof Error ? error.message : String(error);
        io.stderr.write(formatProblem({ code: 'INTERNAL_ERROR', message, version: version() }));
        return 2;
    }
}
