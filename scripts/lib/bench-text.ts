import { pick, randomInt, type Random } from './prng.js';

/** Real text to build bench articles from. */
export interface BenchSources {
  /** Article paragraphs (each a clean block of real text). */
  readonly paragraphs: readonly string[];
  /** Words to swap in, so repeated source paragraphs do not become file-wide exact repeats. */
  readonly vocabulary: readonly string[];
}

/**
 * How often each echo is injected, per body paragraph (0–1), plus per-article boilerplate.
 * Rates are set from what the real-scraped corpus shows: about one block in nine is an echo.
 */
export const ECHO_RATES = Object.freeze({
  exactRepeat: 0.04,
  nearRepeat: 0.03,
  pullQuote: 0.05,
  /** Per article: a truncated teaser of the lede right after the title. */
  teaser: 0.5,
  /** Per article: how many boilerplate lines, at most. */
  maxBoilerplate: 3,
  /**
   * Share of words replaced when a source paragraph is reused. The corpus holds a few thousand
   * paragraphs, so a large file reuses each many times; at 0.3 the reused copies shared enough
   * phrases to make a large file denser in near-echoes than a small one (more work per MB as
   * the file grows, which real text does not show).
   */
  wordSwap: 0.5,
});

/** Boilerplate lines a scraper picks up on every page of a site. */
export const BOILERPLATE = Object.freeze([
  'Advertisement',
  'Share on Facebook',
  'Share on Twitter',
  'Sign up for our daily newsletter to get the top stories delivered to your inbox every morning.',
  'Follow us on Twitter and Facebook for the latest news and analysis from our reporters.',
  'We use cookies to improve your experience on our site. By continuing you agree to our cookie policy.',
]);

/**
 * Builds the sources from real pages and seed text.
 * @param texts whole documents whose blank-line or line-separated blocks are paragraphs
 * @param minLength shortest paragraph kept, in UTF-16 code units (shorter blocks are menus and dates)
 */
export function buildSources(texts: readonly string[], minLength = 80): BenchSources {
  const paragraphs = texts.flatMap((text) => text.split(/\n+/)).map((block) => block.trim()).filter((block) => block.length >= minLength);
  const vocabulary = [...new Set(paragraphs.flatMap((p) => p.split(/\s+/)).filter((word) => /^[a-z]{4,12}$/.test(word)))];
  return { paragraphs, vocabulary };
}

/**
 * Generates one article of blank-line separated blocks with echoes: exact and near repeats of
 * paragraphs a few blocks later, sentences re-emitted as standalone paragraphs (pull quotes),
 * a truncated teaser of the lede, and boilerplate lines.
 * @param random the seeded PRNG (advanced)
 * @param sources real text
 * @param bodyParagraphs how many body paragraphs
 * @returns the article text, ending with a newline
 */
export function generateArticle(random: Random, sources: BenchSources, bodyParagraphs: number): string {
  const body = Array.from({ length: bodyParagraphs }, () => freshParagraph(random, sources));
  const title = titleOf(body[0]!);
  const blocks: string[] = [title];
  if (random() < ECHO_RATES.teaser) blocks.push(teaser(random, body[0]!));
  const pending: Array<{ due: number; text: string }> = [];
  for (const [index, paragraph] of body.entries()) {
    blocks.push(paragraph);
    for (const echo of echoesOf(random, paragraph)) pending.push({ due: index + randomInt(random, 1, 4), text: echo });
    for (const echo of pending.filter((p) => p.due === index)) blocks.push(echo.text);
  }
  for (const echo of pending.filter((p) => p.due >= bodyParagraphs)) blocks.push(echo.text);
  insertBoilerplate(random, blocks);
  return `${blocks.join('\n\n')}\n`;
}

/** The echoes one paragraph leaves later in the article (usually none). */
function echoesOf(random: Random, paragraph: string): string[] {
  const echoes: string[] = [];
  if (random() < ECHO_RATES.exactRepeat) echoes.push(paragraph);
  if (random() < ECHO_RATES.nearRepeat) echoes.push(nearRepeat(random, paragraph));
  if (random() < ECHO_RATES.pullQuote) {
    const sentences = splitSentences(paragraph).filter((s) => s.split(' ').length >= 6);
    if (sentences.length > 0) echoes.push(pick(random, sentences));
  }
  return echoes;
}

/** A source paragraph with a share of its words swapped, so reuse does not make exact repeats. */
export function freshParagraph(random: Random, sources: BenchSources): string {
  const words = pick(random, sources.paragraphs).split(' ');
  if (sources.vocabulary.length === 0) return words.join(' ');
  return words.map((word) => (random() < ECHO_RATES.wordSwap && /^[a-z]+$/.test(word) ? pick(random, sources.vocabulary) : word)).join(' ');
}

/**
 * A near repeat: the same paragraph with one formatting or word edit, the kinds scrapers make
 * (quotes straightened or curled, final period dropped, a double space, a word changed).
 */
export function nearRepeat(random: Random, paragraph: string): string {
  const edits: Array<(text: string) => string> = [
    (text) => text.replace(/"/g, '\u201C').replace(/'/g, '\u2019'),
    (text) => text.replace(/[.!?]$/, ''),
    (text) => text.replace(' ', '  '),
    (text) => text.replace(/\b(the|a|of|to|in)\b/, (word) => (word === 'the' ? 'a' : 'the')),
    (text) => text.replace(/ - /g, ' \u2014 '),
  ];
  const edited = pick(random, edits)(paragraph);
  // Some edits find nothing to change; drop the final character so the copy is never exact.
  return edited === paragraph ? paragraph.slice(0, -1) : edited;
}

/** A truncated teaser: the first words of the lede and an ellipsis. */
export function teaser(random: Random, lede: string): string {
  const words = lede.split(' ');
  return `${words.slice(0, Math.min(words.length - 1, randomInt(random, 10, 25))).join(' ')}\u2026`;
}

function titleOf(lede: string): string {
  return lede.split(' ').slice(0, 8).join(' ').replace(/[.,;:]$/, '');
}

/** Sentences by a plain regex (the bench needs plausible pull quotes, not linguistics). */
function splitSentences(paragraph: string): string[] {
  return paragraph.match(/[^.!?]+[.!?]+(\s|$)/g)?.map((s) => s.trim()) ?? [];
}

function insertBoilerplate(random: Random, blocks: string[]): void {
  const count = randomInt(random, 0, ECHO_RATES.maxBoilerplate);
  for (let i = 0; i < count; i++) blocks.splice(randomInt(random, 1, blocks.length), 0, pick(random, BOILERPLATE));
}
