// Bundles the Markdown parser (src/vendor/markdown.ts and the packages it re-exports) into one
// module, dist/vendor/markdown.js, over the re-exports tsc wrote there: loading one module
// instead of 150 saves about 70 ms of every run that reads Markdown. Part of `npm run build`;
// the output is deterministic, so a build of a clean checkout leaves dist/ unchanged.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/vendor/markdown.ts'],
  outfile: 'dist/vendor/markdown.js',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'inline',
  banner: { js: '// Bundled by scripts/bundle-markdown.mjs from src/vendor/markdown.ts: mdast-util-from-markdown, micromark and their\n// extensions and dependencies (MIT licensed; see each package in node_modules for its notice).' },
  logLevel: 'warning',
});
