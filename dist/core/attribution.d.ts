/**
 * Whether a text is a quote's attribution (`— Maria Alvarez, council member`): a dash, a name
 * and a few words, no full stop. It says nothing without the quote it names, so it goes with it.
 * @param text the text, its dash first
 * @param words how many words it has
 */
export declare function isAttribution(text: string, words: number): boolean;
