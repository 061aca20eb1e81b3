import { run } from '../../src/cli/run.js';
import { ECHOED, OTHER, PARAGRAPH, fakeIo, makeTree } from './fake-io.js';

/** The exact-only filter over stdin: the run that takes the byte path. */
const EXACT = ['--threshold', '1', '--unit', 'paragraph'];

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Runs unecho in-process on stdin bytes, in a folder that holds an empty `empty.txt`. */
async function runOn(args: readonly string[], stdin: Uint8Array) {
  const fake = fakeIo({ cwd: makeTree({ 'empty.txt': '' }), stdin });
  const code = await run(args, fake.io);
  return { code, stdout: fake.stdoutBytes(), stderr: fake.stderr() };
}

/** The changes the report gives for stdin. */
const stdinChanges = (json: string): unknown => (JSON.parse(json) as { files: { path: string; changes: unknown }[] }).files.find((file) => file.path === '<stdin>')?.changes;

const ACCENTED = 'Le café d’Éire a rouvert ses portes — “enfin”, dit la propriétaire… à neuf heures.';
const MULTI_BYTE = `Titre\n\n${ACCENTED}\n\n${PARAGRAPH}\n\n${ACCENTED}\n\n${OTHER}\n\u00a0${ACCENTED.replace(/’/g, "'")}\n`;
const MULTI_BYTE_CLEAN = `Titre\n\n${ACCENTED}\n\n${PARAGRAPH}\n\n${OTHER}\n`;

describe('the exact-only stdin filter (byte path)', () => {
  test('multi-byte text: the echoes cut out byte for byte, the summary on stderr', async () => {
    const r = await runOn([...EXACT, '-'], encode(MULTI_BYTE));
    expect(r.code).toBe(0);
    expect(hex(r.stdout)).toBe(hex(encode(MULTI_BYTE_CLEAN)));
    expect(r.stderr).toBe('<stdin>: removed 2 echoes\n');
  });

  test.each([
    ['a BOM', `\uFEFF${MULTI_BYTE}`, `\uFEFF${MULTI_BYTE_CLEAN}`],
    ['CRLF line ends', MULTI_BYTE.replace(/\n/g, '\r\n'), MULTI_BYTE_CLEAN.replace(/\n/g, '\r\n')],
    ['a BOM and CRLF, no final line break', `\uFEFF${ECHOED.replace(/\n/g, '\r\n').trimEnd()}`, `\uFEFF${ECHOED.replace(/\n/g, '\r\n').split('\r\n\r\n').slice(0, 3).join('\r\n\r\n')}`],
    ['no echo', `${ACCENTED}\n`, `${ACCENTED}\n`],
    ['empty input', '', ''],
  ])('%s: kept as it came', async (_name, input, expected) => {
    const r = await runOn([...EXACT, '-'], encode(input));
    expect(r.code).toBe(0);
    expect(hex(r.stdout)).toBe(hex(encode(expected)));
  });

  test('the report (JSON, --check exit code) is the one the text path gives for the same input', async () => {
    const input = encode(`\uFEFF${MULTI_BYTE.replace(/\n/g, '\r\n')}`);
    const filtered = await runOn([...EXACT, '--check', '-f', 'json', '-'], input);
    // With a second input stdin is no filter, and takes the text path.
    const checked = await runOn([...EXACT, '-f', 'json', '-', 'empty.txt'], input);
    expect(filtered.code).toBe(1);
    expect(checked.code).toBe(1);
    expect(stdinChanges(filtered.stderr)).toEqual(stdinChanges(new TextDecoder().decode(checked.stdout)));
    expect(stdinChanges(filtered.stderr)).toHaveLength(2);
  });

  test.each([
    ['invalid UTF-8', [0x61, 0xc3, 0x28, 0x0a]],
    ['a surrogate encoded in UTF-8', [0x61, 0xed, 0xa0, 0x80, 0x0a]],
    ['UTF-16 with a BOM', [0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00]],
    ['binary', [0x61, 0x00, 0x62]],
  ])('%s is skipped as on the text path: passed through unchanged, the same message and exit code', async (_name, values) => {
    const input = new Uint8Array(values);
    const exact = await runOn([...EXACT, '-'], input);
    const text = await runOn(['-'], input);
    expect(exact.stdout).toEqual(input);
    expect(exact).toEqual(text);
    expect(exact.code).toBe(0);
  });

  test('invalid UTF-8 names the problem', async () => {
    const r = await runOn([...EXACT, '-'], new Uint8Array([0x61, 0xc3, 0x28]));
    expect(r.stderr).toBe('unecho: warning: <stdin>: skipped, not valid UTF-8\n');
  });
});
