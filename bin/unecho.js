#!/usr/bin/env node
import { run } from '../dist/cli/run.js';
import { nodeIo } from '../dist/io/node-io.js';

process.exitCode = await run(process.argv.slice(2), nodeIo());
