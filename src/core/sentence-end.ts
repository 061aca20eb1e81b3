/**
 * Sentence-final punctuation at the end of a text, with the closing quotes, brackets and
 * emphasis marks that may follow it (`…done.”`, `**Done!**`); full-width stops too.
 */
export const SENTENCE_END = /[.!?…。！？]["'”’)\]*_]*$/u;
