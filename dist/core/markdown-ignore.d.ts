import type { Range } from './types.js';
import type { MarkdownNode } from './markdown-tree.js';
/**
 * Finds the regions of a Markdown document whose prose unecho must leave alone:
 * - between `<!-- unecho-ignore -->` and `<!-- unecho-ignore-end -->` (or `{/* unecho-ignore *\/}`
 *   and `{/* unecho-ignore-end *\/}` in MDX); a start marker with no end protects the rest of the file;
 * - inside a paired Hugo shortcode with angle delimiters (`{{< name >}}` … `{{< /name >}}`), whose
 *   body Hugo does not render as Markdown (configuration samples, raw HTML), including the
 *   paragraphs that hold the two tags.
 * Markers count only where the parser saw them (HTML and MDX comments, paragraph text), so a
 * marker shown inside a code block protects nothing.
 * @param root the tree from `markdownTree`
 * @param text the original text the tree's offsets index
 * @returns half-open ranges of UTF-16 offsets into the original text, in document order
 */
export declare function markdownIgnoreRegions(root: MarkdownNode, text: string): Range[];
