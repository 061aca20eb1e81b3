import { clean } from '../../src/core/clean.js';
import { parseMarkdown } from '../../src/core/parse-markdown.js';

const ECHO = 'The configuration file is loaded from the project root before any plugin runs.';
const TAIL = 'Another paragraph that says something unrelated about the build output folder.';
const md = (text: string): string => clean(text, { parser: 'markdown' }).text;

describe('htmlWrapperRemoval: an HTML wrapper whose only content goes', () => {
  it('takes a <details> with no summary whole when its only paragraph goes: no empty shell', () => {
    const text = `# Setup\n\n${ECHO}\n\n<details>\n\n${ECHO}\n\n</details>\n\n${TAIL}\n`;
    expect(md(text)).toBe(`# Setup\n\n${ECHO}\n\n${TAIL}\n`);
    expect(md(md(text))).toBe(md(text));
  });

  it('reads a <summary> as a heading: the answers of an FAQ that repeat one another stay', () => {
    const answer = 'Yes. If you run into problems, please open an issue on the tracker with a minimal reproduction.';
    const faq = ['Windows', 'macOS'].map((os) => `<details>\n<summary>Does it work on ${os}?</summary>\n\n${answer}\n\n</details>`);
    const text = `# FAQ\n\n${faq.join('\n\n')}\n`;
    expect(md(text)).toBe(text);
    // Nor is the content under a summary an echo of the text before it, as under a heading.
    const more = `# Setup\n\n${ECHO}\n\n<details>\n<summary>More</summary>\n\n${ECHO}\n\n</details>\n\n${TAIL}\n`;
    expect(md(more)).toBe(more);
    // `</details>` goes back to the section it interrupted: a copy after it of the text before
    // it goes; one of the text under the summary is in another section.
    const around = `# Setup\n\n${ECHO}\n\n<details>\n<summary>Why?</summary>\n\n${TAIL}\n\n</details>\n\n${ECHO}\n`;
    expect(md(around)).toBe(`# Setup\n\n${ECHO}\n\n<details>\n<summary>Why?</summary>\n\n${TAIL}\n\n</details>\n`);
    const after = `# Setup\n\n<details>\n<summary>More</summary>\n\n${ECHO}\n\n</details>\n\n${TAIL}\n\n${ECHO}\n`;
    expect(md(after)).toBe(after);
  });

  it('takes a <div class="note"> whole, at the end of the text too, and keeps CRLF', () => {
    const div = `# Setup\n\n${ECHO}\n\n<div class="note">\n\n${ECHO}\n\n</div>\n`;
    expect(md(`${div}\n${TAIL}\n`)).toBe(`# Setup\n\n${ECHO}\n\n${TAIL}\n`);
    expect(md(div)).toBe(`# Setup\n\n${ECHO}\n`);
    expect(md(`${div}\n${TAIL}\n`.replace(/\n/g, '\r\n'))).toBe(`# Setup\r\n\r\n${ECHO}\r\n\r\n${TAIL}\r\n`);
  });

  it('takes a wrapper whose only content is a list that goes', () => {
    const list = `# Setup\n\n${ECHO}\n\n<div class="note">\n\n- ${ECHO}\n\n</div>\n\n${TAIL}\n`;
    expect(md(list)).toBe(`# Setup\n\n${ECHO}\n\n${TAIL}\n`);
  });

  it('takes only the inner wrapper, keeping the lines of the HTML blocks around it', () => {
    const chain = `# Notes\n\n${ECHO}\n\n<div class="one">\n\n${TAIL}\n\n</div>\n<div class="two">\n\n${ECHO}\n\n</div>\n<div class="three">\n\nA third note.\n\n</div>\n`;
    expect(md(chain)).toBe(`# Notes\n\n${ECHO}\n\n<div class="one">\n\n${TAIL}\n\n</div>\n<div class="three">\n\nA third note.\n\n</div>\n`);
    const nested = `# Setup\n\n${ECHO}\n\n<div class="outer">\n<div class="note">\n\n${ECHO}\n\n</div>\n<p>Outer text.</p>\n</div>\n\n${TAIL}\n`;
    expect(md(nested)).toBe(`# Setup\n\n${ECHO}\n\n<div class="outer">\n<p>Outer text.</p>\n</div>\n\n${TAIL}\n`);
    const both = `# Setup\n\n${ECHO}\n\n<div class="outer">\n<div class="note">\n\n${ECHO}\n\n</div>\n</div>\n\n${TAIL}\n`;
    expect(md(both)).toBe(`# Setup\n\n${ECHO}\n\n${TAIL}\n`);
  });

  it('keeps a wrapper that holds anything else, or whose tags do not pair up; takes one that holds nothing else', () => {
    const alone = `# Setup\n\n${ECHO}\n\n<div class="note">\n\n${ECHO}\n\n</div>\n\n${TAIL}\n`;
    expect(md(alone)).toBe(`# Setup\n\n${ECHO}\n\n${TAIL}\n`);
    const other = `# Setup\n\n${ECHO}\n\n<div class="note">\n<p>Keep this.</p>\n\n${ECHO}\n\n</div>\n\n${TAIL}\n`;
    expect(md(other)).toBe(`# Setup\n\n${ECHO}\n\n<div class="note">\n<p>Keep this.</p>\n\n</div>\n\n${TAIL}\n`);
    const two = `# Setup\n\n${ECHO}\n\n<div class="note">\n\n${ECHO}\n\n${TAIL}\n\n</div>\n`;
    expect(md(two)).toBe(`# Setup\n\n${ECHO}\n\n<div class="note">\n\n${TAIL}\n\n</div>\n`);
    const unpaired = `# Setup\n\n${ECHO}\n\n<div>\n\n${ECHO}\n\n</section>\n\n${TAIL}\n`;
    expect(md(unpaired)).toBe(`# Setup\n\n${ECHO}\n\n<div>\n\n</section>\n\n${TAIL}\n`);
  });

  it('keeps the wrapper where its removal would change how the rest parses, not elsewhere', () => {
    const apart = `${ECHO}\n\n- a\n- b\n\n<div>\n\n${ECHO}\n\n</div>\n\n${TAIL}\n`;
    expect(md(apart)).toBe(`${ECHO}\n\n- a\n- b\n\n${TAIL}\n`);
    // Right under a paragraph, the opening line interrupts it: gone, the next text would join it.
    const under = `${ECHO}\n\nIntro line\n<div class="note">\n\n${ECHO}\n\n</div>\n\n${TAIL}\n`;
    const [, , inner] = parseMarkdown(under);
    expect(under.slice(inner!.removal.start, inner!.removal.end)).toBe(`${ECHO}\n\n`);
    // Two lists of one marker would join.
    const lists = `${ECHO}\n\n- a\n- b\n\n<div>\n\n${ECHO}\n\n</div>\n\n- c\n`;
    expect(md(lists)).toBe(`${ECHO}\n\n- a\n- b\n\n<div>\n\n</div>\n\n- c\n`);
  });
});
