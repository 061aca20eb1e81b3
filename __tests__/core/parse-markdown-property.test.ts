import fc from 'fast-check';
import { parseMarkdown } from '../../src/core/parse-markdown.js';
import { markdownTree, type MarkdownNode } from '../../src/core/markdown-tree.js';
import { MARKDOWN_SYNTAX } from '../../src/core/markdown-syntax.js';
import type { Block, Range } from '../../src/core/types.js';

/**
 * Property: removing any subset of the blocks (the union of their `removal` ranges) leaves a
 * document that parses to the same structure minus those blocks' paragraphs, and minus the list
 * items, lists and quotes the paragraph was the only content of. Every other node keeps its type
 * and literal text (code, HTML, front matter) or its prose (paragraphs, headings).
 */

interface Shape {
  readonly type: string;
  readonly text?: string;
  readonly children: readonly Shape[];
}

const LITERAL = new Set(['code', 'html', 'yaml', 'toml', 'inlineCode', 'mdxFlowExpression', 'mdxjsEsm']);

function textOf(node: MarkdownNode): string {
  return node.value ?? node.children.map(textOf).join('');
}

/**
 * The comparable shape of a tree after dropping paragraphs. A list item or quote whose only
 * child went whole goes whole too (its removal range covers it); a list that lost every item
 * vanishes (Markdown has no empty list), but an item or quote that held more keeps its prefix
 * and stays, empty.
 */
function shape(node: MarkdownNode, drop: (node: MarkdownNode) => boolean): Shape | 'whole' | 'emptied' {
  if (drop(node)) return 'whole';
  const results = node.children.map((c) => shape(c, drop));
  const children = results.filter((c): c is Shape => typeof c !== 'string');
  if (children.length === 0 && results.length > 0) {
    if (node.type === 'list') return results.length === 1 && results[0] === 'whole' ? 'whole' : 'emptied';
    if ((node.type === 'listItem' || node.type === 'blockquote') && results.length === 1 && results[0] === 'whole') return 'whole';
  }
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    return { type: node.type, text: textOf(node).replace(/\s+/g, ' ').trim(), children: [] };
  }
  if (LITERAL.has(node.type)) return { type: node.type, text: node.value ?? '', children: [] };
  return { type: node.type, children };
}

function parseShape(text: string, drop: (node: MarkdownNode) => boolean = () => false): Shape | string {
  const tree = markdownTree(text, MARKDOWN_SYNTAX);
  if (!tree.ok) throw new Error('CommonMark never fails');
  return shape(tree.root, drop);
}

function removeUnion(text: string, ranges: readonly Range[]): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const r of sorted) {
    if (r.start > at) out += text.slice(at, r.start);
    at = Math.max(at, r.end);
  }
  return out + text.slice(at);
}

// --- Document generator: the constructs content repos use, in risky neighbourhoods. ---

const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'echo', 'news', 'the', 'a', 'said', 'today');
const sentence = fc.array(word, { minLength: 2, maxLength: 5 }).map((w) => `${w.join(' ')}.`);
const para = fc.array(sentence, { minLength: 1, maxLength: 2 }).chain((lines) =>
  fc.constantFrom(' ', '\n').map((sep) => lines.join(sep)),
);
const marker = fc.constantFrom('-', '*', '1.', '2)');

type Gen = fc.Arbitrary<string>;

const indent = (text: string, pad: string, first: string): string =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line === '' ? '' : pad + line))
    .join('\n');

const leaf: Gen = fc.oneof(
  { weight: 6, arbitrary: para },
  { weight: 1, arbitrary: word.map((w) => `## ${w} heading`) },
  { weight: 1, arbitrary: sentence.map((s) => `\`\`\`\n${s}\n${s}\n\`\`\``) },
  { weight: 1, arbitrary: sentence.map((s) => `    ${s}\n    ${s}`) },
  { weight: 1, arbitrary: word.map((w) => `| ${w} | ${w} |\n| - | - |\n| ${w} | x |`) },
  { weight: 1, arbitrary: fc.constant('<!-- a comment -->') },
  { weight: 1, arbitrary: fc.constant('***') },
  { weight: 1, arbitrary: fc.constant('[ref]: https://example.com') },
);

const block: fc.Memo<string> = fc.memo((depth: number): Gen => {
  if (depth <= 0) return leaf;
  const inner = fc
    .tuple(fc.array(block(depth - 1), { minLength: 1, maxLength: 3 }), fc.constantFrom('\n\n', '\n'))
    .map(([parts, sep]) => parts.join(sep));
  const list = fc
    .tuple(marker, fc.array(inner, { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([m, items, loose]) =>
      items.map((item) => indent(item, ' '.repeat(m.length + 1), `${m} `)).join(loose ? '\n\n' : '\n'),
    );
  const quote = inner.map((text) => text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n'));
  // Task items: a checkbox only stands before paragraph text.
  const tasks = fc
    .array(fc.tuple(fc.constantFrom('- [ ] ', '- [x] ', '1. [ ] '), para, fc.option(block(depth - 1))), { minLength: 1, maxLength: 3 })
    .map((items) =>
      items.map(([m, p, more]) => indent(more === null ? p : `${p}\n\n${more}`, ' '.repeat(m.indexOf('[')), m)).join('\n'),
    );
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 2, arbitrary: list },
    { weight: 1, arbitrary: quote },
    { weight: 1, arbitrary: tasks },
  );
});

const documentArb = fc
  .tuple(
    fc.array(fc.tuple(block(2), fc.constantFrom('\n\n', '\n\n\n', '\n')), { minLength: 1, maxLength: 6 }),
    fc.constantFrom('', '---\ntitle: x\n---\n\n', '+++\ntitle = "x"\n+++\n\n'),
    fc.boolean(),
    fc.boolean(),
    fc.constantFrom('', '\n'),
  )
  .map(([parts, front, crlf, bom, end]) => {
    const body = front + parts.map(([b, sep], i) => (i === 0 ? b : sep + b)).join('') + end;
    const text = crlf ? body.replace(/\n/g, '\r\n') : body;
    return bom ? `\uFEFF${text}` : text;
  });

describe('parseMarkdown: removing blocks keeps the rest of the structure', () => {
  it('holds for any subset of blocks of generated documents', () => {
    fc.assert(
      fc.property(
        documentArb.chain((text) => {
          const blocks = parseMarkdown(text);
          // Inert blocks are never removed (their `removal` is their content).
          return fc.tuple(fc.constant(text), fc.constant(blocks), fc.subarray(blocks.filter((b) => b.inert !== true)));
        }),
        ([text, blocks, removed]: [string, Block[], Block[]]) => {
          // Content ranges are disjoint, in order, and never overlap another block's removal.
          blocks.forEach((b, i) => {
            expect(b.index).toBe(i);
            expect(b.removal.start <= b.content.start && b.content.end <= b.removal.end).toBe(true);
            for (const other of blocks) {
              if (other === b) continue;
              expect(other.removal.end <= b.content.start || other.removal.start >= b.content.end).toBe(true);
            }
          });
          const starts = new Set(removed.map((b) => b.content.start));
          const dropped = (node: MarkdownNode): boolean =>
            node.type === 'paragraph' && [...starts].some((s) => s >= node.start && s < node.end);
          const after = removeUnion(text, removed.map((b) => b.removal));
          expect(parseShape(after)).toEqual(parseShape(text, dropped));
          if (text.startsWith('\uFEFF')) expect(after.startsWith('\uFEFF')).toBe(true);
          if (text.includes('\r\n')) expect(after.replace(/\r\n/g, '')).not.toMatch(/\n/);
        },
      ),
      { numRuns: 400, seed: 20261127 },
    );
  });
});
