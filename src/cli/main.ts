/**
 * The command line's entry: runs unecho on this process's arguments and streams. The build
 * bundles it, with the worker thread's entry, into `dist/bin/` (see `scripts/bundle.mjs`), which
 * `bin/unecho.js` loads: one module instead of about sixty saves a tenth of a second of a
 * pre-commit run.
 */
import { run } from './run.js';
import { nodeIo } from '../io/node-io.js';

process.exitCode = await run(process.argv.slice(2), nodeIo());
