#!/usr/bin/env node
import { run } from '../dist/cli/run.js';
import { nodeIo } from '../dist/io/node-io.js';

// Ctrl-C or a kill ends the run between two files, never halfway through writing one: every
// write (temp file, then rename) is synchronous, so a handler runs only after it is done.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

process.exitCode = await run(process.argv.slice(2), nodeIo());
