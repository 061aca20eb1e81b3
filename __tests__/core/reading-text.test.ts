import { readingText } from '../../src/core/reading-text.js';
import { parseMarkdown } from '../../src/core/parse-markdown.js';
import { parseText } from '../../src/core/parse-text.js';

const read = (text: string): string => readingText(text, parseMarkdown(text));

describe('readingText', () => {
  it('blanks link destinations, titles, references, footnotes and tags, offset for offset', () => {
    const text = 'See [the plan](https://x.io/a "Its\ntitle") and ![map](m.png), [docs][ref], a note[^1] and <b>bold</b>.\n\n[ref]: https://x.io/docs\n[^1]: A note.\n';
    const reading = read(text);
    expect(reading).toHaveLength(text.length);
    const blank = (syntax: string): string => syntax.replace(/[^\n]/g, ' ');
    expect(reading.split('\n\n')[0]).toBe(
      `See [the plan]${blank('(https://x.io/a "Its\ntitle")')} and ![map]${blank('(m.png)')}, [docs]${blank('[ref]')}, a note${blank('[^1]')} and ${blank('<b>')}bold${blank('</b>')}.`,
    );
  });

  it('keeps what a reader sees: code spans, autolinks, MDX-free prose, and plain text whole', () => {
    const text = 'Run `npm i` or see <https://x.io/docs> and <me@x.io>.\n';
    expect(read(text)).toBe(text);
    const plain = 'See [the plan](https://x.io/a) in plain text.\n';
    expect(readingText(plain, parseText(plain))).toBe(plain);
  });
});

describe('readingText: quotes', () => {
  it('blanks the markers of a quote’s continuation lines, also where a link’s title runs over them', () => {
    const text = 'Intro.\n\n> First line of the quote\n> goes on [link](https://x.io "A\n> title").\n';
    const reading = read(text);
    expect(reading).toHaveLength(text.length);
    const blank = (syntax: string): string => syntax.replace(/[^\n]/g, ' ');
    expect(reading.split('\n').slice(2)).toEqual(['> First line of the quote', `  goes on [link]${blank('(https://x.io "A')}`, `${blank('> title")')}.`, '']);
  });
});
