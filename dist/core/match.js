import { segmentText } from './document.js';
import { dice, diceAtLeast } from './similarity.js';
import { MIN_SHINGLED_WORDS, ShingleIndex, WordHasher, winnow } from './shingle-index.js';
import { changesMeaning, hasOpposites, isNegation, isNumberWord } from './guards.js';
import { normalizeKeepingCase, tokenize } from './fingerprint.js';
/** Share of an echo's distinct words a candidate must share to be compared at all. */
const CANDIDATE_OVERLAP = 0.6;
/** Blocks with more sentences than this get a word index to find the sentences to compare. */
const INDEXED_SENTENCES = 64;
/** Share of an echo's word pairs that must lie in the twin for a fuzzy containment. */
const FUZZY_CONTAINMENT = 0.9;
/** A shorter text is taken as lying inside a longer one only from this many words: four-word
 * menu items and headings turn up inside longer texts by chance. */
const MIN_CONTAINED_WORDS = 5;
/** The most candidate blocks verified per segment. */
const MAX_CANDIDATES = 8;
/** Share of its kept shingles a segment must share with a block for the block to be verified. */
const MIN_SHARED_SHINGLES = 0.4;
/** Whether the distinct word ids `echo` share enough of themselves with `other` (both sorted). */
function overlapsEnough(echo, other) {
    const needed = CANDIDATE_OVERLAP * echo.length;
    let shared = 0;
    for (let i = 0, j = 0; i < echo.length && j < other.length;) {
        if (echo[i] === other[j]) {
            shared++;
            i++;
            j++;
        }
        else if (echo[i] < other[j])
            i++;
        else
            j++;
    }
    return shared >= needed;
}
/** Cached per-segment data that only some comparisons need. */
class SegmentFacts {
    doc;
    hasher;
    originals = new Map();
    /** Word hashes serve as word ids: shared with the shingle index, and a clash only lets one more candidate through to verification. */
    constructor(doc, hasher) {
        this.doc = doc;
        this.hasher = hasher;
    }
    derived = new Map();
    cache(segment) {
        let entry = this.derived.get(segment.id);
        if (!entry)
            this.derived.set(segment.id, (entry = {}));
        return entry;
    }
    /** The key without spaces, for words glued at element borders. */
    compact(segment) {
        const entry = this.cache(segment);
        return (entry.compact ??= segment.fp.key.replace(/ /g, ''));
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
    ids = new Map();
    pairs = new Map();
    wordId(word) {
        return this.hasher.hash(word);
    }
    /** The segment's distinct words as sorted integer ids (compact, and quick to intersect). */
    wordIds(segment) {
        let ids = this.ids.get(segment.id);
        if (!ids) {
            const unique = new Set();
            for (const word of segment.fp.words)
                unique.add(this.wordId(word));
            ids = Int32Array.from(unique).sort();
            this.ids.set(segment.id, ids);
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
        return [...chosen].sort((a, b) => a - b).map((i) => model.sentences[i]);
    }
    /** The segment's adjacent word pairs, as numbers. */
    wordPairs(segment) {
        let pairs = this.pairs.get(segment.id);
        if (!pairs) {
            const words = segment.fp.words;
            pairs = new Set();
            for (let i = 1; i < words.length; i++)
                pairs.add(Math.imul(this.wordId(words[i - 1]), 0x9e3779b1) ^ this.wordId(words[i]));
            this.pairs.set(segment.id, pairs);
        }
        return pairs;
    }
    /** The segment's words in their original case (aligned with `fp.words`). */
    originalWords(segment) {
        let words = this.originals.get(segment.id);
        if (!words) {
            const cased = tokenize(normalizeKeepingCase(segmentText(this.doc, segment)));
            words = cased.length === segment.fp.words.length ? cased : [...segment.fp.words];
            this.originals.set(segment.id, words);
        }
        return words;
    }
}
const RANK = /^\d{1,3} /;
/** Words of `a` that `b` lacks, with their original-case forms. */
function missingWords(facts, a, b) {
    const present = new Set(b.fp.words);
    const original = facts.originalWords(a);
    const lower = [];
    const cased = [];
    a.fp.words.forEach((word, i) => {
        if (!present.has(word)) {
            lower.push(word);
            cased.push(original[i] ?? word);
        }
    });
    return { lower, original: cased };
}
/** Word index in `haystack`, from `from` on, where the word sequence `needle` starts, or -1. */
export function findWords(haystack, needle, from = 0) {
    outer: for (let i = from; i + needle.length <= haystack.length; i++) {
        for (let j = 0; j < needle.length; j++)
            if (haystack[i + j] !== needle[j])
                continue outer;
        return i;
    }
    return -1;
}
/** Below this many words, a phrase found in a sentence with other capitals is a heading that reuses it. */
const HEADING_WORDS = 10;
/**
 * Whether a short echo found at word `at` of its twin is written with other capitals there:
 * a heading ("Information from other users") that reuses a phrase of a sentence, not a copy.
 */
function isRecased(facts, echo, twin, at) {
    if (echo.fp.words.length >= HEADING_WORDS)
        return false;
    const own = facts.originalWords(echo);
    const there = facts.originalWords(twin);
    return own.some((word, i) => word !== there[at + i]);
}
/** Compares an echo candidate with one twin candidate; `undefined` when they do not match. */
function compare(doc, facts, echo, twin, options) {
    const a = echo.fp;
    const b = twin.fp;
    const kindOf = (relation) => segmentText(doc, echo) === segmentText(doc, twin) ? 'exact' : relation === 'contained' ? 'contained' : 'near';
    const spanOf = (start) => [twin.firstWord + start, twin.firstWord + start + a.words.length];
    if (a.key === b.key) {
        return { relation: 'equal', kind: kindOf('equal'), score: 1, span: spanOf(0) };
    }
    if (echo.evidence !== 'full')
        return undefined;
    const fuzzy = options.threshold < 1;
    if (fuzzy && (facts.unranked(echo) === facts.unranked(twin) || facts.compact(echo) === facts.compact(twin))) {
        return { relation: 'equal', kind: 'near', score: 1, span: spanOf(0) };
    }
    const containable = b.words.length > a.words.length && a.words.length >= MIN_CONTAINED_WORDS;
    if (containable) {
        const at = findWords(b.words, a.words);
        if (at >= 0) {
            if (isRecased(facts, echo, twin, at))
                return undefined;
            return { relation: 'contained', kind: 'contained', score: 1, span: spanOf(at) };
        }
    }
    if (!fuzzy)
        return undefined;
    if (containable && facts.compact(twin).includes(facts.compact(echo))) {
        return { relation: 'contained', kind: 'contained', score: 1 };
    }
    // Word pairs scattered over a longer text prove little for a heading-sized phrase.
    if (containable && a.words.length >= HEADING_WORDS) {
        const pairs = facts.wordPairs(echo);
        const inTwin = facts.wordPairs(twin);
        let shared = 0;
        for (const pair of pairs)
            if (inTwin.has(pair))
                shared++;
        if (shared >= FUZZY_CONTAINMENT * pairs.size) {
            const missing = missingWords(facts, echo, twin);
            if (!changesMeaning(missing.lower, missing.original) && !insertsMeaning(echo, twin)) {
                return { relation: 'contained', kind: 'contained', score: 1 };
            }
        }
    }
    if (diceAtLeast(a.norm, b.norm, options.threshold) && !differsInMeaning(facts, echo, twin)) {
        const score = dice(a.norm, b.norm);
        return { relation: 'near', kind: 'near', score, span: [twin.firstWord, twin.firstWord + b.words.length] };
    }
    return undefined;
}
/**
 * Whether the twin, where it holds the echo's words, adds a negation or a number the echo
 * lacks ("would raise taxes" inside "would not raise taxes").
 */
function insertsMeaning(echo, twin) {
    const own = new Set(echo.fp.words);
    const words = twin.fp.words;
    const first = words.indexOf(echo.fp.words[0]);
    const last = words.lastIndexOf(echo.fp.words[echo.fp.words.length - 1]);
    if (first < 0 || last < first)
        return false;
    for (let i = first; i <= last; i++) {
        const word = words[i];
        if (!own.has(word) && (isNegation(word) || isNumberWord(word)))
            return true;
    }
    return false;
}
/** Whether two near-identical texts still say different things (numbers, negations, names). */
function differsInMeaning(facts, a, b) {
    const onlyA = missingWords(facts, a, b);
    const onlyB = missingWords(facts, b, a);
    if (changesMeaning(onlyA.lower, onlyA.original) || changesMeaning(onlyB.lower, onlyB.original))
        return true;
    if (hasOpposites(onlyA.lower, onlyB.lower))
        return true;
    return facts.negations(a) !== facts.negations(b) || facts.numbers(a) !== facts.numbers(b);
}
/**
 * Finds, for every evidence segment, its twins in other blocks: for each candidate block the
 * best matching sentence of that block, or the block as a whole. A sentence also gets its
 * twins among the earlier sentences of its own block.
 * @returns matches grouped by echo segment id (only segments that have any)
 */
export function findMatches(doc, options) {
    const candidates = new CandidateFinder(doc);
    const facts = new SegmentFacts(doc, candidates.hasher);
    const result = new Map();
    for (const echo of doc.segments) {
        if (echo.evidence === 'none')
            continue;
        const matches = [];
        const words = facts.wordIds(echo);
        const section = doc.blocks[echo.block].block.section;
        for (const blockIndex of candidates.blocksFor(echo)) {
            const model = doc.blocks[blockIndex];
            if (model.block.section !== section)
                continue;
            if (!overlapsEnough(words, facts.wordIds(model.whole)))
                continue;
            matches.push(...matchesInBlock(doc, facts, echo, model, options));
        }
        if (matches.length > 0)
            result.set(echo.id, matches);
    }
    return result;
}
/**
 * Where twins of a segment may stand: blocks with a segment of the same key (a hash lookup),
 * and blocks sharing kept shingles with it (see `ShingleIndex`), at most `MAX_CANDIDATES`.
 */
class CandidateFinder {
    doc;
    keys = new Map();
    hasher = new WordHasher();
    shingles;
    constructor(doc) {
        this.doc = doc;
        for (const segment of doc.segments) {
            if (segment.evidence === 'none')
                continue;
            const list = this.keys.get(segment.fp.key);
            if (!list)
                this.keys.set(segment.fp.key, [segment.block]);
            else if (list[list.length - 1] !== segment.block)
                list.push(segment.block);
        }
        this.shingles = new ShingleIndex(doc.blocks.map((model) => (model.whole.evidence === 'full' ? winnow(model.whole.fp.words, this.hasher) : [])));
    }
    /** Candidate block indices for `echo`, in document order. */
    blocksFor(echo) {
        const found = new Set(firstAndNearest(this.keys.get(echo.fp.key) ?? [], echo.block));
        // Sentences of the echo's own block may repeat it.
        if (echo.sentence > 0)
            found.add(echo.block);
        if (echo.evidence === 'full' && echo.fp.words.length >= MIN_SHINGLED_WORDS) {
            const kept = winnow(echo.fp.words, this.hasher);
            const hits = this.shingles.candidates(kept, echo.block);
            hits.delete(echo.block);
            // A twin that holds the echo shares nearly all its kept shingles; one that shares few
            // only uses the same phrases.
            const needed = Math.max(1, Math.ceil(MIN_SHARED_SHINGLES * kept.length));
            let blocks = [...hits.keys()].filter((block) => hits.get(block) >= needed);
            if (blocks.length > MAX_CANDIDATES) {
                const distance = (block) => Math.abs(block - echo.block);
                blocks = blocks.sort((a, b) => hits.get(b) - hits.get(a) || distance(a) - distance(b) || a - b).slice(0, MAX_CANDIDATES);
            }
            for (const block of blocks)
                found.add(block);
        }
        return [...found].sort((a, b) => a - b);
    }
}
/** Of the blocks sharing a key, those worth verifying: the first ones and the nearest ones. */
const KEY_FIRST = 2;
const KEY_NEAR = 2;
function firstAndNearest(blocks, block) {
    if (blocks.length <= KEY_FIRST + 2 * KEY_NEAR)
        return [...blocks];
    let low = 0;
    let high = blocks.length;
    while (low < high) {
        const mid = (low + high) >> 1;
        if (blocks[mid] < block)
            low = mid + 1;
        else
            high = mid;
    }
    return [...blocks.slice(0, KEY_FIRST), ...blocks.slice(Math.max(0, low - KEY_NEAR), low + KEY_NEAR + 1)];
}
/**
 * The twins of `echo` in one block: every sentence it matches (so that a planner whose first
 * choice goes can fall back on another), and the whole block when the echo spans sentences.
 */
function matchesInBlock(doc, facts, echo, model, options) {
    const sameBlock = model.block.index === echo.block;
    if (sameBlock && echo.sentence < 0)
        return [];
    const found = [];
    // A whole block found as one sentence of a longer one lies inside it: as for any
    // containment, a few words are not enough.
    const sentenceTwins = echo.sentence >= 0 || echo.fp.words.length >= MIN_CONTAINED_WORDS;
    const words = facts.wordIds(echo);
    for (const twin of sentenceTwins ? facts.sentencesSharingWords(model, echo) : []) {
        if (sameBlock && twin.sentence >= echo.sentence)
            break;
        if (!overlapsEnough(words, facts.wordIds(twin)))
            continue;
        const match = compare(doc, facts, echo, twin, options);
        if (match)
            found.push({ echo: echo.id, twin: twin.id, ...match });
    }
    if (sameBlock || found.some((m) => m.relation === 'equal'))
        return found;
    // A block can also span several sentences of its twin: then the whole twin block gives the
    // exact place, which a near match to one of its sentences would not.
    const whole = compare(doc, facts, echo, model.whole, options);
    if (!whole)
        return found;
    const exactInSentence = found.some((m) => m.relation === 'contained' && m.span !== undefined);
    if (found.length === 0 || (whole.span && whole.relation !== 'near' && !exactInSentence)) {
        found.unshift({ echo: echo.id, twin: model.whole.id, ...whole });
    }
    return found;
}
