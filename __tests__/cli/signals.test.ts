import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ECHOED, ECHOED_CLEAN, makeTree } from './fake-io.js';

// Runs the built bin (npm test builds it first) and interrupts it while it rewrites files.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/unecho.js');
const SEED = readFileSync(path.join(ROOT, 'fixtures/kcna-putin-telegram.txt'), 'utf8');

/** Many echoed files, so a run lasts long enough to be interrupted midway. */
function tree(): string {
  const files: Record<string, string> = {};
  for (let n = 0; n < 1500; n++) files[`page-${String(n).padStart(4, '0')}.txt`] = `${ECHOED}\n${SEED}`;
  return makeTree(files);
}

function interrupted(cwd: string, signal: NodeJS.Signals, workers: string): Promise<number | null> {
  return new Promise((resolve) => {
    const env = { ...process.env, UNECHO_WORKERS: workers };
    const child = spawn(process.execPath, [BIN, '--quiet', '--write', '.'], { cwd, env, stdio: 'ignore' });
    // Once the first file has been rewritten, the run is midway.
    const first = path.join(cwd, 'page-0000.txt');
    const poll = setInterval(() => {
      if (readFileSync(first, 'utf8') === `${ECHOED}\n${SEED}`) return;
      clearInterval(poll);
      child.kill(signal);
    }, 5);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve(code);
    });
  });
}

describe('an interrupted --write', () => {
  test.each([
    ['SIGINT', 130, '0'],
    ['SIGTERM', 143, '0'],
    ['SIGINT', 130, '2'],
  ] as const)('%s leaves every file whole and no temp file behind (%s, workers: %s)', async (signal, expected, workers) => {
    const root = tree();
    const code = await interrupted(root, signal, workers);
    const names = readdirSync(root);
    expect(names.filter((name) => name.includes('.unecho-'))).toEqual([]);
    const texts = names.map((name) => readFileSync(path.join(root, name), 'utf8'));
    const rewritten = texts.filter((text) => text.startsWith(ECHOED_CLEAN) && !text.startsWith(ECHOED)).length;
    const untouched = texts.filter((text) => text === `${ECHOED}\n${SEED}`).length;
    // Each file is either as it was or fully cleaned; the run stopped before the end.
    expect(rewritten + untouched).toBe(names.length);
    expect(rewritten).toBeGreaterThan(0);
    expect(untouched).toBeGreaterThan(0);
    expect(code).toBe(expected);
  }, 30000);
});
