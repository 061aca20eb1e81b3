import fc from 'fast-check';
import { planExactBytes } from '../../src/core/clean-exact-bytes.js';
import { cleanExactBlocks } from '../../src/core/clean-exact.js';
import { parseText } from '../../src/core/parse-text.js';
import { utf8Text } from '../../src/io/byte-text.js';
import { cutBytes } from '../../src/io/cut-bytes.js';
import { bomLength, decodeText } from '../../src/io/decode-text.js';

// A low minimum length, so that short generated paragraphs count as evidence.
const OPTIONS = { threshold: 1, unit: 'paragraph', minLength: 12 } as const;

/** Both paths on the same bytes: the output bytes, changes and counts of each. */
function bothPaths(input: string | Uint8Array) {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error('test input must be UTF-8');
  const textResult = cleanExactBlocks(decoded.text, parseText(decoded.text), OPTIONS);
  const skip = bomLength(bytes);
  const plan = planExactBytes(utf8Text(bytes.slice(skip)), OPTIONS);
  return {
    text: { output: new TextEncoder().encode((decoded.bom ? '\uFEFF' : '') + textResult.text), changes: textResult.changes, stats: textResult.stats },
    bytes: { output: cutBytes(bytes.slice(), plan.removals, skip), changes: plan.changes, stats: plan.stats },
  };
}

function expectSame(input: string | Uint8Array): void {
  const { text, bytes } = bothPaths(input);
  expect(Buffer.from(bytes.output).toString('hex')).toBe(Buffer.from(text.output).toString('hex'));
  expect(bytes.changes).toEqual(text.changes);
  expect(bytes.stats).toEqual(text.stats);
}

/** Ways a scraper may print a paragraph again: as it was, in capitals, with plain or encoded punctuation. */
const FORMS: readonly ((text: string) => string)[] = [
  (text) => text,
  (text) => text,
  (text) => text.toUpperCase(),
  (text) => text.replace(/’/g, "'").replace(/[“”]/g, '"').replace(/—/g, '-').replace(/…/g, '...'),
  (text) => text.replace(/’/g, '&rsquo;').replace(/'/g, '&#039;').replace(/\u00a0/g, '&nbsp;'),
];

const LEDE = 'The council approved the new budget on Tuesday after a long debate.';
const ACCENTED = 'Le café d’Éire a rouvert — “enfin”, dit la propriétaire… à 9 h.';

describe('planExactBytes', () => {
  it('removes the same echoes as the text path, with UTF-16 places, in multi-byte text', () => {
    const text = `Title\n\n${ACCENTED}\n\n${LEDE}\n\n${ACCENTED}\n\n${LEDE.toUpperCase()}\n`;
    const { bytes } = bothPaths(text);
    expect(new TextDecoder().decode(bytes.output)).toBe(`Title\n\n${ACCENTED}\n\n${LEDE}\n`);
    expect(bytes.changes.map((change) => [change.kind, change.removed.start, change.removed.line, change.removed.column, change.kept.start])).toEqual([
      ['exact', 7 + ACCENTED.length + 2 + LEDE.length + 2, 7, 1, 7],
      ['near', 7 + 2 * (ACCENTED.length + 2) + LEDE.length + 2, 9, 1, 7 + ACCENTED.length + 2],
    ]);
    expectSame(text);
  });

  it.each([
    ['a BOM, and a second one inside', `\uFEFF\uFEFF${LEDE}\n\n${LEDE}\n`],
    ['CRLF line ends', `${ACCENTED}\r\n\r\n${LEDE}\r\n\r\n${ACCENTED}\r\n`],
    ['a lone CR inside and at the edge of a line', `${LEDE}\r\n\r${ACCENTED}\r\rmore\n\n${LEDE}\r`],
    ['NBSP and other Unicode spaces at block edges', `\u00a0${LEDE}\u2003\n\u3000\n\u2009${ACCENTED}\u00a0\n\n\u202f${LEDE}\u205f\n\u00a0\n`],
    ['a multi-byte character just before a line break', `${LEDE} à\n\n${LEDE} à\n`],
    ['entities and typographic quotes', `Don&#039;t stop &ndash; it&rsquo;s fine, he said today\n\nDon’t stop – it’s fine, he said today\n`],
    ['ignore regions, one with a no-break space in its marker', `<!--\u00a0unecho-ignore -->\n${LEDE}\n<!-- unecho-ignore-end\u2003-->\n${LEDE}\n\n<!-- unecho-ignore -->\n${LEDE}\n`],
    ['a hard-wrapped text with multi-byte lines', `Le café d’Éire a rouvert — “enfin”,\ndit la propriétaire… à neuf heures.\n\n${'é'.repeat(40)}\n\nLe café d’Éire a rouvert — “enfin”,\ndit la propriétaire… à neuf heures.\n`],
    ['emoji, symbols and letters beyond Latin-1', `Stars 🌟 and ā ™ shine over the town tonight\n\nStars 🌟 and ā ™ shine over the town tonight\n`],
    ['no final newline', `${ACCENTED}\n\n${ACCENTED}`],
    ['only white space after the last echo', `${ACCENTED}\n\n${ACCENTED}\n\u00a0\n \n`],
    ['empty input', ''],
  ])('agrees with the text path: %s', (_name, text) => {
    expectSame(text);
  });

  it('agrees with the text path on generated texts (output bytes, changes, counts)', () => {
    const word = fc.constantFrom('the', 'Council', 'budget', 'café', 'Éire', 'don’t', "it's", 'ÜBER', 'naïve', 'Straße', 'Россия', '中文', '2024', '&amp;', '&#039;', '&nbsp;', '‘tis', 'co\u00adop', 'ā', '🌟', '™', '►', '£5', '×', 'x\u0301');
    const gap = fc.constantFrom(' ', ' ', ' ', '  ', '\u00a0', ' — ', ', ', '… ', ' “', '” ', '\t', '\r');
    const sentence = fc.array(fc.tuple(word, gap), { minLength: 3, maxLength: 9 }).map((parts) => parts.map(([w, g]) => w + g).join('').trim());
    const edge = fc.constantFrom('', '', '', ' ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028');
    const lineEnd = fc.constantFrom('\n', '\n', '\r\n', '\n\n', '\r\n\r\n', '\n \n', '\n\u00a0\n', '\n<!-- unecho-ignore -->\n', '\n<!--\u00a0unecho-ignore-end -->\n', '\n<!-- note -->\n');
    const document = fc
      .record({
        pool: fc.array(sentence, { minLength: 1, maxLength: 5 }),
        lines: fc.array(fc.tuple(fc.nat(4), edge, edge, lineEnd, fc.constantFrom(...FORMS)), { maxLength: 14 }),
        bom: fc.constantFrom('', '', '\ufeff', '\ufeff\ufeff'),
        last: fc.constantFrom('', '\n', '\r\n'),
      })
      .map(({ pool, lines, bom, last }) => {
        const body = lines.map(([pick, before, after, end, form]) => before + form(pool[pick % pool.length]!) + after + end);
        return bom + body.join('').trimEnd() + last;
      });
    fc.assert(
      fc.property(document, (text) => expectSame(text)),
      { seed: 20, numRuns: 600 },
    );
  });

  it('agrees with the text path on generated hard-wrapped texts', () => {
    // Short lines (at most 120 UTF-16 units, more in bytes) make the parser join paragraphs.
    const word = fc.constantFrom('council', 'café', 'Éire', 'débat', 'budget', 'naïve', 'über', 'don’t', '—', '“quoted”', 'ā', '🌟');
    const line = fc.array(word, { minLength: 4, maxLength: 14 }).map((words) => words.join(' '));
    const paragraph = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    const document = fc
      .tuple(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(6), { maxLength: 8 }), fc.constantFrom('\n\n', '\r\n\r\n'))
      .map(([pool, picks, blank]) => picks.map((pick) => pool[pick % pool.length]!).join(blank) + '\n');
    fc.assert(
      fc.property(document, (text) => expectSame(text)),
      { seed: 21, numRuns: 300 },
    );
  });
});
