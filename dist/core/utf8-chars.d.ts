/** Bytes of the character whose first byte is `lead` (1 to 4). */
export declare const utf8Width: (lead: number) => number;
/** The code point of the character starting at byte `at`. */
export declare function utf8CodeAt(chars: string, at: number): number;
/** Bytes of the white-space character (as `isWhitespace` has it) starting at `at`, or 0. */
export declare function spaceAt(chars: string, at: number): number;
/** Bytes of the white-space character that ends just before `at`, or 0. */
export declare function spaceBefore(chars: string, at: number): number;
/**
 * How many more bytes than UTF-16 code units the bytes from `start` to `end` take: each
 * continuation byte adds one, each 4-byte character (a surrogate pair) one less.
 */
export declare function utf16Excess(chars: string, start: number, end: number): number;
