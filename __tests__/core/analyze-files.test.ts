import { analyzeFiles, analyzeSummaries, frequentKeys, segmentsToQuote } from '../../src/core/analyze-files.js';

import { buildDocument } from '../../src/core/document.js';
import { findBoilerplate } from '../../src/core/find-boilerplate.js';
import { summarizeDocument } from '../../src/core/summarize-document.js';
import { applyEdits } from '../../src/core/apply-edits.js';
import { mergeRemovals } from '../../src/core/merge-removals.js';
import { parseText } from '../../src/core/parse-text.js';
import { parseMarkdown } from '../../src/core/parse-markdown.js';
import { LineLocator } from '../../src/core/locate.js';
import { textHash } from '../../src/core/text-hash.js';
import type { FileInput, FileSummary, SummarizedFile } from '../../src/core/types.js';
import { COOKIES, NEWSLETTER, STANDARDS, STORIES, newsCorpus, page, syndicatedBudget } from './news-corpus.js';

const inputs = (files: Record<string, string>): FileInput[] =>
  Object.entries(files).map(([path, text]) => ({ path, text, blocks: parseText(text) }));

const SITE = ['site/budget.txt', 'site/harvest.txt', 'site/museum.txt', 'site/rail.txt', 'site/storm.txt'];

describe('analyzeFiles: boilerplate', () => {
  const analysis = analyzeFiles(inputs(newsCorpus()));

  test('a paragraph in 5 of 6 files is reported with every place', () => {
    const newsletter = analysis.boilerplate.find((entry) => entry.text === NEWSLETTER);
    expect(newsletter).toMatchObject({ unit: 'paragraph', files: 5 });
    expect(newsletter!.places.map((p) => [p.path, p.line, p.column, p.unit, p.text])).toEqual([
      ['site/budget.txt', 15, 1, 'paragraph', NEWSLETTER],
      ['site/harvest.txt', 13, 1, 'paragraph', NEWSLETTER],
      ['site/museum.txt', 13, 1, 'paragraph', NEWSLETTER],
      ['site/rail.txt', 13, 1, 'paragraph', NEWSLETTER],
      ['site/storm.txt', 13, 1, 'paragraph', NEWSLETTER],
    ]);
  });

  test('a sentence inside bylines that differ is sentence boilerplate, at its column', () => {
    const standards = analysis.boilerplate.find((entry) => entry.text === STANDARDS);
    expect(standards).toMatchObject({ unit: 'sentence', files: 5 });
    const budget = standards!.places[0]!;
    expect([budget.path, budget.line, budget.column]).toEqual(['site/budget.txt', 13, 'Reporting by Karen Liu; editing by Mark Potter. '.length + 1]);
  });

  test('exactly the three passages; a short share row and the stories are not boilerplate', () => {
    expect(analysis.boilerplate.map((entry) => entry.text)).toEqual([STANDARDS, NEWSLETTER, COOKIES]);
  });

  test('below minFiles nothing is reported', () => {
    expect(analyzeFiles(inputs(newsCorpus()), { minFiles: 6 }).boilerplate).toEqual([]);
    // The footer stands in two files of three; every byline ends with the standards line.
    const two = { 'a.txt': page(STORIES['storm']!), 'b.txt': page(STORIES['rail']!), 'c.txt': page(STORIES['museum']!, { boilerplate: false }) };
    expect(analyzeFiles(inputs(two)).boilerplate.map((entry) => entry.text)).toEqual([STANDARDS]);
    expect(analyzeFiles(inputs(two), { minFiles: 2 }).boilerplate.map((entry) => entry.text)).toEqual([STANDARDS, NEWSLETTER, COOKIES]);
  });

  test('removals take the boilerplate out of every file and keep the story', () => {
    const files = inputs(newsCorpus());
    const result = analyzeFiles(files);
    expect(result.removals.map((removal) => removal.path)).toEqual(SITE);
    const budget = files.find((file) => file.path === 'site/budget.txt')!;
    const removal = result.removals[0]!;
    const clean = applyEdits(budget.text, mergeRemovals(budget.text, removal.edits));
    expect(clean).not.toContain(NEWSLETTER);
    expect(clean).not.toContain(COOKIES);
    expect(clean).not.toContain(STANDARDS);
    expect(clean.endsWith('Reporting by Karen Liu; editing by Mark Potter.\n')).toBe(true);
    for (const paragraph of STORIES['budget']!.paragraphs) expect(clean).toContain(paragraph);
  });

  test('with sentences off, only whole paragraphs are boilerplate, and the standards line stays in its byline', () => {
    const files = inputs(newsCorpus());
    const result = analyzeFiles(files, { sentences: false });
    expect(result.boilerplate.map((entry) => [entry.unit, entry.text, entry.files])).toEqual([
      ['paragraph', NEWSLETTER, 5],
      ['paragraph', COOKIES, 5],
    ]);
    expect(result.boilerplate.flatMap((entry) => entry.places).every((place) => place.unit === 'paragraph')).toBe(true);
    const budget = files.find((file) => file.path === 'site/budget.txt')!;
    const removal = result.removals.find((entry) => entry.path === budget.path)!;
    const clean = applyEdits(budget.text, mergeRemovals(budget.text, removal.edits));
    expect([clean.includes(NEWSLETTER), clean.includes(COOKIES), clean.includes(STANDARDS)]).toEqual([false, false, true]);
    // The duplicate groups do not depend on sentences.
    expect(result.duplicates).toEqual(analyzeFiles(files).duplicates);
  });

  test('a file that is nothing but boilerplate keeps it: no whole file is emptied', () => {
    const files = { ...newsCorpus(), 'site/footer.txt': `${NEWSLETTER}\n\n${COOKIES}\n` };
    const result = analyzeFiles(inputs(files));
    expect(result.removals.map((removal) => removal.path)).not.toContain('site/footer.txt');
    const places = result.boilerplate.flatMap((entry) => entry.places).filter((place) => place.path === 'site/footer.txt');
    expect(places.map((place) => place.removable)).toEqual([false, false]);
  });
});

describe('analyzeFiles: Markdown', () => {
  test('inert blocks (labels, a note between two lists) are neither boilerplate nor taken out with it', () => {
    // Distinct pages (so that none is a copy of another) with the same labels and note.
    const files = Object.values(STORIES).map((story, i): FileInput => {
      const text = [
        `# ${story.title}`,
        ...story.paragraphs,
        'Install the package with the following command',
        '```sh\nnpm install tool\n```',
        `- First list of page ${i}, item alpha, which is its own.`,
        'See the related pages for more on this subject today',
        `- Second list of page ${i}, item beta, which is its own.`,
        'Sign up for the weekly newsletter to get every update in your inbox.',
      ].join('\n\n') + '\n';
      return { path: `docs/page-${i + 1}.md`, text, blocks: parseMarkdown(text) };
    });
    const analysis = analyzeFiles(files, { minFiles: 3 });
    expect(analysis.boilerplate.map((entry) => entry.text)).toEqual(['Sign up for the weekly newsletter to get every update in your inbox.']);
    // The removal and the places name the file's own blocks (inert ones counted), and the
    // removal leaves the lists apart.
    const removal = analysis.removals.find((r) => r.path === 'docs/page-1.md')!;
    expect(removal.blocks.map((block) => files[0]!.blocks[block]!.content.start)).toEqual([files[0]!.text.indexOf('Sign up')]);
    for (const place of analysis.boilerplate[0]!.places) {
      const file = files.find((f) => f.path === place.path)!;
      expect(file.blocks[place.block]!.content.start).toBe(place.start);
    }
    const cleaned = applyEdits(files[0]!.text, removal.edits);
    expect(cleaned).toContain('See the related pages for more on this subject today\n\n- Second list');
    expect(cleaned).not.toContain('Sign up');
  });

  test('a list of boilerplate goes with its label, which then labels nothing', () => {
    const files = Object.values(STORIES).map((story, i): FileInput => {
      const text = [`# ${story.title}`, ...story.paragraphs, `Related stories on page ${i}:`, `- ${NEWSLETTER}\n- ${COOKIES}`, `Page ${i} ends with a line of its own.`].join('\n\n') + '\n';
      return { path: `docs/page-${i + 1}.md`, text, blocks: parseMarkdown(text) };
    });
    const analysis = analyzeFiles(files, { minFiles: 3 });
    const removal = analysis.removals.find((r) => r.path === 'docs/page-1.md')!;
    const cleaned = applyEdits(files[0]!.text, removal.edits);
    expect(cleaned).not.toContain('Related stories');
    expect(cleaned).toBe([`# ${Object.values(STORIES)[0]!.title}`, ...Object.values(STORIES)[0]!.paragraphs, 'Page 0 ends with a line of its own.'].join('\n\n') + '\n');
  });
});

describe('analyzeFiles: duplicate documents', () => {
  test('a syndicated copy with edited paragraphs and another site’s header and footer groups with its original', () => {
    expect(analyzeFiles(inputs(newsCorpus())).duplicates).toEqual([
      { members: ['mirror/council-budget.txt', 'site/budget.txt'], pairs: [{ a: 'mirror/council-budget.txt', b: 'site/budget.txt', similarity: 0.8077 }] },
    ]);
  });

  test('a story syndicated as often as minFiles is a duplicate group, not boilerplate', () => {
    const files = {
      'a/budget.txt': page(STORIES['budget']!, { boilerplate: false }),
      'b/budget.txt': syndicatedBudget(),
      'c/budget.txt': syndicatedBudget().replace('Council passes', 'Lawmakers pass'),
      'd/storm.txt': page(STORIES['storm']!, { boilerplate: false }),
    };
    const result = analyzeFiles(inputs(files));
    expect(result.boilerplate).toEqual([]);
    expect(result.duplicates.map((group) => group.members)).toEqual([['a/budget.txt', 'b/budget.txt', 'c/budget.txt']]);
    for (const pair of result.duplicates[0]!.pairs) expect(pair.similarity).toBeGreaterThanOrEqual(0.8);
  });

  test('different stories with the same boilerplate are no duplicates', () => {
    const files = Object.fromEntries(SITE.map((path) => [path, newsCorpus()[path]!]));
    expect(analyzeFiles(inputs(files)).duplicates).toEqual([]);
  });
});

describe('analyzeFiles: order', () => {
  test('shuffling the inputs changes nothing', () => {
    const files = inputs({ ...newsCorpus(), 'site/footer.txt': `${NEWSLETTER}\n` });
    const expected = analyzeFiles(files);
    // A fixed permutation (seeded, so the test reads the same every run).
    let seed = 7;
    const shuffled = [...files];
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(analyzeFiles(shuffled)).toEqual(expected);
    expect(analyzeFiles([...files].reverse())).toEqual(expected);
  });
});

describe('analyzeSummaries (documents summarised one at a time, then dropped)', () => {
  const summarized = (files: readonly FileInput[]): SummarizedFile[] =>
    files.map((file) => ({ path: file.path, text: file.text, summary: summarizeDocument(buildDocument(file.text, file.blocks, 'en', 20), 'en', 20) }));

  test('finds what analyzeFiles finds, whatever the order of the summaries', () => {
    const files = inputs({ ...newsCorpus(), 'site/footer.txt': `${NEWSLETTER}\n\n${COOKIES}\n` });
    const expected = analyzeFiles(files);
    for (const order of [files, [...files].reverse()]) {
      const found = analyzeSummaries(summarized(order));
      expect(found.boilerplate).toEqual(expected.boilerplate);
      expect(found.duplicates).toEqual(expected.duplicates);
      expect([...found.removable.keys()].map((index) => order[index]!.path).sort()).toEqual(expected.removals.map((removal) => removal.path));
    }
  });

  test('without the texts, it quotes one segment per distinct text and finds the same', () => {
    const files = inputs({ ...newsCorpus(), 'site/footer.txt': `${NEWSLETTER}\n\n${COOKIES}\n` });
    const expected = analyzeFiles(files);
    const order = [...files].reverse();
    const textless = summarized(order).map(({ path, summary }) => ({ path, summary }));
    const wanted = segmentsToQuote(textless, frequentKeys(textless, 3));
    // The boilerplate stands in many places, but each distinct text is read once.
    const places = expected.boilerplate.reduce((sum, entry) => sum + entry.places.length, 0);
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.length).toBeLessThan(places);
    const quotes = new Map<number, string>();
    for (const { file, segment } of wanted) {
      const { summary } = textless[file]!;
      quotes.set(summary.segmentTextHashes[segment]!, order[file]!.text.slice(summary.segmentStarts[segment], summary.segmentEnds[segment]));
    }
    const found = analyzeSummaries(textless, {}, (file, segment) => quotes.get(textless[file]!.summary.segmentTextHashes[segment]!));
    expect(found.boilerplate).toEqual(expected.boilerplate);
    expect(found.duplicates).toEqual(expected.duplicates);
    expect([...found.removable.keys()].map((index) => order[index]!.path).sort()).toEqual(expected.removals.map((removal) => removal.path));
  });

  test('a place whose text cannot be quoted is left out, and only that place', () => {
    const files = inputs({ ...newsCorpus(), 'site/footer.txt': `${NEWSLETTER}\n` });
    const all = summarized(files);
    const lost = all.findIndex((file) => file.path === 'site/footer.txt');
    const quote = (file: number, segment: number): string | undefined => {
      const { text, summary } = all[file]!;
      return file === lost ? undefined : text!.slice(summary.segmentStarts[segment], summary.segmentEnds[segment]);
    };
    const paths = (found: ReturnType<typeof analyzeSummaries>): string[] => found.boilerplate.flatMap((entry) => entry.places.map((place) => place.path));
    const withText = paths(analyzeSummaries(all));
    const without = paths(analyzeSummaries(all.map(({ path, summary }) => ({ path, summary })), {}, quote));
    expect(withText).toContain('site/footer.txt');
    expect(without).toEqual(withText.filter((path) => path !== 'site/footer.txt'));
  });

  test('a summary gives each evidence segment its line, column and text hash', () => {
    const text = `Title line\n\n${NEWSLETTER}\n\n  ${STANDARDS} Reporting by Karen Liu.\n`;
    const summary = summarizeDocument(buildDocument(text, parseText(text), 'en', 20), 'en', 20);
    const locator = new LineLocator(text);
    expect(summary.segmentLines.length).toBe(summary.keyHashes.length);
    summary.segmentStarts.forEach((start, i) => {
      expect([summary.segmentLines[i], summary.segmentColumns[i]]).toEqual(Object.values(locator.locate(start)));
      expect(summary.segmentTextHashes[i]).toBe(textHash(text, start, summary.segmentEnds[i]!));
    });
    // Equal texts hash alike wherever they stand; different texts (here) do not.
    const texts = Array.from(summary.segmentStarts, (start, i) => text.slice(start, summary.segmentEnds[i]));
    const byHash = new Map(Array.from(summary.segmentTextHashes, (hash, i) => [hash, texts[i]]));
    expect(byHash.size).toBe(new Set(texts).size);
  });

  test('a summary holds every evidence segment with its place, and the sorted features', () => {
    const text = `${NEWSLETTER}\n\nShare\n\n${STANDARDS} Reporting by Karen Liu.\n`;
    const summary = summarizeDocument(buildDocument(text, parseText(text), 'en', 20), 'en', 20);
    const places = Array.from(summary.segmentBlocks, (block, i) => [block, summary.segmentSentences[i], text.slice(summary.segmentStarts[i], summary.segmentEnds[i])]);
    expect(places).toEqual([
      [0, -1, NEWSLETTER],
      [2, -1, `${STANDARDS} Reporting by Karen Liu.`],
      [2, 0, STANDARDS],
      // Four words, half the letters of full evidence: still a repeat's evidence.
      [2, 1, 'Reporting by Karen Liu.'],
    ]);
    expect([...summary.blockEvidence]).toEqual([1, 0, 1]);
    expect([...summary.blockSentences]).toEqual([0, 0, 2]);
    expect([...summary.features]).toEqual([...summary.features].sort((a, b) => a - b));
    expect(new Set(summary.features).size).toBe(summary.features.length);
  });
});

describe('findBoilerplate', () => {
  /** A summary of one evidence block whose key hash is forced to `hash`. */
  const oneSegment = (hash: number, end: number): FileSummary => ({
    features: new Int32Array(),
    keyHashes: Float64Array.of(hash),
    segmentBlocks: Int32Array.of(0),
    segmentSentences: Int32Array.of(-1),
    segmentStarts: Int32Array.of(0),
    segmentEnds: Int32Array.of(end),
    segmentLines: Int32Array.of(1),
    segmentColumns: Int32Array.of(1),
    segmentTextHashes: Float64Array.of(end),
    blockEvidence: Uint8Array.of(1),
    blockSentences: Int32Array.of(0),
  });

  test('keys whose hashes collide are told apart by the keys themselves', () => {
    const summaries = [oneSegment(42, 5), oneSegment(42, 5), oneSegment(42, 4), oneSegment(42, 4), oneSegment(42, 4)];
    // The key is read from the occurrence; here it differs by the segment's length.
    const keyOf = ({ file }: { file: number }): string => (summaries[file]!.segmentEnds[0] === 5 ? 'alpha key' : 'beta key');
    const groups = [0, 1, 2, 3, 4];
    expect(findBoilerplate(summaries, groups, 3, keyOf).map((entry) => [entry.key, entry.files])).toEqual([['beta key', 3]]);
    expect(findBoilerplate(summaries, groups, 2, keyOf).map((entry) => [entry.key, entry.files])).toEqual([
      ['alpha key', 2],
      ['beta key', 3],
    ]);
  });

  test('a fractional minFiles takes the next whole count of files', () => {
    const summaries = [oneSegment(9, 5), oneSegment(9, 5), oneSegment(9, 5)];
    const keyOf = (): string => 'same key';
    expect(findBoilerplate(summaries, [0, 1, 2], 2.5, keyOf).map((entry) => entry.files)).toEqual([3]);
    expect(findBoilerplate(summaries, [0, 1, 2], 3.5, keyOf)).toEqual([]);
  });

  test('members of one duplicate group count once', () => {
    const summaries = [oneSegment(7, 5), oneSegment(7, 5), oneSegment(7, 5)];
    const keyOf = (): string => 'same key';
    expect(findBoilerplate(summaries, [0, 0, 2], 3, keyOf)).toEqual([]);
    expect(findBoilerplate(summaries, [0, 1, 2], 3, keyOf).map((entry) => entry.files)).toEqual([3]);
  });
});

describe('mergeRemovals', () => {
  test('joins overlapping removals and takes the separator before a removal at the end', () => {
    const text = 'B3\n\nB4\n\nB5\n';
    const edits = mergeRemovals(text, [
      { range: { start: 6, end: 10 }, text: '' },
      { range: { start: 4, end: 8 }, text: '' },
    ]);
    expect(applyEdits(text, edits)).toBe('B3\n');
  });
});
