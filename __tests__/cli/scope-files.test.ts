import { linkSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { run } from '../../src/cli/run.js';
import { processInputs } from '../../src/cli/process-inputs.js';
import type { ProcessContext } from '../../src/cli/process-file.js';
import { DEFAULT_SETTINGS } from '../../src/cli/settings.js';
import type { InputFile } from '../../src/io/expand-inputs.js';
import { COOKIES, NEWSLETTER, STANDARDS, STORIES, newsCorpus } from '../core/news-corpus.js';
import { fakeIo, makeTree } from './fake-io.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const SITE = ['site/budget.txt', 'site/harvest.txt', 'site/museum.txt', 'site/rail.txt', 'site/storm.txt'];

async function unecho(cwd: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const fake = fakeIo({ cwd });
  const code = await run(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');

/**
 * A run over `root` in which every read of `file` (a relative POSIX path) after the first finds
 * a line more at its head, as if it were edited between two passes; `reads` counts its reads.
 */
function changingAfterFirstRead(root: string, file: string): { fake: ReturnType<typeof fakeIo>; reads: () => number } {
  let reads = 0;
  const fake = fakeIo({
    cwd: root,
    fs: {
      readFile: async (name) => {
        const bytes = readFileSync(name);
        if (!name.endsWith(path.join(...file.split('/'))) || ++reads === 1) return new Uint8Array(bytes);
        return new Uint8Array(Buffer.concat([Buffer.from('Updated\n'), bytes]));
      },
    },
  });
  return { fake, reads: () => reads };
}

interface JsonReport {
  files: { path: string; status: string }[];
  boilerplate: { ruleId: string; unit: string; text: string; files: number; places: { path: string; line: number; removed: boolean }[] }[];
  duplicates: { ruleId: string; members: string[]; pairs: { a: string; b: string; similarity: number }[] }[];
}

describe('--scope files', () => {
  test('check mode reports boilerplate and duplicate documents after the per-file findings; exit 1', async () => {
    const root = makeTree(newsCorpus());
    const { code, stdout, stderr } = await unecho(root, ['--scope', 'files', '.']);
    expect([code, stderr]).toEqual([1, '']);
    expect(stdout).toContain('Boilerplate (text found in many files)\n  boilerplate sentence in 5 files');
    expect(stdout).toContain('    site/budget.txt:15:1\n');
    expect(stdout).toContain('Duplicate documents\n');
    expect(stdout).toContain('mirror/council-budget.txt ~ site/budget.txt  similarity 0.8077');
    expect(stdout).toMatch(/3 boilerplate passages in 15 places, 1 group of duplicate documents across 6 files\. Run with --remove-boilerplate/);
    // Nothing is written in check mode.
    expect(read(root, 'site/budget.txt')).toBe(newsCorpus()['site/budget.txt']);
  });

  test('JSON: validates against the schema, every place, the group with its similarity', async () => {
    const root = makeTree(newsCorpus());
    const { code, stdout } = await unecho(root, ['--scope', 'files', '-f', 'json', '.']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(validate(report) ? true : validate.errors).toBe(true);
    expect(report.boilerplate.map((entry) => [entry.ruleId, entry.unit, entry.text, entry.files])).toEqual([
      ['boilerplate', 'sentence', STANDARDS, 5],
      ['boilerplate', 'paragraph', NEWSLETTER, 5],
      ['boilerplate', 'paragraph', COOKIES, 5],
    ]);
    expect(report.boilerplate[1]!.places.map((place) => [place.path, place.line, place.removed])).toEqual(SITE.map((file) => [file, file === 'site/budget.txt' ? 15 : 13, false]));
    expect(report.duplicates).toEqual([
      { ruleId: 'duplicate-document', members: ['mirror/council-budget.txt', 'site/budget.txt'], pairs: [{ a: 'mirror/council-budget.txt', b: 'site/budget.txt', similarity: 0.8077 }] },
    ]);
  });

  test('--unit paragraph: only whole paragraphs are boilerplate, and --remove-boilerplate cuts no sentence out of a byline', async () => {
    const root = makeTree(newsCorpus());
    const { code, stdout } = await unecho(root, ['--scope', 'files', '--unit', 'paragraph', '-f', 'json', '.']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.boilerplate.map((entry) => [entry.unit, entry.text, entry.files])).toEqual([
      ['paragraph', NEWSLETTER, 5],
      ['paragraph', COOKIES, 5],
    ]);
    const removed = await unecho(root, ['--scope', 'files', '--unit', 'paragraph', '--remove-boilerplate', '--write', '.']);
    expect(removed.code).toBe(0);
    for (const file of SITE) {
      const text = read(root, file);
      expect([file, text.includes(NEWSLETTER), text.includes(COOKIES), text.includes(STANDARDS)]).toEqual([file, false, false, true]);
    }
  });

  test('the order of the paths changes nothing in the report', async () => {
    const root = makeTree(newsCorpus());
    const paths = Object.keys(newsCorpus());
    const forward = await unecho(root, ['--scope', 'files', '-f', 'json', ...paths]);
    const backward = await unecho(root, ['--scope', 'files', '-f', 'json', ...[...paths].reverse()]);
    const folder = await unecho(root, ['--scope', 'files', '-f', 'json', 'site', 'mirror']);
    expect(backward).toEqual(forward);
    expect(folder).toEqual(forward);
  });

  test('--remove-boilerplate: a paragraph its removals free goes in the same run when it repeats its page', async () => {
    // Between two lists, the repeat of each page's lede cannot go; once the newsletter list
    // (boilerplate) has gone, it can, and the same run takes it out.
    const pages = Object.fromEntries(
      Object.entries(STORIES).map(([name, story]) => {
        const [lede, ...rest] = story.paragraphs;
        const text = [`# ${story.title}`, lede!, ...rest, `- ${NEWSLETTER}`, lede!, `- More about ${name} from our archive, in one list.`].join('\n\n') + '\n';
        return [`site/${name}.md`, text];
      }),
    );
    const root = makeTree(pages);
    expect((await unecho(root, ['--scope', 'files', '--remove-boilerplate', '--write', '.'])).code).toBe(0);
    for (const [file, text] of Object.entries(pages)) {
      const lede = text.split('\n\n')[1]!;
      const cleaned = read(root, file);
      expect([file, cleaned.includes(NEWSLETTER), cleaned.split(lede).length - 1]).toEqual([file, false, 1]);
    }
    expect((await unecho(root, ['--check', '.'])).code).toBe(0);
  });

  test('--remove-boilerplate --write removes it from every file, keeps the stories; a second --write changes nothing', async () => {
    const corpus = newsCorpus();
    const root = makeTree(corpus);
    const first = await unecho(root, ['--scope', 'files', '--remove-boilerplate', '--write', '.']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Removed 3 boilerplate passages in 15 places/);
    for (const file of SITE) {
      const text = read(root, file);
      for (const passage of [NEWSLETTER, COOKIES, STANDARDS]) expect([file, text.includes(passage)]).toEqual([file, false]);
      expect(text).toMatch(/editing by [A-Z][a-z]+ [A-Z][a-z]+\.\n$/);
    }
    // The syndicated copy is reported, never deleted or changed.
    expect(read(root, 'mirror/council-budget.txt')).toBe(corpus['mirror/council-budget.txt']);
    const after = Object.fromEntries(Object.keys(corpus).map((file) => [file, read(root, file)]));
    const second = await unecho(root, ['--scope', 'files', '--remove-boilerplate', '--write', '.']);
    expect(second.code).toBe(0);
    expect(Object.fromEntries(Object.keys(corpus).map((file) => [file, read(root, file)]))).toEqual(after);
    const check = await unecho(root, ['--scope', 'files', '-f', 'json', '.']);
    expect((JSON.parse(check.stdout) as JsonReport).boilerplate).toEqual([]);
  });

  test('--remove-boilerplate in list and diff modes: the files that would lose it; nothing written', async () => {
    const root = makeTree(newsCorpus());
    const list = await unecho(root, ['--scope', 'files', '--remove-boilerplate', '-l', '.']);
    expect([list.code, list.stdout]).toEqual([1, SITE.map((file) => `${file}\n`).join('')]);
    const diff = await unecho(root, ['--scope', 'files', '--remove-boilerplate', '--diff', 'site/rail.txt', 'site/storm.txt', 'site/museum.txt']);
    expect(diff.code).toBe(1);
    expect(diff.stdout).toContain(`-${NEWSLETTER}\n`);
    expect(diff.stdout).toContain('+Reporting by Priya Nair; editing by Jonathan Oatis.\n');
    expect(read(root, 'site/rail.txt')).toBe(newsCorpus()['site/rail.txt']);
    // Without --remove-boilerplate, list mode lists only files with echoes of their own.
    const plain = await unecho(root, ['--scope', 'files', '-l', '.']);
    expect([plain.code, plain.stdout]).toEqual([0, '']);
  });

  test('stdin named like one of the files: each keeps its own text, only boilerplate leaves either', async () => {
    const root = makeTree(newsCorpus());
    const story = 'A short note sent on stdin says the ferry timetable changes on Monday for the summer season.';
    const piped = `${story}\n\n${NEWSLETTER}\n`;
    const fake = fakeIo({ cwd: root, stdin: piped });
    const code = await run(['--scope', 'files', '--remove-boilerplate', '--diff', '-', '--stdin-filepath', 'site/rail.txt', ...SITE], fake.io);
    expect(code).toBe(1);
    const removed = fake
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('-') && !line.startsWith('---'))
      .map((line) => line.slice(1))
      .filter((line) => line.trim() !== '');
    // Whatever went is boilerplate; the stdin note and the stories stay.
    expect(removed.length).toBeGreaterThan(0);
    for (const line of removed) expect([NEWSLETTER, COOKIES].some((passage) => line.includes(passage)) || line.includes(STANDARDS)).toBe(true);
  });

  test('stdin with the files in one pass (check mode): its boilerplate is quoted from its held text, in its places', async () => {
    const root = makeTree(newsCorpus());
    const story = 'A short note sent on stdin says the ferry timetable changes on Monday for the summer season.';
    const fake = fakeIo({ cwd: root, stdin: `${story}\n\n${NEWSLETTER}\n` });
    const code = await run(['--scope', 'files', '-f', 'json', '-', '--stdin-filepath', 'notes/ferry.txt', ...SITE], fake.io);
    expect(code).toBe(1);
    const report = JSON.parse(fake.stdout()) as JsonReport;
    expect(report.files.map((file) => file.path)).toEqual(['notes/ferry.txt', ...SITE]);
    const newsletter = report.boilerplate.find((entry) => entry.text === NEWSLETTER)!;
    expect(newsletter.files).toBe(6);
    expect(newsletter.places.map((place) => [place.path, place.line])).toContainEqual(['notes/ferry.txt', 3]);
  });

  test('--boilerplate-min-files: above the count nothing is boilerplate; a bad value is a usage error', async () => {
    const root = makeTree(newsCorpus());
    const six = await unecho(root, ['--scope', 'files', '--boilerplate-min-files', '6', '-f', 'json', 'site']);
    expect((JSON.parse(six.stdout) as JsonReport).boilerplate).toEqual([]);
    expect(six.code).toBe(0);
    const bad = await unecho(root, ['--scope', 'files', '--boilerplate-min-files', '1', '.']);
    expect([bad.code, bad.stderr]).toEqual([2, 'unecho: error: --boilerplate-min-files: invalid value "1", expected an integer of at least 2\n']);
  });

  test('--remove-boilerplate needs --scope files; the config may set both', async () => {
    const root = makeTree({ ...newsCorpus(), '.unechorc.json': '{ "scope": "files", "removeBoilerplate": true, "boilerplateMinFiles": 5 }' });
    const alone = await unecho(root, ['--remove-boilerplate', '--scope', 'file', '.']);
    expect([alone.code, alone.stderr]).toEqual([2, 'unecho: error: --remove-boilerplate needs --scope files\n']);
    const configured = await unecho(root, ['-l', '.']);
    expect([configured.code, configured.stdout]).toEqual([1, SITE.map((file) => `${file}\n`).join('')]);
  });

  test('SARIF and GitHub: stable rule ids boilerplate and duplicate-document', async () => {
    const root = makeTree(newsCorpus());
    const sarif = JSON.parse((await unecho(root, ['--scope', 'files', '-f', 'sarif', '.'])).stdout) as {
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const run0 = sarif.runs[0]!;
    const ids = run0.tool.driver.rules.map((rule) => rule.id);
    expect(ids.slice(-2)).toEqual(['boilerplate', 'duplicate-document']);
    const results = run0.results;
    expect(results.filter((r) => r.ruleId === 'boilerplate')).toHaveLength(15);
    expect(results.filter((r) => r.ruleId === 'duplicate-document').map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['mirror/council-budget.txt', 'site/budget.txt']);
    for (const result of results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
    const github = (await unecho(root, ['--scope', 'files', '-f', 'github', '.'])).stdout;
    expect(github).toContain('::error file=site/rail.txt,line=13,col=1,endLine=13,endColumn=89,title=boilerplate::boilerplate paragraph in 5 files: ');
    expect(github).toContain('::warning file=site/budget.txt,title=duplicate-document::near-duplicate document of mirror/council-budget.txt (0.8077)\n');
  });

  test('a file that is all boilerplate is reported but never emptied', async () => {
    const root = makeTree({ ...newsCorpus(), 'site/footer.txt': `${NEWSLETTER}\n\n${COOKIES}\n` });
    const { code } = await unecho(root, ['--scope', 'files', '--remove-boilerplate', '-w', '.']);
    expect(code).toBe(0);
    expect(read(root, 'site/footer.txt')).toBe(`${NEWSLETTER}\n\n${COOKIES}\n`);
    expect(read(root, 'site/storm.txt')).not.toContain(NEWSLETTER);
  });

  test('without the texts held, a file that changes before its boilerplate is quoted is an error, and only its places go', async () => {
    const root = makeTree(newsCorpus());
    const baseline = JSON.parse((await unecho(root, ['--scope', 'files', '-f', 'json', '.'])).stdout) as JsonReport;
    // Every read of site/budget.txt after the first (the cleaning's) finds a line more.
    const { fake, reads } = changingAfterFirstRead(root, 'site/budget.txt');
    const code = await run(['--scope', 'files', '-f', 'json', '.'], fake.io);
    const report = JSON.parse(fake.stdout()) as JsonReport & { files: { path: string; status: string; problem?: { code: string } }[] };
    expect(code).toBe(2);
    expect(validate(report) ? true : validate.errors).toBe(true);
    expect(reads()).toBe(2);
    expect(report.files.find((file) => file.path === 'site/budget.txt')).toMatchObject({ status: 'error', problem: { code: 'FILE_CHANGED' } });
    // The same boilerplate, quoted from the other files, without the changed file's places.
    const places = (found: JsonReport): string[][] => found.boilerplate.map((entry) => entry.places.map((place) => place.path));
    expect(report.boilerplate.map((entry) => entry.text)).toEqual(baseline.boilerplate.map((entry) => entry.text));
    expect(places(report)).toEqual(places(baseline).map((list) => list.filter((file) => file !== 'site/budget.txt')));
  });

  test('--remove-boilerplate --write: a file that changes between the two passes is an error and is not written', async () => {
    const corpus = newsCorpus();
    const root = makeTree(corpus);
    // Every read of site/storm.txt after the first (the summary's) finds a line more; the
    // analysis quotes its boilerplate from site/budget.txt, first in path order.
    const { fake, reads } = changingAfterFirstRead(root, 'site/storm.txt');
    const code = await run(['--scope', 'files', '--remove-boilerplate', '--write', '-f', 'json', '.'], fake.io);
    const report = JSON.parse(fake.stdout()) as JsonReport & { files: { path: string; status: string; problem?: { code: string } }[] };
    expect([code, reads()]).toEqual([2, 2]);
    expect(validate(report) ? true : validate.errors).toBe(true);
    expect(report.files.find((file) => file.path === 'site/storm.txt')).toMatchObject({ status: 'error', problem: { code: 'FILE_CHANGED' } });
    expect(read(root, 'site/storm.txt')).toBe(corpus['site/storm.txt']);
    for (const file of SITE.filter((name) => name !== 'site/storm.txt')) expect([file, read(root, file).includes(NEWSLETTER)]).toEqual([file, false]);
  });

  test('--write without --remove-boilerplate: a file that changes between the two passes is an error and is not written', async () => {
    const corpus = { ...newsCorpus(), 'site/echoed.txt': `${newsCorpus()['site/rail.txt']!}\n${newsCorpus()['site/rail.txt']!.split('\n')[0]!}\n` };
    const root = makeTree(corpus);
    const { fake, reads } = changingAfterFirstRead(root, 'site/echoed.txt');
    const code = await run(['--scope', 'files', '--write', '-f', 'json', '.'], fake.io);
    const report = JSON.parse(fake.stdout()) as JsonReport & { files: { path: string; status: string; problem?: { code: string } }[] };
    expect([code, reads()]).toEqual([2, 2]);
    expect(report.files.find((file) => file.path === 'site/echoed.txt')).toMatchObject({ status: 'error', problem: { code: 'FILE_CHANGED' } });
    expect(read(root, 'site/echoed.txt')).toBe(corpus['site/echoed.txt']);
  });

  test('--write over hard links: a file rewritten through its link before it is read again takes the changes of its twin', async () => {
    // A page with an echo, fillers to read past, and a hard link to the page read last. Cleaning
    // one record per batch as the files come (no reading ahead to size a pool), the link is read
    // after the page is written; by default every small input is read before the first write.
    const page = `${STORIES['storm']!.paragraphs.join('\n\n')}\n\n${STORIES['storm']!.paragraphs[0]!}\n`;
    const fillers = Object.fromEntries(Array.from({ length: 16 }, (_, i) => [`b${String(i).padStart(2, '0')}.txt`, `${STORIES['rail']!.paragraphs[i % 3]!}\n`]));
    const reports: unknown[] = [];
    for (const env of [{ UNECHO_BATCH_CHARS: '1', UNECHO_WORKERS: '0' }, {}]) {
      const root = makeTree({ 'a.txt': page, ...fillers });
      linkSync(path.join(root, 'a.txt'), path.join(root, 'z.txt'));
      const fake = fakeIo({ cwd: root, env });
      const code = await run(['--scope', 'files', '--write', '-f', 'json', '.'], fake.io);
      const report = JSON.parse(fake.stdout()) as { files: { path: string; status: string; changes: unknown[] }[] };
      expect(code).toBe(0);
      const [a, z] = ['a.txt', 'z.txt'].map((name) => report.files.find((file) => file.path === name)!);
      expect([a!.status, z!.status, a!.changes.length > 0]).toEqual(['changed', 'changed', true]);
      expect(z!.changes).toEqual(a!.changes);
      expect(read(root, 'z.txt')).toBe(read(root, 'a.txt'));
      expect(read(root, 'a.txt').split(STORIES['storm']!.paragraphs[0]!).length - 1).toBe(1);
      reports.push(report);
    }
    expect(reports[0]).toEqual(reports[1]);
  });

  test('--out-dir over the inputs themselves (the working directory, or a link to it) is refused: nothing is written', async () => {
    const rail = newsCorpus()['site/rail.txt']!;
    const lede = rail.split('\n\n').reduce((longest, paragraph) => (paragraph.length > longest.length ? paragraph : longest), '');
    const tree = { 'aaa/echoed.txt': `${lede}\n\n${rail}`, ...newsCorpus() };
    const root = makeTree(tree);
    symlinkSync(root, path.join(root, '..', `${path.basename(root)}-link`));
    for (const dir of ['.', `../${path.basename(root)}-link`]) {
      const { code, stdout } = await unecho(root, ['--scope', 'files', '-f', 'json', '--out-dir', dir, '.']);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(read(root, 'aaa/echoed.txt')).toBe(tree['aaa/echoed.txt']);
    }
  });
});

describe('--scope files progress', () => {
  // Every input ticks once per pass, whatever became of it: unreadable, changed before it was
  // quoted, or cleaned.
  const files = (root: string, names: readonly string[]): InputFile[] => names.map((name) => ({ path: name, absolute: path.join(root, name) }));
  const ticksOf = async (ctx: ProcessContext, inputs: readonly InputFile[]): Promise<{ total: number; ticks: number }> => {
    let total = -1;
    let ticks = 0;
    await processInputs(ctx, undefined, inputs, async (count, work) => {
      total = count;
      return work(() => ticks++);
    });
    return { total, ticks };
  };

  test('one pass, and two with --remove-boilerplate, tick as often as they announce', async () => {
    const root = makeTree(newsCorpus());
    // A file gone before it is read, and site/budget.txt changed before it is quoted.
    const inputs = files(root, [...Object.keys(newsCorpus()), 'site/gone.txt']);
    const first = changingAfterFirstRead(root, 'site/budget.txt').fake.io;
    const one = await ticksOf({ io: first, mode: 'check', settings: { ...DEFAULT_SETTINGS, scope: 'files' }, outDir: undefined }, inputs);
    expect(one).toEqual({ total: inputs.length, ticks: inputs.length });
    const second = changingAfterFirstRead(root, 'site/budget.txt');
    const two = await ticksOf({ io: second.fake.io, mode: 'check', settings: { ...DEFAULT_SETTINGS, scope: 'files', removeBoilerplate: true }, outDir: undefined }, inputs);
    expect(two).toEqual({ total: 2 * inputs.length, ticks: 2 * inputs.length });
    expect(second.reads()).toBe(2);
  });
});
