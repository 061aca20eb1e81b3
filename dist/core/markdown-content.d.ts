import type { Range } from './types.js';
import type { MarkdownNode } from './markdown-tree.js';
/**
 * The prose range of a paragraph: the paragraph's source minus whole markup lines at its start
 * and end (alert tags, admonition fences, shortcode tags), so sentence edits never cut them.
 * @param paragraph a `paragraph` node from `markdownTree`
 * @param text the original text its offsets index
 * @returns UTF-16 offsets into the original text, or `undefined` when no prose is left (a
 *   paragraph of only markup lines, images, HTML or MDX expressions)
 */
export declare function markdownContent(paragraph: MarkdownNode, text: string): Range | undefined;
