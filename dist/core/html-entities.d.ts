/**
 * Decodes the HTML entities a scrape left as literal text (`&#039;`, `&rsquo;`, `&amp;`).
 * Unknown names and invalid code points stay as written.
 */
export declare function decodeEntities(text: string): string;
