/**
 * False-positive check on a real docs tree with no known echoes (by default the Hugo function
 * reference in ../shared/corpus/content-trees/hugo-docs-functions, 311 files full of legitimate
 * repetition). Runs the engine in check mode (nothing is written) with the Markdown parser and
 * prints every flagged file with each finding, so a reviewer can tell a real echo from a false
 * merge.
 *
 * Usage: npx tsx scripts/content-tree-check.ts [--max-share 0.03] [--json] [DIR]
 * Exit: 0 at most `--max-share` of the files flagged, 1 more, 2 usage error or no files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clean } from '../src/index.js';
import type { Change, CleanOptions } from '../src/index.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_TREE = resolve(REPO_ROOT, '..', 'shared', 'corpus', 'content-trees', 'hugo-docs-functions');
const CONTENT = /\.(md|markdown|mdx)$/i;

interface Flagged {
  readonly file: string;
  readonly changes: readonly Change[];
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile() && CONTENT.test(entry.name)) out.push(path);
  }
  return out.sort();
}

function oneLine(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function main(argv: readonly string[]): number {
  let values: { 'max-share'?: string; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { 'max-share': { type: 'string' }, json: { type: 'boolean' } },
      allowPositionals: true,
    }));
  } catch (error) {
    process.stderr.write(`content-tree-check: ${(error as Error).message}\n`);
    return 2;
  }
  const maxShare = Number(values['max-share'] ?? '0.03');
  if (!(maxShare >= 0 && maxShare <= 1) || positionals.length > 1) {
    process.stderr.write('usage: content-tree-check [--max-share 0..1] [--json] [DIR]\n');
    return 2;
  }
  const tree = resolve(positionals[0] ?? DEFAULT_TREE);
  let files: string[];
  try {
    files = statSync(tree).isDirectory() ? listFiles(tree) : [];
  } catch {
    files = [];
  }
  if (files.length === 0) {
    process.stderr.write(`content-tree-check: no Markdown files under ${tree}\n`);
    return 2;
  }

  const flagged: Flagged[] = [];
  for (const path of files) {
    const options: Partial<CleanOptions> = { parser: 'markdown' };
    // MDX files need the MDX parser once the engine offers it; the Hugo tree has none.
    const result = clean(readFileSync(path, 'utf8'), options);
    if (result.changed) flagged.push({ file: relative(tree, path).split('\\').join('/'), changes: result.changes });
  }
  const share = flagged.length / files.length;
  const ok = share <= maxShare;

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ tree, files: files.length, flagged, share, maxShare, ok }, null, 2)}\n`);
    return ok ? 0 : 1;
  }
  const lines: string[] = [];
  for (const { file, changes } of flagged) {
    lines.push(file);
    for (const c of changes) {
      lines.push(
        `  ${c.removed.line}:${c.removed.column} ${c.unit} ${c.kind} (${c.rule}, score ${c.score.toFixed(2)}): ${oneLine(c.removed.text)}`,
        `    kept ${c.kept.line}:${c.kept.column}: ${oneLine(c.kept.text)}`,
      );
    }
  }
  const percent = (share * 100).toFixed(1);
  lines.push(
    '',
    `${flagged.length} of ${files.length} files flagged (${percent} %, limit ${(maxShare * 100).toFixed(1)} %): ${ok ? 'ok' : 'too many'}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  return ok ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
