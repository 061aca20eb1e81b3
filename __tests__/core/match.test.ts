import { REAL_PARAGRAPHS } from './real-paragraphs.js';
import { clean } from '../../src/core/clean.js';
import { buildDocument } from '../../src/core/document.js';
import { findMatches } from '../../src/core/match.js';
import { findWords } from '../../src/core/find-words.js';
import type { Match } from '../../src/core/types.js';
import { parseText } from '../../src/core/parse-text.js';

/** Builds a document of blank-line-separated paragraphs and finds its matches. */
function analyse(paragraphs: readonly string[], threshold = 0.8) {
  const text = paragraphs.join('\n\n') + '\n';
  const doc = buildDocument(text, parseText(text), 'en', 20);
  return { doc, matches: findMatches(doc, { threshold }) };
}

/** The match of the second paragraph (as a whole) against the first, if any. */
function relate(first: string, second: string, threshold = 0.8): Match | undefined {
  const { doc, matches } = analyse([first, second], threshold);
  return matches.get(doc.blocks[1]!.whole.id)?.find((m) => doc.segments[m.twin]!.block === 0);
}

const QUOTE = '\u201cWe are not going to stop until every family has clean water,\u201d the mayor said on Tuesday.';
const BUDGET = 'The city council approved the new budget after a six-hour debate on Tuesday night.';
const STORM = 'The storm \u2013 the strongest to hit the region in a decade \u2013 knocked out power to thousands of homes.';
const SHARES = "The company's shares fell sharply after its chief executive resigned on Friday.";
const BRIDGE = 'Officials said the bridge, closed since the spring floods, would reopen to traffic before the end of the month.';

describe('findMatches: exact repeats', () => {
  it('an identical paragraph is equal and exact, with score 1', () => {
    expect(relate(BUDGET, BUDGET)).toMatchObject({ relation: 'equal', kind: 'exact', score: 1 });
  });
});

describe('findMatches: near repeats (same words, other formatting)', () => {
  const variants: [string, string, string][] = [
    ['straight quotes', QUOTE, QUOTE.replace(/[\u201c\u201d]/g, '"')],
    ['curly apostrophe', SHARES, SHARES.replace("'", '\u2019')],
    ['em dash and hyphen', STORM, STORM.replace('\u2013', '\u2014').replace('\u2013', '-')],
    ['NBSP', BUDGET, BUDGET.replace('new budget', 'new\u00a0budget')],
    ['zero-width characters', BUDGET, BUDGET.replace('council', 'coun\u200bcil').replace('debate', 'debate\u200d')],
    ['&#039;', SHARES, SHARES.replace("'", '&#039;')],
    ['&rsquo;', SHARES, SHARES.replace("'", '&rsquo;')],
    ['&amp;', 'Johnson & Johnson agreed to pay millions to settle the lawsuits, the company said.', 'Johnson &amp; Johnson agreed to pay millions to settle the lawsuits, the company said.'],
    ['glued words', 'She learned the trade from her dad. The shop has stood on the corner since the war.', 'She learned the trade from her dad.The shop has stood on the corner since the war.'],
    ['leading rank number', 'Ten things to know about the election before you vote on Sunday', '3 Ten things to know about the election before you vote on Sunday'],
    ['ellipsis', BUDGET, BUDGET.replace(/\.$/, '\u2026')],
    ['three dots', BUDGET, BUDGET.replace(/\.$/, '...')],
    ['bracketed ellipsis', BUDGET, BUDGET.replace(/\.$/, ' [\u2026]')],
    ['dropped final period', BUDGET, BUDGET.slice(0, -1)],
  ];

  it.each(variants)('%s: the same words, reported as near', (_name, first, second) => {
    const match = relate(first, second);
    expect(match).toMatchObject({ relation: 'equal', kind: 'near' });
    expect(match!.score).toBeGreaterThan(0.8);
  });

  it('an added word above the threshold is near; a word swapped for another is another statement', () => {
    const match = relate(BUDGET, BUDGET.replace('new budget', 'new annual budget'));
    expect(match).toMatchObject({ relation: 'near', kind: 'near' });
    expect(match!.score).toBeGreaterThanOrEqual(0.8);
    // `approved`/`rejected` or `approved`/`passed`: one word swapped, which no guard can tell apart.
    expect(relate(BUDGET, BUDGET.replace('approved', 'rejected'))).toBeUndefined();
    expect(relate(BUDGET, BUDGET.replace('approved', 'passed'))).toBeUndefined();
  });

  it('threshold 1 keeps only the same words', () => {
    expect(relate(BUDGET, BUDGET.replace('new budget', 'new annual budget'), 1)).toBeUndefined();
    expect(relate(BUDGET, BUDGET.replace(/\.$/, '\u2026'), 1)).toMatchObject({ relation: 'equal' });
  });
});

describe('findMatches: contained', () => {
  it('a prefix of a longer paragraph', () => {
    expect(relate(BRIDGE, 'Officials said the bridge, closed since the spring floods, would reopen to traffic')).toMatchObject({
      relation: 'contained',
      kind: 'contained',
    });
  });

  it('a middle part, with the place it covers', () => {
    const { doc, matches } = analyse([BRIDGE, 'closed since the spring floods, would reopen to traffic before the end']);
    const match = matches.get(doc.blocks[1]!.whole.id)![0]!;
    expect(match).toMatchObject({ relation: 'contained', kind: 'contained', twin: doc.blocks[0]!.whole.id });
    expect(match.span).toEqual([4, 16]);
  });

  it('a truncated teaser', () => {
    expect(relate(BRIDGE, 'Officials said the bridge, closed since the spring floods, would reopen to traffic before\u2026')).toMatchObject({
      relation: 'contained',
    });
  });

  it('a teaser that comes first is matched against the later full text too (either order)', () => {
    const { doc, matches } = analyse(['Officials said the bridge, closed since the spring floods, would reopen [\u2026]', BRIDGE]);
    const match = matches.get(doc.blocks[0]!.whole.id)?.[0];
    expect(match).toMatchObject({ relation: 'contained', twin: doc.blocks[1]!.whole.id });
  });

  it('a shortened lede (a few words dropped) is contained by word pairs', () => {
    const lede = 'Officials said the bridge would reopen to traffic before the end of the month.';
    expect(relate(BRIDGE, lede)).toMatchObject({ relation: 'contained', kind: 'contained' });
  });

  it('a sentence of a paragraph is matched to that sentence, not to the whole paragraph', () => {
    const { doc, matches } = analyse([`${BUDGET} ${BRIDGE} ${SHARES}`, BRIDGE]);
    const match = matches.get(doc.blocks[1]!.whole.id)![0]!;
    expect(doc.segments[match.twin]).toMatchObject({ block: 0, sentence: 1 });
    expect(match).toMatchObject({ relation: 'equal', kind: 'exact' });
  });
});

describe('findMatches: guards', () => {
  it('texts that differ in a number do not match', () => {
    const a = 'The company said it would cut 200 jobs at its assembly plant in Ohio by the end of the year.';
    expect(relate(a, a.replace('200', '300'))).toBeUndefined();
  });

  const positive = 'The minister said the government would raise taxes on fuel next year to pay for new hospitals.';
  const negative = 'The minister said the government would not raise taxes on fuel next year to pay for new hospitals.';

  it('a negated text does not match its positive twin', () => {
    expect(relate(positive, negative)).toBeUndefined();
  });

  it('a positive text does not match (is not contained in) its negated twin', () => {
    expect(relate(negative, positive)).toBeUndefined();
  });

  it('the same frame with another name does not match', () => {
    expect(
      relate('Rob commented on Senate passes farm bill after late-night vote', 'Tucker commented on Senate passes farm bill after late-night vote'),
    ).toBeUndefined();
  });

  it('short segments are no evidence: they get no matches at all', () => {
    const { matches } = analyse(['Share', 'Share', 'Advertisement', 'Advertisement', 'March 3, 2024', 'March 3, 2024']);
    expect(matches.size).toBe(0);
  });

  it('template lines (Share on Facebook / Share on Twitter) do not match', () => {
    const { matches } = analyse(['Share on Facebook', 'Share on Twitter', 'Share on LinkedIn']);
    expect(matches.size).toBe(0);
  });

  it('a short phrase reused by a heading with other capitals is not contained', () => {
    expect(relate('Information from other users can be found on the forum pages of the site.', 'Information From Other Users')).toBeUndefined();
  });
});

describe('findMatches: non-Latin text', () => {
  it('a repeated Russian paragraph is exact', () => {
    const ru = 'В пятницу вечером в центре Самары загорелся старый деревянный дом, жильцов успели эвакуировать.';
    expect(relate(ru, ru)).toMatchObject({ relation: 'equal', kind: 'exact' });
  });

  it('a repeated Chinese paragraph is exact, and a Chinese sentence is found in its paragraph', () => {
    const zh = '北京市气象台周日发布消息，今年第一场雪将在周一夜间到来。市民出行请注意交通安全。';
    expect(relate(zh, zh)).toMatchObject({ relation: 'equal', kind: 'exact' });
    const { doc, matches } = analyse([zh, '北京市气象台周日发布消息，今年第一场雪将在周一夜间到来。']);
    const match = matches.get(doc.blocks[1]!.whole.id)![0]!;
    expect(doc.segments[match.twin]).toMatchObject({ block: 0, sentence: 0 });
  });

  it('a repeated Arabic paragraph is exact', () => {
    const ar = 'افتتح وزير الثقافة يوم الأحد معرض الكتاب الدولي بمشاركة مئات دور النشر من مختلف الدول العربية.';
    expect(relate(ar, ar)).toMatchObject({ relation: 'equal', kind: 'exact' });
  });
});

describe('findWords', () => {
  it('finds a word sequence, from an offset', () => {
    const words = ['the', 'vote', 'was', 'close', 'and', 'the', 'vote', 'passed'];
    expect(findWords(words, ['the', 'vote'])).toBe(0);
    expect(findWords(words, ['the', 'vote'], 1)).toBe(5);
    expect(findWords(words, ['vote', 'failed'])).toBe(-1);
    expect(findWords(words, [])).toBe(0);
  });
});

describe('findMatches: a paragraph printed many times in one block', () => {
  // A real paragraph (fixtures/excerpts) printed 120 times on one line: every sentence has
  // far more earlier twins in its block than are verified (see `MAX_TWINS_PER_BLOCK`).
  const paragraph = REAL_PARAGRAPHS[3]!;
  const text = `${Array.from({ length: 120 }, () => paragraph).join(' ')}\n`;

  it('still finds a twin for every later copy of every sentence, among the first and the nearest copies', () => {
    const doc = buildDocument(text, parseText(text), 'en', 20);
    const matches = findMatches(doc, { threshold: 0.8 });
    const sentences = doc.blocks[0]!.sentences;
    const perCopy = sentences.length / 120;
    expect(Number.isInteger(perCopy)).toBe(true);
    for (const sentence of sentences.slice(perCopy)) {
      const twins = (matches.get(sentence.id) ?? []).map((m) => doc.segments[m.twin]!.sentence);
      expect(twins.length).toBeGreaterThan(0);
      expect(twins.length).toBeLessThanOrEqual(32);
      // The first copy is always among them, so the planner keeps it.
      expect(twins).toContain(sentence.sentence % perCopy);
    }
  });

  it('cleans it to one copy', () => {
    expect(clean(text).text).toBe(`${paragraph}\n`);
  });
});

describe('findMatches: more blocks share an echo\'s phrases than are verified', () => {
  // A share row scraped twice (the BBC's, from the corpus), then its buttons with their labels:
  // every line shares "Share this with", so the nearest lines are verified first, and the
  // first copy of "Share this with Facebook" is the farthest.
  const row = ['Facebook', 'Messenger', 'Twitter'].map((site) => `Share this with ${site}`);
  const buttons = ['Facebook', 'Messenger', 'Twitter', 'Pinterest'].map((site) => `${site} Share this with ${site}`);
  const paragraphs = [...row, ...row, ...buttons];

  it('the first copy of a near twin is verified too, not only its later copy (which goes)', () => {
    const { doc, matches } = analyse(paragraphs);
    const twinBlocks = (matches.get(doc.blocks[6]!.whole.id) ?? []).map((m) => doc.segments[m.twin]!.block);
    expect(twinBlocks).toEqual([0, 3]);
  });

  it('so one run removes what a second run would find', () => {
    const once = clean(`${paragraphs.join('\n\n')}\n`);
    expect(once.text).toBe(`${[...row, 'Pinterest Share this with Pinterest'].join('\n\n')}\n`);
    expect(clean(once.text).changed).toBe(false);
  });
});
