/**
 * Guards against false merges: two texts that differ in a number, a negation or a name are
 * different statements even when their characters are nearly the same.
 */
/** Whether a (lower-cased) word is a number or contains digits. */
export declare const isNumberWord: (word: string) => boolean;
/** Whether a (lower-cased) word negates (`not`, `never`, `isn't`, `не`, `不`). */
export declare const isNegation: (word: string) => boolean;
/**
 * Whether words that one text has and the other lacks change what it says.
 * @param extra lower-cased words of the text under test that the other text lacks
 * @param extraOriginal the same words in their original case (same order), for names
 */
export declare function changesMeaning(extra: readonly string[], extraOriginal: readonly string[]): boolean;
/**
 * Whether two words are opposites by their form: one is the other with a negating prefix
 * (`equality`/`inequality`), or they swap `in`/`ex` before the same stem (`included`/`excluded`).
 */
export declare function areOpposites(a: string, b: string): boolean;
/**
 * Whether two texts are the same words but one, swapped for a word of its own (`rose`/`fell`,
 * `first`/`second`, `northbound`/`southbound`): the one word a template leaves open, so another
 * statement. Not a typo fixed (`goverment`/`government`), another form of one word
 * (`attend`/`attended`), or a tense or modal an editor changes (`said`/`says`, `will`/`would`).
 * Irregular forms outside that short list (`rises`/`rose`) read as a swap.
 */
export declare function swapsOneWord(a: readonly string[], b: readonly string[]): boolean;
/**
 * Whether a text lies inside a longer one but for one word, which the longer one has swapped
 * for a word of its own between the same neighbours (`… considered some of the worst …` inside
 * `… considered some of the best …`): another statement, as for `swapsOneWord`.
 * @param missing the words of `inner` that `outer` lacks
 */
export declare function swapsOneWordInside(inner: readonly string[], outer: readonly string[], missing: readonly string[]): boolean;
/** Whether some word of `onlyA` and some word of `onlyB` are opposites. */
export declare function hasOpposites(onlyA: readonly string[], onlyB: readonly string[]): boolean;
