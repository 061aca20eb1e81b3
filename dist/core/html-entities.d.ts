/** The shape of an entity, known or not: what `decodeEntities` looks at. */
export declare const ENTITY_SHAPE: RegExp;
/**
 * Whether an entity's shape starts at `at` (known or not) and ends by `end`: elsewhere
 * `decodeEntities` leaves an `&` as it is (`AT&T`, `Q&A`). An entity ends at its `;`, so one
 * that ends by `end` is there also in the text cut at `end`.
 */
export declare function entityStartsAt(text: string, at: number, end?: number): boolean;
/** Whether a text holds anything shaped like an entity (see `entityStartsAt`). */
export declare function hasEntity(text: string): boolean;
/**
 * Decodes the HTML entities a scrape left as literal text (`&#039;`, `&rsquo;`, `&amp;`).
 * Unknown names and invalid code points stay as written.
 */
export declare function decodeEntities(text: string): string;
