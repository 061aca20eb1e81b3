import { createHash } from 'node:crypto';
import { describeBoilerplate, describeDuplicate, isRemoved, partnersOf } from './describe-cross-file.js';
import { endPosition } from './end-position.js';
import { formatProblem } from './format-problem.js';
import { problemPath, severityOf } from './problem.js';
import { RULES, describeChange, ruleId } from './rule-id.js';
import { excerpt } from './excerpt.js';
function region(at) {
    return { startLine: at.line, startColumn: at.column, ...endPosition(at) };
}
function location(uri, at) {
    return { physicalLocation: { artifactLocation: { uri: encodeURI(uri), uriBaseId: '%SRCROOT%' }, region: region(at) } };
}
/** A fingerprint that survives moves within the file: the hash of the echo's normalised text. */
function fingerprint(text) {
    const normal = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    return createHash('sha256').update(normal).digest('hex').slice(0, 32);
}
function result(path, c, fixed) {
    const id = ruleId(c);
    return {
        ruleId: id,
        ruleIndex: RULES.findIndex((rule) => rule.id === id),
        level: fixed ? 'note' : 'error',
        message: {
            text: `${describeChange(c)} of line ${c.kept.line}: "${excerpt(c.removed.text)}"${fixed ? ' (removed)' : ''}`,
        },
        locations: [location(path, c.removed)],
        relatedLocations: [{ id: 1, ...location(path, c.kept), message: { text: 'the text that stays' } }],
        partialFingerprints: { 'unecho/v1': fingerprint(c.removed.text) },
    };
}
function fileLocation(uri) {
    return { physicalLocation: { artifactLocation: { uri: encodeURI(uri), uriBaseId: '%SRCROOT%' } } };
}
/** One result per place of boilerplate, pointing to its first place as related. */
function boilerplateResults(findings, entry, fixed) {
    const first = entry.places[0];
    return entry.places.map((at) => {
        const removed = isRemoved(findings, at);
        const related = at === first ? [] : [{ id: 1, ...location(first.path, first), message: { text: 'the first place of the same text' } }];
        return {
            ruleId: 'boilerplate',
            ruleIndex: RULES.findIndex((rule) => rule.id === 'boilerplate'),
            level: fixed && removed ? 'note' : 'error',
            message: { text: `${describeBoilerplate(entry)}: "${excerpt(at.text)}"${fixed && removed ? ' (removed)' : ''}` },
            locations: [location(at.path, at)],
            relatedLocations: related,
            partialFingerprints: { 'unecho/v1': fingerprint(at.text) },
        };
    });
}
/** One result per member of a duplicate group, with the files it duplicates as related. */
function duplicateResults(group) {
    return group.members.map((member) => ({
        ruleId: 'duplicate-document',
        ruleIndex: RULES.findIndex((rule) => rule.id === 'duplicate-document'),
        level: 'warning',
        message: { text: describeDuplicate(group, member) },
        locations: [fileLocation(member)],
        relatedLocations: partnersOf(group, member).map((partner, i) => ({ id: i + 1, ...fileLocation(partner.path), message: { text: `similarity ${partner.similarity}` } })),
        partialFingerprints: { 'unecho/v1': fingerprint(group.members.join('\n')) },
    }));
}
function crossFileResults(findings, fixed) {
    if (findings === undefined)
        return [];
    return [...findings.boilerplate.flatMap((entry) => boilerplateResults(findings, entry, fixed)), ...findings.duplicates.flatMap(duplicateResults)];
}
function notification(p) {
    const path = problemPath(p);
    return {
        level: severityOf(p),
        message: { text: formatProblem(p).replace(/^unecho: \w+: /, '').trimEnd() },
        descriptor: { id: p.code },
        ...(path === undefined ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(path), uriBaseId: '%SRCROOT%' } } }] }),
    };
}
/**
 * SARIF 2.1.0 for code scanning: one result per echo at the echo, with the kept twin as related
 * location, stable rule ids, relative URIs against `%SRCROOT%` and a versioned fingerprint.
 * Unreadable and skipped files become tool execution notifications. With `--scope files`, each
 * place of boilerplate is a `boilerplate` result and each member of a duplicate group a
 * `duplicate-document` warning (a whole file is never removed).
 */
export function formatSarif(report) {
    const fixed = report.mode === 'write';
    const problems = [...report.problems, ...report.files.flatMap((file) => (file.problem ? [file.problem] : []))];
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        rules: RULES.map((rule) => ({
                            id: rule.id,
                            shortDescription: { text: rule.description },
                            defaultConfiguration: { level: 'error' },
                        })),
                    },
                },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The working directory of the run.' } } },
                invocations: [
                    {
                        executionSuccessful: !problems.some((p) => severityOf(p) === 'error'),
                        toolExecutionNotifications: problems.map(notification),
                    },
                ],
                // A file that could not be written keeps its echoes.
                results: [...report.files.flatMap((file) => file.changes.map((c) => result(file.path, c, fixed && file.status !== 'error'))), ...crossFileResults(report.crossFile, fixed)],
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}
