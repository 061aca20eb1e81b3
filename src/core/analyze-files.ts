import { resolveAnalyzeOptions } from './analyze-options.js';
import { buildDocument, fingerprintBlock } from './document.js';
import { fingerprint } from './fingerprint.js';
import { findBoilerplate } from './find-boilerplate.js';
import { hashesInFiles, type BoilerplateKey, type Occurrence } from './find-boilerplate.js';
import { findDuplicateDocuments } from './find-duplicate-documents.js';
import type { DuplicateSearch } from './find-duplicate-documents.js';
import { boilerplateCuts, keepsEvidence, planBoilerplateRemoval } from './plan-boilerplate-removal.js';
import { summarizeDocument } from './summarize-document.js';
import { originalIndex, withoutInert } from './without-inert.js';
import { orphanedLabels } from './orphaned-labels.js';
import { mergeRemovals } from './merge-removals.js';
import type {
  AnalyzeFilesOptions,
  Boilerplate,
  BoilerplatePlace,
  BoilerplateRemoval,
  DocumentPair,
  DuplicateGroup,
  FileInput,
  CrossFileAnalysis,
  FileSummary,
  FilesAnalysis,
  SegmentPlace,
  SummarizedFile,
} from './types.js';

/** Files by path; stdin, which may share a file's name, after it by text (both texts are held then). */
const byPath = (a: { path: string; text?: string }, b: { path: string; text?: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : (a.text ?? '') < (b.text ?? '') ? -1 : (a.text ?? '') > (b.text ?? '') ? 1 : 0;

/**
 * The text of an evidence segment of a file (`file` indexes the files given to
 * `analyzeSummaries`), as written; undefined when it cannot be had (the file changed since its
 * summary was made): the analysis then leaves that place out.
 */
export type SegmentQuote = (file: number, segment: number) => string | undefined;

/**
 * Looks across a whole input set for the echoes no single file shows: boilerplate (paragraphs
 * and sentences that stand in at least `minFiles` files) and near-duplicate documents. Pure, and
 * independent of the order of `files` (they are sorted by path first). Time and memory grow
 * linearly with the input: keys go through a hash map, documents through a shingle index with
 * bounded reads; no two files are compared unless they share many shingles.
 * @param files every input with its blocks (paths unique)
 * @param options see `AnalyzeFilesOptions`; missing ones take their defaults
 * @returns the boilerplate with every place, the duplicate groups with their similarities,
 *   and per file the removals that take its boilerplate out (never a whole file)
 */
export function analyzeFiles(files: readonly FileInput[], options: Partial<AnalyzeFilesOptions> = {}): FilesAnalysis {
  const resolved = resolveAnalyzeOptions(options);
  const sorted = [...files].sort(byPath);
  // Inert blocks (see `Block.inert`) are neither boilerplate nor taken out with it.
  const read = sorted.map((file) => withoutInert(file.blocks));
  const docs = sorted.map((file, index) => buildDocument(file.text, read[index]!, resolved.locale, resolved.minLength, 'all'));
  const found = analyzeSummaries(
    sorted.map((file, index): SummarizedFile => ({ path: file.path, text: file.text, summary: summarizeDocument(docs[index]!, resolved.locale, resolved.minLength, resolved.sentences) })),
    resolved,
  );
  const removals = sorted.flatMap((file, index): BoilerplateRemoval[] => {
    const places = found.removable.get(index);
    if (places === undefined) return [];
    const plan = planBoilerplateRemoval(docs[index]!, places);
    // Numbered as the file's own blocks, inert ones included.
    const blocks = plan.blocks.map((block) => originalIndex(file.blocks, read[index]!, block));
    // A list's label goes with the list, as when cleaning (see `withoutOrphanedLabels`).
    const labels = orphanedLabels(file.text, file.blocks, plan.edits, []);
    const edits = labels.length > 0 ? mergeRemovals(file.text, [...plan.edits, ...labels]) : plan.edits;
    return edits.length > 0 ? [{ path: file.path, blocks, edits }] : [];
  });
  // Places name blocks as the files number them too, inert ones included.
  const fileAt = new Map(sorted.map((file, index) => [file.path, index]));
  const boilerplate = found.boilerplate.map((entry) => ({
    ...entry,
    places: entry.places.map((place) => {
      const index = fileAt.get(place.path)!;
      return { ...place, block: originalIndex(sorted[index]!.blocks, read[index]!, place.block) };
    }),
  }));
  return { boilerplate, duplicates: found.duplicates, removals };
}

/**
 * The cross-file analysis from the files' summaries (see `summarizeDocument`), so the documents
 * can be built one at a time, anywhere (on worker threads), and dropped. Pure, and independent
 * of the order of `files`. The summaries decide whether sentences can be boilerplate
 * (`options.sentences` is for `analyzeFiles`, which makes them).
 * @param quote the text of a segment, for files given without their text (see `segmentsToQuote`)
 * @param frequent `frequentKeys(files, options.minFiles)`, when the caller has it already
 * @param duplicates `findDuplicateDocuments` over the files' features in `pathOrder`, when the
 *   caller has it already (it may have run it on several threads)
 */
export function analyzeSummaries(
  files: readonly SummarizedFile[],
  options: Partial<AnalyzeFilesOptions> = {},
  quote?: SegmentQuote,
  frequent?: ReadonlySet<number>,
  duplicates?: DuplicateSearch,
): CrossFileAnalysis {
  const resolved = resolveAnalyzeOptions(options);
  const order = pathOrder(files);
  const sorted = order.map((index) => files[index]!);
  const summaries = sorted.map((file) => file.summary);
  const search =
    duplicates ??
    findDuplicateDocuments(
      summaries.map((summary) => summary.features),
      resolved.duplicateThreshold,
    );
  const quoteSorted = (file: number, segment: number): string | undefined => {
    const { text, summary } = sorted[file]!;
    if (text !== undefined) return text.slice(summary.segmentStarts[segment]!, summary.segmentEnds[segment]!);
    return quote?.(order[file]!, segment);
  };
  const keyOf = keysByText(sorted, resolved.locale, quoteSorted);
  const keys = findBoilerplate(summaries, search.groupOf, resolved.minFiles, keyOf, frequent ?? hashesInFiles(summaries, resolved.minFiles));
  const places = placesByFile(summaries, keys);
  const removable = new Map<number, readonly SegmentPlace[]>();
  for (const [file, list] of places) if (keepsSomething(summaries[file]!, list)) removable.set(order[file]!, list);
  return {
    boilerplate: describeBoilerplate(sorted, keys, (file) => removable.has(order[file]!), quoteSorted),
    duplicates: describeDuplicates(sorted, search),
    removable,
  };
}

/** Positions in `files`, sorted by path (then by text, then by position): findings never depend on the input order. */
export function pathOrder(files: readonly SummarizedFile[]): number[] {
  return files.map((_, index) => index).sort((a, b) => byPath(files[a]!, files[b]!) || a - b);
}

/**
 * The key hashes of evidence segments that stand in at least `minFiles` files: the only ones
 * boilerplate can have (whatever the order of `files`).
 */
export function frequentKeys(files: readonly SummarizedFile[], minFiles: number): Set<number> {
  return hashesInFiles(files.map((file) => file.summary), minFiles);
}

/**
 * The evidence segments whose text the analysis of `files` reads when the files come without
 * their text: one segment for each distinct text (by hash) among the segments whose key stands
 * in enough files to be boilerplate. Boilerplate is a few texts in many places, so these are
 * few, and the caller can read them again from their files. Independent of the order of
 * `files` (the first in path order is named); `file` indexes `files`.
 * @param frequent `frequentKeys(files, minFiles)`
 * @param skip files not to name (they changed since they were summarised)
 */
export function segmentsToQuote(files: readonly SummarizedFile[], frequent: ReadonlySet<number>, skip: ReadonlySet<number> = new Set()): Occurrence[] {
  const order = pathOrder(files);
  const named = new Set<number>();
  const found: Occurrence[] = [];
  for (const file of order) {
    if (skip.has(file)) continue;
    const { keyHashes, segmentTextHashes } = files[file]!.summary;
    keyHashes.forEach((hash, segment) => {
      if (!frequent.has(hash) || named.has(segmentTextHashes[segment]!)) return;
      named.add(segmentTextHashes[segment]!);
      found.push({ file, segment });
    });
  }
  return found;
}

/**
 * The key of an evidence segment of a file, rebuilt from its text (see `fingerprintBlock`). A key
 * depends only on the segment's text and whether it is a block or a sentence, and boilerplate
 * mostly repeats byte for byte: each text is fingerprinted once.
 */
function keysByText(files: readonly SummarizedFile[], locale: string, quote: SegmentQuote): (occurrence: Occurrence) => string | undefined {
  const known = new Map<string, string>();
  return ({ file, segment }) => {
    const { summary } = files[file]!;
    const text = quote(file, segment);
    if (text === undefined) return undefined;
    const sentence = summary.segmentSentences[segment]! >= 0;
    const raw = (sentence ? 's' : 'b') + text;
    let key = known.get(raw);
    if (key === undefined) {
      key = sentence ? fingerprint(text).key : fingerprintBlock(text, { start: 0, end: text.length }, locale).whole.key;
      known.set(raw, key);
    }
    return key;
  };
}

/** The boilerplate segments of every file that holds some, in document order. */
function placesByFile(summaries: readonly FileSummary[], keys: readonly BoilerplateKey[]): Map<number, SegmentPlace[]> {
  const places = new Map<number, SegmentPlace[]>();
  for (const { occurrences } of keys) {
    for (const { file, segment } of occurrences) {
      const summary = summaries[file]!;
      const place = { block: summary.segmentBlocks[segment]!, sentence: summary.segmentSentences[segment]! };
      const list = places.get(file);
      if (list) list.push(place);
      else places.set(file, [place]);
    }
  }
  for (const list of places.values()) list.sort((a, b) => a.block - b.block || a.sentence - b.sentence);
  return new Map([...places].sort(([a], [b]) => a - b));
}

/** Whether a file keeps a block of evidence once its boilerplate goes (see `planBoilerplateRemoval`). */
function keepsSomething(summary: FileSummary, places: readonly SegmentPlace[]): boolean {
  const { removedBlocks } = boilerplateCuts(places, (block) => summary.blockSentences[block]!);
  return keepsEvidence(summary.blockEvidence, removedBlocks);
}

function describeBoilerplate(files: readonly SummarizedFile[], keys: readonly BoilerplateKey[], removable: (file: number) => boolean, quote: SegmentQuote): Boilerplate[] {
  return keys.map(({ key, files: count, occurrences }) => {
    const places = occurrences.map(({ file, segment }): BoilerplatePlace => {
      const { path, summary } = files[file]!;
      return {
        path,
        unit: summary.segmentSentences[segment]! < 0 ? 'paragraph' : 'sentence',
        block: summary.segmentBlocks[segment]!,
        removable: removable(file),
        start: summary.segmentStarts[segment]!,
        end: summary.segmentEnds[segment]!,
        // findBoilerplate kept only the occurrences whose text could be had.
        text: quote(file, segment)!,
        line: summary.segmentLines[segment]!,
        column: summary.segmentColumns[segment]!,
      };
    });
    const unit = places.every((place) => place.unit === 'paragraph') ? 'paragraph' : 'sentence';
    return { unit, key, text: places[0]!.text, files: count, places };
  });
}

function describeDuplicates(files: readonly SummarizedFile[], search: DuplicateSearch): DuplicateGroup[] {
  const round = (value: number): number => Math.round(value * 10000) / 10000;
  const pairsOf = new Map<number, DocumentPair[]>();
  for (const pair of search.pairs) {
    const root = search.groupOf[pair.a]!;
    const list = pairsOf.get(root) ?? [];
    list.push({ a: files[pair.a]!.path, b: files[pair.b]!.path, similarity: round(pair.similarity) });
    pairsOf.set(root, list);
  }
  return search.groups.map((group) => ({
    members: group.map((file) => files[file]!.path),
    pairs: pairsOf.get(group[0]!) ?? [],
  }));
}
