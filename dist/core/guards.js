/**
 * Guards against false merges: two texts that differ in a number, a negation, a qualifier of a
 * quantity or a name, or that swap words in place, are different statements even when their
 * characters are nearly the same.
 */
const NEGATIONS = new Set([
    'not', 'no', 'never', 'nor', 'none', 'nothing', 'nobody', 'neither', 'without', 'cannot',
    'hardly', 'barely', 'scarcely', 'rarely', 'seldom',
    'nicht', 'kein', 'keine', 'nie', 'ne', 'pas', 'jamais', 'non', 'aucun', 'aucune', 'rien',
    'niet', 'geen', 'nooit', 'não', 'nunca', 'nem',
    'не', 'нет', 'ни', 'никогда', 'لا', 'لم', 'لن', 'ليس', 'नहीं', 'मत', '안', '못', '不', '没', '無', '无', '非',
]);
/** Korean negates with a verb of its own (`않다`: `않았다`, `않는다`), which takes endings. */
const KOREAN_NEGATION = '않';
/**
 * Words that bound or hedge a quantity (`at least 20`, `at most`, `more than`, `only`, `just`,
 * `nearly`, `about`, `around`, `over`, `under`, `up to`, `some 20`): a text with one says
 * something else than a text without it.
 */
const QUALIFIERS = new Set([
    'least', 'most', 'than', 'only', 'just', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'over', 'under', 'up', 'some', 'fewer',
]);
const HAS_DIGIT = /\p{N}/u;
/** A capital letter first (a name, or a sentence's start). */
export const STARTS_UPPER = /^\p{Lu}/u;
/** Whether a (lower-cased) word is a number or contains digits. */
export const isNumberWord = (word) => HAS_DIGIT.test(word);
/** Whether a (lower-cased) word negates (`not`, `never`, `isn't`, `не`, `不`). */
export const isNegation = (word) => NEGATIONS.has(word) || word.endsWith("n't") || word.startsWith(KOREAN_NEGATION);
/** Whether a (lower-cased) word bounds or hedges a quantity (`least`, `than`, `only`). */
export const isQualifier = (word) => QUALIFIERS.has(word);
/**
 * Whether words that one text has and the other lacks change what it says.
 * @param extra lower-cased words of the text under test that the other text lacks
 * @param extraOriginal the same words in their original case (same order), for names
 */
export function changesMeaning(extra, extraOriginal) {
    for (let i = 0; i < extra.length; i++) {
        const word = extra[i];
        if (isNumberWord(word) || isNegation(word) || isQualifier(word))
            return true;
        // A capitalised word that the twin lacks is usually a different name in the same frame
        // ("Rob commented on …" / "Tucker commented on …").
        if (STARTS_UPPER.test(extraOriginal[i] ?? ''))
            return true;
    }
    return false;
}
// Prefixes that turn a word into its opposite: `equality`/`inequality`, `able`/`unable`.
const NEGATING_PREFIX = /^(?:in|im|il|ir|un|non|dis|de|anti|mis)-?/u;
/**
 * Whether two words are opposites by their form: one is the other with a negating prefix
 * (`equality`/`inequality`), or they swap `in`/`ex` before the same stem (`included`/`excluded`).
 */
export function areOpposites(a, b) {
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    if (short.length >= 3 && long.endsWith(short) && NEGATING_PREFIX.test(long.slice(0, long.length - short.length))) {
        return long.slice(0, long.length - short.length).replace(NEGATING_PREFIX, '') === '';
    }
    const stem = (word) => /^(?:in|ex|im)(.{3,})$/u.exec(word)?.[1];
    const stemA = stem(a);
    return stemA !== undefined && stemA === stem(b) && a !== b;
}
/**
 * Whether two texts are the same words but one, swapped for a word of its own (`rose`/`fell`,
 * `first`/`second`, `northbound`/`southbound`): the one word a template leaves open, so another
 * statement. Not a typo fixed (`goverment`/`government`), another form of one word
 * (`attend`/`attended`), or a tense or modal an editor changes (`said`/`says`, `will`/`would`).
 * Irregular forms outside that short list (`rises`/`rose`) read as a swap.
 */
export function swapsOneWord(a, b) {
    if (a.length !== b.length)
        return false;
    let at = -1;
    for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i])
            continue;
        if (at >= 0)
            return false;
        at = i;
    }
    if (at < 0)
        return false;
    const [x, y] = [a[at], b[at]];
    return !isNumberWord(x) && !isNumberWord(y) && !areForms(x, y);
}
/** The most words swapped in place that still read as a swap, not as two unrelated texts. */
const MAX_SWAPPED = 3;
/**
 * Whether two texts of the same length differ only in a few words swapped in place, one of
 * which changes the statement: a word for a word of its own (`approve`/`reject`), or names and
 * numbers trading places (`Arsenal beat Chelsea 2-1` / `Chelsea beat Arsenal 2-1`, `March 3 …
 * April 11` / `April 3 … March 11`), which leave the same words in another order. Typos, forms
 * and editors' swaps alone (see `areForms`) are no other statement.
 */
export function swapsWords(a, b) {
    if (a.length !== b.length)
        return false;
    let swapped = 0;
    let changes = false;
    for (let i = 0; i < a.length; i++) {
        const [x, y] = [a[i], b[i]];
        if (x === y)
            continue;
        if (++swapped > MAX_SWAPPED)
            return false;
        if (isNumberWord(x) || isNumberWord(y) || !(areForms(x, y) || isShortened(x, y)))
            changes = true;
    }
    return changes;
}
/**
 * Whether one word is the other cut short (`char`/`character`, `info`/`information`): an
 * abbreviation where several words change alike. Not alone, where it would merge `six`/`sixty`
 * or `man`/`manager` (see `swapsOneWord`).
 */
function isShortened(x, y) {
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    return short.length >= 4 && long.startsWith(short);
}
/**
 * Whether a shorter text stands in a longer one with a few of its words swapped in place (see
 * `swapsWords`): the same frame, another statement. Its place is where both its first and last
 * words stand; or where one of them does when the swapped words trade places (a name that opens
 * it stands further in there: `Chelsea beat Arsenal` in `Arsenal beat Chelsea …`). A text that
 * only ends otherwise is cut or goes on, not swapped.
 */
export function swapsWordsInside(inner, outer) {
    const n = inner.length;
    if (n < 3)
        return false;
    for (let at = 0; at + n <= outer.length; at++) {
        const [first, last] = [outer[at] === inner[0], outer[at + n - 1] === inner[n - 1]];
        if (!first && !last)
            continue;
        const window = outer.slice(at, at + n);
        if (swapsWords(inner, window) && ((first && last) || tradePlaces(inner, window)))
            return true;
    }
    return false;
}
/** Whether the words where two texts of one length differ are the same words, in another order. */
function tradePlaces(a, b) {
    const onlyA = [];
    const onlyB = [];
    for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i])
            continue;
        onlyA.push(a[i]);
        onlyB.push(b[i]);
    }
    return onlyA.sort().join(' ') === onlyB.sort().join(' ');
}
/**
 * Whether a text lies inside a longer one but for one word, which the longer one has swapped
 * for a word of its own between the same neighbours (`… considered some of the worst …` inside
 * `… considered some of the best …`): another statement, as for `swapsOneWord`.
 * @param missing the words of `inner` that `outer` lacks
 */
export function swapsOneWordInside(inner, outer, missing) {
    if (missing.length !== 1)
        return false;
    const at = inner.indexOf(missing[0]);
    // Between two words: at an edge, a word the longer text lacks is a cut or a link's (`(more)`).
    const [before, after] = [inner[at - 1], inner[at + 1]];
    if (before === undefined || after === undefined)
        return false;
    for (let i = 1; i + 1 < outer.length; i++) {
        if (outer[i - 1] === before && outer[i + 1] === after) {
            const other = outer[i];
            if (other !== inner[at] && !isNumberWord(other) && !isNumberWord(inner[at]) && !areForms(inner[at], other))
                return true;
        }
    }
    return false;
}
/** Tenses, modals and articles an editor swaps without changing the statement. */
const INTERCHANGEABLE = [
    ['say', 'says', 'said'], ['tell', 'tells', 'told'], ['will', 'would'], ['can', 'could'], ['may', 'might'], ['shall', 'should'],
    ['is', 'was', 'are', 'were', 'be', 'been'], ['has', 'have', 'had'], ['a', 'an', 'the'], ['this', 'that', 'these', 'those'],
];
/** Whether two words are one word's forms or spellings (see `swapsOneWord`). */
function areForms(x, y) {
    if (INTERCHANGEABLE.some((forms) => forms.includes(x) && forms.includes(y)))
        return true;
    // One stem with other endings (`attend`/`attended`, `approves`/`approved`).
    const [stemX, stemY] = [stemOf(x), stemOf(y)];
    if (stemX === stemY || stemX === y || stemY === x)
        return true;
    // One slip after the first letter (`goverment`, `organise`/`organize`; not `hired`/`fired`,
    // and `northbound`/`southbound` are two apart), or its first two letters swapped (`teh`).
    if (x[0] === y[0])
        return editDistanceAtMost(x, y, 1);
    return x.length === y.length && x[0] === y[1] && x[1] === y[0] && x.slice(2) === y.slice(2);
}
/** Endings that make another form of a word. */
const ENDINGS = ['ing', 'ers', 'est', 'ed', 'es', 'er', 'ly', 's', 'd'];
/** A word without the longest ending of `ENDINGS` that leaves three letters or more. */
function stemOf(word) {
    const ending = ENDINGS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
    return ending === undefined ? word : word.slice(0, word.length - ending.length);
}
/**
 * Whether two words are within `most` single-character edits of each other (a typo), two
 * neighbours swapped counting as one (`mtaters`/`matters`).
 */
function editDistanceAtMost(x, y, most) {
    if (Math.abs(x.length - y.length) > most)
        return false;
    const rows = [Array.from({ length: y.length + 1 }, (_, j) => j)];
    for (let i = 1; i <= x.length; i++) {
        const row = [i];
        const previous = rows[i - 1];
        for (let j = 1; j <= y.length; j++) {
            row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
                row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
        }
        rows.push(row);
    }
    return rows[x.length][y.length] <= most;
}
/** Whether some word of `onlyA` and some word of `onlyB` are opposites. */
export function hasOpposites(onlyA, onlyB) {
    return onlyA.some((a) => onlyB.some((b) => areOpposites(a, b)));
}
