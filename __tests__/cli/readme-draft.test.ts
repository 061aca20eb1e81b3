import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/run.js';
import { fakeIo, makeTree } from './fake-io.js';

/** The usage block of the docs must be exactly what `--help` prints. */
describe('docs/cli-readme-draft.md', () => {
  test('its usage block matches --help', async () => {
    const doc = readFileSync(new URL('../../docs/cli-readme-draft.md', import.meta.url), 'utf8');
    const block = /<!-- help-start -->\n```text\n([\s\S]*?)```\n<!-- help-end -->/.exec(doc)?.[1];
    const fake = fakeIo({ cwd: makeTree({}) });
    expect(await run(['--help'], fake.io)).toBe(0);
    expect(block).toBe(fake.stdout());
  });
});
