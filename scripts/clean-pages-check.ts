/**
 * False-positive check on clean article text: the `expected.txt` of every real-scraped page is
 * the page with its echoes already removed, so cleaning it again should change nothing. Prints
 * every page that changes, with each change, and fails when more than `--max-pages` do.
 *
 * Usage: npx tsx scripts/clean-pages-check.ts [--max-pages 3] [--corpus DIR]
 * Exit: 0 at most `--max-pages` pages changed, 1 more, 2 usage error or no corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clean } from '../src/index.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CORPUS = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'real-scraped');

function main(): number {
  const { values } = parseArgs({
    options: { 'max-pages': { type: 'string', default: '3' }, corpus: { type: 'string' } },
  });
  const maxPages = Number(values['max-pages']);
  if (!Number.isInteger(maxPages) || maxPages < 0) {
    process.stderr.write(`clean-pages-check: --max-pages must be a whole number, got "${values['max-pages']}"\n`);
    return 2;
  }
  const pagesDir = join(values.corpus ?? process.env['UNECHO_CORPUS'] ?? DEFAULT_CORPUS, 'pages');
  if (!existsSync(pagesDir)) {
    process.stderr.write(`clean-pages-check: no corpus pages at ${pagesDir}\n`);
    return 2;
  }
  const ids = readdirSync(pagesDir).sort();
  let changedPages = 0;
  for (const id of ids) {
    const result = clean(readFileSync(join(pagesDir, id, 'expected.txt'), 'utf8'));
    if (result.changes.length === 0) continue;
    changedPages++;
    process.stdout.write(`${id}\n`);
    for (const change of result.changes) {
      const text = change.removed.text.replace(/\s+/g, ' ').slice(0, 90);
      process.stdout.write(`  ${change.removed.line}:${change.removed.column} ${change.kind} ${change.unit} (${change.rule}): ${text}\n`);
    }
  }
  const verdict = changedPages <= maxPages ? 'ok' : `more than ${maxPages}`;
  process.stdout.write(`\n${changedPages} of ${ids.length} clean pages changed (${verdict})\n`);
  return changedPages <= maxPages ? 0 : 1;
}

process.exitCode = main();
