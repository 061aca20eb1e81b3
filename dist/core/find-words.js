/** Word index in `haystack`, from `from` on, where the word sequence `needle` starts, or -1. */
export function findWords(haystack, needle, from = 0) {
    outer: for (let i = from; i + needle.length <= haystack.length; i++) {
        for (let j = 0; j < needle.length; j++)
            if (haystack[i + j] !== needle[j])
                continue outer;
        return i;
    }
    return -1;
}
/**
 * As `findWords`, but searching the words' hashes first and reading the words only to confirm a
 * place the hashes found (equal words have equal hashes; a clash is passed over), so texts
 * whose words were never made need not make them (see `plainFingerprint`).
 */
export function findWordsByHash(haystack, needle, from = 0) {
    const { hashes: within } = haystack;
    const { hashes: sought } = needle;
    outer: for (let i = from; i + sought.length <= within.length; i++) {
        for (let j = 0; j < sought.length; j++)
            if (within[i + j] !== sought[j])
                continue outer;
        if (findWords(haystack.words(), needle.words(), i) === i)
            return i;
    }
    return -1;
}
