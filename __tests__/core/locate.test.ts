import { LineLocator } from '../../src/core/locate.js';

describe('LineLocator', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const text = 'First line\nSecond\n\nFourth';
    const locator = new LineLocator(text);
    expect(locator.locate(0)).toEqual({ line: 1, column: 1 });
    expect(locator.locate(5)).toEqual({ line: 1, column: 6 });
    expect(locator.locate(10)).toEqual({ line: 1, column: 11 });
    expect(locator.locate(11)).toEqual({ line: 2, column: 1 });
    expect(locator.locate(18)).toEqual({ line: 3, column: 1 });
    expect(locator.locate(19)).toEqual({ line: 4, column: 1 });
    expect(locator.locate(text.length)).toEqual({ line: 4, column: 7 });
  });

  it('counts CRLF as one line break (the CR ends the previous line)', () => {
    const locator = new LineLocator('One\r\nTwo\r\n');
    expect(locator.locate(3)).toEqual({ line: 1, column: 4 });
    expect(locator.locate(5)).toEqual({ line: 2, column: 1 });
  });

  it('counts columns in UTF-16 code units (a BOM and an astral character count)', () => {
    const text = '\ufeffTitle\n\ud83d\ude00 smile';
    const locator = new LineLocator(text);
    expect(locator.locate(1)).toEqual({ line: 1, column: 2 });
    expect(locator.locate(text.indexOf('smile'))).toEqual({ line: 2, column: 4 });
  });

  it('agrees with a naive count on every offset', () => {
    const text = 'Пожар в Самаре\n\n北京迎来今年首场降雪。\r\nافتتاح معرض الكتاب\n';
    const locator = new LineLocator(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const before = text.slice(0, offset);
      expect(locator.locate(offset)).toEqual({
        line: before.split('\n').length,
        column: offset - (before.lastIndexOf('\n') + 1) + 1,
      });
    }
  });

  it('handles an empty text', () => {
    expect(new LineLocator('').locate(0)).toEqual({ line: 1, column: 1 });
  });
});
