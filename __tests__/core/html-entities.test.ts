import { decodeEntities } from '../../src/core/html-entities.js';

describe('decodeEntities', () => {
  it('decodes decimal, hexadecimal and named entities', () => {
    expect(decodeEntities('The company&#039;s shares')).toBe("The company's shares");
    expect(decodeEntities('The company&#x27;s shares')).toBe("The company's shares");
    expect(decodeEntities('The company&rsquo;s shares')).toBe('The company\u2019s shares');
    expect(decodeEntities('Johnson &amp; Johnson')).toBe('Johnson & Johnson');
    expect(decodeEntities('&ldquo;No comment,&rdquo; he said &mdash; then left&hellip;')).toBe(
      '\u201cNo comment,\u201d he said \u2014 then left\u2026',
    );
    expect(decodeEntities('Prime&nbsp;Minister')).toBe('Prime\u00a0Minister');
  });

  it('accepts upper-case names it knows in lower case', () => {
    expect(decodeEntities('Johnson &AMP; Johnson')).toBe('Johnson & Johnson');
  });

  it('decodes each entity once (no double decoding)', () => {
    expect(decodeEntities('&amp;amp; and &amp;#039;')).toBe('&amp; and &#039;');
  });

  it('leaves unknown names, invalid code points and bare ampersands as written', () => {
    expect(decodeEntities('R&D spending &foo; rose')).toBe('R&D spending &foo; rose');
    expect(decodeEntities('&#0; &#x110000;')).toBe('&#0; &#x110000;');
    expect(decodeEntities('AT&T and Procter & Gamble')).toBe('AT&T and Procter & Gamble');
  });

  it('returns text without ampersands unchanged', () => {
    const text = 'Markets closed higher on Friday.';
    expect(decodeEntities(text)).toBe(text);
  });
});
