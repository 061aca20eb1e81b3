import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle, type BenchSources } from './bench-text.js';
import { mulberry32, randomInt, type Random } from './prng.js';

/** Bump when the generator changes, so cached files are rebuilt. */
export const GENERATOR_VERSION = 2;

const MB = 1024 * 1024;

/**
 * Writes (or reuses from an earlier run) one file of about `megabytes` MB of articles with echoes.
 * @param dir the cache folder (`.bench/`)
 * @returns the file path
 */
export function ensureSingleFile(dir: string, sources: BenchSources, megabytes: number, seed: number): string {
  const path = join(dir, `single-${megabytes}mb-seed${seed}-v${GENERATOR_VERSION}.txt`);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(seed + megabytes);
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    let written = 0;
    // Articles are buffered into ~1 MB writes: one write per article is needlessly slow.
    let buffer: string[] = [];
    let buffered = 0;
    while (written + buffered < megabytes * MB) {
      const article = nextArticle(random, sources);
      buffer.push(article, '\n');
      buffered += Buffer.byteLength(article) + 1;
      if (buffered >= MB) {
        written += writeSync(fd, buffer.join(''));
        buffer = [];
        buffered = 0;
      }
    }
    writeSync(fd, buffer.join(''));
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
  return path;
}

/**
 * Writes (or reuses) a folder of about `megabytes` MB of article files, some of them
 * syndicated copies of an earlier article under another title.
 * @returns the folder path
 */
export function ensureFolder(dir: string, sources: BenchSources, megabytes: number, seed: number): string {
  const path = join(dir, `folder-${megabytes}mb-seed${seed}-v${GENERATOR_VERSION}`);
  if (existsSync(path)) return path;
  const temp = `${path}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const random = mulberry32(seed * 31 + megabytes);
  const recent: string[] = [];
  let total = 0;
  for (let n = 0; total < megabytes * MB; n++) {
    const article = random() < SYNDICATED_RATE && recent.length > 0 ? syndicate(random, recent) : nextArticle(random, sources);
    recent.push(article);
    if (recent.length > 50) recent.shift();
    writeFileSync(join(temp, `article-${String(n).padStart(6, '0')}.txt`), article);
    total += Buffer.byteLength(article);
  }
  renameSync(temp, path);
  return path;
}

/**
 * Writes (or reuses) a pre-commit-sized set: `count` small Markdown files.
 * @returns the file paths
 */
export function ensureSmallMarkdown(dir: string, sources: BenchSources, count: number, seed: number): string[] {
  const path = join(dir, `markdown-${count}-seed${seed}-v${GENERATOR_VERSION}`);
  if (!existsSync(path)) {
    mkdirSync(path, { recursive: true });
    const random = mulberry32(seed * 17 + count);
    for (let n = 0; n < count; n++) {
      const [title, ...rest] = generateArticle(random, sources, randomInt(random, 3, 8)).split('\n\n');
      writeFileSync(join(path, `note-${n}.md`), `# ${title}\n\n${rest.join('\n\n')}`);
    }
  }
  return readdirSync(path).sort().map((name) => join(path, name));
}

/** Total size of the files directly in a folder, in bytes. */
export function folderBytes(path: string): number {
  return readdirSync(path).reduce((sum, name) => sum + statSync(join(path, name)).size, 0);
}

/** Share of folder articles that are syndicated copies of a recent article. */
const SYNDICATED_RATE = 0.03;

function nextArticle(random: Random, sources: BenchSources): string {
  return generateArticle(random, sources, randomInt(random, 6, 30));
}

/** A syndicated copy: the same article under a different title line. */
function syndicate(random: Random, recent: readonly string[]): string {
  const original = recent[Math.floor(random() * recent.length)]!;
  const body = original.slice(original.indexOf('\n\n'));
  return `${original.slice(0, original.indexOf('\n\n'))} | Syndicated${body}`;
}

/** Reads a text file (for sources). */
export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
