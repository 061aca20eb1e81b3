/** The shape of an entity, known or not: what `decodeEntities` looks at. */
export declare const ENTITY_SHAPE: RegExp;
/**
 * Whether an entity's shape starts at `at` (known or not): elsewhere `decodeEntities` leaves an
 * `&` as it is (`AT&T`, `Q&A`).
 */
export declare function entityStartsAt(text: string, at: number): boolean;
/** Whether a text holds anything shaped like an entity (see `entityStartsAt`). */
export declare function hasEntity(text: string): boolean;
/**
 * Decodes the HTML entities a scrape left as literal text (`&#039;`, `&rsquo;`, `&amp;`).
 * Unknown names and invalid code points stay as written.
 */
export declare function decodeEntities(text: string): string;
