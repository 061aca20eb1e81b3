import { SENTENCE_END } from './sentence-end.js';
/** The most words an attribution may have (`— Maria Alvarez, council member`). */
const MAX_ATTRIBUTION_WORDS = 8;
/** A dash, then a capital: how an attribution opens. */
const ATTRIBUTION = /^[\u2014\u2013]\s*\p{Lu}/u;
/** The most words of a source that is not written as a name (`— The maintainers`). */
const MAX_UNNAMED_WORDS = 3;
/** Lower-case words a name may hold (`Secretary of State`, `Ursula von der Leyen`). */
const NAME_PARTICLES = new Set(['of', 'the', 'and', 'de', 'da', 'del', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'y']);
/**
 * Whether a text is a quote's attribution (`— Maria Alvarez, council member`): a dash, then a
 * source (a name, or a few words: `— The maintainers`), maybe a comma and a role; a few words
 * in all, no full stop. It says nothing without the quote it names, so it goes with it. A dash
 * before a clause (`— Nobody expected what came next`) is no attribution.
 * @param text the text, its dash first
 * @param words how many words it has
 */
export function isAttribution(text, words) {
    if (words > MAX_ATTRIBUTION_WORDS || !ATTRIBUTION.test(text) || SENTENCE_END.test(text.trimEnd()))
        return false;
    const source = text.replace(/^[\u2014\u2013]\s*/u, '').split(',')[0].match(/[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*/gu) ?? [];
    return source.length <= MAX_UNNAMED_WORDS || source.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word));
}
