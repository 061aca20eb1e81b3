import { clean } from '../../src/core/clean.js';
import type { Change } from '../../src/core/types.js';

/** Blank-line-separated paragraphs with a final line break. */
const P = (...paragraphs: string[]): string => paragraphs.join('\n\n') + '\n';

/** The parts of a change a test states: kind, unit, rule and both places as line:column. */
const brief = (c: Change) => ({
  kind: c.kind,
  unit: c.unit,
  rule: c.rule,
  removed: `${c.removed.line}:${c.removed.column}`,
  kept: `${c.kept.line}:${c.kept.column}`,
});

const TITLE = 'City council passes budget after long debate';
const BUDGET = 'The city council approved the new budget on Tuesday after a six-hour debate that stretched past midnight.';
const LIBRARY = 'Residents packed the chamber to speak against a plan to close two public libraries on the east side of town.';
const MAYOR = 'The mayor said the compromise would keep both branches open on weekends while the city looks for a private partner.';
const NEXT = 'The council will vote on the final version of the plan at its next meeting in two weeks.';
// Longer than 120 characters, so a text with one paragraph per line is not read as hard-wrapped.
const LONG =
  'The city council approved the new budget on Tuesday after a six-hour debate in which residents packed the chamber to speak against library closures.';

describe('clean: input without echoes', () => {
  it('returns the text unchanged, with no changes', () => {
    const text = P(TITLE, BUDGET, LIBRARY, MAYOR);
    const result = clean(text);
    expect(result).toMatchObject({ text, changed: false, changes: [], edits: [] });
    expect(result.stats).toEqual({ blocks: 4, removedBlocks: 0, removedSentences: 0, removedChars: 0 });
  });

  it('handles an empty text', () => {
    expect(clean('')).toMatchObject({ text: '', changed: false, changes: [] });
  });
});

describe('clean: exact repeat of a paragraph', () => {
  const result = clean(P(TITLE, BUDGET, LIBRARY, BUDGET, MAYOR));

  it('removes the later copy', () => {
    expect(result.text).toBe(P(TITLE, BUDGET, LIBRARY, MAYOR));
  });

  it('reports it as an exact paragraph repeat of the first copy', () => {
    expect(result.changes.map(brief)).toEqual([{ kind: 'exact', unit: 'paragraph', rule: 'repeat', removed: '7:1', kept: '3:1' }]);
    expect(result.changes[0]).toMatchObject({ score: 1, removed: { text: BUDGET }, kept: { text: BUDGET } });
    expect(result.stats).toMatchObject({ removedBlocks: 1, removedSentences: 0 });
  });

  it('removes every later copy', () => {
    expect(clean(P(TITLE, BUDGET, LIBRARY, BUDGET, MAYOR, BUDGET)).text).toBe(P(TITLE, BUDGET, LIBRARY, MAYOR));
  });
});

describe('clean: near repeats (other quotes, dashes, spaces, entities)', () => {
  const QUOTE = '\u201cWe are going to keep every branch open as long as people use them,\u201d the mayor told reporters on Wednesday.';
  const STORM = 'The storm \u2013 the strongest to hit the region in a decade \u2013 knocked out power to thousands of homes.';
  const SHARES = "The company's shares fell sharply after its chief executive resigned on Friday morning.";
  const GLUED = 'She learned the trade from her dad. The shop has stood on the same corner since the war.';
  const cases: [string, string, string][] = [
    ['straight quotes for curly ones', QUOTE, QUOTE.replace(/[\u201c\u201d]/g, '"')],
    ['curly quotes for straight ones', QUOTE.replace(/[\u201c\u201d]/g, '"'), QUOTE],
    ['an em dash and a hyphen for en dashes', STORM, STORM.replace('\u2013', '\u2014').replace('\u2013', '-')],
    ['NBSP', BUDGET, BUDGET.replace('new budget', 'new\u00a0budget').replace('past midnight', 'past\u00a0midnight')],
    ['zero-width characters', BUDGET, BUDGET.replace('council', 'coun\u200bcil').replace('budget', '\ufeffbudget\u200d')],
    ['&#039;', SHARES, SHARES.replace("'", '&#039;')],
    ['&rsquo;', SHARES, SHARES.replace("'", '&rsquo;')],
    ['&amp;', 'Johnson & Johnson agreed to pay millions to settle the lawsuits, the company said.', 'Johnson &amp; Johnson agreed to pay millions to settle the lawsuits, the company said.'],
    ['words glued at an element border', GLUED, GLUED.replace('dad. The', 'dad.The')],
    ['a leading rank number', 'Ten things to know about the election before you vote on Sunday', '3 Ten things to know about the election before you vote on Sunday'],
    ['a final \u2026', BUDGET, BUDGET.replace(/\.$/, '\u2026')],
    ['a final ...', BUDGET, BUDGET.replace(/\.$/, '...')],
    ['a final [\u2026]', BUDGET, BUDGET.replace(/\.$/, ' [\u2026]')],
    ['a dropped final period', BUDGET, BUDGET.slice(0, -1)],
  ];

  it.each(cases)('%s: the later copy goes', (_name, first, later) => {
    const result = clean(P(TITLE, first, LIBRARY, later, MAYOR));
    expect(result.text).toBe(P(TITLE, first, LIBRARY, MAYOR));
    expect(result.changes.map(brief)).toEqual([{ kind: 'near', unit: 'paragraph', rule: 'repeat', removed: '7:1', kept: '3:1' }]);
    // Dice ignores whitespace, so an NBSP or a glued word can score 1 and still not be exact.
    expect(result.changes[0]!.score).toBeGreaterThan(0.8);
    expect(result.changes[0]!.score).toBeLessThanOrEqual(1);
  });

  it('same words with a final ellipsis first: the first copy stays', () => {
    const result = clean(P(TITLE, BUDGET.replace(/\.$/, '\u2026'), LIBRARY, BUDGET, MAYOR));
    expect(result.text).toBe(P(TITLE, BUDGET.replace(/\.$/, '\u2026'), LIBRARY, MAYOR));
    expect(result.changes.map(brief)).toEqual([{ kind: 'near', unit: 'paragraph', rule: 'repeat', removed: '7:1', kept: '3:1' }]);
  });
});

describe('clean: contained', () => {
  const BRIDGE = 'Officials said the bridge, closed since the spring floods, would reopen to traffic before the end of the month.';

  it.each([
    ['a prefix', 'Officials said the bridge, closed since the spring floods, would reopen to traffic'],
    ['a middle part', 'closed since the spring floods, would reopen to traffic before the end'],
    ['a truncated teaser (\u2026)', 'Officials said the bridge, closed since the spring floods, would reopen to traffic before\u2026'],
    ['a truncated teaser ([\u2026])', 'Officials said the bridge, closed since the spring floods, would reopen [\u2026]'],
    ['a shortened lede', 'Officials said the bridge would reopen to traffic before the end of the month.'],
  ])('%s of a later-kept paragraph goes', (_name, part) => {
    const result = clean(P(TITLE, BRIDGE, MAYOR, part, NEXT));
    expect(result.text).toBe(P(TITLE, BRIDGE, MAYOR, NEXT));
    expect(result.changes.map(brief)).toEqual([{ kind: 'contained', unit: 'paragraph', rule: 'contained', removed: '7:1', kept: '3:1' }]);
  });

  it('a teaser before its full paragraph goes (either order)', () => {
    const teaser = 'Officials said the bridge, closed since the spring floods, would reopen\u2026';
    const result = clean(P(TITLE, teaser, BRIDGE, MAYOR));
    expect(result.text).toBe(P(TITLE, BRIDGE, MAYOR));
    expect(result.changes.map(brief)).toEqual([{ kind: 'contained', unit: 'paragraph', rule: 'contained', removed: '3:1', kept: '5:1' }]);
  });

  it('a part of one sentence of a longer paragraph goes, and the kept place is that sentence', () => {
    const paragraph = `${BUDGET} ${BRIDGE} ${MAYOR}`;
    const result = clean(P(TITLE, paragraph, NEXT, 'Officials said the bridge, closed since the spring floods, would reopen\u2026'));
    expect(result.text).toBe(P(TITLE, paragraph, NEXT));
    expect(result.changes.map(brief)).toEqual([
      { kind: 'contained', unit: 'paragraph', rule: 'contained', removed: '7:1', kept: `3:${BUDGET.length + 2}` },
    ]);
    expect(result.changes[0]!.kept.text).toBe(BRIDGE);
  });
});

describe('clean: a description that concatenates body paragraphs (aggregate)', () => {
  const A = 'The state declared a drought emergency on Monday as reservoirs fell to their lowest level in decades.';
  const B = 'Farmers in the valley say their wells are running dry and their crops are failing.';
  const C = 'A spokesman for the governor said more details would follow later in the week.';

  it('the description goes and the paragraphs stay', () => {
    const result = clean(P('Farmers brace for drought', `${A} ${B}`, A, B, C));
    expect(result.text).toBe(P('Farmers brace for drought', A, B, C));
    expect(result.changes.map(brief)).toEqual([{ kind: 'contained', unit: 'paragraph', rule: 'aggregate', removed: '3:1', kept: '5:1' }]);
    expect(result.stats).toMatchObject({ removedBlocks: 1, removedSentences: 0 });
  });

  it('also when the description is cut short', () => {
    const result = clean(P('Farmers brace for drought', `${A} Farmers in the valley say their wells are running dry\u2026`, A, B, C));
    expect(result.text).toBe(P('Farmers brace for drought', A, B, C));
    expect(result.changes.map((c) => c.rule)).toEqual(['aggregate']);
  });

  it('is kept when a piece is only a teaser near its sentence (the teaser lacks its end)', () => {
    const rates = 'Economists said a cut was unlikely before the summer, given the strength of the labour market.';
    const rail = 'A new high-speed rail line will cut the journey between the two cities to under two hours.';
    // Near the full sentence by its score (0.8), but without "two cities to under two hours".
    const teaser = 'A new high-speed rail line will cut the journey between the\u2026';
    const result = clean(P('Council passes budget after long debate', `${rates} ${rail}`, rates, teaser, C));
    expect(result.text).toContain(rail);
    for (const change of result.changes) expect(result.text).toContain(change.kept.text);
  });

  it('a block stays when its near twin is a shorter text that lacks one of its sentences', () => {
    const rail = 'A new high-speed rail line will cut the journey between the two cities to under two hours.';
    const residents = 'Residents packed the chamber to speak against a plan to close two public libraries on the east side.';
    const shares = 'The company&#039;s shares fell 12 percent in early trading after its chief executive resigned.';
    const teaser = `${shares.slice(0, -1)}\u2026`;
    const text = P(TITLE, `${rail} ${residents} ${shares}`, `${rail} ${residents} ${shares.replace('&#039;', "'")}`, `${teaser} ${residents}`, `${A} ${C} ${teaser} ${residents}`);
    const result = clean(text);
    // The teaser line and its echo score 0.8 against the first block, which alone holds `rail`.
    expect(result.text).toContain(rail);
    for (const change of result.changes) expect(result.text).toContain(change.kept.text);
  });

  it('whose pieces went as echoes points where they stay', () => {
    const farmers = 'Farmers in the valley say their wells are running dry and their orchards are starting to fail.';
    const fans = 'Thousands of fans poured into the streets of the old town to celebrate until dawn.';
    const teaser = 'Farmers in the valley say their wells are running dry and\u2026';
    const result = clean(P('Council passes budget after long debate', `${teaser} ${fans}`, fans, farmers, teaser, fans, C));
    expect(result.text).toBe(P('Council passes budget after long debate', fans, farmers, C));
    expect(result.changes.map((change) => change.rule)).toContain('aggregate');
    for (const change of result.changes) expect(result.text).toContain(change.kept.text);
  });
});

describe('clean: a pull quote after its paragraph', () => {
  const QUOTE = '\u201cWe have never seen the river this low,\u201d said one farmer who has worked the land for forty years.';
  const paragraph = `The state declared a drought emergency on Monday. ${QUOTE} Officials promised emergency aid within weeks.`;

  it('the quote goes and the paragraph stays whole', () => {
    const result = clean(P('Farmers brace for drought', paragraph, NEXT, QUOTE, MAYOR));
    expect(result.text).toBe(P('Farmers brace for drought', paragraph, NEXT, MAYOR));
    expect(result.changes.map(brief)).toEqual([{ kind: 'exact', unit: 'paragraph', rule: 'repeat', removed: '7:1', kept: '3:51' }]);
    expect(result.changes[0]!.kept.text).toBe(QUOTE);
  });

  it('a quote that lost its quotation marks goes too (near)', () => {
    const bare = QUOTE.replace(/[\u201c\u201d]/g, '');
    const result = clean(P('Farmers brace for drought', paragraph, NEXT, bare, MAYOR));
    expect(result.text).toBe(P('Farmers brace for drought', paragraph, NEXT, MAYOR));
    expect(result.changes.map(brief)).toEqual([{ kind: 'near', unit: 'paragraph', rule: 'repeat', removed: '7:1', kept: '3:51' }]);
  });
});

describe('clean: sentences cut at the edges of a paragraph', () => {
  const [S1, S2, S3, S4, S5] = [
    'The state declared a drought emergency on Monday as reservoirs fell to their lowest level since 1977.',
    'Analysts had expected the carmaker to report a small profit for the third quarter.',
    'Officials said the bridge, closed since the spring floods, would reopen to traffic before the end of the month.',
    'The museum will return the bronze statue to Nigeria after a years-long campaign by scholars.',
    'Scientists have found traces of microplastics in snow collected near the summit of Everest.',
  ];
  const S6 = 'The library will stay open late on weekdays during the exam season this spring.';

  // S2 and S3 stand in the paragraphs before, so they are cut from the third.
  it.each([
    ['curly quotes', `“${S1} ${S2} ${S3}”`, `“${S1}”`],
    ['straight quotes', `"${S1} ${S2} ${S3}"`, `"${S1}"`],
    ['brackets', `(${S1} ${S2} ${S3})`, `(${S1})`],
    ['quotes, the first sentence cut', `“${S2} ${S1}”`, `“${S1}”`],
    ['a quote of its own, cut with it', `${S1} “${S2}” ${S6}`, `${S1} ${S6}`],
  ])('marks around the whole paragraph stay when its first or last sentences go (%s)', (_name, paragraph, expected) => {
    const text = P(TITLE, `${S3} ${S4}`, `${S2} ${S5}`, paragraph, NEXT);
    expect(clean(text).text).toBe(P(TITLE, `${S3} ${S4}`, `${S2} ${S5}`, expected, NEXT));
  });

  it('Markdown emphasis around the whole paragraph stays too', () => {
    const text = P(TITLE, `${S3} ${S4}`, `${S2} ${S5}`, `*${S2} ${S1}*`, NEXT);
    expect(clean(text, { parser: 'markdown' }).text).toBe(P(TITLE, `${S3} ${S4}`, `${S2} ${S5}`, `*${S1}*`, NEXT));
  });

  it('the last two go with the space before them: the paragraph ends where its kept text does', () => {
    const text = P(TITLE, `${S3} ${S4}`, `${S2} ${S5}`, `${S1} ${S2} ${S3}`, NEXT);
    expect(clean(text).text).toBe(P(TITLE, `${S3} ${S4}`, `${S2} ${S5}`, S1, NEXT));
    // Also before closing emphasis, which must follow the text to close it.
    const emphasis = P(TITLE, `${S3} ${S4}`, `${S2} ${S5}`, `*${S1} ${S2} ${S3}*`, NEXT);
    expect(clean(emphasis, { parser: 'markdown' }).text).toBe(P(TITLE, `${S3} ${S4}`, `${S2} ${S5}`, `*${S1}*`, NEXT));
  });
});

describe('clean: a sentence the scrape stuttered', () => {
  const question = 'What effect will it have?';
  const head = 'Justice Department to throw out decades-old film business regulations.';
  const body = 'The so-called Paramount decrees have governed film distribution for decades.';

  it('a short sentence right after its copy goes (five words, where a sentence needs six to be cut)', () => {
    const result = clean(P(TITLE, `${head} ${question} ${question} ${body}`));
    expect(result.text).toBe(P(TITLE, `${head} ${question} ${body}`));
    expect(result.changes.map(brief)).toEqual([{ kind: 'exact', unit: 'sentence', rule: 'sentence-repeat', removed: `3:${head.length + question.length + 3}`, kept: `3:${head.length + 2}` }]);
  });

  it('a pair of sentences printed twice loses its second copy', () => {
    expect(clean(P(TITLE, `${head} ${question} ${head} ${question} ${body}`)).text).toBe(P(TITLE, `${head} ${question} ${body}`));
  });

  it('a short sentence repeated further on stays: a refrain, not a stutter', () => {
    const text = P(TITLE, `${question} ${head} ${question} ${body}`);
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });
});

describe('clean: a sentence repeated inside a new paragraph', () => {
  const S1 = 'The state declared a drought emergency on Monday.';
  const S2 = 'Reservoirs have fallen to their lowest level in four decades.';
  const S3 = 'Officials promised emergency aid within weeks.';
  const N1 = 'A spokesman for the governor said more details would follow.';
  const N2 = 'The water board meets again on Friday.';
  const first = `${S1} ${S2} ${S3}`;

  it.each([
    ['in the middle', `${N1} ${S2} ${N2}`, `${N1} ${N2}`, N1.length + 2],
    ['at the end', `${N1} ${S2}`, N1, N1.length + 2],
    ['at the start', `${S2} ${N1}`, N1, 1],
  ])('%s: only that sentence is cut, with a clean join', (_name, later, expected, column) => {
    const result = clean(P('Farmers brace for drought', first, later));
    expect(result.text).toBe(P('Farmers brace for drought', first, expected));
    expect(result.text).not.toMatch(/ {2}| [.,;:!?]|^ | $/m);
    expect(result.changes.map(brief)).toEqual([
      { kind: 'exact', unit: 'sentence', rule: 'sentence-repeat', removed: `5:${column}`, kept: `3:${S1.length + 2}` },
    ]);
    expect(result.stats).toMatchObject({ removedBlocks: 0, removedSentences: 1 });
  });

  it('a quoted sentence with its attribution is cut without leaving quote marks behind', () => {
    const quote = '\u201cWe have never seen the river this low,\u201d said one farmer.';
    const result = clean(P('Farmers brace for drought', `${S1} ${quote} ${S3}`, `${N1} ${quote} ${N2}`));
    expect(result.text).toBe(P('Farmers brace for drought', `${S1} ${quote} ${S3}`, `${N1} ${N2}`));
  });

  it('a teaser that opens with the title goes whole, though the body loses the title sentence', () => {
    const headline = 'The sale is being done in two steps';
    const body = `${headline}. The first step moves the remaining assets to a new holding company owned by the buyer. The second step sells the patents.`;
    const result = clean(P(headline, `${headline}. The first step moves the remaining assets to a new\u2026`, body));
    expect(result.text).toBe(P(headline, body.slice(headline.length + 2)));
    expect(clean(result.text).text).toBe(result.text);
  });

  it('a sentence repeating one of its own block goes before the block is compared, so a second run finds nothing', () => {
    const schools = 'Schools in the county will stay closed until at least Thursday, the district said in a statement';
    const crews = 'Firefighters were helped by cooler temperatures and light rain overnight';
    const text = P(TITLE, `${schools} ${crews}`, `${schools}. ${crews}.`, `${crews}. ${schools}. ${crews}.`);
    const once = clean(text).text;
    expect(once).toBe(P(TITLE, `${schools} ${crews}`));
    expect(clean(once).text).toBe(once);
  });

  it('a paragraph whose sentences left after a cut all stand in larger blocks goes whole', () => {
    const farmer = '\u201cWe have never seen the river this low,\u201d said one farmer who has worked the valley for decades.';
    const analysts = 'Analysts had expected the carmaker to report a small profit for the third quarter.';
    const charity = 'The charity plans to open twelve new food banks before winter as demand continues to rise.';
    const text = P(TITLE, `${farmer} ${analysts}`, `${farmer} ${analysts}`, `${charity} ${farmer}`, `${farmer.slice(0, -1)} ${charity}`);
    const once = clean(text).text;
    expect(once).toBe(P(TITLE, `${farmer} ${analysts}`, `${farmer.slice(0, -1)} ${charity}`));
    expect(clean(once).text).toBe(once);
  });

  it('a paragraph made only of earlier sentences goes whole', () => {
    const result = clean(P('Farmers brace for drought', first, N2, `${S3} ${S1}`));
    expect(result.text).toBe(P('Farmers brace for drought', first, N2));
    expect(result.changes.map((c) => [c.unit, c.removed.line])).toEqual([['paragraph', 7]]);
  });
});

describe('clean: guards', () => {
  it('texts that differ in a number are both kept', () => {
    const a = 'The company said it would cut 200 jobs at its assembly plant in Ohio by the end of the year.';
    const text = P(TITLE, a, LIBRARY, a.replace('200', '300'));
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  const positive = 'The minister said the government would raise taxes on fuel next year to pay for new hospitals.';
  const negative = 'The minister said the government would not raise taxes on fuel next year to pay for new hospitals.';

  it('a later negated text is kept', () => {
    const text = P(TITLE, positive, LIBRARY, negative);
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it('a later text without the negation is kept', () => {
    const text = P(TITLE, negative, LIBRARY, positive);
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it('texts that differ in a time are both kept (a leading hour is no list number)', () => {
    const deputies = "Sheriff's deputies were at The London hotel on Thursday morning, a spokesman said.";
    const text = P(TITLE, `12:00 PM PT -- ${deputies} We know they were in the manager's office.`, `15:00 PM PT -- ${deputies}`);
    expect(clean(text)).toMatchObject({ text, changes: [] });
    expect(clean(text, { unit: 'paragraph' })).toMatchObject({ text, changes: [] });
  });

  it('texts that open with different counts are both kept (a leading number is no list number on both sides)', () => {
    const whales = (count: number): string => `${count} sperm whales stranded on the South Taranaki coast on Sunday, the conservation department said.`;
    const text = P(TITLE, whales(12), LIBRARY, whales(13));
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it('a text is not contained in a longer number: `500 …` stays beside `1,500 …`, `… 3` beside `… 3.5 …`', () => {
    const died = 'people died in the floods that struck the valley on Monday night, officials said.';
    const text = P(TITLE, `Officials said 1,500 ${died}`, LIBRARY, `500 ${died}`);
    expect(clean(text)).toMatchObject({ text, changes: [] });
    const rate = 'The central bank expects inflation to settle at 3';
    const decimal = P(TITLE, `${rate}.5 percent by the end of next year, its governor said.`, LIBRARY, rate);
    expect(clean(decimal)).toMatchObject({ text: decimal, changes: [] });
    // Other separators: a no-break space in `1 500`; and with words glued (compact form).
    const nbsp = P(TITLE, `Officials said 1\u00a0500 ${died}`, LIBRARY, `500 ${died}`);
    expect(clean(nbsp)).toMatchObject({ text: nbsp, changes: [] });
  });

  it('the number is read where the text lies in its twin: `500 …` after `1,500 homes …, and` is a copy', () => {
    const died = 'people died in the floods that struck the valley on Monday night, officials said.';
    const text = P(TITLE, `At least 1,500 homes were lost, and 500 ${died}`, LIBRARY, `500 ${died}`);
    expect(clean(text).text).toBe(P(TITLE, `At least 1,500 homes were lost, and 500 ${died}`, LIBRARY));
  });

  it('a date\'s comma joins no number: a text opening with the year still lies inside', () => {
    const inside = '2019 the river flooded homes across the region for several days.';
    const text = P(TITLE, `On March 3, ${inside}`, LIBRARY, inside);
    expect(clean(text).text).toBe(P(TITLE, `On March 3, ${inside}`, LIBRARY));
  });

  it('a list-numbered copy of a line that opens with a year still goes', () => {
    const line = '2020 VW ID.3 official as Volkswagen bets on electric cars in Europe';
    const result = clean(P(TITLE, line, LIBRARY, `3 ${line}`));
    expect(result.text).toBe(P(TITLE, line, LIBRARY));
  });

  it('a pull quote is kept when the sentence that holds its words adds a second negation', () => {
    const quote = 'Reaching this threshold is important because, although the brain does not use all of the information available, it uses enough of it to make a decision.';
    const text = P(TITLE, `Some context comes first here. ${quote.replace('is important', 'is not important')}`, quote);
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it("a negated pull quote is kept when the paragraph that holds its words has its 'not' elsewhere", () => {
    const blind = 'but he seems rather blind to all of that.';
    const paragraph = `Marco has earned his success and is entitled to the benefits and privileges it brings, ${blind} This is just not correct.`;
    const quote = `Marco has earned his success and is not entitled to the benefits and privileges it brings, ${blind}`;
    const text = P(TITLE, paragraph, quote);
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it("a negated sentence is kept when its paragraph's 'not' stands in the sentence before it", () => {
    const board = 'The board asked that all statements come from officers and not from members.';
    const foundation = 'The foundation is an important organization, and I take any request from the foundation seriously, so I complied fully with the request.';
    const text = P(TITLE, `${board} ${foundation}`, LIBRARY, foundation.replace('is an', 'is not an'));
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it.each([
    ['in another sentence', 'The source could not provide details of the talks, which appear to be aimed at a smooth transition after the departure of the president.', 'The source could provide details of the talks, which appear to be aimed at a smooth transition after the departure of the president. A spokesperson for the company did not respond.'],
    ['moved between sentences', 'Claims that immediate action is needed do not stand up. These are measures that come into effect in two years.', 'Claims that immediate action is needed do stand up. These are not measures that come into effect in two years.'],
  ])('near paragraphs whose negation stands %s are both kept', (_name, first, later) => {
    for (const unit of ['both', 'paragraph'] as const) {
      const text = P(TITLE, first, LIBRARY, later);
      expect(clean(text, { unit }).text).toContain(first);
      expect(clean(text, { unit }).text).toContain(later.slice(-40));
    }
  });

  it.each(['both', 'paragraph'] as const)('unit %s: a short last sentence with half its words new is not lost', (unit) => {
    const merger = 'The company said the merger would close by March after regulators in both countries approved the deal and the shareholders voted in favour of it at a meeting in London.';
    const result = clean(P(TITLE, `${merger} Officials declined to comment.`, LIBRARY, `${merger} Officials confirmed the report.`), { unit });
    expect(result.text).toContain('Officials declined to comment.');
    expect(result.text).toContain('Officials confirmed the report.');
  });

  it('a near copy with a clause glued on without a full stop keeps the clause', () => {
    const fire = 'Firefighters were helped by cooler temperatures and light rain overnight';
    const charity = 'The charity plans to open twelve new food banks before winter as demand continues to rise';
    const museum = 'The museum will return the bronze statue to Nigeria after a years-long campaign by scholars';
    const clause = 'The researchers warned that the particles could be carried by wind across entire continents.';
    const novel = 'The novel, written in prison, won the country\u2019s most prestigious literary prize on Thursday.';
    const turnout = 'The election commission said turnout was the highest recorded in more than two decades.';
    const result = clean(P(TITLE, `${novel} ${BUDGET}`, `${fire}. ${charity}. ${museum}.`, turnout, `${BUDGET} ${fire} ${charity} ${museum} ${clause}`));
    expect(result.text).toContain(clause);
  });

  it.each(['both', 'paragraph'] as const)('unit %s: a copy whose first sentence is cut short mid-paragraph still goes as part of its original', (unit) => {
    const call = 'Dempsey talked with the man over the phone, trying to zero in any potential causes for his symptoms.';
    const diagnosis = 'And once the man mentioned that he and his wife had recently switched from synthetic bedding to a feather duvet and feather pillows, Dempsey quickly came up with a preliminary diagnosis that was later confirmed by lab testing: hypersensitivity pneumonitis, or HP.';
    const result = clean(P(`${call} ${diagnosis}`, LIBRARY, `Dempsey talked with the man over the phone, trying to zero\u2026 ${diagnosis}`), { unit });
    expect(result.text).toBe(P(`${call} ${diagnosis}`, LIBRARY));
  });

  // A near twin that is a sentence of a longer paragraph stands only for what it says itself.
  const logs = 'We are going to analyze logs of a web application, so the data we are most interested in is the timestamp and the status code of every response from the server.';
  const anomaly = 'To find the anomaly in the series we first need to define what a reasonable value is, and then define how far away from this value we consider a significant deviation.';

  it.each(['both', 'paragraph'] as const)('unit %s: a paragraph whose one extra sentence its near twin lacks keeps that sentence', (unit) => {
    const result = clean(P(TITLE, `${logs} We then compare it with last year.`, `What effect will it have? ${logs}`), { unit });
    expect(result.text).toContain('We then compare it with last year.');
    expect(result.text).toContain('What effect will it have?');
  });

  it.each(['both', 'paragraph'] as const)('unit %s: a later paragraph without the negation of its first copy keeps its claim', (unit) => {
    const result = clean(P(TITLE, `${anomaly} A good place to start is not the mean.`, `${anomaly} A good place to start is the mean.`), { unit });
    expect(result.text).toContain('A good place to start is not the mean.');
    expect(result.text).toContain('A good place to start is the mean.');
  });

  it('short segments (Share, Advertisement, dates) are never removed', () => {
    const text = P(TITLE, 'Share', BUDGET, 'Advertisement', 'March 3, 2024', LIBRARY, 'Advertisement', 'Share', 'March 3, 2024', MAYOR, 'Advertisement');
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it('a short line is not removed for lying inside a longer one', () => {
    const text = P(TITLE, 'Tuesday night', BUDGET, 'the new budget');
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it('template lines are kept (Share on Facebook / Share on Twitter)', () => {
    const text = P(TITLE, BUDGET, 'Share on Facebook', 'Share on Twitter', 'Share on LinkedIn', LIBRARY);
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it('template lines with other names are kept (Rob / Tucker commented on …)', () => {
    const text = P(
      TITLE,
      'Rob commented on Senate passes farm bill after late-night vote',
      'Tucker commented on Senate passes farm bill after late-night vote',
      'Maria commented on Senate passes farm bill after late-night vote',
    );
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });
});

describe('clean: the title line', () => {
  it('is never removed for being contained in a later block (blank-line separated)', () => {
    const text = P('Flood waters reach record height in river town', 'Flood waters reach record height in river town as rain continues for a third day, officials said on Sunday.');
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it('is never removed for being contained in a later block (one paragraph per line)', () => {
    const title = 'The city council approved the new budget on Tuesday';
    const text = `${title}\n${LONG}\n`;
    expect(clean(text)).toMatchObject({ text, changes: [] });
  });

  it('a later copy of the title still goes', () => {
    const title = 'Flood waters reach record height in river town';
    const body = 'Rain continued for a third day on Sunday, and officials told residents of low streets to leave.';
    const result = clean(P(title, body, title));
    expect(result.text).toBe(P(title, body));
    expect(result.changes.map(brief)).toEqual([{ kind: 'exact', unit: 'paragraph', rule: 'repeat', removed: '5:1', kept: '1:1' }]);
  });
});

describe('clean: non-Latin text', () => {
  it.each([
    [
      'Russian',
      'ru',
      'Пожар в центре Самары',
      'В пятницу вечером в центре Самары загорелся старый деревянный дом, жильцов успели эвакуировать.',
      'По словам пожарных, огонь удалось потушить только через три часа.',
    ],
    [
      'Arabic',
      'ar',
      'افتتاح معرض الكتاب الدولي',
      'افتتح وزير الثقافة يوم الأحد معرض الكتاب الدولي بمشاركة مئات دور النشر من مختلف الدول العربية.',
      'ويستمر المعرض عشرة أيام ويتضمن ندوات وأمسيات شعرية وورشا للأطفال.',
    ],
  ])('removes a repeated %s paragraph', (_name, locale, title, a, b) => {
    const result = clean(P(title, a, b, a), { locale });
    expect(result.text).toBe(P(title, a, b));
    expect(result.changes.map(brief)).toEqual([{ kind: 'exact', unit: 'paragraph', rule: 'repeat', removed: '7:1', kept: '3:1' }]);
  });

  const zhTitle = '北京迎来今年首场降雪';
  const zh1 = '北京市气象台周日发布消息，今年第一场雪将在周一夜间到来。';
  const zh2 = '气象部门提醒市民出行注意交通安全。';
  const zh3 = '交通部门表示，已提前安排除雪车辆在主要道路待命。';
  const zh4 = '学校暂时没有停课的计划。';

  it('removes a repeated Chinese paragraph', () => {
    const result = clean(P(zhTitle, zh1 + zh2, zh3, zh1 + zh2), { locale: 'zh' });
    expect(result.text).toBe(P(zhTitle, zh1 + zh2, zh3));
    expect(result.changes.map(brief)).toEqual([{ kind: 'exact', unit: 'paragraph', rule: 'repeat', removed: '7:1', kept: '3:1' }]);
  });

  it('cuts a repeated Chinese sentence (ending in \u3002) out of a new paragraph', () => {
    const result = clean(P(zhTitle, zh1 + zh2, zh3 + zh1 + zh4), { locale: 'zh' });
    expect(result.text).toBe(P(zhTitle, zh1 + zh2, zh3 + zh4));
    expect(result.changes.map(brief)).toEqual([
      { kind: 'exact', unit: 'sentence', rule: 'sentence-repeat', removed: `5:${zh3.length + 1}`, kept: '3:1' },
    ]);
  });

  it('works on Chinese with the default locale too', () => {
    expect(clean(P(zhTitle, zh1 + zh2, zh3 + zh1 + zh4)).text).toBe(P(zhTitle, zh1 + zh2, zh3 + zh4));
  });
});

describe('clean: line endings, BOM and final newline', () => {
  it('one paragraph per line with a final newline keeps it', () => {
    expect(clean(`${TITLE}\n${LONG}\n${MAYOR}\n${LONG}\n`).text).toBe(`${TITLE}\n${LONG}\n${MAYOR}\n`);
  });

  it('no trailing newline stays without one', () => {
    expect(clean(`${TITLE}\n${LONG}\n${MAYOR}\n${LONG}`).text).toBe(`${TITLE}\n${LONG}\n${MAYOR}`);
  });

  it('a removed middle line takes exactly its own line break', () => {
    expect(clean(`${TITLE}\n${LONG}\n${LONG}\n${MAYOR}`).text).toBe(`${TITLE}\n${LONG}\n${MAYOR}`);
  });

  it('CRLF input keeps CRLF', () => {
    expect(clean(`${TITLE}\r\n${LONG}\r\n${MAYOR}\r\n${LONG}\r\n`).text).toBe(`${TITLE}\r\n${LONG}\r\n${MAYOR}\r\n`);
    expect(clean(`${TITLE}\r\n${LONG}\r\n${LONG}\r\n${MAYOR}`).text).toBe(`${TITLE}\r\n${LONG}\r\n${MAYOR}`);
  });

  it('CRLF blank-line-separated paragraphs keep one blank line between them', () => {
    const crlf = (...xs: string[]): string => xs.join('\r\n\r\n') + '\r\n';
    expect(clean(crlf(TITLE, BUDGET, LIBRARY, BUDGET)).text).toBe(crlf(TITLE, BUDGET, LIBRARY));
    expect(clean(crlf(TITLE, BUDGET, BUDGET, LIBRARY)).text).toBe(crlf(TITLE, BUDGET, LIBRARY));
  });

  it('a BOM is kept', () => {
    expect(clean(`\ufeff${TITLE}\n${LONG}\n${MAYOR}\n${LONG}\n`).text).toBe(`\ufeff${TITLE}\n${LONG}\n${MAYOR}\n`);
  });

  it('blank-line-separated paragraphs keep one blank line between them, whichever goes', () => {
    expect(clean(P(TITLE, BUDGET, BUDGET, LIBRARY)).text).toBe(P(TITLE, BUDGET, LIBRARY));
    expect(clean(P(TITLE, BUDGET, LIBRARY, BUDGET)).text).toBe(P(TITLE, BUDGET, LIBRARY));
    expect(clean(P(TITLE, BUDGET, LIBRARY, BUDGET).slice(0, -1)).text).toBe(P(TITLE, BUDGET, LIBRARY).slice(0, -1));
  });

  it('hard-wrapped paragraphs: a repeated wrapped paragraph goes whole', () => {
    const wrapped = [
      'The city council approved the new budget on Tuesday after a six-hour',
      'debate in which residents packed the chamber to speak against plans to',
      'close two public libraries on the east side of town.',
    ].join('\n');
    const other = [
      'The mayor said the compromise would keep both branches open on weekends',
      'while the city looks for a private partner to share the running costs.',
    ].join('\n');
    expect(clean(P(wrapped, other, wrapped)).text).toBe(P(wrapped, other));
  });
});

describe('clean: options', () => {
  const QUOTE = 'Reservoirs have fallen to their lowest level in four decades.';
  const first = `The state declared a drought emergency on Monday. ${QUOTE} Officials promised emergency aid within weeks.`;
  const later = `A spokesman for the governor said more details would follow. ${QUOTE} The water board meets again on Friday.`;

  it("unit 'paragraph' never cuts sentences", () => {
    const text = P(TITLE, first, later);
    expect(clean(text, { unit: 'paragraph' })).toMatchObject({ text, changes: [] });
  });

  it("unit 'paragraph' still removes repeated paragraphs", () => {
    expect(clean(P(TITLE, BUDGET, LIBRARY, BUDGET), { unit: 'paragraph' }).text).toBe(P(TITLE, BUDGET, LIBRARY));
  });

  it("unit 'paragraph' removes a paragraph that repeats one sentence of another (a pull quote), as the default does", () => {
    const text = P(TITLE, first, NEXT, QUOTE, MAYOR);
    const paragraphOnly = clean(text, { unit: 'paragraph' });
    expect(paragraphOnly.text).toBe(P(TITLE, first, NEXT, MAYOR));
    expect(paragraphOnly.changes.map(brief)).toEqual([{ kind: 'exact', unit: 'paragraph', rule: 'repeat', removed: '7:1', kept: '3:51' }]);
    expect(paragraphOnly.changes).toEqual(clean(text).changes);
  });

  it("unit 'paragraph' removes, whole, a paragraph whose sentences stand in two other paragraphs far apart, as the default does", () => {
    const second = `${BUDGET} ${LIBRARY} ${MAYOR}`;
    const news = ['A spokesman for the governor said more details would follow.', 'The water board meets again on Friday.'];
    const text = P(TITLE, first, NEXT, second, ...news, `${QUOTE} ${LIBRARY}`);
    const result = clean(text, { unit: 'paragraph' });
    expect(result.text).toBe(P(TITLE, first, NEXT, second, ...news));
    expect(result.changes.map((c) => [c.unit, c.rule, c.removed.line])).toEqual([['paragraph', 'repeat', 13]]);
    expect(result.changes).toEqual(clean(text).changes);
  });

  it.each(['sentence', 'paragraph'] as const)("unit '%s' removes a later copy of a paragraph whose last sentence is much longer than its first", (unit) => {
    const storm = 'The storm moved north overnight. Power lines were down across the region and thousands of homes were left without electricity on Sunday morning.';
    expect(clean(P(TITLE, storm, LIBRARY, storm), { unit }).text).toBe(P(TITLE, storm, LIBRARY));
  });

  it("unit 'sentence' removes a paragraph made of the last two sentences of an earlier one", () => {
    const verdict = 'The verdict thus far? Overall, drugs on the deep web appear to be of much higher quality than those found on the street.';
    const whole = `So it is fair to make a tentative judgement on what people are paying for on the deep web. ${verdict}`;
    expect(clean(P(TITLE, whole, LIBRARY, verdict), { unit: 'sentence' }).text).toBe(P(TITLE, whole, LIBRARY));
  });

  it("unit 'sentence' cuts repeated sentences", () => {
    expect(clean(P(TITLE, first, later), { unit: 'sentence' }).text).toBe(
      P(TITLE, first, 'A spokesman for the governor said more details would follow. The water board meets again on Friday.'),
    );
  });

  it('threshold 1 removes only copies with the same words', () => {
    const changedWord = BUDGET.replace('new budget', 'new annual budget');
    const text = P(TITLE, BUDGET, LIBRARY, changedWord);
    expect(clean(text, { threshold: 1 })).toMatchObject({ text, changes: [] });
    // Below 1, the copy with the word more is the complete one.
    expect(clean(text).text).toBe(P(TITLE, LIBRARY, changedWord));
  });

  it('edits are sorted, non-overlapping removals, and stats add up', () => {
    const text = P(TITLE, first, BUDGET, later, BUDGET, QUOTE);
    const result = clean(text);
    let at = 0;
    for (const edit of result.edits) {
      expect(edit.text).toBe('');
      expect(edit.range.start).toBeGreaterThanOrEqual(at);
      expect(edit.range.end).toBeGreaterThan(edit.range.start);
      at = edit.range.end;
    }
    expect(at).toBeLessThanOrEqual(text.length);
    expect(result.stats.removedChars).toBe(text.length - result.text.length);
    expect(result.stats.removedBlocks + result.stats.removedSentences).toBe(result.changes.length);
  });
});

describe('clean: echoes of echoes (found by the property tests)', () => {
  const C = 'Construction is due to start next year, although the route has not been finalised.';
  const O = 'Officials said the bridge, closed since the spring floods, would reopen to traffic before the end of the month.';
  const R = 'A new high-speed rail line will cut the journey between the two cities to under two hours.';
  const M = 'Marine biologists said the animal appeared healthy and was travelling north with its pod.';

  it('a paragraph printed twice with a teaser between: the first copy stays whole', () => {
    const result = clean(P(TITLE, `${C} ${O}`, 'Officials said the bridge, closed since the spring floods, would reopen to\u2026', `${C} ${O}`));
    expect(result.text).toBe(P(TITLE, `${C} ${O}`));
    expect(result.changes.map((c) => c.removed.line)).toEqual([5, 7]);
  });

  it('a teaser and a standalone sentence before their paragraph both go in one pass', () => {
    const result = clean(P(TITLE, 'A new high-speed rail line will cut the journey between the\u2026', R, `${R} ${M}`));
    expect(result.text).toBe(P(TITLE, `${R} ${M}`));
    expect(clean(result.text).text).toBe(result.text);
  });

  it('a sentence doubled inside a paragraph, between copies of it: the kept twin of every change stays', () => {
    const A = 'Analysts had expected the carmaker to report a small profit for the third quarter.';
    const S = 'The state declared a drought emergency on Monday as reservoirs fell to their lowest level since 1977.';
    const text = P(TITLE, A, `${A} ${A}`, A, A, A, S);
    const result = clean(text);
    expect(result.text).toBe(P(TITLE, A, S));
    for (const change of result.changes) {
      expect(result.edits.some((e) => e.range.start <= change.kept.start && change.kept.start < e.range.end)).toBe(false);
    }
  });

  it('a paragraph with a doubled sentence before a paragraph that starts with it: one pass is enough', () => {
    const A = 'Analysts had expected the carmaker to report a small profit for the third quarter.';
    const S = 'The state declared a drought emergency on Monday as reservoirs fell to their lowest level since 1977.';
    const once = clean(P(TITLE, A, `${A} ${A}`, `${A} ${S}`)).text;
    expect(clean(once).text).toBe(once);
  });
  it('a block put back by the safety net: sentences that repeat it are cut in the same pass', () => {
    // From the Markdown generator: the teaser item went as an echo of the paragraph and the
    // full item, the paragraph then went too, so the teaser came back; its first sentence,
    // repeated by the full item, was cut only by a second run.
    const opening = '\u201cThat\u2019s always been the case with the deep web,\u201d PlutoPete told me.';
    const review = 'Indeed, ever since Silk Road, a stable of the drug markets has been the review system, where buyers can leave a rating and feedback for';
    const sale = 'Serco has sold its Great Southern Rail to the Australian private equity firm Allegro Funds in a \u00a32.5m deal.';
    const rest = 'vendors, letting others know about the reliability of the seller.';
    const lab = 'But DoctorX\u2019s lab, rigorously testing the products with scientific instruments, takes it a step further.';
    const text = P(
      `- ${BUDGET}\n- ${opening} ${review}...\n- ${opening} ${review} ${rest} ${lab}`,
      `> ${sale} The disposal of the luxury business is part of the outsourcing group\u2019s move to focus on core businesses.`,
      `${sale} ${review} ${rest}`,
    );
    for (const unit of ['sentence', 'both'] as const) {
      const once = clean(text, { parser: 'markdown', unit });
      expect(once.changes.map((c) => c.unit)).toEqual(['sentence', 'paragraph']);
      expect(clean(once.text, { parser: 'markdown', unit }).text).toBe(once.text);
    }
  });
});

describe('clean: opposites by form are different statements', () => {
  it('keeps two parallel sentences that differ in included/excluded and equality/inequality', () => {
    const a = 'Use the in operator to compare values for equality, and the matching items are included in the result.';
    const b = 'Use the in operator to compare values for inequality, and the matching items are excluded from the result.';
    const text = `Where filters a collection\n\n${a}\n\nA second section follows with more detail on the options.\n\n${b}\n`;
    expect(clean(text).text).toBe(text);
  });
});

describe('clean: parallel list entries that end the same way are a template', () => {
  it('keeps a sentence that ends two entries of several sentences each', () => {
    const text = [
      'How the scheduler handles a failed task',
      'Retry the task if the worker crashed before it finished. This can happen when a machine is rebooted during a deploy. Task status is changed to enqueued after the retry.',
      'Re-enqueue the task if it has not sent a heartbeat for too long. This can happen when the executor is down for a while. Task status is changed to enqueued after the retry.',
    ].join('\n\n');
    expect(clean(text).text).toBe(text);
  });

  it('keeps it at the end of items of two lists, and of two definitions apart', () => {
    const end = 'The column number is zero-based in every position this library returns.';
    const lists = `# Positions\n\nGiven:\n\n- \`column\`: Optional. ${end}\n\nReturned:\n\n- \`column\`: The column in the generated source, or null. ${end}\n`;
    expect(clean(lists, { parser: 'markdown' }).text).toBe(lists);
    const terms = [
      'Options',
      `Help: Display the help information and exit at once. ${end}`,
      'The next section lists the commands that the tool accepts from the shell.',
      `Output help: Print the help information without exiting. ${end}`,
    ].join('\n\n');
    expect(clean(terms).text).toBe(terms);
  });

  it('keeps it at the end of any two Markdown paragraphs: docs end notes alike on purpose', () => {
    const same = 'Existing configurations keep working until the next major release.';
    const notes = `# Upgrade notes\n\nIn version 2 the \`retry\` option moved to the client constructor. ${same}\n\nIn version 3 the \`timeout\` option takes milliseconds instead of seconds. ${same}\n`;
    expect(clean(notes, { parser: 'markdown' }).text).toBe(notes);
  });

  it('still cuts a sentence repeated in the middle of a later paragraph', () => {
    const s = 'Task status is changed to enqueued after the retry.';
    const first = `Retry the task if the worker crashed before it finished. ${s}`;
    const second = `Re-enqueue the task if it has not sent a heartbeat for too long. ${s} This can happen when the executor is down.`;
    const result = clean(['Scheduler notes', first, second].join('\n\n'));
    expect(result.text).toBe(['Scheduler notes', first, 'Re-enqueue the task if it has not sent a heartbeat for too long. This can happen when the executor is down.'].join('\n\n'));
  });
});

describe('clean: Markdown sections', () => {
  const P = 'The examples below assume this project configuration, with two languages and a default of English.';
  it('keeps a paragraph that parallel sections repeat on purpose', () => {
    const text = `# Translate\n\n## Simple translations\n\n${P}\n\nFirst example.\n\n## Pluralization\n\n${P}\n\nSecond example.\n`;
    expect(clean(text, { parser: 'markdown' }).text).toBe(text);
  });

  it('removes a paragraph repeated within one section', () => {
    const text = `## Simple translations\n\n${P}\n\nFirst example.\n\n${P}\n`;
    expect(clean(text, { parser: 'markdown' }).text).toBe(`## Simple translations\n\n${P}\n\nFirst example.\n`);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('a list whose every item goes leaves one blank line between its neighbours (%s)', (_name, eol) => {
    const lines = (...parts: string[]): string => parts.join(eol);
    const text = lines(P, '', `- ${P}`, `- ${P}`, '', 'First example.', '');
    const once = clean(text, { parser: 'markdown' }).text;
    expect(once).toBe(lines(P, '', 'First example.', ''));
    expect(clean(once, { parser: 'markdown' }).text).toBe(once);
  });
});

describe('clean: Markdown prose that cannot be edited (inert blocks)', () => {
  const MD = { parser: 'markdown' } as const;

  it('a paragraph between two lists stays, and is no twin: docs repeat such notes on purpose', () => {
    // Removing either copy would join two lists, or take a note from between them.
    const text = P(`- ${NEXT}`, BUDGET, `- ${MAYOR}`, LIBRARY, BUDGET);
    expect(clean(text, MD)).toMatchObject({ text, changes: [] });
    const later = P(BUDGET, `- ${NEXT}`, BUDGET, `- ${MAYOR}`);
    expect(clean(later, MD)).toMatchObject({ text: later, changes: [] });
    expect(clean(later, { ...MD, threshold: 1, unit: 'paragraph' })).toMatchObject({ text: later, changes: [] });
  });

  it('one that cleaning frees (a list around it went) goes in the same run', () => {
    // The first list repeats the opening paragraph and goes; the copy of BUDGET then stands
    // before one list only, and goes as a repeat.
    const text = P(LIBRARY, BUDGET, `- ${LIBRARY}`, BUDGET, `- ${MAYOR}`);
    for (const options of [MD, { ...MD, threshold: 1, unit: 'paragraph' } as const]) {
      const result = clean(text, options);
      expect(result.text).toBe(P(LIBRARY, BUDGET, `- ${MAYOR}`));
      expect(clean(result.text, options).text).toBe(result.text);
      expect(result.changes.map((c) => `${c.removed.line}<=${c.kept.line}`)).toEqual(['5<=1', '7<=3']);
    }
  });

  it('a copy that is a list label goes once its list has gone, in the same run', () => {
    // Without a final stop before a list, the copy is the list's label and cannot go; its list
    // repeats the paragraphs above and goes; then the copy is a paragraph and goes too.
    const label = BUDGET.replace(/\.$/, '');
    const text = P(BUDGET, MAYOR, LIBRARY, label, `- ${MAYOR}\n- ${LIBRARY}`, NEXT);
    const result = clean(text, MD);
    expect(result.text).toBe(P(BUDGET, MAYOR, LIBRARY, NEXT));
    expect(clean(result.text, MD).text).toBe(result.text);
    // Reported on the original text, in text order, each echo against the copy that stays.
    expect(result.changes.map(brief)).toEqual([
      { kind: 'near', unit: 'paragraph', rule: 'repeat', removed: '7:1', kept: '1:1' },
      { kind: 'exact', unit: 'paragraph', rule: 'repeat', removed: '9:3', kept: '3:1' },
      { kind: 'exact', unit: 'paragraph', rule: 'repeat', removed: '10:3', kept: '5:1' },
    ]);
    for (const change of result.changes) expect(text.slice(change.removed.start, change.removed.end)).toBe(change.removed.text);
    expect(result.stats.removedChars).toBe(text.length - result.text.length);
  });

  it('a list label is no twin: docs repeat it on purpose, before a list, a code block or an image', () => {
    const label = 'Run the following command to install the command-line tool:';
    const fence = (line: string): string => ['```sh', line, '```'].join('\n');
    // The step's code fence is not indented, so it is outside the item: the step is prose.
    const steps = P('## Install', label, fence('npm install -g tool'), 'To upgrade an existing installation:', `1. Uninstall the old version with \`npm rm -g tool\`.\n2. ${label}\n${fence('npm install -g tool@latest')}`);
    expect(clean(steps, MD).text).toBe(steps);
    const open = 'Open the settings page and select the notifications tab:';
    const image = P('## Dashboard', open, '- Email alerts\n- Push alerts', 'To change the schedule, open the settings page and select the notifications tab. Then pick a time.', open, '![Notifications tab](img/tab.png)');
    expect(clean(image, MD).text).toBe(image);
  });

  it('items of one list that read alike are parallel entries, not echoes', () => {
    const items = [
      '`major` removes build & prerelease info and sets minor & patch to 0.',
      '`minor` removes build & prerelease info, and sets patch to 0',
      '`patch` removes build & prerelease info',
    ];
    const text = P('Truncation drops the lower components of a version.', items.map((item) => `- ${item}`).join('\n'));
    expect(clean(text, MD).text).toBe(text);
    // A copy of an item's words is still an echo.
    const copied = P('Truncation drops the lower components of a version.', [...items, items[0]!].map((item) => `- ${item}`).join('\n'));
    expect(clean(copied, MD).text).toBe(text);
  });

  it('items of two lists a paragraph stands between are no parallel entries', () => {
    const longer = '- The server restarts every night at midnight to apply updates and clear its caches.';
    const text = P('# Servers', longer, 'See these options', '- The server restarts every night at midnight to apply updates.');
    expect(clean(text, MD).text).toBe(P('# Servers', longer, 'See these options'));
  });

  it('a note under each item of a list is no echo; a note repeated under one item is', () => {
    const note = 'UglifyJS may modify the input which in turn may suppress those errors.';
    const item = (entry: string, ...notes: string[]): string => [`- ${entry}`, ...notes.map((n) => `  ${n}`)].join('\n\n');
    const entries = [
      'Earlier versions of JavaScript will throw a SyntaxError with the following code.',
      'Some arithmetic operations with BigInt may throw a TypeError in older engines.',
    ];
    const text = P('# Notes', `${item(entries[0]!, note)}\n\n${item(entries[1]!, note)}`);
    expect(clean(text, MD)).toMatchObject({ text, changes: [] });
    const twice = P('# Notes', item(entries[0]!, note, note));
    expect(clean(twice, MD).text).toBe(P('# Notes', item(entries[0]!, note)));
  });

  it('a whole item is no echo of a sentence of another item of its list', () => {
    const text = P('# Versions', '- `major` sets minor and patch to 0 when it is bumped. Use it for breaking changes.\n- `minor` sets patch to 0 when it is bumped.');
    expect(clean(text, MD).text).toBe(text);
  });

  it('a sentence of an item is no near echo of a sentence of another item of its list', () => {
    // glob's README: the items share phrasing, and the last one's sentences each read like
    // another item's; before, the item went whole as their echo.
    const text = P(
      '# Extglob',
      [
        '- `?(pattern|pattern|pattern)` Matches zero or one occurrence of',
        '  the patterns provided. May _not_ contain `/` characters.',
        '- `+(pattern|pattern|pattern)` Matches one or more occurrences of',
        '  the patterns provided. May _not_ contain `/` characters.',
        '- `*(a|b|c)` Matches zero or more occurrences of the patterns',
        '  provided. May _not_ contain `/` characters.',
      ].join('\n'),
    );
    for (const unit of ['sentence', 'both', 'paragraph'] as const) expect(clean(text, { ...MD, unit }).text).toBe(text);
  });

  it('the last items of a tight list go with their line breaks: one blank line stays', () => {
    const text = P(MAYOR, LIBRARY, `1. ${NEXT}\n2. ${MAYOR}\n3. ${LIBRARY}`, BUDGET);
    expect(clean(text, MD).text).toBe(P(MAYOR, LIBRARY, `1. ${NEXT}`, BUDGET));
  });

  it('a removal that reaches the end takes the separator before it, also after a list that went', () => {
    // The list's removal takes the blank line after it, up to where the next removal starts;
    // that one reaches the end, so it takes the separator before it: the two overlap.
    const text = P(BUDGET, MAYOR, `- ${BUDGET}\n- ${BUDGET}`, MAYOR, BUDGET);
    expect(clean(text, MD).text).toBe(P(BUDGET, MAYOR));
  });
});

describe('clean: Markdown sentences', () => {
  const MD = { parser: 'markdown' } as const;

  it('a line break inside a paragraph is a space, not a sentence end', () => {
    // glob's README: two list items that open with the same wrapped line. Each line was a
    // sentence, so the second item lost its first line.
    const items = [
      '- If you are reasonably sure that the patterns you will encounter',
      '  are relatively simple, and want the absolutely fastest glob',
      '  matcher out there, _use [fast-glob](http://npm.im/fast-glob)_.',
      '- If you are reasonably sure that the patterns you will encounter',
      '  are relatively simple, and want the convenience of',
      '  automatically respecting `.gitignore` files, _use',
      '  [globby](http://npm.im/globby)_.',
    ].join('\n');
    const text = P('**tl;dr**', items);
    expect(clean(text, MD)).toMatchObject({ text, changes: [] });
  });

  it('never cuts inside a link or a code span', () => {
    // fast-glob's table of contents: the anchor repeats the link's words, and the cut after
    // `?` made a sentence of the destination, which went.
    const toc = P('## Contents', '* [How to write patterns on Windows?](#how-to-write-patterns-on-windows)\n* [How to exclude directory from reading?](#how-to-exclude-directory-from-reading)');
    expect(clean(toc, MD)).toMatchObject({ text: toc, changes: [] });
    // glob's README: a `.` in a code span ended a sentence, and the item lost its middle.
    const code = P(
      '## Patterns',
      '- `*` Matches 0 or more characters in a single path portion. If `dot:true` is not specified, then `*` will not match against a `.` character at the start of a path portion.',
      '- `?` Matches 1 character. If `dot:true` is not specified, then `?` will not match against a `.` character at the start of a path portion.',
    );
    expect(clean(code, MD).text).toBe(code);
  });

  it('a line break after a sentence end stays a cut, whatever starts the next line', () => {
    // semver's README: each entry a line, some opening with code; the repeated sentence goes.
    const text = 'Compares two versions. Sorts in ascending order if passed to `Array.sort()`.\n`v2` is greater. Sorts in ascending order if passed to `Array.sort()`.\n';
    expect(clean(text, MD).text).toBe('Compares two versions. Sorts in ascending order if passed to `Array.sort()`.\n`v2` is greater.\n');
  });

  it('a cut sentence leaves the emphasis it closes or opens, however written', () => {
    for (const [open, close] of [['*', '*'], ['**', '**'], ['_', '_'], ['__', '__'], ['~~', '~~'], ['_**', '**_']]) {
      const closing = P(`${BUDGET} ${MAYOR} ${NEXT}`, `${LIBRARY} ${open}Staff were told on Friday. ${MAYOR}${close} A vote is next week.`);
      const result = clean(closing, MD);
      expect(result.text).toBe(P(`${BUDGET} ${MAYOR} ${NEXT}`, `${LIBRARY} ${open}Staff were told on Friday.${close} A vote is next week.`));
      // The sentence is the same words as written; the mark is the paragraph's.
      expect(result.changes.map((c) => c.kind)).toEqual(['exact']);
      const opening = P(`${BUDGET} ${MAYOR} ${NEXT}`, `${LIBRARY} ${open}${MAYOR} Staff were told on Friday.${close} A vote is next week.`);
      expect(clean(opening, MD).text).toBe(P(`${BUDGET} ${MAYOR} ${NEXT}`, `${LIBRARY} ${open}Staff were told on Friday.${close} A vote is next week.`));
    }
  });

  it('code of no words still tells texts apart: `..` in one list and not the other', () => {
    // minimatch's README: the second optimisation level leaves `..` out of the list.
    const text = P(
      '- `1` - Remove cases where a double-dot `..` follows a\n  pattern portion that is not `**`, `.`, `..`, or empty `\'\'`. Dots are kept.',
      "- `2` - More aggressive:\n\n  - Remove cases where a double-dot `..` follows a pattern\n    portion that is not `**`, `.`, or empty `''`. Remove empty\n    and `.` portions of the pattern.",
    );
    expect(clean(text, MD)).toMatchObject({ text, changes: [] });
  });

  it('still cuts a repeated sentence that wraps over lines', () => {
    const wrapped = 'The mayor said the compromise would keep both branches\nopen on weekends while the city looks for a private partner.';
    const text = P(`${MAYOR} ${LIBRARY}`, `${BUDGET} ${wrapped}`);
    const result = clean(text, MD);
    expect(result.text).toBe(P(`${MAYOR} ${LIBRARY}`, BUDGET));
    expect(result.changes.map(brief)).toEqual([{ kind: 'near', unit: 'sentence', rule: 'sentence-repeat', removed: `3:${BUDGET.length + 2}`, kept: '1:1' }]);
  });
});

describe('clean: Markdown code spans and links name what a sentence is about', () => {
  const MD = { parser: 'markdown' } as const;

  it('keeps entries worded alike about different code', () => {
    // jest-diff's README and js-tokens' changelog.
    const api = P('## API', '`diffStringsRaw` returns an array of `Diff` objects.', 'It compares two strings character by character.', '`diffLinesRaw` returns an array of `Diff` objects.');
    expect(clean(api, MD)).toMatchObject({ text: api, changes: [] });
    const log = P('## 4.0.0', "`'**'.match(jsTokens)` no longer returns `['*', '*']`, but `['**']`.", "`'**='.match(jsTokens)` no longer returns `['*', '*=']`, but `['**=']`.");
    expect(clean(log, MD)).toMatchObject({ text: log, changes: [] });
  });

  it('keeps parallel entries that link to different places', () => {
    // baseline-browser-mapping's README: one list of downloads per set of browsers.
    const base = 'https://web-platform-dx.github.io/baseline-browser-mapping';
    const files = (dir: string) => ['array', 'object'].map((kind) => `  - [${kind}](${base}/${dir}all_versions_${kind}.json)`).join('\n');
    const text = P('## Downloads', `- Core browsers only\n${files('')}\n- Including downstream browsers\n${files('with_downstream/')}`);
    expect(clean(text, MD)).toMatchObject({ text, changes: [] });
  });

  it('still removes a copy of a linked paragraph whose link only adds tracking', () => {
    const linked = `Residents packed the chamber to speak against [a plan](https://example.com/news/libraries) to close two public libraries on the east side of town.`;
    const tracked = linked.replace('libraries)', 'libraries?utm_source=feed)');
    expect(clean(P(linked, MAYOR, tracked), MD).text).toBe(P(linked, MAYOR));
  });

  it('reads a paragraph by its prose: a copy with links and one without are the same text', () => {
    // A scrape's teaser without links and the body's paragraph with them: the words of a link's
    // destination are no words of the paragraph.
    const plain = 'Residents packed the chamber on Tuesday night to speak against a plan to close two public libraries on the east side of town.';
    const linked =
      'Residents packed [the chamber](https://www.example.com/city-hall/council-chamber-guide) on Tuesday night to speak against [a plan](https://www.example.com/news/2024/05/library-closure-plan "The plan") to close two public libraries on the east side of town.';
    // The copy with the links stays: a later plain copy goes (reported as written); before a
    // later linked copy, a plain one stays too, since taking it would move the text down.
    const result = clean(P(linked, MAYOR, plain), MD);
    expect(result.text).toBe(P(linked, MAYOR));
    expect(result.changes.map((c) => [c.kind, c.removed.text, c.kept.text])).toEqual([['near', plain, linked]]);
    expect(clean(P(plain, MAYOR, linked), MD).changed).toBe(false);
    // Inline HTML tags are markup too.
    expect(clean(P(plain, MAYOR, plain.replace('two public', '<b>two</b> public')), MD).text).toBe(P(plain, MAYOR));
  });

  it('reads a reference link by where its definition points', () => {
    const read = (link: string) => `Read ${link} before you visit the site this spring.`;
    const other = 'Some other text is here now about a thing.';
    const definitions = '[1]: https://a.com/g\n[2]: https://a.com/g\n[g]: https://a.com/g';
    for (const [first, second] of [['[the guide to the garden][1]', '[the guide to the garden][2]'], ['[the guide to the garden][g]', '[the guide to the garden](https://a.com/g)'], ['[the guide to the garden][G]', '[the guide to the garden][]']]) {
      expect(clean(P(read(first!), other, read(second!), definitions), MD).text).toBe(P(read(first!), other, definitions));
    }
  });

  it('takes definitions from the parse: in quotes and over two lines, never in code', () => {
    const read = (link: string) => `Read [the guide to the garden]${link} before you visit the site this spring.`;
    const other = 'Some other text is here now about a thing.';
    const cases: [before: string[], definitions: string[]][] = [
      [[], ['> [1]: https://b.com/z', '[2]: https://a.com/g']],
      [[], ['[1]:\n  https://b.com/z\n[2]: https://a.com/g']],
      // What looks like a definition in a code block is code.
      [['```\n[2]: https://a.com/g\n```'], ['[1]: https://a.com/g\n[2]: https://b.com/h']],
    ];
    for (const [before, definitions] of cases) {
      const text = P(...before, read('[1]'), other, read('[2]'), ...definitions);
      expect(clean(text, MD)).toMatchObject({ text, changes: [] });
    }
    // A label the text does not define names itself: the same label repeats.
    expect(clean(P(read('[x]'), other, read('[x]')), MD).text).toBe(P(read('[x]'), other));
  });

  it('pairs names written alike first: a relative link does not take an absolute one\'s partner', () => {
    const entry = (guide: string, notes: string) => `- See [the guide](${guide}) and [the notes](${notes}) for the toolkit setup steps`;
    const text = [entry('https://a.com/x', 'https://b.com/x'), '- Other entry here about something else entirely', entry('/x', 'https://a.com/x')].join('\n') + '\n';
    expect(clean(text, MD).text).toBe([entry('https://a.com/x', 'https://b.com/x'), '- Other entry here about something else entirely'].join('\n') + '\n');
  });

  it('keeps entries that link elsewhere by reference label, HTML link or host', () => {
    for (const text of [
      '- [Getting started with the toolkit][start]\n- [Getting started with the toolkit][begin]\n\n[start]: https://a.com/x\n[begin]: https://b.com/y\n',
      '- See the <a href="/guide/install">installation guide for the toolkit</a>\n- See the <a href="/guide/upgrade">installation guide for the toolkit</a>\n',
      '- [Documentation for the stable release](https://foo.readthedocs.io/en/stable/)\n- [Documentation for the stable release](https://bar.readthedocs.io/en/stable/)\n',
    ]) {
      expect(clean(text, MD)).toMatchObject({ text, changes: [] });
    }
  });

  it('a cut sentence takes the link destination, reference, footnote or tag that ends it', () => {
    const guide = 'Read the full guide about the garden and the library here:';
    const ferry = 'The ferry runs in winter on the harbour line daily.';
    for (const link of ['[the garden guide](https://a.com/g)', '[the garden guide][g]', '<a href="/g">the guide</a>', '![the garden map](g.png)']) {
      const text = `${guide} ${link}. ${ferry} ${guide} ${link}\n\n[g]: https://a.com/g\n`;
      expect(clean(text, MD).text).toBe(`${guide} ${link}. ${ferry}\n\n[g]: https://a.com/g\n`);
    }
    const budget = 'The council approved the river budget for the museum and the bridge.';
    // A footnote reference or a tag glued to the sentence stays: its note or partner is elsewhere.
    const noted = `${budget} Some other text is here now.\n\n${ferry} ${budget}[^1]\n\n[^1]: A note.\n`;
    expect(clean(noted, { ...MD, unit: 'sentence' }).text).toBe(`${budget} Some other text is here now.\n\n${ferry}[^1]\n\n[^1]: A note.\n`);
    // Tags are the parse's, not text in code spans.
    const code = 'Use the `<b>` tag for the bold text in the page.';
    expect(clean(`${code} Some other text is here now.\n\n<b>${ferry} ${code}</b>\n`, { ...MD, unit: 'sentence' }).text).toBe(
      `${code} Some other text is here now.\n\n<b>${ferry}</b>\n`,
    );
    for (const bold of [`<b>${budget} ${ferry}</b>`, `<b>${ferry} ${budget}</b>`]) {
      expect(clean(`${budget} Some other text is here now.\n\n${bold}\n`, { ...MD, unit: 'sentence' }).text).toBe(`${budget} Some other text is here now.\n\n<b>${ferry}</b>\n`);
    }
    // Links to other places: not a repeat.
    const other = `${guide} [the guide](https://a.com/one). ${ferry} ${guide} [the guide](https://a.com/two)\n`;
    expect(clean(other, MD).text).toBe(other);
  });

  it('still removes a copy whose link is written otherwise: scheme, www, relative; or code spaced otherwise', () => {
    const url = 'https://example.com/news/libraries';
    const linked = `Residents packed the chamber to speak against [a plan](${url}) to close two public libraries on the east side of town.`;
    for (const other of ['http://example.com/news/libraries', '/news/libraries', 'https://example.com/news/libraries/#vote']) {
      // One copy stays (the one with more words, when the other's link adds one).
      const result = clean(P(linked, MAYOR, linked.replace(url, other)), MD);
      expect(result.changes).toHaveLength(1);
      expect(result.text.split('Residents packed')).toHaveLength(2);
    }
    const code = 'Call `diffStringsRaw` to get an array of `Diff` objects for two strings compared character by character.';
    expect(clean(P(code, MAYOR, code.replace('`diffStringsRaw`', '`` diffStringsRaw ``')), MD).text).toBe(P(code, MAYOR));
  });

  it('still removes a copy with the same code, or one the scrape left without backticks', () => {
    const entry = 'Call `diffStringsRaw` to get an array of `Diff` objects for two strings compared character by character.';
    const near = entry.replace('character by character', 'char by char');
    expect(clean(P(entry, MAYOR, near), MD).text).toBe(P(entry, MAYOR));
    expect(clean(P(entry, MAYOR, entry.replaceAll('`', '')), MD).text).toBe(P(entry, MAYOR));
  });
});

describe('clean: a list label whose list goes', () => {
  const MD = { parser: 'markdown' } as const;

  it('goes with its list: it labels nothing any more', () => {
    const text = P(BUDGET, LIBRARY, 'Related stories:', `- ${BUDGET}\n- ${LIBRARY}`, MAYOR);
    const result = clean(text, MD);
    expect(result.text).toBe(P(BUDGET, LIBRARY, MAYOR));
    // The items are the echoes reported; the label has no twin.
    expect(result.changes.map((c) => c.removed.text)).toEqual([BUDGET, LIBRARY]);
    expect(result.stats.removedChars).toBe(text.length - result.text.length);
    expect(clean(result.text, MD).text).toBe(result.text);
    // At the end of the text too.
    expect(clean(P(BUDGET, LIBRARY, 'Related stories:', `- ${BUDGET}\n- ${LIBRARY}`), MD).text).toBe(P(BUDGET, LIBRARY));
  });

  it('goes with a list right under it (no blank line between), and the items go one by one', () => {
    const tight = (items: string): string => P(BUDGET, LIBRARY, `Related stories:\n${items}`, MAYOR);
    expect(clean(tight(`- ${BUDGET}\n- ${LIBRARY}`), MD).text).toBe(P(BUDGET, LIBRARY, MAYOR));
    expect(clean(tight(`- ${BUDGET}`), MD).text).toBe(P(BUDGET, LIBRARY, MAYOR));
    const partly = tight(`- ${BUDGET}\n- ${NEXT}`);
    expect(clean(partly, MD).text).toBe(P(BUDGET, LIBRARY, `Related stories:\n- ${NEXT}`, MAYOR));
    for (const text of [tight(`- ${BUDGET}\n- ${LIBRARY}`), partly, P(BUDGET, LIBRARY, `Related stories:\n- ${BUDGET}\n- ${LIBRARY}`)]) {
      const cleaned = clean(text, MD).text;
      expect(clean(cleaned, MD).text).toBe(cleaned);
    }
    // At the end of the text, its final line break stays.
    expect(clean(P(BUDGET, LIBRARY, `Related stories:\n- ${BUDGET}\n- ${LIBRARY}`), MD).text).toBe(P(BUDGET, LIBRARY));
  });

  it('goes after a list that goes too: two labelled lists emptied leave no label', () => {
    const text = P(BUDGET, LIBRARY, 'Related:', `- ${BUDGET}`, 'More:', `- ${LIBRARY}`, MAYOR);
    expect(clean(text, MD).text).toBe(P(BUDGET, LIBRARY, MAYOR));
    const tight = P(BUDGET, LIBRARY, `Related:\n- ${BUDGET}`, `More:\n- ${LIBRARY}`, MAYOR);
    expect(clean(tight, MD).text).toBe(P(BUDGET, LIBRARY, MAYOR));
    // After an unlabelled list that goes, it stays: the lists around would join.
    const between = P(BUDGET, LIBRARY, `+ ${NEXT}`, `* ${BUDGET}`, 'More:', `- ${LIBRARY}`, '+ A dry and sunny week is ahead for the whole region.');
    expect(clean(between, MD).text).toBe(P(BUDGET, LIBRARY, `+ ${NEXT}`, 'More:', '+ A dry and sunny week is ahead for the whole region.'));
  });

  it('goes from the start of its line: the block after it keeps its own indentation', () => {
    const fence = '```\ncode  x\n  y\n```';
    expect(clean(P(BUDGET, LIBRARY, '   Related stories:', `- ${BUDGET}\n- ${LIBRARY}`, fence), MD).text).toBe(P(BUDGET, LIBRARY, fence));
  });

  it('stays when it is prose: more than one sentence, long, or with a footnote', () => {
    const list = `- ${BUDGET}\n- ${LIBRARY}`;
    for (const label of [
      'Two unique sentences about zebras come first. And then some more:',
      'This long label has more than twelve words in it so it is kept as prose here',
      'Related[^1]:',
    ]) {
      expect(clean(P(BUDGET, LIBRARY, label, list, MAYOR, '[^1]: A footnote about zebras.'), MD).text).toBe(P(BUDGET, LIBRARY, label, MAYOR, '[^1]: A footnote about zebras.'));
    }
  });

  it('stays while an item of its list stays, inside a quote, or after another list', () => {
    const partly = P(BUDGET, LIBRARY, 'Related stories:', `- ${BUDGET}\n- ${MAYOR}`);
    expect(clean(partly, MD).text).toBe(P(BUDGET, LIBRARY, 'Related stories:', `- ${MAYOR}`));
    // Taken out of a quote, it would leave a `>` line; after a list, the lists around it could join.
    const quoted = P(BUDGET, `> ${LIBRARY}\n>\n> Related:\n>\n> - ${BUDGET}`);
    expect(clean(quoted, MD).text).toBe(P(BUDGET, `> ${LIBRARY}\n>\n> Related:`));
    const afterList = P(BUDGET, `- ${NEXT}`, 'Related stories:', `- ${BUDGET}`, MAYOR);
    expect(clean(afterList, MD).text).toBe(P(BUDGET, `- ${NEXT}`, 'Related stories:', MAYOR));
  });
});

describe('clean: template tags around a repeated paragraph', () => {
  it('a Hugo or Liquid tag that opens or closes a region stays when the paragraph under it goes', () => {
    for (const [open, close] of [['{{% notice info %}}', '{{% /notice %}}'], ['{% capture note %}', '{% endcapture %}']] as const) {
      const text = P(BUDGET, `${open}\n${BUDGET}`, `${LIBRARY}\n${close}`);
      expect(clean(text, { parser: 'markdown' }).text).toBe(P(BUDGET, open, `${LIBRARY}\n${close}`));
      const closing = P(LIBRARY, `${open}\n${BUDGET}`, `${LIBRARY}\n${close}`);
      expect(clean(closing, { parser: 'markdown' }).text).toBe(P(LIBRARY, `${open}\n${BUDGET}`, close));
    }
  });
});

describe('clean: a sentence cut from a Markdown quote', () => {
  const MD = { parser: 'markdown' } as const;
  const more = 'Organisers expect record crowds at the harbour this year.';

  it('leaves one `>` on the next line when it is the first of several lines', () => {
    const body = `${BUDGET} ${LIBRARY}`;
    expect(clean(P('# Notes', body, `> ${BUDGET}\n> ${more}`), MD).text).toBe(P('# Notes', body, `> ${more}`));
    expect(clean(P('# Notes', body, `> > ${BUDGET}\n> > ${more}`), MD).text).toBe(P('# Notes', body, `> > ${more}`));
  });
});

describe('clean: a footnote reference', () => {
  it('keeps the copy that cites it, before or after the other', () => {
    const note = '[^1]: Source: council minutes, 12 March 2024.';
    const cited = BUDGET.replace(' on Tuesday', '[^1] on Tuesday');
    expect(clean(P(BUDGET, cited, note), { parser: 'markdown' }).text).toBe(P(cited, note));
    expect(clean(P(cited, BUDGET, note), { parser: 'markdown' }).text).toBe(P(cited, note));
  });
});

describe('clean: sentences that differ in one word are different statements', () => {
  it('keeps both of a pair that swaps one word (rose/fell, support/oppose), but merges a typo fixed', () => {
    const rose = 'Turnout rose sharply in the northern districts, where the new polling stations opened early.';
    const fell = rose.replace('rose', 'fell');
    expect(clean(P('Election night', rose, LIBRARY, fell)).text).toBe(P('Election night', rose, LIBRARY, fell));
    const support = 'Most members of the committee support the plan to widen the bridge over the river next year.';
    expect(clean(P('Bridge plan', support, LIBRARY, support.replace('support', 'oppose'))).changes).toEqual([]);
    const typo = rose.replace('districts', 'distrcits');
    expect(clean(P('Election night', rose, LIBRARY, typo)).text).toBe(P('Election night', rose, LIBRARY));
  });

  it('keeps a sentence that a longer paragraph holds but for one word swapped', () => {
    const best = 'Sonos speakers have long been considered some of the best home speakers you can buy today.';
    const paragraph = `${LIBRARY} ${best} ${BUDGET}`;
    const worst = best.replace('best', 'worst');
    expect(clean(P('Speakers', paragraph, worst)).text).toBe(P('Speakers', paragraph, worst));
  });
});

describe('clean: a sentence the breaker cut after an abbreviation', () => {
  it('goes whole: the piece before it that stands before its twin too goes with it', () => {
    const council = (day: string): string => `The city council met on ${day} to discuss the plan for the waterfront.`;
    const close = 'Residents packed the chamber and many waited hours to speak.';
    for (const risky of [
      'Apple Inc. CEO Tim Cook said the company would keep investing in the region.',
      'Sales at Acme Corp. Europe rose sharply in the third quarter, the filing showed.',
      'Tickets cost $25 (incl. VAT) and go on sale next week through the box office.',
    ]) {
      // In a paragraph of the body, and in one at the head of the scrape (a summary).
      for (const at of ['body', 'head'] as const) {
        const copy = `${council('Wednesday')} ${risky} ${close}`;
        const original = `${council('Tuesday')} ${risky} ${close}`;
        const paragraphs = at === 'body' ? ['Waterfront', NEXT, original, MAYOR, copy] : ['Waterfront', copy, MAYOR, original];
        const cleaned = clean(P(...paragraphs)).text;
        expect(cleaned).toContain(council('Wednesday'));
        expect(cleaned.split(risky)).toHaveLength(2);
        // No piece of the risky sentence is left behind.
        for (const piece of risky.split(/(?<=\.) /)) expect(cleaned.split(piece)).toHaveLength(2);
      }
    }
  });
});

describe('clean: a pull quote with its attribution', () => {
  it('goes with the attribution when its sentence stands in the body', () => {
    const found = 'Earlier that night, a police sergeant searched the same hotel room but did not find the girl.';
    const body = `${found} He was later fired from the force after an internal review.`;
    const text = P('Missing girl found', body, MAYOR, `${found} \u2014 Maria Alvarez, council member`);
    expect(clean(text).text).toBe(P('Missing girl found', body, MAYOR));
  });

  it('takes a Markdown quote whose only other paragraph is the attribution: no lone `> — Name`', () => {
    const said = "The cache is stored in the user's home directory by default.";
    const tail = 'Tail paragraph with unique words about nothing.';
    const md = (text: string): string => clean(text, { parser: 'markdown' }).text;
    const text = `# Cache\n\n${said}\n\n> ${said}\n>\n> \u2014 The maintainers, in the release notes\n\n${tail}\n`;
    expect(md(text)).toBe(`# Cache\n\n${said}\n\n${tail}\n`);
    expect(md(md(text))).toBe(md(text));
    // In a list item the quote goes, the item stays; an en dash attributes as well.
    const item = `# Cache\n\n${said}\n\n- An item of its own.\n\n  > ${said}\n  >\n  > \u2013 Jane Doe\n\n${tail}\n`;
    expect(md(item)).toBe(`# Cache\n\n${said}\n\n- An item of its own.\n\n${tail}\n`);
    // Prose after the dash, or another paragraph in the quote, stays.
    const prose = `# Cache\n\n${said}\n\n> ${said}\n>\n> \u2014 This sentence says more. It goes on.\n\n${tail}\n`;
    expect(md(prose)).toBe(`# Cache\n\n${said}\n\n> \u2014 This sentence says more. It goes on.\n\n${tail}\n`);
    // So does a clause after the dash, with no full stop: it names no one.
    const clause = `# Cache\n\n${said}\n\n> ${said}\n>\n> \u2014 Nobody expected what came next\n\n${tail}\n`;
    expect(md(clause)).toBe(`# Cache\n\n${said}\n\n> \u2014 Nobody expected what came next\n\n${tail}\n`);
    const more = `# Cache\n\n${said}\n\n> ${said}\n>\n> Another quoted paragraph.\n>\n> \u2014 Jane Doe\n\n${tail}\n`;
    expect(md(more)).toBe(`# Cache\n\n${said}\n\n> Another quoted paragraph.\n>\n> \u2014 Jane Doe\n\n${tail}\n`);
  });
});

describe('clean: the complete copy stays', () => {
  const lead = 'The researchers wondered whether this threshold is also responsible for our sudden creative moments.';
  const aside = 'They plan to test the idea on a larger group next year, with volunteers from three cities.';

  it('a paragraph stays when the copy inside another paragraph stops short (with or without a mark)', () => {
    for (const cut of [lead.replace(' moments.', ''), lead.replace(' creative moments.', ' creative…')]) {
      const text = P('Eureka', lead, aside, `Most of us get our best ideas in the shower. ${cut}`);
      expect(clean(text).text).toBe(P('Eureka', lead, aside, 'Most of us get our best ideas in the shower.'));
    }
  });

  it('a short sentence of prose does not go with the block whose other sentence repeats', () => {
    const vote = 'The council voted on Tuesday to approve a new budget that raises property taxes for the first time in a decade.';
    const text = P('Budget vote', 'For years, the town refused to raise taxes.', `That changed. ${vote}`, `Residents packed the hall to object, and several spoke for more than an hour. ${vote}`);
    const result = clean(text);
    expect(result.text).toContain(`That changed. ${vote}`);
    expect(result.text.split(vote)).toHaveLength(2);
    // With the sentence first inside a longer paragraph, it is cut and the short one stays.
    const objected = 'Residents packed the hall to object, and several spoke for more than an hour.';
    const later = P('Budget vote', `${vote} ${objected}`, `That changed. ${vote}`, MAYOR);
    expect(clean(later).text).toBe(P('Budget vote', `${vote} ${objected}`, 'That changed.', MAYOR));
  });

  it('a sentence that ends two paragraphs that are no parallel entries is cut from the second', () => {
    const refrain = 'The solution, then, lies not just in technology, but in better governance.';
    const first = `Farmers burn crop stubble every autumn, sending smoke over the city. ${refrain}`;
    const middle = 'Officials have been slow to act on the problem this year.';
    const last = 'In November, the air over Delhi gets cool, dry and still, which traps pollution near the ground.';
    expect(clean(P('Delhi air', first, middle, `${last} ${refrain}`)).text).toBe(P('Delhi air', first, middle, last));
  });
});

describe('clean: a whole page on one line', () => {
  it('cuts a sentence repeated far from its first copy inside one long paragraph', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `Reporter number ${i + 1} filed a short note from the harbour about boat ${i + 1}.`);
    const echo = 'The harbour master said the new breakwater would protect the fishing fleet from winter storms.';
    const sentences = [...filler.slice(0, 3), echo, ...filler.slice(3, 190), echo, ...filler.slice(190)];
    const text = `Harbour news\n\n${sentences.join(' ')}\n`;
    const expected = `Harbour news\n\n${[...filler.slice(0, 3), echo, ...filler.slice(3)].join(' ')}\n`;
    const result = clean(text);
    expect(result.text).toBe(expected);
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ kind: 'exact', unit: 'sentence' });
  });
});

describe('clean: a description at the head of a scrape that quotes the body', () => {
  it('loses the sentences the body holds, and the body keeps them', () => {
    const a = 'Virtual reality has officially reached the consoles, and it is pretty good.';
    const b = 'To help you decide, I have put together a list of the games worth considering.';
    const own = 'Read on for the full list.';
    const title = 'These are the coolest VR games';
    const body1 = `${a} The headset is comfortable and reasonably priced.`;
    const body2 = `But which ones should you buy? ${b}`;
    const text = [title, `${a} ${b} ${own}`, body1, body2].join('\n\n');
    const result = clean(text);
    expect(result.text).toBe([title, own, body1, body2].join('\n\n'));
    expect(result.changes.map((c) => c.unit)).toEqual(['sentence', 'sentence']);
  });
});

describe('clean: hard-wrapped plain text', () => {
  // A real post (GiveWell's open thread), wrapped at 72 columns: two paragraphs that say the
  // same thing in other words, no echo. A wrapped line used to be read as a sentence, and the
  // line "opportunity to publicly raise …" was cut as lying inside the first paragraph.
  const text = [
    'We host quarterly open threads to give blog readers an opportunity to',
    'publicly raise comments or questions about GiveWell or related topics.',
    '',
    'Our goal with hosting quarterly open threads is to give blog readers an',
    'opportunity to publicly raise comments or questions about GiveWell or',
    'related topics (in the comments section below). As always, you\u2019re also',
    'welcome to email us at info@givewell.org or to request a call with',
    'GiveWell staff if you have feedback or questions you\u2019d prefer to discuss',
    'privately. We\u2019ll try to respond promptly to questions or comments.',
    '',
  ].join('\n');

  it('reads a line break inside a paragraph as a space, not a sentence end', () => {
    for (const unit of ['both', 'sentence', 'paragraph'] as const) expect(clean(text, { unit }).changed).toBe(false);
  });

  it('still cuts a wrapped sentence that repeats, with its line break', () => {
    const echoed = text.replace('privately.', 'privately. We host quarterly open threads to give blog readers an\nopportunity to publicly raise comments or questions about GiveWell or\nrelated topics.');
    const result = clean(echoed);
    expect(result.text).toBe(text);
    expect(result.changes.map((c) => c.removed.text)).toEqual([
      'We host quarterly open threads to give blog readers an\nopportunity to publicly raise comments or questions about GiveWell or\nrelated topics.',
    ]);
  });
});

describe('clean: a twin block whose other sentences are cut', () => {
  // After the Los Angeles Auto Show story (AP, in the corpus): a summary that runs a heading
  // into its text and ends with a teaser of the body, then the heading on its own.
  const body = 'The German automaker says the wagon will be able to go 300 miles on a single battery charge. It has a rear-mounted 275-horsepower motor.';
  const summary =
    'New electric vehicles and a futuristic station wagon concept car from Volkswagen are among the new models on display this week at the Los Angeles Auto Show. Here are some of the highlights: VOLKSWAGEN ID. SPACE VIZZION CONCEPT Volkswagen is giving us a glimpse into the car of the future with a low-slung electric station wagon.';
  const teaser = 'The German automaker says the wagon will be able to go 300 miles...';
  const heading = 'VOLKSWAGEN ID. SPACE VIZZION CONCEPT';
  const text = P(body, `${summary} ${teaser}`, heading);

  it('still holds a heading found in a part that stays: both go in one run', () => {
    const result = clean(text);
    expect(result.text).toBe(P(body, summary));
    expect(clean(result.text).changed).toBe(false);
  });

  it('reports as kept only the sentences that hold the heading, which stay', () => {
    const change = clean(text).changes.find((c) => c.removed.text === heading)!;
    expect(change.kept.text).toBe(summary.slice(summary.indexOf('Here are')));
    expect(clean(text).text).toContain(change.kept.text);
  });
});

describe('clean: a Markdown list item that a later paragraph goes on from', () => {
  const list = [
    '- Builds finish in under a second on most projects thanks to the cache.',
    '- Plugins can hook into every stage of the pipeline through a small API.',
  ].join('\n');
  const detail = 'Builds finish in under a second on most projects thanks to the cache. The cache lives in `.build-cache` and is safe to delete.';

  it('keeps both: the list its entry, the paragraph its opening', () => {
    const text = P('# Features', list, detail);
    for (const unit of ['both', 'sentence', 'paragraph'] as const) expect(clean(text, { parser: 'markdown', unit }).text).toBe(text);
  });

  it('still removes an item that is the paragraph cut short (a teaser)', () => {
    const teaser = '- Builds finish in under a second on most projects thanks to…';
    const text = P('# Features', `${teaser}\n${list}`, detail);
    expect(clean(text, { parser: 'markdown' }).changes.map((c) => c.removed.text)).toEqual(['Builds finish in under a second on most projects thanks to…']);
  });

  it('removes an item that a paragraph says further in (key points that quote the body)', () => {
    const points = '- The council approved the new budget on Monday after a long debate.\n- The mayor will sign the budget into law next week at city hall.';
    const body = 'Residents said they were relieved. The mayor will sign the budget into law next week at city hall. Critics say the plan does not fund enough teachers.';
    const opening = 'The council approved the new budget on Monday after a long debate. Members argued for hours.';
    const result = clean(P('# Budget passes', points, opening, body), { parser: 'markdown' });
    expect(result.changes.map((c) => c.removed.text)).toEqual(['The mayor will sign the budget into law next week at city hall.']);
  });

  it('in plain text, the sentence printed again as a line of its own still goes', () => {
    const text = P('Features', 'Builds finish in under a second on most projects thanks to the cache.', detail);
    expect(clean(text).changes).toHaveLength(1);
  });
});

describe('clean: the same words saying something else', () => {
  const filler = 'The stadium was renovated two years ago at a cost of more than forty million pounds, paid mostly by the club owners.';
  const keepsBoth = (first: string, second: string): void => {
    const text = P('Match report', `${first} The report was published on the agency website.`, filler, second);
    expect(clean(text).changed).toBe(false);
  };

  it('keeps a sentence whose names, numbers or dates trade places', () => {
    keepsBoth('Arsenal beat Chelsea 2-1 on Saturday afternoon after a late goal in front of a sellout crowd.', 'Chelsea beat Arsenal 2-1 on Saturday afternoon after a late goal in front of a sellout crowd.');
    keepsBoth('The buyer must notify the seller in writing within ten business days of any defect found in the goods.', 'The seller must notify the buyer in writing within ten business days of any defect found in the goods.');
    keepsBoth('The trial began on March 3 and the verdict was announced on April 11 after weeks of testimony.', 'The trial began on April 3 and the verdict was announced on March 11 after weeks of testimony.');
  });

  it('keeps a sentence with two words swapped for others, or with a bound or a hedge the other lacks', () => {
    keepsBoth('The committee voted to approve the budget for the northern district and to delay the vote on the southern one.', 'The committee voted to reject the budget for the northern district and to hold the vote on the southern one.');
    keepsBoth('20 people were killed in the collapse of the bridge, officials said on Tuesday.', 'At least 20 people were killed in the collapse of the bridge, officials said on Tuesday.');
    keepsBoth('Residents say the new clinic has changed the neighbourhood in the last few years.', 'Residents say the new clinic has hardly changed the neighbourhood in the last few years.');
  });

  it('keeps a sentence with a number word, or a bound, in another form (six/sixty, some 20/20)', () => {
    keepsBoth('The blaze broke out on Tuesday night and killed six people in the downtown apartment block, officials said.', 'The blaze broke out on Tuesday night and killed sixty people in the downtown apartment block, officials said.');
    keepsBoth('Some 20 people were killed in the attack on the central market on Sunday, officials said.', '20 people were killed in the attack on the central market on Sunday, officials said.');
    keepsBoth('Over 20 people were killed in the attack on the central market on Sunday, officials said.', '20 people were killed in the attack on the central market on Sunday, officials said.');
  });

  it('still removes a copy with a typo fixed, or with words shortened alike', () => {
    const typo = 'The goverment said the new rules would take effect from the first day of next month.';
    const fixed = 'The government said the new rules would take effect from the first day of next month.';
    expect(clean(P('Match report', typo, filler, fixed)).changes.map((c) => c.removed.text)).toEqual([fixed]);
    // The shorter copy's shingles all hold `char`, so only the longer one finds the other: a near
    // match counts both ways.
    const long = 'The library compares the two versions character by character and reports every difference it finds.';
    const short = 'The library compares the two versions char by char and reports every difference it finds.';
    expect(clean(P('Match report', long, filler, short)).changes.map((c) => c.removed.text)).toEqual([short]);
    expect(clean(P('Match report', short, filler, long)).changes.map((c) => c.removed.text)).toEqual([long]);
  });
});

describe('clean: Markdown math is code, never an echo nor a twin', () => {
  const MD = { parser: 'markdown' } as const;
  const EQUATION = '$$\nE = m c^2 \\quad \\text{where } m \\text{ is the rest mass and } c \\text{ the speed of light}\n$$';

  it('keeps a repeated equation', () => {
    const text = P('# Energy', BUDGET, EQUATION, MAYOR, EQUATION);
    expect(clean(text, MD)).toMatchObject({ text, changes: [] });
  });

  it('keeps the body copy of a sentence that display math also holds', () => {
    const text = P('# Setup', BUDGET, `$$\n${BUDGET}\n$$`, MAYOR);
    expect(clean(text, MD)).toMatchObject({ text, changes: [] });
    // Not its twin either: a later body copy goes for the first body copy.
    const twice = P('# Setup', `$$\n${BUDGET}\n$$`, BUDGET, MAYOR, BUDGET);
    const result = clean(twice, MD);
    expect(result.text).toBe(P('# Setup', `$$\n${BUDGET}\n$$`, BUDGET, MAYOR));
    expect(result.changes.map(brief)).toEqual([{ kind: 'exact', unit: 'paragraph', rule: 'repeat', removed: '11:1', kept: '7:1' }]);
  });

  it('never cuts inside inline `$$` math', () => {
    const text = P('# Energy', `${LIBRARY} ${MAYOR}`, `${BUDGET} The law is $$E = m c^2. ${MAYOR}$$ for a body at rest.`);
    expect(clean(text, MD)).toMatchObject({ text, changes: [] });
  });

  it('reads prices as prose: a repeated sentence between dollar amounts still goes', () => {
    const club = 'The club reopened on Friday after a year of repairs.';
    const drinks = 'Drinks cost $10 and $12 at the bar downstairs.';
    const first = `${club} ${drinks} Bands play until two in the morning.`;
    // Read as single-dollar math, `$5. Drinks cost $` was one span and the cut before `Drinks` fell inside it.
    const later = `A spokesman for the owners said the cover is $5. ${drinks} The next show is on Saturday.`;
    const result = clean(P('# Jazz club reopens', first, later), MD);
    expect(result.text).toBe(P('# Jazz club reopens', first, later.replace(` ${drinks}`, '')));
    expect(result.changes.map(brief)).toEqual([{ kind: 'exact', unit: 'sentence', rule: 'sentence-repeat', removed: `5:${later.indexOf(drinks) + 1}`, kept: `3:${club.length + 2}` }]);
  });

  it('reads a `$$` line no fence closes as text: echoes after it still go', () => {
    const text = P('Luigi’s Trattoria\n$$$ · Italian · Downtown', BUDGET, MAYOR, BUDGET);
    expect(clean(text, MD).text).toBe(P('Luigi’s Trattoria\n$$$ · Italian · Downtown', BUDGET, MAYOR));
    // However many there are (a listing of places with their price range).
    const places = Array.from({ length: 12 }, (_, i) => `Place ${i}\n$$ · Italian · Downtown`);
    expect(clean(P(BUDGET, ...places, BUDGET), MD).text).toBe(P(BUDGET, ...places));
  });
});

describe('clean: of two Markdown copies, the one with a link stays', () => {
  const MD = { parser: 'markdown' } as const;
  const plain = 'Read the configuration guide before upgrading to the next major version of the tool.';
  const other = 'Other unrelated text about the release schedule and support windows for versions.';

  it('removes a later plain copy and keeps a later linked one, so no destination is lost and no definition orphaned', () => {
    for (const linked of ['Read the [configuration guide][cfg] before upgrading to the next major version of the tool.', 'Read the [configuration guide](https://example.com/config) before upgrading to the next major version of the tool.']) {
      const definition = '[cfg]: https://example.com/config';
      expect(clean(P('# Upgrading', linked, plain, other, definition), MD).text).toBe(P('# Upgrading', linked, other, definition));
      // Taking the first copy would move the text down the page (to a link list at the end).
      const later = P('# Upgrading', plain, linked, other, definition);
      expect(clean(later, MD).text).toBe(later);
    }
  });

  it('keeps the linked sentence of a paragraph whose other sentence repeats', () => {
    const linked = 'Members argued over school funding and [road repairs](https://example.com/roads) for hours.';
    const text = P('# Budget', `${plain} ${linked.replace(/\[|\]\([^)]*\)/g, '')}`, other, `${plain} ${linked}`);
    expect(clean(text, MD).text).toBe(P('# Budget', `${plain} ${linked.replace(/\[|\]\([^)]*\)/g, '')}`, other, linked));
  });

  it('counts autolinks, not code spans', () => {
    const auto = 'Read the guide at <https://example.com/config> before upgrading to the next major version.';
    const bare = 'Read the guide at https://example.com/config before upgrading to the next major version.';
    expect(clean(P('# Upgrading', auto, bare), MD).text).toBe(P('# Upgrading', auto));
    expect(clean(P('# Upgrading', bare, auto), MD).changed).toBe(false);
    const code = 'Read the `config.md` guide before upgrading to the next major version of the tool.';
    const unquoted = 'Read the config.md guide before upgrading to the next major version of the tool.';
    expect(clean(P('# Upgrading', unquoted, code), MD).text).toBe(P('# Upgrading', unquoted));
  });
});

describe('clean: one answer to two questions', () => {
  const answer = 'A: We are confident that it will happen as planned, and the council agrees with us.';

  it('keeps an answer given again to another question (an interview, an FAQ)', () => {
    const text = P('Interview with the mayor', 'Q: Will the bridge open on schedule this spring?', answer, 'Q: And will the budget for the bridge stay the same next year?', answer);
    expect(clean(text).changed).toBe(false);
  });

  it('removes a line after a question that is itself an echo, in one run', () => {
    // A scrape (Breitbart's, in the corpus): the lede, the headline, a call to action, then
    // the lede and the call again. The lede asks, but it goes: the call after it answers nothing.
    const lede = 'Snopes fact checker David Emery asked on Twitter whether there were any un-angry Trump supporters?';
    const headline = "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'";
    const signUp = 'Sign up for our newsletter and get the stories that matter in your inbox.';
    const once = clean(P(lede, headline, signUp, lede, signUp));
    expect(once.text).toBe(P(lede, headline, signUp));
    expect(clean(once.text).changed).toBe(false);
  });

  it('still removes a question and answer printed twice', () => {
    const pair = ['Q: Will the bridge open on schedule this spring?', answer];
    const text = P('Interview with the mayor', ...pair, ...pair);
    expect(clean(text).text).toBe(P('Interview with the mayor', ...pair));
  });
});

describe('clean: a plain-text heading that its paragraph opens with', () => {
  const body = 'The stadium was renovated two years ago at a cost of more than forty million pounds, paid mostly by the club owners.';
  const paragraph = 'What happens next for the bridge depends on a council vote scheduled for the end of the month.';

  it('keeps the heading right before the paragraph (a run-in head, not an echo)', () => {
    const text = P('Story title', body, 'What happens next for the bridge', paragraph);
    expect(clean(text).changed).toBe(false);
  });

  it('still removes it further away, or a teaser cut short with an ellipsis', () => {
    expect(clean(P('Story title', 'What happens next for the bridge', body, paragraph)).changes).toHaveLength(1);
    expect(clean(P('Story title', body, 'What happens next for the bridge…', paragraph)).changes).toHaveLength(1);
  });
});
