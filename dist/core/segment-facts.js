import { segmentText } from './document.js';
import { isNegation, isNumberWord } from './guards.js';
import { wordsOf } from './fingerprint.js';
import { sortedDistinct } from './sorted-distinct.js';
import { Int32Arena } from './int32-arena.js';
import { mapPacked } from './map-packed.js';
/** Blocks with more sentences than this get a word index to find the sentences to compare. */
const INDEXED_SENTENCES = 64;
const RANK = /^\d{1,3} /;
/**
 * Where word ids live (see `Int32Arena`): a sentence's are a few dozen numbers, in buffers of
 * 64 KB shared by the documents compared one after another.
 */
const idArena = new Int32Arena(1 << 14);
/** The word hashes being sorted into ids, reused from segment to segment up to this many. */
const ID_SCRATCH_MOST = 1 << 15;
let idScratch = new Int32Array(256);
/** Cached per-segment data that only some comparisons need. */
export class SegmentFacts {
    doc;
    originals = new Map();
    constructor(doc) {
        this.doc = doc;
        this.ids = new Array(doc.segments.length).fill(undefined);
    }
    derived = new Map();
    cache(segment) {
        let entry = this.derived.get(segment.id);
        // Every field from the start: filled in whatever order, the entries keep one shape.
        if (!entry)
            this.derived.set(segment.id, (entry = { compact: undefined, unranked: undefined, negations: undefined, numbers: undefined }));
        return entry;
    }
    /** The key without spaces, for words glued at element borders (no word holds a space: the words joined, and no key is made). */
    compact(segment) {
        const entry = this.cache(segment);
        return (entry.compact ??= segment.fp.words.join(''));
    }
    /** The key without a leading list number (`3 `). */
    unranked(segment) {
        const entry = this.cache(segment);
        return (entry.unranked ??= segment.fp.key.replace(RANK, ''));
    }
    negations(segment) {
        const entry = this.cache(segment);
        return (entry.negations ??= segment.fp.words.filter(isNegation).length);
    }
    numbers(segment) {
        const entry = this.cache(segment);
        return (entry.numbers ??= segment.fp.words.filter(isNumberWord).join(' '));
    }
    /** By segment id (an array: read for nearly every segment, and ids are dense). */
    ids;
    pairs = new Map();
    /**
     * The segment's word hashes, in order (a sentence's are a view of its block's, from its first
     * word). Word hashes serve as word ids: shared with the shingle index, and a clash only lets
     * one more candidate through to verification.
     */
    hashes(segment) {
        const block = this.blockHashes(segment);
        return segment.sentence < 0 ? block : block.subarray(segment.firstWord, segment.firstWord + segment.fp.wordCount);
    }
    /**
     * The word hashes of the segment's block, which holds the segment's from `firstWord` on
     * (`fp.wordCount` of them): for callers that read them in place, as a view per call adds up.
     */
    blockHashes(segment) {
        return this.doc.blocks[segment.block].wordHashes;
    }
    /** The segment's distinct words as sorted integer ids (compact, and quick to intersect). */
    wordIds(segment) {
        let ids = this.ids[segment.id];
        if (!ids) {
            const count = segment.fp.wordCount;
            // A huge block (a page on one line) gets its own copy, so it does not stay in memory.
            if (count > ID_SCRATCH_MOST)
                ids = sortedDistinct(this.hashes(segment).slice(), idArena);
            else {
                if (idScratch.length < count)
                    idScratch = new Int32Array(Math.min(ID_SCRATCH_MOST, Math.max(count, 2 * idScratch.length)));
                const block = this.blockHashes(segment);
                for (let i = 0; i < count; i++)
                    idScratch[i] = block[segment.firstWord + i];
                ids = sortedDistinct(idScratch.subarray(0, count), idArena);
            }
            this.ids[segment.id] = ids;
        }
        return ids;
    }
    sentenceIndexes = new Map();
    /**
     * The sentences of a block worth comparing with `echo`, in order. A block of many sentences
     * (a whole page on one line) gets an index from word to sentences, and only the sentences
     * holding the echo's two rarest words there are returned: a twin holds nearly all its words.
     */
    sentencesSharingWords(model, echo) {
        if (model.sentences.length <= INDEXED_SENTENCES)
            return model.sentences;
        let index = this.sentenceIndexes.get(model.block.index);
        if (!index) {
            index = new Map();
            for (const sentence of model.sentences) {
                for (const id of this.wordIds(sentence)) {
                    const list = index.get(id);
                    if (!list)
                        index.set(id, [sentence.sentence]);
                    else
                        list.push(sentence.sentence);
                }
            }
            this.sentenceIndexes.set(model.block.index, index);
        }
        const postings = [...this.wordIds(echo)].map((id) => index.get(id) ?? []).sort((a, b) => a.length - b.length);
        const chosen = new Set([...(postings[0] ?? []), ...(postings[1] ?? [])]);
        return mapPacked([...chosen].sort((a, b) => a - b), (i) => model.sentences[i]);
    }
    /** The segment's adjacent word pairs, as numbers. */
    wordPairs(segment) {
        let pairs = this.pairs.get(segment.id);
        if (!pairs) {
            const ids = this.hashes(segment);
            pairs = new Set();
            for (let i = 1; i < ids.length; i++)
                pairs.add(Math.imul(ids[i - 1], 0x9e3779b1) ^ ids[i]);
            this.pairs.set(segment.id, pairs);
        }
        return pairs;
    }
    /** The segment's words in their original case (aligned with `fp.words`). */
    originalWords(segment) {
        let words = this.originals.get(segment.id);
        if (!words) {
            const cased = wordsOf(segmentText(this.doc, segment), true);
            words = cased.length === segment.fp.wordCount ? cased : [...segment.fp.words];
            this.originals.set(segment.id, words);
        }
        return words;
    }
}
