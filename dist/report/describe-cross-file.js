import { plural } from './count-outcomes.js';
/** Whether a place of boilerplate goes (or would go): `--remove-boilerplate` and a removable place. */
export function isRemoved(findings, place) {
    return findings.removeBoilerplate && place.removable;
}
/** The words for boilerplate: `boilerplate paragraph in 5 files`. */
export function describeBoilerplate(entry) {
    return `boilerplate ${entry.unit} in ${plural(entry.files, 'file')}`;
}
/** The pairs of a duplicate group that name `path`, each with the other file and the similarity. */
export function partnersOf(group, path) {
    const other = (pair) => (pair.a === path ? pair.b : pair.b === path ? pair.a : undefined);
    return group.pairs.flatMap((pair) => {
        const partner = other(pair);
        return partner === undefined ? [] : [{ path: partner, similarity: pair.similarity }];
    });
}
/** `near-duplicate of b.txt (0.93), c.txt (0.88)`: one member of a group and its partners. */
export function describeDuplicate(group, path) {
    const partners = partnersOf(group, path).map((partner) => `${partner.path} (${partner.similarity})`);
    return `near-duplicate document of ${partners.join(', ')}`;
}
/** Counts of the cross-file findings: boilerplate entries, their places, duplicate groups. */
export function countCrossFile(findings) {
    return {
        boilerplate: findings.boilerplate.length,
        places: findings.boilerplate.reduce((n, entry) => n + entry.places.length, 0),
        duplicates: findings.duplicates.length,
    };
}
