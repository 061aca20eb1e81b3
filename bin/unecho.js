#!/usr/bin/env node
// The command line, bundled by the build from src/cli/main.ts.
import '../dist/bin/unecho.js';
