import { parseMarkdown, parseMarkdownDocument } from '../../src/core/parse-markdown.js';
import type { Block } from '../../src/core/types.js';

/**
 * Each block as the text it points at: easier to read than offsets, checked next to them. An
 * inert block shows as such, without a removal (its `removal` is its content).
 */
function view(text: string, blocks: readonly Block[]): { kind: string; content: string; removal?: string; inert?: true }[] {
  return blocks.map((b) => {
    const content = text.slice(b.content.start, b.content.end);
    if (b.inert === true) {
      expect(b.removal).toEqual(b.content);
      return { kind: b.kind, content, inert: true };
    }
    return { kind: b.kind, content, removal: text.slice(b.removal.start, b.removal.end) };
  });
}

/** The blocks cleaning may remove or cut (not the inert ones). */
const offered = (text: string): Block[] => parseMarkdown(text).filter((b) => b.inert !== true);
const offeredContent = (text: string): string[] => offered(text).map((b) => text.slice(b.content.start, b.content.end));
/** The inert blocks: prose that is neither edited nor matched, returned so cleaning sees when it is freed. */
const inertContent = (text: string): string[] =>
  parseMarkdown(text)
    .filter((b) => b.inert === true)
    .map((b) => text.slice(b.content.start, b.content.end));

const without = (text: string, b: Block): string => text.slice(0, b.removal.start) + text.slice(b.removal.end);

describe('parseMarkdown: top-level paragraphs', () => {
  const text = 'First para.\n\nSecond para\nwrapped.\n\nLast para.\n';

  it('returns exact ranges', () => {
    expect(parseMarkdown(text)).toEqual([
      { index: 0, kind: 'paragraph', content: { start: 0, end: 11 }, removal: { start: 0, end: 13 }, section: 0, inert: false, inline: [] },
      { index: 1, kind: 'paragraph', content: { start: 13, end: 33 }, removal: { start: 13, end: 35 }, section: 0, inert: false, inline: [] },
      { index: 2, kind: 'paragraph', content: { start: 35, end: 45 }, removal: { start: 33, end: 45 }, section: 0, inert: false, inline: [] },
    ]);
  });

  it('leaves exactly one blank line whichever paragraph goes', () => {
    const blocks = parseMarkdown(text);
    expect(blocks.map((b) => without(text, b))).toEqual([
      'Second para\nwrapped.\n\nLast para.\n',
      'First para.\n\nLast para.\n',
      'First para.\n\nSecond para\nwrapped.\n',
    ]);
  });

  it('takes extra blank lines with the paragraph so one stays', () => {
    const t = 'A para.\n\n\n\nB para.\n\nC para.';
    expect(without(t, parseMarkdown(t)[1]!)).toBe('A para.\n\n\n\nC para.');
    expect(without(t, parseMarkdown(t)[0]!)).toBe('B para.\n\nC para.');
  });

  it('returns nothing for an empty or blank text', () => {
    expect(parseMarkdown('')).toEqual([]);
    expect(parseMarkdown('\n\n  \n')).toEqual([]);
  });
});

describe('parseMarkdown: never blocks', () => {
  it('skips YAML front matter, headings, fenced code with repeated lines, and indented code', () => {
    const text = [
      '---',
      'title: Echo',
      'description: Echo',
      '---',
      '',
      '# Echo',
      '',
      '```sh',
      'npm install',
      'npm install',
      '```',
      '',
      '    indented code',
      '    indented code',
      '',
      'Body text.',
      '',
    ].join('\n');
    expect(view(text, parseMarkdown(text))).toEqual([{ kind: 'paragraph', content: 'Body text.', removal: '\n\nBody text.' }]);
  });

  it('skips TOML front matter', () => {
    const text = '+++\ntitle = "Echo"\n+++\n\nBody text.\n';
    expect(parseMarkdown(text)).toEqual([
      { index: 0, kind: 'paragraph', content: { start: 24, end: 34 }, removal: { start: 22, end: 34 }, section: 0, inert: false, inline: [] },
    ]);
  });

  it('skips tables, HTML, link and footnote definitions', () => {
    const text = [
      '| a | b |',
      '| - | - |',
      '| same cell | same cell |',
      '',
      '<div class="x">',
      'Raw html text.',
      '</div>',
      '',
      '[ref]: https://example.com',
      '',
      '[^1]: A footnote paragraph.',
      '',
      'Prose with a [ref] and a note[^1].',
    ].join('\n');
    expect(offeredContent(text)).toEqual(['Prose with a [ref] and a note[^1].']);
  });

  it('skips paragraphs without prose (an image, markup lines only)', () => {
    const text = '![A chart](chart.png)\n\n{{% include "x.md" %}}\n\n:::\n\nReal text.\n';
    expect(offeredContent(text)).toEqual(['Real text.']);
  });
});

describe('parseMarkdown: labels and definition lists are structure', () => {
  it('skips the label of a code block, table or list, but not a sentence before it', () => {
    const text = [
      'Hugo renders the above to:',
      '',
      '```html',
      '<p>x</p>',
      '```',
      '',
      'With `baseURL = https://example.org/`',
      '',
      '```text',
      'x',
      '```',
      '',
      'This sentence ends before the table.',
      '',
      '| a |',
      '| - |',
      '| b |',
      '',
      'A closing sentence:',
    ].join('\n');
    expect(offeredContent(text)).toEqual(['This sentence ends before the table.', 'A closing sentence:']);
    // Never edited nor matched (docs repeat labels on purpose), but returned, so that cleaning
    // sees when a label has lost its list and become a paragraph.
    expect(inertContent(text)).toEqual(['Hugo renders the above to:', 'With `baseURL = https://example.org/`']);
  });

  it('skips definition-list entries', () => {
    const text = '`x`\n: (`int`) The horizontal offset.\n\n`y`\n: (`int`) The vertical offset.\n\nProse.\n';
    expect(offeredContent(text)).toEqual(['Prose.']);
  });
});

describe('parseMarkdown: list items', () => {
  it('removes a whole item line with its marker', () => {
    const text = 'Intro.\n\n- one\n- two\n- three\n';
    const blocks = parseMarkdown(text);
    expect(blocks.slice(1)).toEqual([
      { index: 1, kind: 'list-item', content: { start: 10, end: 13 }, removal: { start: 8, end: 14 }, section: 0, inert: false, list: 8, inline: [] },
      { index: 2, kind: 'list-item', content: { start: 16, end: 19 }, removal: { start: 14, end: 20 }, section: 0, inert: false, list: 8, inline: [] },
      { index: 3, kind: 'list-item', content: { start: 22, end: 27 }, removal: { start: 19, end: 27 }, section: 0, inert: false, list: 8, inline: [] },
    ]);
    expect(blocks.slice(1).map((b) => without(text, b))).toEqual([
      'Intro.\n\n- two\n- three\n',
      'Intro.\n\n- one\n- three\n',
      'Intro.\n\n- one\n- two\n',
    ]);
  });

  it('removes the whole list when its only item goes, keeping one blank line', () => {
    const text = 'Intro.\n\n1. only item\n\nOutro.\n';
    const item = parseMarkdown(text)[1]!;
    expect(view(text, [item])).toEqual([{ kind: 'list-item', content: 'only item', removal: '1. only item\n\n' }]);
    expect(without(text, item)).toBe('Intro.\n\nOutro.\n');
  });

  it('handles nested lists at any depth', () => {
    const text = '- top\n\n  - mid\n\n    - deep one\n    - deep two\n- after\n';
    // `top` and `mid` stay: with every item under them gone, their item would be left as a
    // bare marker followed by a blank line.
    expect(view(text, parseMarkdown(text))).toEqual([
      { kind: 'list-item', content: 'top', inert: true },
      { kind: 'list-item', content: 'mid', inert: true },
      { kind: 'list-item', content: 'deep one', removal: '- deep one\n    ' },
      { kind: 'list-item', content: 'deep two', removal: '\n    - deep two' },
      { kind: 'list-item', content: 'after', removal: '\n- after' },
    ]);
    const [deep1, deep2, after] = offered(text);
    expect(without(text, deep1!)).toBe('- top\n\n  - mid\n\n    - deep two\n- after\n');
    expect(without(text, deep2!)).toBe('- top\n\n  - mid\n\n    - deep one\n- after\n');
    expect(without(text, after!)).toBe('- top\n\n  - mid\n\n    - deep one\n    - deep two\n');
  });

  it('keeps the first of a tight nested list, whose removal could let text run on', () => {
    const text = '- mid\n  - deep one\n  - deep two\n';
    expect(offeredContent(text)).toEqual(['deep two']);
    expect(inertContent(text)).toEqual(['mid', 'deep one']);
  });

  it('offers a paragraph before a nested single-item list, which moves onto the marker line', () => {
    const text = '- Top item.\n\n  - only nested\n\n  ```\n  code\n  ```\n- after\n';
    const [top] = parseMarkdown(text);
    expect(view(text, [top!])).toEqual([{ kind: 'list-item', content: 'Top item.', removal: 'Top item.\n\n  ' }]);
    expect(without(text, top!)).toBe('- - only nested\n\n  ```\n  code\n  ```\n- after\n');
  });

  it('keeps a paragraph that a nested ordered list interrupts (it would start afresh)', () => {
    const text = '- top\n  2. nested\n';
    expect(offeredContent(text)).toEqual(['top\n  2. nested']);
    // Without `1. first`, `2. second` would interrupt `top`, where only a list at 1 may start.
    const interrupting = '- top\n  1. first\n  2. second\n';
    expect(offeredContent(interrupting)).toEqual(['second']);
    expect(inertContent(interrupting)).toEqual(['top', 'first']);
  });

  it('removes a first paragraph up to the next child, which takes over the marker', () => {
    const text = '- First para.\n\n  Second para.\n\n  ```\n  code\n  ```\n- next\n';
    const blocks = parseMarkdown(text);
    expect(view(text, blocks)).toEqual([
      { kind: 'list-item', content: 'First para.', removal: 'First para.\n\n  ' },
      { kind: 'list-item', content: 'Second para.', removal: 'Second para.\n\n  ' },
      { kind: 'list-item', content: 'next', removal: '\n- next' },
    ]);
    expect(without(text, blocks[0]!)).toBe('- Second para.\n\n  ```\n  code\n  ```\n- next\n');
    expect(without(text, blocks[1]!)).toBe('- First para.\n\n  ```\n  code\n  ```\n- next\n');
  });

  it('does not offer what would empty an item or strip a task checkbox', () => {
    // Removing both paragraphs would leave `- ` alone; removing the task's first paragraph
    // would leave `[ ]` before a heading, where it is no checkbox.
    const text = '- first para\n\n  second para\n- [ ] task para\n\n  ## Heading\n';
    expect(offeredContent(text)).toEqual(['second para']);
    expect(inertContent(text)).toEqual(['first para', 'task para']);
  });

  it('keeps a task checkbox out of the content', () => {
    const text = '- [ ] open task\n- [x] done task\n';
    expect(view(text, parseMarkdown(text))).toEqual([
      { kind: 'list-item', content: 'open task', removal: '- [ ] open task\n' },
      { kind: 'list-item', content: 'done task', removal: '\n- [x] done task' },
    ]);
  });
});

describe('parseMarkdown: blockquotes', () => {
  it('removes the `>` prefixes with an only paragraph', () => {
    const text = 'Body.\n\n> Pull quote\n> on two lines.\n\nMore body.\n';
    const blocks = parseMarkdown(text);
    expect(blocks[1]).toEqual({ index: 1, kind: 'blockquote', content: { start: 9, end: 35 }, removal: { start: 7, end: 37 }, section: 0, inert: false, inline: [] });
    expect(view(text, blocks)[1]!.content).toBe('Pull quote\n> on two lines.');
    expect(without(text, blocks[1]!)).toBe('Body.\n\nMore body.\n');
  });

  it('removes one paragraph of several inside a quote, and nested quotes', () => {
    const text = '> First.\n>\n> Second.\n>\n> > Nested.\n';
    expect(view(text, parseMarkdown(text))).toEqual([
      { kind: 'blockquote', content: 'First.', removal: 'First.\n>\n> ' },
      { kind: 'blockquote', content: 'Second.', removal: 'Second.\n>\n> ' },
      { kind: 'blockquote', content: 'Nested.', removal: '\n>\n> > Nested.' },
    ]);
    const [, second, nested] = parseMarkdown(text);
    expect(without(text, second!)).toBe('> First.\n>\n> > Nested.\n');
    expect(without(text, nested!)).toBe('> First.\n>\n> Second.\n');
  });

  it('leaves a GitHub alert tag out of the content and removes the alert whole', () => {
    const text = 'Intro.\n\n> [!NOTE]\n> Select the Go flavor.\n';
    const [, alert] = parseMarkdown(text);
    expect(view(text, [alert!])).toEqual([
      { kind: 'blockquote', content: 'Select the Go flavor.', removal: '\n\n> [!NOTE]\n> Select the Go flavor.' },
    ]);
  });

  it('finds list items inside quotes and quotes inside list items', () => {
    const text = '> - quoted item\n> - other item\n\n- > item quote\n- plain\n';
    expect(view(text, parseMarkdown(text)).map((b) => [b.kind, b.content, b.removal])).toEqual([
      ['list-item', 'quoted item', '- quoted item\n> '],
      ['list-item', 'other item', '\n> - other item'],
      ['blockquote', 'item quote', '- > item quote\n'],
      ['list-item', 'plain', '\n- plain'],
    ]);
  });
});

describe('parseMarkdown: line endings and BOM', () => {
  it('indexes the original text with CRLF', () => {
    const text = 'One.\r\n\r\nTwo.\r\n\r\n- three\r\n';
    expect(parseMarkdown(text)).toEqual([
      { index: 0, kind: 'paragraph', content: { start: 0, end: 4 }, removal: { start: 0, end: 8 }, section: 0, inert: false, inline: [] },
      { index: 1, kind: 'paragraph', content: { start: 8, end: 12 }, removal: { start: 8, end: 16 }, section: 0, inert: false, inline: [] },
      { index: 2, kind: 'list-item', content: { start: 18, end: 23 }, removal: { start: 12, end: 23 }, section: 0, inert: false, list: 16, inline: [] },
    ]);
    expect(without(text, parseMarkdown(text)[1]!)).toBe('One.\r\n\r\n- three\r\n');
  });

  it('counts the BOM in every offset and never removes it', () => {
    const text = '\uFEFFFirst.\n\nSecond.\n';
    expect(parseMarkdown(text)).toEqual([
      { index: 0, kind: 'paragraph', content: { start: 1, end: 7 }, removal: { start: 1, end: 9 }, section: 0, inert: false, inline: [] },
      { index: 1, kind: 'paragraph', content: { start: 9, end: 16 }, removal: { start: 7, end: 16 }, section: 0, inert: false, inline: [] },
    ]);
    expect(without(text, parseMarkdown(text)[0]!)).toBe('\uFEFFSecond.\n');
  });

  it('handles BOM, CRLF and front matter together', () => {
    const text = '\uFEFF---\r\ntitle: x\r\n---\r\n\r\nOnly para.\r\n';
    const [block] = parseMarkdown(text);
    expect(view(text, [block!])).toEqual([{ kind: 'paragraph', content: 'Only para.', removal: '\r\n\r\nOnly para.' }]);
    expect(without(text, block!)).toBe('\uFEFF---\r\ntitle: x\r\n---\r\n');
  });
});

describe('parseMarkdown: ignore regions', () => {
  it('returns no block between the HTML comment markers', () => {
    const text = 'Before.\n\n<!-- unecho-ignore -->\n\nKept as is.\n\n- kept item\n\n<!-- unecho-ignore-end -->\n\nAfter.\n';
    expect(offeredContent(text)).toEqual(['Before.', 'After.']);
  });

  it('protects the rest of the file after a start marker without an end', () => {
    const text = 'Before.\n\n<!-- unecho-ignore -->\nKept.\n';
    expect(offeredContent(text)).toEqual(['Before.']);
  });

  it('ignores markers shown inside code', () => {
    const text = '```md\n<!-- unecho-ignore -->\n```\n\nStill a block.\n';
    expect(offeredContent(text)).toEqual(['Still a block.']);
  });

  it('honours the MDX comment form', () => {
    const text = 'Before.\n\n{/* unecho-ignore */}\n\nKept.\n\n{/* unecho-ignore-end */}\n\nAfter.\n';
    expect(view(text, parseMarkdown(text, { mdx: true })).map((b) => b.content)).toEqual(['Before.', 'After.']);
  });

  it('leaves raw Hugo shortcode bodies alone but trims Markdown shortcode tags', () => {
    const text = [
      '{{< code-toggle file=hugo >}}',
      '[params]',
      "color = 'red'",
      '',
      "size = 'big'",
      '{{< /code-toggle >}}',
      '',
      '{{% note %}}',
      'Markdown inside a note.',
      '{{% /note %}}',
      '',
      '{{< new-in 0.120.0 />}}',
      '',
    ].join('\n');
    expect(view(text, parseMarkdown(text))).toEqual([
      { kind: 'paragraph', content: 'Markdown inside a note.', removal: '{{% note %}}\nMarkdown inside a note.\n{{% /note %}}\n\n' },
    ]);
  });

  it('keeps a shortcode or Liquid tag that opens or closes around the paragraph when it goes', () => {
    const opening = 'Intro text.\n\n{{% notice info %}}\nThe storm cut power.\n\nCall the office.\n{{% /notice %}}\n';
    const [, first, second] = parseMarkdown(opening);
    expect(view(opening, [first!, second!])).toEqual([
      { kind: 'paragraph', content: 'The storm cut power.', removal: '\nThe storm cut power.' },
      { kind: 'paragraph', content: 'Call the office.', removal: 'Call the office.\n' },
    ]);
    expect(without(opening, first!)).toBe('Intro text.\n\n{{% notice info %}}\n\nCall the office.\n{{% /notice %}}\n');
    expect(without(opening, second!)).toBe('Intro text.\n\n{{% notice info %}}\nThe storm cut power.\n\n{{% /notice %}}\n');
  });

  it('takes a region whose only paragraph goes with its closing line: no empty notice is left', () => {
    for (const [open, close] of [['{{% notice info %}}', '{{% /notice %}}'], ['{% capture note %}', '{% endcapture %}'], [':::tip', ':::']]) {
      const text = `Intro text.\n\n${open}\nThe storm cut power.\n\n${close}\n\nNext text.\n`;
      const [, only] = parseMarkdown(text);
      expect(without(text, only!)).toBe('Intro text.\n\nNext text.\n');
      const last = `Intro text.\n\n${open}\nThe storm cut power.\n\n${close}\n`;
      expect(without(last, parseMarkdown(last)[1]!)).toBe('Intro text.\n');
    }
  });

  it('trims Docusaurus admonition fences from the content', () => {
    const text = ':::tip Pro tip\nUse the flag.\n:::\n';
    expect(view(text, parseMarkdown(text))).toEqual([
      { kind: 'paragraph', content: 'Use the flag.', removal: ':::tip Pro tip\nUse the flag.\n:::' },
    ]);
  });
});

describe('parseMarkdown: MDX', () => {
  const text = [
    "import Tabs from '@theme/Tabs';",
    '',
    'export const meta = {title: "x"};',
    '',
    'Intro with {props.name} inline.',
    '',
    '<Tabs>',
    '',
    'Inside a JSX element.',
    '',
    '</Tabs>',
    '',
    '{/* a comment */}',
    '',
    'Outro.',
    '',
  ].join('\n');

  it('returns prose outside JSX, never ESM, expressions or JSX children', () => {
    expect(view(text, parseMarkdown(text, { mdx: true }))).toEqual([
      { kind: 'paragraph', content: 'Intro with {props.name} inline.', removal: 'Intro with {props.name} inline.\n\n' },
      { kind: 'paragraph', content: 'Outro.', removal: '\n\nOutro.' },
    ]);
  });

  it('reads the same file as plain Markdown when MDX is off', () => {
    expect(offeredContent(text)).toContain("import Tabs from '@theme/Tabs';");
  });

  it('returns no blocks and a problem for invalid MDX, so the file is left alone', () => {
    const bad = 'Text.\n\n<Tabs>\n\nAn <!-- html comment --> is invalid in MDX.\n';
    const parsed = parseMarkdownDocument(bad, { mdx: true });
    expect(parsed.blocks).toEqual([]);
    expect(parsed.problem).toMatchObject({ code: 'MDX_SYNTAX_ERROR', line: 5 });
    expect(parsed.problem?.message).toMatch(/MDX|comment|name/);
  });
});

describe('parseMarkdown: removals that would change the structure are not offered', () => {
  it('keeps a paragraph between two lists of the same marker (they would join)', () => {
    const text = '- a item\n\nBetween lists.\n\n- b item\n';
    expect(offeredContent(text)).toEqual(['a item', 'b item']);
    expect(inertContent(text)).toEqual(['Between lists.']);
  });

  it('offers it when the markers differ', () => {
    const text = '- a item\n\nBetween lists.\n\n* b item\n';
    expect(offeredContent(text)).toEqual(['a item', 'Between lists.', 'b item']);
  });

  it('keeps a paragraph between two indented code blocks', () => {
    const text = '    code one\n\nBetween code.\n\n    code two\n';
    expect(offered(text)).toEqual([]);
    expect(inertContent(text)).toEqual(['Between code.']);
  });

  it('keeps a paragraph that a list would swallow indented text after', () => {
    const text = '- item\n\nBetween.\n\n  indented para\n';
    expect(offeredContent(text)).toEqual(['item', 'indented para']);
    expect(inertContent(text)).toEqual(['Between.']);
  });

  it('takes a list right under a paragraph with the line break before it, not the blank line after it', () => {
    const text = 'Lead in text.\n- only item\n\nNext para.\n';
    const [, item] = parseMarkdown(text);
    expect(view(text, [item!])).toEqual([{ kind: 'list-item', content: 'only item', removal: '\n- only item' }]);
    expect(without(text, item!)).toBe('Lead in text.\n\nNext para.\n');
    // Every item of a longer list goes line by line, as anywhere.
    const longer = 'Related:\n- one item\n- two item\n\nNext para.\n';
    expect(offeredContent(longer)).toEqual(['one item', 'two item', 'Next para.']);
  });

  it('keeps a list right under a paragraph when what follows it would run on', () => {
    // Without the quote, `> next` would join the quote above; without the list, `tail` the paragraph.
    const quoted = '> Lead in text.\n- only item\n> next\n';
    expect(inertContent(quoted)).toEqual(['only item']);
    // A nested list emptied item by item would leave its indentation as a blank line.
    const nested = '- Lead in text.\n  - one item\n  - two item\n- after\n';
    expect(offeredContent(nested)).toEqual(['two item', 'after']);
    expect(inertContent(nested)).toEqual(['Lead in text.', 'one item']);
    // Without its first item, an ordered list's `2.` could not interrupt the paragraph.
    const ordered = 'See also these:\n1. one item\n2. two item\n\nNext para.\n';
    expect(inertContent(ordered)).toEqual(['See also these:', 'one item']);
  });
});

describe('parseMarkdown: sections', () => {
  it('numbers each block by the top-level headings before it', () => {
    const text = 'Intro text.\n\n## First\n\nOne.\n\n- item\n\n## Second\n\nTwo.\n';
    expect(parseMarkdown(text).map((b) => [text.slice(b.content.start, b.content.end), b.section])).toEqual([
      ['Intro text.', 0],
      ['One.', 1],
      ['item', 1],
      ['Two.', 2],
    ]);
  });
});

describe('parseMarkdown: inline syntax no sentence cut may split', () => {
  it('lists code spans, links, images, autolinks and HTML in text order, not what they hold', () => {
    const text = 'See `a. b` and [Why? Because.](https://x.io/a.b "T. t") or ![Alt.](i.png), <https://y.io> and <b>x.</b> too.\n';
    const [block] = parseMarkdown(text);
    const spans = block!.inline!.map((span) => text.slice(span.start, span.end));
    expect(spans).toEqual(['`a. b`', '[Why? Because.](https://x.io/a.b "T. t")', '![Alt.](i.png)', '<https://y.io>', '<b>', '</b>']);
  });

  it('gives every block the list, empty when it has none, so its line breaks read as spaces', () => {
    expect(parseMarkdown('Plain words.\nWrapped.\n').map((b) => b.inline)).toEqual([[]]);
  });
});

describe('parseMarkdown: math is code', () => {
  it('never makes a block of display math, in quotes and list items too', () => {
    const text = [
      'Before the equation.',
      '',
      '$$',
      'Before the equation.',
      '$$',
      '',
      '> $$',
      '> Quoted math.',
      '> $$',
      '',
      '- An item.',
      '',
      '  $$$',
      '  Item math.',
      '  $$$',
      '',
      'After the equation.',
      '',
    ].join('\n');
    expect(offeredContent(text)).toEqual(['Before the equation.', 'An item.', 'After the equation.']);
    expect(inertContent(text)).toEqual([]);
  });

  it('offers a paragraph right under display math, which its closing fence ends', () => {
    const text = '$$\nx = 1\n$$\nRight under the math.\n\nNext paragraph.\n';
    const [under] = parseMarkdown(text);
    expect(view(text, [under!])).toEqual([{ kind: 'paragraph', content: 'Right under the math.', removal: 'Right under the math.\n\n' }]);
    expect(without(text, under!)).toBe('$$\nx = 1\n$$\nNext paragraph.\n');
  });

  it('lists inline `$$` math as a span no sentence cut may split', () => {
    const text = 'So $$a. B = c$$ holds, and `x` too.\n';
    const [block] = parseMarkdown(text);
    expect(block!.inline!.map((span) => text.slice(span.start, span.end))).toEqual(['$$a. B = c$$', '`x`']);
  });

  it('reads single dollars as text: prices make no math', () => {
    const text = 'The cover is $5. Drinks are $10 and $12.\n';
    expect(parseMarkdown(text).map((b) => b.inline)).toEqual([[]]);
  });

  it('reads a `$$` line no fence closes as text, so the rest of the page stays prose', () => {
    const text = 'Luigi’s Trattoria\n$$$ · Italian · Downtown\n\nThe pasta is made fresh every morning.\n\n$$\nx = 1\n$$\n\nBooking is advised on weekends.\n';
    expect(offeredContent(text)).toEqual(['Luigi’s Trattoria\n$$$ · Italian · Downtown', 'The pasta is made fresh every morning.', 'Booking is advised on weekends.']);
    // With a BOM and CRLF, offsets still index the original text.
    const crlf = `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    expect(offeredContent(crlf)).toEqual(['Luigi’s Trattoria\r\n$$$ · Italian · Downtown', 'The pasta is made fresh every morning.', 'Booking is advised on weekends.']);
  });
});
