import { readFileSync } from 'node:fs';

/** Real paragraphs from scraped pages (see fixtures/excerpts/README.md), in file order. */
export const REAL_PARAGRAPHS: readonly string[] = readFileSync(new URL('../../fixtures/excerpts/paragraphs.txt', import.meta.url), 'utf8')
  .split('\n\n')
  .map((p) => p.trim())
  .filter((p) => p !== '');
