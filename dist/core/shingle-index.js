/**
 * Candidate search for twins in bounded time per segment: word 3-gram shingles, winnowed
 * (the smallest hash of every window of 3 shingles is kept), indexed by block. A text of at
 * least `SHINGLE_WORDS + WINDOW - 1` words that lies inside another shares at least one kept
 * shingle with it, because a window fully inside both picks the same minimum in both.
 */
/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Shingles per winnowing window. */
const WINDOW = 3;
/** Fewest words a text needs to be found inside another by its shingles. */
export const MIN_SHINGLED_WORDS = SHINGLE_WORDS + WINDOW - 1;
/** Postings read per shingle: the first blocks that hold it and the nearest ones. */
const POSTINGS_READ = 8;
/** 32-bit FNV-1a of a word, cached: words repeat a lot. */
export class WordHasher {
    cache = new Map();
    hash(word) {
        let value = this.cache.get(word);
        if (value === undefined) {
            value = 0x811c9dc5;
            for (let i = 0; i < word.length; i++)
                value = Math.imul(value ^ word.charCodeAt(i), 0x01000193);
            this.cache.set(word, value);
        }
        return value;
    }
}
/** The kept (winnowed) shingle hashes of a word sequence, without repeats. */
export function winnow(words, hasher) {
    const count = words.length - SHINGLE_WORDS + 1;
    if (count <= 0)
        return [];
    const shingles = new Int32Array(count);
    let a = hasher.hash(words[0]);
    let b = hasher.hash(words[1] ?? '');
    for (let i = 0; i < count; i++) {
        const c = hasher.hash(words[i + 2]);
        shingles[i] = Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35);
        a = b;
        b = c;
    }
    if (count <= WINDOW)
        return [Math.min(...shingles)];
    const kept = new Set();
    for (let start = 0; start + WINDOW <= count; start++) {
        let min = shingles[start];
        for (let i = start + 1; i < start + WINDOW; i++)
            if (shingles[i] < min)
                min = shingles[i];
        kept.add(min);
    }
    return [...kept];
}
/** Blocks indexed by their kept shingles. */
export class ShingleIndex {
    postings = new Map();
    /** Adds a block's kept shingles; blocks must be added in increasing order. */
    add(block, shingles) {
        for (const shingle of shingles) {
            const list = this.postings.get(shingle);
            if (!list)
                this.postings.set(shingle, [block]);
            else if (list[list.length - 1] !== block)
                list.push(block);
        }
    }
    /**
     * Blocks sharing kept shingles with a segment of block `near`, with how many they share.
     * Of a long posting list only the first and the nearest blocks are read, so a line repeated
     * thousands of times costs no more than one repeated a few times.
     */
    candidates(shingles, near) {
        const hits = new Map();
        const count = (block) => {
            hits.set(block, (hits.get(block) ?? 0) + 1);
        };
        for (const shingle of shingles) {
            const list = this.postings.get(shingle);
            if (!list)
                continue;
            if (list.length <= 2 * POSTINGS_READ) {
                for (const block of list)
                    count(block);
                continue;
            }
            for (let i = 0; i < POSTINGS_READ; i++)
                count(list[i]);
            const at = lowerBound(list, near);
            const from = Math.max(POSTINGS_READ, at - POSTINGS_READ / 2);
            for (let i = from; i < Math.min(list.length, from + POSTINGS_READ); i++)
                count(list[i]);
        }
        return hits;
    }
}
function lowerBound(list, value) {
    let low = 0;
    let high = list.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (list[mid] < value)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
