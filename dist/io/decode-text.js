import { isUtf8 } from 'node:buffer';
/** Bytes inspected for a NUL when deciding whether a file is binary (as git does). */
const BINARY_SNIFF_BYTES = 8192;
function unicodeBom(bytes) {
    const [a, b, c, d] = bytes;
    if (a === 0xff && b === 0xfe && c === 0 && d === 0)
        return 'UTF-32LE';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'UTF-32BE';
    if (a === 0xff && b === 0xfe)
        return 'UTF-16LE';
    if (a === 0xfe && b === 0xff)
        return 'UTF-16BE';
    return undefined;
}
/** Why bytes are refused before any decoding: a UTF-16/32 BOM, or a NUL early on. */
function refusal(bytes) {
    const encoding = unicodeBom(bytes);
    if (encoding !== undefined)
        return { ok: false, reason: 'unsupported-encoding', encoding };
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0))
        return { ok: false, reason: 'binary' };
    return undefined;
}
/** Bytes of a UTF-8 BOM at the start, or 0. */
export const bomLength = (bytes) => (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
/**
 * Whether `decodeText` would take the bytes, found without decoding them (Node's native UTF-8
 * check is as strict as the fatal decoder), for callers that work on the bytes instead.
 */
export function acceptsText(bytes) {
    return refusal(bytes) === undefined && isUtf8(bytes);
}
/**
 * Decodes a file's bytes as UTF-8, refusing what unecho must not rewrite: UTF-16/32 (by BOM),
 * binary (a NUL byte in the first 8 KiB) and invalid UTF-8.
 * @returns the text without its UTF-8 BOM, and whether there was one
 */
export function decodeText(bytes) {
    const refused = refusal(bytes);
    if (refused !== undefined)
        return refused;
    const bom = bomLength(bytes) > 0;
    try {
        const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
        return { ok: true, text, bom };
    }
    catch {
        return { ok: false, reason: 'invalid-utf8' };
    }
}
