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
