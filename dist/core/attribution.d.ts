/**
 * Whether a text is a quote's attribution (`— Maria Alvarez, council member`): a dash, then a
 * source (a name, or a few words: `— The maintainers`), maybe a comma and a role; a few words
 * in all, no full stop. It says nothing without the quote it names, so it goes with it. A dash
 * before a clause (`— Nobody expected what came next`) is no attribution.
 * @param text the text, its dash first
 * @param words how many words it has
 */
export declare function isAttribution(text: string, words: number): boolean;
