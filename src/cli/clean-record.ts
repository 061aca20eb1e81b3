import { applyEdits } from '../core/apply-edits.js';
import { cleanBlocks, cleanDocument } from '../core/clean-blocks.js';
import { buildDocument } from '../core/document.js';
import { mergeRemovals } from '../core/merge-removals.js';
import { planBoilerplateRemoval } from '../core/plan-boilerplate-removal.js';
import { summarizeDocument } from '../core/summarize-document.js';
import type { Block, Change, CleanResult, FileSummary, SegmentPlace } from '../core/types.js';
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
  /** What the cross-file analysis needs of it, when asked for (see `CleanRequest`). */
  readonly summary?: FileSummary;
}

const BOM = '\uFEFF';

/**
 * What `--scope files` asks of a cleaning besides the cleaning: the record's summary for the
 * cross-file analysis, or (after that analysis) the boilerplate segments to take out too.
 */
export interface CleanRequest {
  readonly summarize?: boolean;
  readonly boilerplate?: readonly SegmentPlace[];
}

/** The blocks the engine sees: all but the boilerplate ones, numbered again from 0. */
function engineBlocks(blocks: readonly Block[], gone: readonly number[]): readonly Block[] {
  if (gone.length === 0) return blocks;
  const goneSet = new Set(gone);
  return blocks.filter((block) => !goneSet.has(block.index)).map((block, index) => ({ ...block, index }));
}

/**
 * Cleans one record with the engine options of the settings, the parser chosen by its path.
 * The engine sees the text without its BOM (so line 1 column 1 is the first character); the
 * BOM goes back on the result. With boilerplate to remove, the engine cleans the other blocks
 * and both sets of removals are applied together. A summary is made from the same document
 * the engine cleans, so asking for one costs little.
 */
export async function cleanRecord(record: InputRecord, settings: Settings, request: CleanRequest = {}): Promise<CleanedRecord> {
  const parser = chooseParser(settings.parser, record.path);
  const blocks = (await loadBlockParser(parser))(record.text);
  const options = { unit: settings.unit, threshold: settings.threshold, minLength: settings.minLength, locale: settings.locale, parser };
  let result: CleanResult;
  let summary: FileSummary | undefined;
  let text: string;
  if (request.boilerplate !== undefined && request.boilerplate.length > 0) {
    const removal = planBoilerplateRemoval(buildDocument(record.text, blocks, settings.locale, settings.minLength), request.boilerplate);
    result = cleanBlocks(record.text, engineBlocks(blocks, removal.blocks), options);
    text = applyEdits(record.text, mergeRemovals(record.text, [...result.edits, ...removal.edits]));
  } else if (request.summarize === true) {
    const doc = buildDocument(record.text, blocks, settings.locale, settings.minLength);
    summary = summarizeDocument(doc);
    result = cleanDocument(doc, options);
    text = result.text;
  } else {
    result = cleanBlocks(record.text, blocks, options);
    text = result.text;
  }
  const prefix = record.bom ? BOM : '';
  const changed = text !== record.text;
  return { changes: result.changes, before: prefix + record.text, after: prefix + text, changed, ...(summary ? { summary } : {}) };
}
