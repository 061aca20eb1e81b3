import { countOutcomes, plural } from './count-outcomes.js';
import { endPosition } from './end-position.js';
import { excerpt } from './excerpt.js';
import { formatProblem } from './format-problem.js';
import { problemPath, severityOf } from './problem.js';
import { describeChange, ruleId } from './rule-id.js';
import { countCrossFile, describeBoilerplate, describeDuplicate, isRemoved } from './describe-cross-file.js';
/** Escapes a workflow command's message (`%`, CR, LF), as @actions/core does. */
export function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a workflow command's property value: the message escapes plus `:` and `,`. */
export function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(level, properties, message) {
    const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${level} ${props}::${escapeData(message)}\n`;
}
function problemCommand(p) {
    const path = problemPath(p);
    const message = formatProblem(p).replace(/^unecho: \w+: /, '').trimEnd();
    return command(severityOf(p), path === undefined ? { title: p.code } : { file: path, title: p.code }, message);
}
function crossFileCommands(findings, fixed) {
    const out = [];
    for (const entry of findings.boilerplate) {
        for (const at of entry.places) {
            const removed = fixed && isRemoved(findings, at);
            const message = `${describeBoilerplate(entry)}${removed ? ' (removed)' : ''}: ${excerpt(at.text)}`;
            out.push(command(removed ? 'notice' : 'error', { file: at.path, line: at.line, col: at.column, ...endPosition(at), title: 'boilerplate' }, message));
        }
    }
    for (const group of findings.duplicates) {
        for (const member of group.members)
            out.push(command('warning', { file: member, title: 'duplicate-document' }, describeDuplicate(group, member)));
    }
    const counts = countCrossFile(findings);
    out.push(`unecho: ${plural(counts.boilerplate, 'boilerplate passage')} in ${plural(counts.places, 'place')}, ${plural(counts.duplicates, 'group')} of duplicate documents\n`);
    return out;
}
/**
 * GitHub Actions workflow commands: one `::error` per echo (`::notice` once removed by
 * --write), one per problem, with `--scope files` one per place of boilerplate and a
 * `::warning` per member of a duplicate group, then a plain summary line. GitHub shows only about ten
 * annotations of each type per step; the summary line counts them all.
 */
export function formatGithub(report) {
    const fixed = report.mode === 'write' || report.mode === 'out-dir';
    const out = report.problems.map(problemCommand);
    for (const file of report.files) {
        if (file.problem)
            out.push(problemCommand(file.problem));
        // A file that could not be written keeps its echoes.
        const removed = fixed && file.status !== 'error';
        for (const c of file.changes) {
            const message = `${describeChange(c)} of line ${c.kept.line}${removed ? ' (removed)' : ''}: ${excerpt(c.removed.text)}`;
            out.push(command(removed ? 'notice' : 'error', { file: file.path, line: c.removed.line, col: c.removed.column, ...endPosition(c.removed), title: ruleId(c) }, message));
        }
    }
    if (report.crossFile !== undefined)
        out.push(...crossFileCommands(report.crossFile, fixed));
    const counts = countOutcomes(report);
    out.push(`unecho: ${plural(counts.echoes, 'echo', 'echoes')} in ${plural(counts.changed, 'file')} of ${plural(counts.checked, 'file')} checked\n`);
    return out.join('');
}
