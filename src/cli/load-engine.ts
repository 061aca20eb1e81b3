import { cleanExactBlocks } from '../core/clean-exact.js';
import { isExactOnly, resolveOptions } from '../core/options.js';
import type { Block, CleanOptions, CleanResult } from '../core/types.js';

/** Cleans a text parsed into blocks, as `cleanBlocks` does. */
export type BlockCleaner = (text: string, blocks: readonly Block[], options: Partial<CleanOptions>) => CleanResult;

let fullEngine: Promise<typeof import('../core/clean-blocks.js')> | undefined;

/**
 * The engine for a run's options. The exact-only path (`threshold` 1, `unit` paragraph) is
 * small and loaded at start; the full engine (sentence segmenter, matcher, merger) is imported
 * on first use, so exact-only runs start without it. Both clean as `cleanBlocks` does, which
 * routes exact-only options to the same path.
 */
export async function loadEngine(options: Partial<CleanOptions>): Promise<BlockCleaner> {
  if (isExactOnly(resolveOptions(options))) return cleanExactBlocks;
  fullEngine ??= import('../core/clean-blocks.js');
  return (await fullEngine).cleanBlocks;
}
