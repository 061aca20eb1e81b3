import type { Block } from './types.js';

/**
 * The blocks the engine reads: all but the inert ones (see `Block.inert`), numbered again in
 * order. The same array when none is inert, as in plain text.
 */
export function withoutInert(blocks: readonly Block[]): readonly Block[] {
  if (!blocks.some((block) => block.inert === true)) return blocks;
  return blocks.filter((block) => block.inert !== true).map((block, index) => ({ ...block, index }));
}
