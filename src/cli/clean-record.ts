import { applyEdits } from '../core/apply-edits.js';
import { mergeRemovals } from '../core/merge-removals.js';
import type { Block, BoilerplateRemoval, Change, CleanOptions } from '../core/types.js';
import type { InputRecord } from '../io/read-input.js';
import { chooseParser } from './choose-parser.js';
import { loadBlockParser } from './load-block-parser.js';
import { loadEngine } from './load-engine.js';
import type { Settings } from './settings.js';

/** A record cleaned: its echoes and the text before and after, BOM included. */
export interface CleanedRecord {
  readonly changes: readonly Change[];
  readonly before: string;
  readonly after: string;
  readonly changed: boolean;
}

const BOM = '\uFEFF';

/** What `--scope files` already knows of a record: its blocks, and the boilerplate to remove. */
export interface PreparedRecord {
  readonly blocks: readonly Block[];
  readonly boilerplate?: BoilerplateRemoval;
}

/** The blocks the engine sees: all but the boilerplate ones, numbered again from 0. */
function engineBlocks(blocks: readonly Block[], boilerplate: BoilerplateRemoval | undefined): readonly Block[] {
  if (boilerplate === undefined || boilerplate.blocks.length === 0) return blocks;
  const gone = new Set(boilerplate.blocks);
  return blocks.filter((block) => !gone.has(block.index)).map((block, index) => ({ ...block, index }));
}

/**
 * Cleans one record with the engine options of the settings, the parser chosen by its path.
 * The engine sees the text without its BOM (so line 1 column 1 is the first character); the
 * BOM goes back on the result. With boilerplate to remove, the engine cleans the other blocks
 * and both sets of removals are applied together.
 * @param prepared the record's blocks and boilerplate, when `--scope files` parsed it already
 */
export async function cleanRecord(record: InputRecord, settings: Settings, prepared?: PreparedRecord): Promise<CleanedRecord> {
  const parser = chooseParser(settings.parser, record.path);
  const blocks = prepared?.blocks ?? (await loadBlockParser(parser))(record.text);
  const boilerplate = prepared?.boilerplate;
  const options: Partial<CleanOptions> = { unit: settings.unit, threshold: settings.threshold, minLength: settings.minLength, locale: settings.locale, parser };
  const result = (await loadEngine(options))(record.text, engineBlocks(blocks, boilerplate), options);
  const text = boilerplate === undefined ? result.text : applyEdits(record.text, mergeRemovals(record.text, [...result.edits, ...boilerplate.edits]));
  const prefix = record.bom ? BOM : '';
  const changed = text !== record.text;
  return { changes: result.changes, before: prefix + record.text, after: prefix + text, changed };
}
