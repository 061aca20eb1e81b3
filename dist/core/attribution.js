import { SENTENCE_END } from './sentence-end.js';
/** The most words an attribution may have (`— Maria Alvarez, council member`). */
const MAX_ATTRIBUTION_WORDS = 8;
/** A dash, then a capital: how an attribution opens. */
const ATTRIBUTION = /^[\u2014\u2013]\s*\p{Lu}/u;
/**
 * Whether a text is a quote's attribution (`— Maria Alvarez, council member`): a dash, a name
 * and a few words, no full stop. It says nothing without the quote it names, so it goes with it.
 * @param text the text, its dash first
 * @param words how many words it has
 */
export function isAttribution(text, words) {
    return words <= MAX_ATTRIBUTION_WORDS && ATTRIBUTION.test(text) && !SENTENCE_END.test(text.trimEnd());
}
