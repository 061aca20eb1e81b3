import type { Boilerplate, BoilerplatePlace, DuplicateGroup } from '../core/types.js';
import type { CrossFileFindings } from './types.js';
/** Whether a place of boilerplate goes (or would go): `--remove-boilerplate` and a removable place. */
export declare function isRemoved(findings: CrossFileFindings, place: BoilerplatePlace): boolean;
/** The words for boilerplate: `boilerplate paragraph in 5 files`. */
export declare function describeBoilerplate(entry: Boilerplate): string;
/** The pairs of a duplicate group that name `path`, each with the other file and the similarity. */
export declare function partnersOf(group: DuplicateGroup, path: string): {
    readonly path: string;
    readonly similarity: number;
}[];
/** `near-duplicate of b.txt (0.93), c.txt (0.88)`: one member of a group and its partners. */
export declare function describeDuplicate(group: DuplicateGroup, path: string): string;
/** Counts of the cross-file findings: boilerplate entries, their places, duplicate groups. */
export declare function countCrossFile(findings: CrossFileFindings): {
    readonly boilerplate: number;
    readonly places: number;
    readonly duplicates: number;
};
