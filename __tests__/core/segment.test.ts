import { segmentSentences } from '../../src/core/segment.js';

/** The sentences of `text` as strings (offsets checked separately). */
const sentences = (text: string, locale = 'en'): string[] =>
  segmentSentences(text, { start: 0, end: text.length }, locale).map((r) => text.slice(r.start, r.end));

describe('segmentSentences', () => {
  it('cuts English prose at sentence ends', () => {
    expect(sentences('The storm hit the coast overnight. Thousands lost power! Will schools open on Monday?')).toEqual([
      'The storm hit the coast overnight.',
      'Thousands lost power!',
      'Will schools open on Monday?',
    ]);
  });

  it('keeps abbreviations inside their sentence', () => {
    expect(sentences('Dr. Smith arrived at 9 a.m. on Monday. Mr. Brown left early.')).toEqual([
      'Dr. Smith arrived at 9 a.m. on Monday.',
      'Mr. Brown left early.',
    ]);
  });

  it('keeps a closing curly quote with its sentence', () => {
    expect(sentences('\u201cWe will rebuild.\u201d The mayor spoke at noon.')).toEqual([
      '\u201cWe will rebuild.\u201d',
      'The mayor spoke at noon.',
    ]);
  });

  it('cuts after an entity that stands for a line break, not inside it', () => {
    expect(sentences('The bridge will reopen next month.&#13;Repairs are nearly done.&#x2028;Traffic waits.')).toEqual([
      'The bridge will reopen next month.&#13;',
      'Repairs are nearly done.&#x2028;',
      'Traffic waits.',
    ]);
  });

  it('cuts CJK text at the full stop \u3002', () => {
    expect(sentences('北京市气象台周日发布消息。市民出行请注意交通安全。', 'zh')).toEqual([
      '北京市气象台周日发布消息。',
      '市民出行请注意交通安全。',
    ]);
  });

  it('cuts Cyrillic and Arabic prose', () => {
    expect(sentences('Пожар потушили через три часа. Жильцов эвакуировали.', 'ru')).toEqual([
      'Пожар потушили через три часа.',
      'Жильцов эвакуировали.',
    ]);
    expect(sentences('افتتح الوزير المعرض. ويستمر المعرض عشرة أيام.', 'ar')).toEqual([
      'افتتح الوزير المعرض.',
      'ويستمر المعرض عشرة أيام.',
    ]);
  });

  it('returns one sentence for a block without an inner sentence end', () => {
    expect(sentences('Flood waters reach record height in river town')).toEqual([
      'Flood waters reach record height in river town',
    ]);
  });

  it('returns offsets into the whole text, with surrounding whitespace excluded', () => {
    const text = 'Title\n  Mr. Brown said the vote was close.  It passed anyway.  \nNext';
    const start = text.indexOf('  Mr.');
    const end = text.indexOf('\nNext');
    const ranges = segmentSentences(text, { start, end }, 'en');
    expect(ranges).toEqual([
      { start: start + 2, end: start + 36 },
      { start: start + 38, end: start + 55 },
    ]);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Mr. Brown said the vote was close.', 'It passed anyway.']);
  });

  it('returns nothing for whitespace only', () => {
    expect(sentences('   ')).toEqual([]);
  });
});

describe('segmentSentences by locale', () => {
  it('keeps the segmenter for Greek, where a semicolon ends a question', () => {
    expect(sentences('Is it here; yes. Then go.', 'el')).toEqual(['Is it here;', 'yes.', 'Then go.']);
    expect(sentences('Is it here; yes. Then go.', 'en')).toEqual(['Is it here; yes.', 'Then go.']);
    // The three-letter codes name Greek too.
    for (const alias of ['ell', 'gre', 'el-GR']) expect(sentences('Is it here; yes. Then go.', alias)).toEqual(['Is it here;', 'yes.', 'Then go.']);
  });
});

describe('segmentSentences with Markdown inline spans', () => {
  const cut = (text: string, spans: readonly string[]): string[] => {
    const inline = spans.map((span) => ({ start: text.indexOf(span), end: text.indexOf(span) + span.length }));
    return segmentSentences(text, { start: 0, end: text.length }, 'en', inline).map((r) => text.slice(r.start, r.end));
  };

  it('reads line breaks as spaces, as in a hard-wrapped plain-text paragraph', () => {
    const text = 'If you are reasonably sure that the patterns you will encounter\n  are relatively simple. Use it.';
    expect(sentences(text)).toEqual(['If you are reasonably sure that the patterns you will encounter\n  are relatively simple.', 'Use it.']);
    expect(cut(text, [])).toEqual(['If you are reasonably sure that the patterns you will encounter\n  are relatively simple.', 'Use it.']);
  });

  it('joins the sentences a span would be cut between, and only those', () => {
    const text = 'Read [How to write patterns on Windows?](#how-to-write-patterns-on-windows) first. Then `a. B` runs. Done here.';
    expect(cut(text, ['[How to write patterns on Windows?](#how-to-write-patterns-on-windows)', '`a. B`'])).toEqual([
      'Read [How to write patterns on Windows?](#how-to-write-patterns-on-windows) first.',
      'Then `a. B` runs.',
      'Done here.',
    ]);
  });
});
