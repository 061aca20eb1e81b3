import type { Range } from './types.js';
import type { MarkdownNode } from './markdown-tree.js';
/**
 * The node a paragraph's whole removal takes out, with its parent: the paragraph itself, or the
 * list item, list or blockquote it is the only content of (a list item never stays empty).
 */
export interface RemovalUnit {
    readonly node: MarkdownNode;
    readonly parent: MarkdownNode;
}
/**
 * Climbs from a paragraph to the node its whole removal takes out: a list item, list or quote
 * it is the only content of, or a quote whose only other content is the attribution of it
 * (`> — The maintainers` after the quoted paragraph), which would stand alone otherwise.
 * @param ancestors the paragraph's ancestors, root first, parent last
 * @param text the original text
 */
export declare function removalUnit(paragraph: MarkdownNode, ancestors: readonly MarkdownNode[], text: string): RemovalUnit;
/**
 * The range that removes a unit and one separator, so the text around keeps its spacing:
 * from where the unit's own text starts on its line (after the container's prefix: list
 * marker or indentation, `> `) to the same place on the next sibling's line, so the sibling
 * keeps its own indentation and takes over the prefix; for a last child, from the previous
 * sibling's end. Ranges of neighbouring units can overlap in the separator between them (never
 * in another block's prose): to remove several, delete the union.
 * @param text the original text
 * @returns UTF-16 offsets into the original text, or `undefined` when the prefixes cannot be
 *   lined up (tabs, ragged list indentation): such a paragraph is not offered for removal
 */
export declare function removalRange(unit: RemovalUnit, text: string): Range | undefined;
/**
 * Finds the units whose removal could change how the rest parses, for any subset of the
 * `removable` units removed together: two lists of the same marker or two indented code blocks
 * that would join, indented text a list above would swallow, text that would continue an open
 * block (paragraph, list, quote, table) once the blank line is gone, and `- ***` style items
 * that would turn into a rule, list items that would be left empty, and what follows indented
 * code. Such paragraphs are not offered for removal.
 * @param removable every unit some candidate paragraph would take out
 * @param root the tree from `markdownTree`
 * @param text the original text
 */
export declare function unsafeUnits(units: ReadonlySet<MarkdownNode>, root: MarkdownNode, text: string): Set<MarkdownNode>;
