import { mkdtempSync, mkdirSync, writeFileSync, realpathSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeFileSystem, nodeGlob } from '../../src/io/node-io.js';
import type { FileSystem, Io } from '../../src/io/types.js';

/** A 26-word paragraph; printed twice in a text it is an obvious exact echo. */
export const PARAGRAPH =
  'The council approved the new budget on Tuesday after a long debate about school funding, road repairs and the future of the public library.';

/** Another unique paragraph. */
export const OTHER =
  'Rain is expected over the weekend, with strong winds along the coast and cooler air moving in from the north.';

/** A text with one exact paragraph echo (the last paragraph). */
export const ECHOED = `City news\n\n${PARAGRAPH}\n\n${OTHER}\n\n${PARAGRAPH}\n`;
/** `ECHOED` cleaned. */
export const ECHOED_CLEAN = `City news\n\n${PARAGRAPH}\n\n${OTHER}\n`;
/** A text without echoes. */
export const CLEAN = `Weather\n\n${OTHER}\n`;

/** Creates a temp folder holding `files` (relative path → content). Returns its real path. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'unecho-test-')));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

/** Options of a fake `Io`. */
export interface FakeIoOptions {
  readonly cwd: string;
  /** Piped stdin content; without it stdin is a terminal. */
  readonly stdin?: string | Uint8Array;
  readonly env?: Record<string, string | undefined>;
  readonly stdoutTTY?: boolean;
  readonly stderrTTY?: boolean;
  /** File-system calls to replace (the rest go to the real file system). */
  readonly fs?: Partial<FileSystem>;
}

/** A fake `Io` over the real file system, capturing stdout and stderr. */
export interface FakeIo {
  readonly io: Io;
  readonly stdout: () => string;
  /** Everything written to stdout, as bytes (text written as UTF-8). */
  readonly stdoutBytes: () => Uint8Array;
  readonly stderr: () => string;
}

/** Builds a fake `Io`: captured streams, a chosen environment (no colour by default). */
export function fakeIo(options: FakeIoOptions): FakeIo {
  const out: Uint8Array[] = [];
  let err = '';
  const stdin = options.stdin;
  const io: Io = {
    stdout: { write: (text) => void out.push(typeof text === 'string' ? new TextEncoder().encode(text) : text), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (text) => void (err += typeof text === 'string' ? text : new TextDecoder().decode(text)), isTTY: options.stderrTTY ?? false },
    stdin: {
      isTTY: stdin === undefined,
      // A copy, as a real read gives: the caller owns the bytes and may reuse them.
      readAll: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : new Uint8Array(stdin ?? [])),
    },
    env: options.env ?? {},
    cwd: options.cwd,
    fs: { ...nodeFileSystem, ...options.fs },
    glob: nodeGlob,
  };
  const stdoutBytes = (): Uint8Array => Buffer.concat(out);
  return { io, stdout: () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(stdoutBytes()), stdoutBytes, stderr: () => err };
}

/** A Node-style error with a code, as `fs` rejects with. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}
