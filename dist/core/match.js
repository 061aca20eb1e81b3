import { CandidateFinder } from './candidate-finder.js';
import { SegmentFacts } from './segment-facts.js';
import { compareSegments, MIN_CONTAINED_WORDS } from './compare-segments.js';
/** Share of an echo's distinct words a candidate must share to be compared at all. */
const CANDIDATE_OVERLAP = 0.6;
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
/**
 * Finds, for every evidence segment, its twins in other blocks of its section: the matching
 * sentences of each candidate block, or the block as a whole. A sentence also gets its twins
 * among the earlier sentences of its own block.
 * @returns matches grouped by echo segment id (only segments that have any)
 */
export function findMatches(doc, options) {
    const facts = new SegmentFacts(doc);
    const candidates = new CandidateFinder(doc, facts);
    const result = new Map();
    for (const echo of doc.segments) {
        if (echo.evidence === 'none')
            continue;
        const matches = [];
        const section = doc.blocks[echo.block].block.section;
        for (const blockIndex of candidates.blocksFor(echo)) {
            const model = doc.blocks[blockIndex];
            if (model.block.section !== section)
                continue;
            // The echo's own block holds all its words.
            if (blockIndex !== echo.block && !overlapsEnough(facts.wordIds(echo), facts.wordIds(model.whole)))
                continue;
            matches.push(...matchesInBlock(doc, facts, echo, model, options));
        }
        if (matches.length > 0)
            result.set(echo.id, matches);
    }
    addReverseNearMatches(doc, result);
    return result;
}
/**
 * Adds, for every near match, its reverse when the search did not find it: a near match is
 * mutual, but candidate search is not (the shorter copy's kept shingles may all hold the words
 * it lacks), and the planner must see both to keep the complete copy wherever it stands.
 */
function addReverseNearMatches(doc, result) {
    const reverses = [];
    for (const list of result.values()) {
        for (const match of list) {
            if (match.relation !== 'near')
                continue;
            if (result.get(match.twin)?.some((m) => m.twin === match.echo))
                continue;
            const twin = doc.segments[match.echo];
            reverses.push({ ...match, echo: match.twin, twin: match.echo, span: [twin.firstWord, twin.firstWord + twin.fp.wordCount] });
        }
    }
    for (const reverse of reverses) {
        const list = result.get(reverse.echo);
        if (list === undefined)
            result.set(reverse.echo, [reverse]);
        else
            list.push(reverse);
    }
}
/**
 * The most sentences of one block verified as twins of one echo: the first and the last half
 * of them. A block holding a paragraph printed hundreds of times on one line made every copy
 * verify every earlier one (1,600 copies: 11 s); a real page has a few twins per sentence.
 */
const MAX_TWINS_PER_BLOCK = 32;
function boundedTwins(twins) {
    if (twins.length <= MAX_TWINS_PER_BLOCK)
        return twins;
    const half = MAX_TWINS_PER_BLOCK / 2;
    return [...twins.slice(0, half), ...twins.slice(twins.length - half)];
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
    const sentenceTwins = echo.sentence >= 0 || echo.fp.wordCount >= MIN_CONTAINED_WORDS;
    const words = facts.wordIds(echo);
    const twins = [];
    if (sentenceTwins) {
        for (const twin of facts.sentencesSharingWords(model, echo)) {
            if (sameBlock && twin.sentence >= echo.sentence)
                break;
            if (overlapsEnough(words, facts.wordIds(twin)))
                twins.push(twin);
        }
    }
    for (const twin of boundedTwins(twins)) {
        const match = compareSegments(doc, facts, echo, twin, options);
        if (match)
            found.push(match);
    }
    if (sameBlock || found.some((m) => m.relation === 'equal'))
        return found;
    // A block can also span several sentences of its twin: then the whole twin block gives the
    // exact place, which a near match to one of its sentences would not.
    const whole = compareSegments(doc, facts, echo, model.whole, options);
    if (!whole)
        return found;
    const exactInSentence = found.some((m) => m.relation === 'contained' && m.span !== undefined);
    // A whole block's match to the whole twin is kept beside near matches to its sentences: a
    // sentence twin may lack part of the echo (its opening, cut short) that the whole twin holds.
    const onlyNear = echo.sentence < 0 && found.every((m) => m.relation === 'near');
    if (found.length === 0 || onlyNear || (whole.span && whole.relation !== 'near' && !exactInSentence)) {
        found.unshift(whole);
    }
    return found;
}
