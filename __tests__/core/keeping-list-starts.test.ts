import { clean } from '../../src/core/clean.js';
import { keepingListStarts } from '../../src/core/keeping-list-starts.js';

const ECHO = "The cache is stored in the user's home directory by default.";
const RUN = 'Run the cleanup command once a week to keep the cache small.';
const HEAD = `# Cache\n\n${ECHO}\n\n`;
const md = (text: string, options = {}): string => clean(text, { parser: 'markdown', ...options }).text;

describe('keepingListStarts: an ordered list whose first item goes keeps its start number', () => {
  it('keeps the first marker and takes the next one (a list starting at 2 would render so)', () => {
    const text = `${HEAD}1. ${ECHO}\n2. ${RUN}\n3. Use a fast disk.\n`;
    expect(md(text)).toBe(`${HEAD}1. ${RUN}\n3. Use a fast disk.\n`);
    expect(md(md(text))).toBe(md(text));
    expect(md(`${HEAD}3. ${ECHO}\n4. ${RUN}\n`)).toBe(`${HEAD}3. ${RUN}\n`);
    // The exact-only path takes the same removals.
    expect(md(text, { threshold: 1, unit: 'paragraph' })).toBe(`${HEAD}1. ${RUN}\n3. Use a fast disk.\n`);
  });

  it('does so in loose lists, with `)` markers, CRLF, task items and nested lists', () => {
    expect(md(`${HEAD}1. ${ECHO}\n\n2. ${RUN}\n\n3. Use a fast disk.\n`)).toBe(`${HEAD}1. ${RUN}\n\n3. Use a fast disk.\n`);
    expect(md(`${HEAD}1) ${ECHO}\n2) ${RUN}\n`)).toBe(`${HEAD}1) ${RUN}\n`);
    expect(md(`${HEAD}1. ${ECHO}\n2. ${RUN}\n`.replace(/\n/g, '\r\n'))).toBe(`${HEAD}1. ${RUN}\n`.replace(/\n/g, '\r\n'));
    // The kept item's checkbox is its own, so it stays with its text.
    expect(md(`${HEAD}1. [ ] ${ECHO}\n2. [x] ${RUN}\n`)).toBe(`${HEAD}1. [x] ${RUN}\n`);
    expect(md(`${HEAD}- Setup\n\n  1. ${ECHO}\n  2. ${RUN}\n`)).toBe(`${HEAD}- Setup\n\n  1. ${RUN}\n`);
  });

  it('keeps the further lines of a multi-line item inside it, with as many spaces as it had', () => {
    const wrapped = `${HEAD}1. The cache is stored in the user's home\n   directory by default.\n2. Run the cleanup command once a week\n   to keep the cache small:\n   - daily is too often\n3. Done.\n`;
    expect(md(wrapped)).toBe(`${HEAD}1. Run the cleanup command once a week\n   to keep the cache small:\n   - daily is too often\n3. Done.\n`);
    expect(md(`${HEAD}9. ${ECHO}\n10. ${RUN}\n`)).toBe(`${HEAD}9. ${RUN}\n`);
    expect(md(`${HEAD}1.  ${ECHO}\n2. ${RUN}\n`)).toBe(`${HEAD}1. ${RUN}\n`);
  });

  it('takes a run of first items, and what stands before the list, around the marker', () => {
    const text = `${HEAD}${RUN}\n\n1. ${ECHO}\n2. ${RUN}\n3. Use a fast disk.\n`;
    expect(md(text)).toBe(`${HEAD}${RUN}\n\n1. Use a fast disk.\n`);
    const source = 'Intro.\n\n1. a\n2. b\n';
    // A paragraph and the first item gone in one removal, up to the second item's marker.
    expect(keepingListStarts(source, [{ start: 0, end: 13 }], [{ start: 8, end: 11 }])).toEqual([
      { start: 0, end: 8 },
      { start: 11, end: 16 },
    ]);
  });

  it('leaves removals that do not end at an item of the same list', () => {
    const source = '1. a\n2) b\n';
    expect(keepingListStarts(source, [{ start: 0, end: 5 }], [{ start: 0, end: 3 }])).toEqual([{ start: 0, end: 5 }]);
    const narrower = '10. a\n9. b\n';
    expect(keepingListStarts(narrower, [{ start: 0, end: 6 }], [{ start: 0, end: 4 }])).toEqual([{ start: 0, end: 6 }]);
    const same = '1. a\n2. b\n';
    expect(keepingListStarts(same, [{ start: 0, end: 5 }], [{ start: 0, end: 3 }])).toEqual([{ start: 3, end: 8 }]);
  });
});
