import type { DocumentModel, Segment } from './document.js';
/**
 * How many links, images and autolinks a Markdown segment holds (`[text](url)`, `[text][ref]`,
 * `<https://…>`): of two copies, the one with more stays (see `Planner.outranks`).
 * @returns the count; 0 in plain text, which has no inline spans
 */
export declare function linksIn(doc: DocumentModel, segment: Segment): number;
