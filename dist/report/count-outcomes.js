/** Counts the outcomes of a run. */
export function countOutcomes(report) {
    let checked = 0;
    let changed = 0;
    let skipped = 0;
    let errored = 0;
    let echoes = 0;
    for (const file of report.files) {
        if (file.status === 'skipped')
            skipped += 1;
        else if (file.status === 'error')
            errored += 1;
        else {
            checked += 1;
            // A file that could not be written keeps its echoes: they count as its error, not as removed.
            echoes += file.changes.length;
        }
        if (file.status === 'changed' || file.status === 'would-change')
            changed += 1;
    }
    errored += report.problems.filter((problem) => problem.code !== 'SYMLINK_SKIPPED').length;
    return { checked, changed, skipped, errored, echoes };
}
/** `1 file`, `2 files`; `1 echo`, `2 echoes` with `many` given. */
export function plural(count, noun, many = `${noun}s`) {
    return `${count} ${count === 1 ? noun : many}`;
}
