/**
 * Guards against false merges: two texts that differ in a number, a negation or a name are
 * different statements even when their characters are nearly the same.
 */
const NEGATIONS = new Set([
    'not', 'no', 'never', 'nor', 'none', 'nothing', 'nobody', 'neither', 'without', 'cannot',
    'nicht', 'kein', 'keine', 'nie', 'ne', 'pas', 'jamais', 'non', 'não', 'nunca', 'nem',
    'не', 'нет', 'ни', 'никогда', 'لا', 'لم', 'لن', 'ليس', '不', '没', '無', '无', '非',
]);
const HAS_DIGIT = /\p{N}/u;
const STARTS_UPPER = /^\p{Lu}/u;
/** Whether a (lower-cased) word is a number or contains digits. */
export const isNumberWord = (word) => HAS_DIGIT.test(word);
/** Whether a (lower-cased) word negates (`not`, `never`, `isn't`, `не`, `不`). */
export const isNegation = (word) => NEGATIONS.has(word) || word.endsWith("n't");
/**
 * Whether words that one text has and the other lacks change what it says.
 * @param extra lower-cased words of the text under test that the other text lacks
 * @param extraOriginal the same words in their original case (same order), for names
 */
export function changesMeaning(extra, extraOriginal) {
    for (let i = 0; i < extra.length; i++) {
        const word = extra[i];
        if (isNumberWord(word) || isNegation(word))
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
/** Whether some word of `onlyA` and some word of `onlyB` are opposites. */
export function hasOpposites(onlyA, onlyB) {
    return onlyA.some((a) => onlyB.some((b) => areOpposites(a, b)));
}
