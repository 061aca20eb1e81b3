/**
 * A 53-bit hash of a key (see `Fingerprint.key`) given as its words' hashes (those from `start`
 * to `end`): equal keys always hash alike, and different keys collide only when their words'
 * hashes do. Callers compare the keys of what they find, so a collision costs a comparison,
 * never a wrong finding.
 */
export function keyHash(words, start, end) {
    let high = 0x811c9dc5;
    let low = end - start;
    for (let i = start; i < end; i++) {
        high = Math.imul(high ^ words[i], 0x01000193);
        low = Math.imul(low ^ words[i], 0x5bd1e995) ^ (high >>> 15);
    }
    return (high >>> 0) * 0x200000 + ((low >>> 0) & 0x1fffff);
}
