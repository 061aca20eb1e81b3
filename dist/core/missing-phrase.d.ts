/**
 * Whether more than `MAX_MISSING_RUN` words in a row of `words` are missing from `there`: a
 * phrase the twin lacks (a clause glued on without a full stop), not a changed word here and
 * there. Short words the twin has (`the`, `by`) do not end the run. A near twin with such a gap
 * cannot stand for the text: the phrase would be lost.
 */
export declare function hasMissingPhrase(words: readonly string[], there: ReadonlySet<string>): boolean;
