import { areOpposites, changesMeaning, hasOpposites, isNegation, isNumberWord } from '../../src/core/guards.js';

describe('isNumberWord', () => {
  it('is true for words with digits in any script', () => {
    expect(isNumberWord('200')).toBe(true);
    expect(isNumberWord('12%')).toBe(true);
    expect(isNumberWord('covid19')).toBe(true);
    expect(isNumberWord('٢٠٢٤')).toBe(true);
    expect(isNumberWord('jobs')).toBe(false);
  });
});

describe('isNegation', () => {
  it('knows negations in several languages and English contractions', () => {
    for (const word of ['not', 'never', 'no', 'without', "isn't", "didn't", 'не', 'нет', 'لا', 'لم', '不', '没', 'nicht', 'pas']) {
      expect(isNegation(word)).toBe(true);
    }
    for (const word of ['note', 'know', 'nothingness', 'raise', 'нести', '大']) expect(isNegation(word)).toBe(false);
  });
});

describe('changesMeaning', () => {
  it('is true when the extra words hold a number', () => {
    expect(changesMeaning(['200'], ['200'])).toBe(true);
  });

  it('is true when the extra words hold a negation', () => {
    expect(changesMeaning(['not'], ['not'])).toBe(true);
    expect(changesMeaning(['не'], ['не'])).toBe(true);
  });

  it('is true when an extra word is a capitalised name', () => {
    expect(changesMeaning(['tucker'], ['Tucker'])).toBe(true);
  });

  it('is false for lower-case filler words and for no words', () => {
    expect(changesMeaning(['also', 'reportedly'], ['also', 'reportedly'])).toBe(false);
    expect(changesMeaning([], [])).toBe(false);
  });
});

describe('areOpposites', () => {
  it.each([
    ['equality', 'inequality'],
    ['included', 'excluded'],
    ['able', 'unable'],
    ['legal', 'illegal'],
    ['direct', 'indirect'],
  ])('%s / %s are opposites by form', (a, b) => {
    expect(areOpposites(a, b)).toBe(true);
    expect(areOpposites(b, a)).toBe(true);
  });

  it.each([
    ['realise', 'realize'],
    ['report', 'reports'],
    ['include', 'include'],
    ['in', 'on'],
  ])('%s / %s are not', (a, b) => {
    expect(areOpposites(a, b)).toBe(false);
  });

  it('finds opposites between the words only one side has', () => {
    expect(hasOpposites(['excluded'], ['included'])).toBe(true);
    expect(hasOpposites(['excluded'], ['allowed'])).toBe(false);
  });
});
