import type { Range } from './types.js';
import type { MarkdownNode } from './markdown-tree.js';
/**
 * Whether a node is a paragraph of closing markup lines only (`{{% /notice %}}`): what ends the
 * region a paragraph opening with markup stands in.
 */
export declare function isClosingMarkup(node: MarkdownNode | undefined, text: string): boolean;
/**
 * The prose range of a paragraph: the paragraph's source minus whole markup lines at its start
 * and end (alert tags, admonition fences, shortcode tags), so sentence edits never cut them.
 * @param paragraph a `paragraph` node from `markdownTree`
 * @param text the original text its offsets index
 * @returns UTF-16 offsets into the original text, or `undefined` when no prose is left (a
 *   paragraph of only markup lines, images, HTML or MDX expressions)
 */
export declare function markdownContent(paragraph: MarkdownNode, text: string): Range | undefined;
/** What a paragraph that is structure rather than prose is (see `structuralRole`). */
export type StructuralRole = 'label' | 'definition';
/**
 * Whether a paragraph is structure rather than prose: the label of the code block, table, list
 * or HTML right after it (it ends with a colon or has no sentence end: `Hugo renders the above
 * to:`, ``With `baseURL = …` ``), or a definition-list entry (`term` / `: definition`). Docs
 * repeat such labels and parameter entries on purpose, like headings and table rows, so they
 * are never edited nor matched (the parser makes a label an inert block, so that cleaning sees
 * when its list has gone and it is a paragraph); a definition entry is not prose at all.
 * @param paragraph a `paragraph` node
 * @param next the node right after it in the same container, if any
 * @param text the original text
 * @returns the role, or `undefined` for a paragraph of prose
 */
export declare function structuralRole(paragraph: MarkdownNode, next: MarkdownNode | undefined, text: string): StructuralRole | undefined;
