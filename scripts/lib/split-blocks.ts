/**
 * Splits a text into its blank-line separated blocks, the way the real-scraped corpus defines
 * them: block *i* is the *i*-th item of the text split on `"\n\n"` after removing the final
 * newline. Empty items (left by a remover that leaves extra blank lines) are dropped, since no
 * corpus block is empty; the exact-page metric still catches such spacing damage.
 * @param text a whole page
 * @returns the blocks, in order
 */
export function splitBlocks(text: string): string[] {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (body === '') return [];
  return body.split('\n\n').filter((block) => block !== '');
}
