/**
 * A 53-bit hash of a key (see `Fingerprint.key`) given as its words' hashes (those from `start`
 * to `end`): equal keys always hash alike, and different keys collide only when their words'
 * hashes do. Callers compare the keys of what they find, so a collision costs a comparison,
 * never a wrong finding.
 */
export declare function keyHash(words: Int32Array, start: number, end: number): number;
