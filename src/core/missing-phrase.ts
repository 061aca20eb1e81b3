/** Words a near twin may lack in a row (short words it has aside) before they are a phrase it lacks. */
const MAX_MISSING_RUN = 3;

/**
 * Whether more than `MAX_MISSING_RUN` words in a row of `words` are missing from `there`: a
 * phrase the twin lacks (a clause glued on without a full stop), not a changed word here and
 * there. Short words the twin has (`the`, `by`) do not end the run. A near twin with such a gap
 * cannot stand for the text: the phrase would be lost.
 */
export function hasMissingPhrase(words: readonly string[], there: ReadonlySet<string>): boolean {
  let run = 0;
  for (const word of words) {
    if (!there.has(word)) {
      if (++run > MAX_MISSING_RUN) return true;
    } else if (word.length > 3) run = 0;
  }
  return false;
}
