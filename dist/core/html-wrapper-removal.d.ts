import type { Range } from './types.js';
import type { MarkdownNode } from './markdown-tree.js';
/**
 * The removal of a top-level node together with the HTML wrapper around it, when the node is
 * all the wrapper holds: an HTML block whose last lines open elements (`<div class="note">`,
 * `<details>` and its one-line `<summary>`) right before the node, and an HTML block right after
 * it whose first lines close exactly those elements (`</div>`, `</details>`). Removed alone, the
 * node would leave an empty wrapper (a `<details>` with nothing to disclose). Lines of the HTML
 * blocks outside the region (an earlier `</details>`, the next `<details>`) stay.
 *
 * The region goes from the start of its first line to the start of what follows it, so one
 * blank line stays between the blocks around it. It is not offered (`undefined`) when its
 * removal could change how the rest parses: the opening HTML interrupts a paragraph, or a list
 * or indented code before it would meet what follows.
 * @param siblings the children of the root
 * @param node the node that goes (a paragraph, or the list or quote it is the only content of)
 * @param text the original text
 * @returns UTF-16 offsets into the original text, or `undefined` when `node` has no such wrapper
 */
export declare function htmlWrapperRemoval(siblings: readonly MarkdownNode[], node: MarkdownNode, text: string): Range | undefined;
