import { areOpposites, changesMeaning, hasOpposites, isNegation, isNumberWord, isQualifier, swapsOneWord, swapsOneWordInside, swapsWords, swapsWordsInside } from '../../src/core/guards.js';

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

describe('swapsOneWord', () => {
  const words = (text: string): string[] => text.toLowerCase().split(' ');
  const frame = (word: string): string[] => words(`turnout ${word} sharply in the northern districts this year`);

  it('is true for the same words but one, swapped for another word', () => {
    for (const [a, b] of [['rose', 'fell'], ['support', 'oppose'], ['first', 'second'], ['northbound', 'southbound'], ['building', 'office']]) {
      expect(swapsOneWord(frame(a!), frame(b!))).toBe(true);
    }
  });

  it('is false for a typo, another form of one word, a tense or modal, or more than one change', () => {
    for (const [a, b] of [['goverment', 'government'], ['mtaters', 'matters'], ['attend', 'attended'], ['organise', 'organize'], ['said', 'says'], ['will', 'would'], ['a', 'the']]) {
      expect(swapsOneWord(frame(a!), frame(b!))).toBe(false);
    }
    expect(swapsOneWord(words('turnout rose sharply in the north'), words('turnout fell slowly in the north'))).toBe(false);
    expect(swapsOneWord(words('turnout rose sharply'), words('turnout rose sharply again'))).toBe(false);
    // Numbers have their own guard.
    expect(swapsOneWord(frame('5'), frame('7'))).toBe(false);
  });
});

describe('swapsOneWordInside', () => {
  const words = (text: string): string[] => text.toLowerCase().split(' ');
  const outer = words('sales were slow but the speakers are considered some of the best available today');

  it('is true when the longer text has another word between the same neighbours', () => {
    const inner = words('the speakers are considered some of the worst available');
    expect(swapsOneWordInside(inner, outer, ['worst'])).toBe(true);
  });

  it('is false for a typo or another form there, a word at an edge, or more than one word missing', () => {
    expect(swapsOneWordInside(words('considered some of the bets available'), outer, ['bets'])).toBe(false);
    expect(swapsOneWordInside(words('the speakers are considered some of the best available now'), outer, ['now'])).toBe(false);
    expect(swapsOneWordInside(words('the speakers were thought some of the best'), outer, ['were', 'thought'])).toBe(false);
  });
});

describe('swapsOneWord: pairs that share letters', () => {
  const frame = (word: string): string[] => `the company ${word} dozens of workers at the plant this week`.split(' ');

  it('tells apart words one letter or one ending apart that are not one word', () => {
    for (const [a, b] of [['hired', 'fired'], ['northeast', 'northwest'], ['support', 'suppress'], ['hold', 'sold']]) {
      expect(swapsOneWord(frame(a!), frame(b!))).toBe(true);
    }
  });

  it('still merges endings and slips of one word', () => {
    for (const [a, b] of [['approves', 'approved'], ['hires', 'hired'], ['teh', 'the'], ['recieve', 'receive']]) {
      expect(swapsOneWord(frame(a!), frame(b!))).toBe(false);
    }
  });
});

describe('isNegation and isQualifier: hedges, other languages, bounds', () => {
  const words = (text: string): string[] => text.split(' ');

  it('reads hedging adverbs and Dutch, French, Hindi and Korean negations as negations', () => {
    for (const word of ['hardly', 'barely', 'rarely', 'niet', 'geen', 'aucun', 'rien', 'नहीं', '않았다', '않는다']) expect(isNegation(word)).toBe(true);
    expect(isNegation('hard')).toBe(false);
  });

  it('reads words that bound a quantity as qualifiers, so a text with one says something else', () => {
    for (const word of ['least', 'than', 'only', 'nearly', 'almost']) expect(isQualifier(word)).toBe(true);
    expect(changesMeaning(words('at least'), words('At least'))).toBe(true);
    expect(changesMeaning(words('on'), words('on'))).toBe(false);
  });
});

describe('swapsWords', () => {
  const words = (text: string): string[] => text.toLowerCase().split(' ');

  it('is true for names, numbers or dates that trade places, and for two words swapped for others', () => {
    expect(swapsWords(words('arsenal beat chelsea 2-1 on saturday'), words('chelsea beat arsenal 2-1 on saturday'))).toBe(true);
    expect(swapsWords(words('led 3-1 at half-time and drew 3-3'), words('led 3-3 at half-time and drew 3-1'))).toBe(true);
    expect(swapsWords(words('began on march 3 and ended on april 11'), words('began on april 3 and ended on march 11'))).toBe(true);
    expect(swapsWords(words('voted to approve the budget and to delay the vote'), words('voted to reject the budget and to hold the vote'))).toBe(true);
  });

  it('is false for typos, forms, abbreviations, the same words, other lengths or texts that differ throughout', () => {
    expect(swapsWords(words('the goverment said it would act'), words('the government says it will act'))).toBe(false);
    expect(swapsWords(words('compared character by character'), words('compared char by char'))).toBe(false);
    expect(swapsWords(words('the same words'), words('the same words'))).toBe(false);
    expect(swapsWords(words('one two three'), words('one two three four'))).toBe(false);
    expect(swapsWords(words('a b c d e f'), words('u v w x y z'))).toBe(false);
  });
});

describe('swapsWordsInside', () => {
  const words = (text: string): string[] => text.toLowerCase().split(' ');
  const outer = words('Arsenal beat Chelsea 2-1 on Saturday after a late goal. Officials did not comment.');

  it('is true for a text that stands in a longer one with names traded, or words swapped between its edges', () => {
    expect(swapsWordsInside(words('Chelsea beat Arsenal 2-1 on Saturday after a late goal.'), outer)).toBe(true);
    expect(swapsWordsInside(words('Arsenal lost Chelsea 2-1 on Saturday after a late goal.'), outer)).toBe(true);
  });

  it('is false for a text that only ends otherwise there (it is cut or goes on), or that stands in it as is', () => {
    expect(swapsWordsInside(words('Arsenal beat Chelsea 2-1 on Saturday after a penalty kick.'), outer)).toBe(false);
    expect(swapsWordsInside(words('Arsenal beat Chelsea 2-1 on Saturday after a late goal.'), outer)).toBe(false);
  });
});

describe('swapsOneWord: a word and a longer word it opens', () => {
  it('tells apart number words and nouns that one opens (six/sixty, man/manager)', () => {
    const sentence = (word: string): string[] => `the fire killed ${word} people in the block`.split(' ');
    expect(swapsOneWord(sentence('six'), sentence('sixty'))).toBe(true);
    expect(swapsOneWord(sentence('man'), sentence('manager'))).toBe(true);
  });
});
