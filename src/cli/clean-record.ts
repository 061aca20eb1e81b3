import { resolveOptions } from '../core/options.js';
import { settle } from '../core/settle.js';
import { textHash } from '../core/text-hash.js';
import type { Change, CleanOptions, CleanResult, FileSummary, ParserName } from '../core/types.js';
import type { InputRecord } from '../io/read-input.js';
import { chooseParser } from './choose-parser.js';
import { loadBlockParser } from './load-block-parser.js';
import type { CleanRequest } from './clean-with-request.js';
import { loadEngine } from './load-engine.js';
import type { Settings } from './settings.js';

/** A record cleaned: its echoes and the text before and after, BOM included. */
export interface CleanedRecord {
  readonly changes: readonly Change[];
  readonly before: string;
  readonly after: string;
  readonly changed: boolean;
  /** What the cross-file analysis needs of it, when asked for (see `CleanRequest`). */
  readonly summary?: FileSummary;
  /** With a summary alone: a hash of the text (BOM aside; see `textHash`), to tell whether the file is the same when it is read again to be cleaned. */
  readonly textHash?: number;
}

const BOM = '\uFEFF';

/**
 * The engine options of each settings object, per parser, resolved once: a run cleans tens of
 * thousands of files with the same few, and resolving them anew for each cost 1–2 % of a
 * worker's time.
 */
const resolvedOptions = new WeakMap<Settings, Map<ParserName, CleanOptions>>();

/** The engine options of the settings, for a text read with `parser` (resolved, and the same object every time). */
export function engineOptions(settings: Settings, parser: ParserName): CleanOptions {
  let byParser = resolvedOptions.get(settings);
  if (!byParser) resolvedOptions.set(settings, (byParser = new Map()));
  let options = byParser.get(parser);
  if (!options) {
    options = resolveOptions({ unit: settings.unit, threshold: settings.threshold, minLength: settings.minLength, locale: settings.locale, parser });
    byParser.set(parser, options);
  }
  return options;
}

/**
 * Cleans one record with the engine options of the settings, the parser chosen by its path.
 * The engine sees the text without its BOM (so line 1 column 1 is the first character); the
 * BOM goes back on the result. `--scope files` asks for more (see `CleanRequest`).
 */
export async function cleanRecord(record: InputRecord, settings: Settings, request: CleanRequest = {}): Promise<CleanedRecord> {
  const parser = chooseParser(settings.parser, record.path);
  const parse = await loadBlockParser(parser);
  const blocks = parse(record.text);
  const options = engineOptions(settings, parser);
  let result: CleanResult | undefined;
  let text: string;
  let summary: FileSummary | undefined;
  if (request.summary !== undefined || (request.boilerplate?.length ?? 0) > 0) {
    const { cleanWithRequest } = await import('./clean-with-request.js');
    ({ result, text, summary } = cleanWithRequest(record.text, blocks, options, request));
  } else {
    result = (await loadEngine(options))(record.text, blocks, options);
    text = result.text;
  }
  // Further passes where cleaning freed Markdown it could not edit (see `settle`); with
  // boilerplate, the passes after the first are the engine's alone.
  if (result !== undefined) {
    const engine = await loadEngine(options);
    result = settle(record.text, blocks, result, parse, (again, againBlocks) => engine(again, againBlocks, options));
    text = result.text;
  }
  const prefix = record.bom ? BOM : '';
  const changed = text !== record.text;
  const hash = request.summary === 'alone' ? { textHash: textHash(record.text, 0, record.text.length) } : {};
  return { changes: result?.changes ?? [], before: prefix + record.text, after: prefix + text, changed, ...(summary ? { summary } : {}), ...hash };
}
