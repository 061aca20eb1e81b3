import { cleanBlocks } from '../core/clean-blocks.js';
import type { Change } from '../core/types.js';
import type { InputRecord } from '../io/read-input.js';
import { chooseParser } from './choose-parser.js';
import { loadBlockParser } from './load-block-parser.js';
import type { Settings } from './settings.js';

/** A record cleaned: its echoes and the text before and after, BOM included. */
export interface CleanedRecord {
  readonly changes: readonly Change[];
  readonly before: string;
  readonly after: string;
  readonly changed: boolean;
}

const BOM = '\uFEFF';

/**
 * Cleans one record with the engine options of the settings, the parser chosen by its path.
 * The engine sees the text without its BOM (so line 1 column 1 is the first character); the
 * BOM goes back on the result.
 */
export async function cleanRecord(record: InputRecord, settings: Settings): Promise<CleanedRecord> {
  const parser = chooseParser(settings.parser, record.path);
  const parse = await loadBlockParser(parser);
  const result = cleanBlocks(record.text, parse(record.text), {
    unit: settings.unit,
    threshold: settings.threshold,
    minLength: settings.minLength,
    locale: settings.locale,
    parser,
  });
  const prefix = record.bom ? BOM : '';
  const changed = result.text !== record.text;
  return { changes: result.changes, before: prefix + record.text, after: prefix + result.text, changed };
}
