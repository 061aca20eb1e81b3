/** How a file's bytes turned out. */
export type Decoded = {
    readonly ok: true;
    readonly text: string;
    readonly bom: boolean;
} | {
    readonly ok: false;
    readonly reason: 'binary' | 'invalid-utf8';
} | {
    readonly ok: false;
    readonly reason: 'unsupported-encoding';
    readonly encoding: string;
};
/** Bytes of a UTF-8 BOM at the start, or 0. */
export declare const bomLength: (bytes: Uint8Array) => number;
/**
 * Whether `decodeText` would take the bytes, found without decoding them (Node's native UTF-8
 * check is as strict as the fatal decoder), for callers that work on the bytes instead.
 */
export declare function acceptsText(bytes: Uint8Array): boolean;
/**
 * Decodes a file's bytes as UTF-8, refusing what unecho must not rewrite: UTF-16/32 (by BOM),
 * binary (a NUL byte in the first 8 KiB) and invalid UTF-8.
 * @returns the text without its UTF-8 BOM, and whether there was one
 */
export declare function decodeText(bytes: Uint8Array): Decoded;
