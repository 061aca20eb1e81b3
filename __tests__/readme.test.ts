import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { run } from '../src/cli/run.js';
import { fakeIo, makeTree } from './cli/fake-io.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** The README is the front door: its usage block is what `--help` prints, and it has no echoes. */
describe('README.md', () => {
  test('its usage block matches --help', async () => {
    const block = /<!-- help-start -->\n```text\n([\s\S]*?)```\n<!-- help-end -->/.exec(readme)?.[1];
    const fake = fakeIo({ cwd: makeTree({}) });
    expect(await run(['--help'], fake.io)).toBe(0);
    expect(block).toBe(fake.stdout());
  });

  test('names the install-and-run and the test commands', () => {
    expect(readme).toContain('npm ci && npx unecho fixtures/');
    expect(readme).toContain('npm test');
  });

  test('passes unecho --check itself', async () => {
    const fake = fakeIo({ cwd: makeTree({ 'README.md': readme }) });
    expect(await run(['--check', 'README.md'], fake.io)).toBe(0);
  });
});
