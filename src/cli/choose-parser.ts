import type { ParserName } from '../core/types.js';

const MARKDOWN = /\.(md|markdown)$/i;
const MDX = /\.mdx$/i;

/**
 * The parser for one input: the chosen one, or with `auto` Markdown for `.md` and `.markdown`
 * paths, MDX for `.mdx` and plain text for everything else (stdin included, unless named).
 */
export function chooseParser(setting: 'auto' | ParserName, path: string): ParserName {
  if (setting !== 'auto') return setting;
  if (MDX.test(path)) return 'mdx';
  return MARKDOWN.test(path) ? 'markdown' : 'text';
}
