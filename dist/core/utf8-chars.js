import { isWhitespace } from './is-whitespace.js';
/*
 * Characters of a *byte string*: valid UTF-8 held one byte per char (as ISO-8859-1 decodes
 * it), so `charCodeAt` reads bytes. Every function here takes an offset where a character
 * starts (or, for `spaceBefore`, ends) and never reads past the string.
 */
/** Bytes of the character whose first byte is `lead` (1 to 4). */
export const utf8Width = (lead) => (lead < 0xc0 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4);
/** The code point of the character starting at byte `at`. */
export function utf8CodeAt(chars, at) {
    const lead = chars.charCodeAt(at);
    if (lead < 0x80)
        return lead;
    const second = chars.charCodeAt(at + 1) & 0x3f;
    if (lead < 0xe0)
        return ((lead & 0x1f) << 6) | second;
    const third = chars.charCodeAt(at + 2) & 0x3f;
    if (lead < 0xf0)
        return ((lead & 0x0f) << 12) | (second << 6) | third;
    return ((lead & 0x07) << 18) | (second << 12) | (third << 6) | (chars.charCodeAt(at + 3) & 0x3f);
}
/** Bytes of the white-space character (as `isWhitespace` has it) starting at `at`, or 0. */
export function spaceAt(chars, at) {
    const lead = chars.charCodeAt(at);
    if (lead < 0x80)
        return isWhitespace(lead) ? 1 : 0;
    // White space takes 2 or 3 bytes beyond ASCII (a continuation byte starts none).
    return lead >= 0xc0 && lead < 0xf0 && isWhitespace(utf8CodeAt(chars, at)) ? utf8Width(lead) : 0;
}
/** Bytes of the white-space character that ends just before `at`, or 0. */
export function spaceBefore(chars, at) {
    let start = at - 1;
    // White space takes at most 3 bytes: step back over up to two continuation bytes.
    while (start > at - 3 && start > 0 && (chars.charCodeAt(start) & 0xc0) === 0x80)
        start--;
    return start >= 0 && spaceAt(chars, start) === at - start ? at - start : 0;
}
/**
 * How many more bytes than UTF-16 code units the bytes from `start` to `end` take: each
 * continuation byte adds one, each 4-byte character (a surrogate pair) one less.
 */
export function utf16Excess(chars, start, end) {
    let excess = 0;
    for (let i = start; i < end; i++) {
        const byte = chars.charCodeAt(i);
        if (byte >= 0x80)
            excess += byte < 0xc0 ? 1 : byte >= 0xf0 ? -1 : 0;
    }
    return excess;
}
