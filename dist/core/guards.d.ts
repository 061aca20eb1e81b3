/**
 * Guards against false merges: two texts that differ in a number, a negation, a qualifier of a
 * quantity or a name, or that swap words in place, are different statements even when their
 * characters are nearly the same.
 */
/** A capital letter first (a name, or a sentence's start). */
export declare const STARTS_UPPER: RegExp;
/** Whether a (lower-cased) word is a number or contains digits. */
export declare const isNumberWord: (word: string) => boolean;
/** Whether a (lower-cased) word negates (`not`, `never`, `isn't`, `не`, `不`). */
export declare const isNegation: (word: string) => boolean;
/** Whether a (lower-cased) word bounds or hedges a quantity (`least`, `than`, `only`). */
export declare const isQualifier: (word: string) => boolean;
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
 * Whether two texts of the same length differ only in a few words swapped in place, one of
 * which changes the statement: a word for a word of its own (`approve`/`reject`), or names and
 * numbers trading places (`Arsenal beat Chelsea 2-1` / `Chelsea beat Arsenal 2-1`, `March 3 …
 * April 11` / `April 3 … March 11`), which leave the same words in another order. Typos, forms
 * and editors' swaps alone (see `areForms`) are no other statement.
 */
export declare function swapsWords(a: readonly string[], b: readonly string[]): boolean;
/**
 * Whether a shorter text stands in a longer one with a few of its words swapped in place (see
 * `swapsWords`): the same frame, another statement. Its place is where both its first and last
 * words stand; or where one of them does when the swapped words trade places (a name that opens
 * it stands further in there: `Chelsea beat Arsenal` in `Arsenal beat Chelsea …`). A text that
 * only ends otherwise is cut or goes on, not swapped.
 */
export declare function swapsWordsInside(inner: readonly string[], outer: readonly string[]): boolean;
/**
 * Whether a text lies inside a longer one but for one word, which the longer one has swapped
 * for a word of its own between the same neighbours (`… considered some of the worst …` inside
 * `… considered some of the best …`): another statement, as for `swapsOneWord`.
 * @param missing the words of `inner` that `outer` lacks
 */
export declare function swapsOneWordInside(inner: readonly string[], outer: readonly string[], missing: readonly string[]): boolean;
/** Whether some word of `onlyA` and some word of `onlyB` are opposites. */
export declare function hasOpposites(onlyA: readonly string[], onlyB: readonly string[]): boolean;
