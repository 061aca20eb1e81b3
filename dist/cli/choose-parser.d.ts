import type { ParserName } from '../core/types.js';
/**
 * The parser for one input: the chosen one, or with `auto` Markdown for `.md` and `.markdown`
 * paths, MDX for `.mdx` and plain text for everything else (stdin included, unless named).
 */
export declare function chooseParser(setting: 'auto' | ParserName, path: string): ParserName;
