// The bundles of `npm run build`, written over or beside what tsc wrote. The output is
// deterministic (chunk names are content hashes), so a build of a clean checkout leaves dist/
// unchanged.
import { build } from 'esbuild';

const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' };

// The Markdown parser (src/vendor/markdown.ts and the packages it re-exports) as one module,
// over the re-exports tsc wrote: loading one module instead of 150 saves about 70 ms of every
// run that reads Markdown. The library (dist/core) imports it.
await build({
  ...common,
  entryPoints: ['src/vendor/markdown.ts'],
  outfile: 'dist/vendor/markdown.js',
  legalComments: 'inline',
  banner: { js: '// Bundled by scripts/bundle.mjs from src/vendor/markdown.ts: mdast-util-from-markdown, micromark and their\n// extensions and dependencies (MIT licensed; see each package in node_modules for its notice).' },
});

// The command line and its worker thread, with commander, chalk and the other packages they
// use, in dist/bin/: loading it as about sixty modules took 60–70 ms of every run. What runs
// only sometimes (report formats, Markdown, workers' pool) stays in chunks loaded on demand.
// Every file lands in dist/bin/, beside no other: `new URL('./clean-worker.js')` and
// `new URL('../../package.json')` resolve as they do from dist/cli/.
await build({
  ...common,
  entryPoints: { unecho: 'src/cli/main.ts', 'clean-worker': 'src/cli/clean-worker.ts' },
  outdir: 'dist/bin',
  splitting: true,
  chunkNames: '[name]-[hash]',
  // A package's ES module build where it has one (jsonc-parser's CommonJS one loads its parts
  // by a `require` the bundler cannot follow).
  mainFields: ['module', 'main'],
  // The Markdown bundle above (the same relative path from dist/bin/ as from dist/core/), and
  // the MDX packages, large and read only for .mdx files, load as they are.
  external: ['../vendor/markdown.js', 'mdast-util-mdx', 'micromark-extension-mdxjs'],
  // CommonJS packages in an ES module bundle call `require`.
  banner: { js: "import { createRequire as unechoCreateRequire } from 'node:module';\nconst require = unechoCreateRequire(import.meta.url);" },
  legalComments: 'eof',
});
