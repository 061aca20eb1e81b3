import { resolveAnalyzeOptions } from './analyze-options.js';
import { buildDocument } from './document.js';
import type { DocumentModel, Segment } from './document.js';
import { documentFeatures } from './document-features.js';
import { findBoilerplate } from './find-boilerplate.js';
import type { BoilerplateKey } from './find-boilerplate.js';
import { findDuplicateDocuments } from './find-duplicate-documents.js';
import type { DuplicateSearch } from './find-duplicate-documents.js';
import { LineLocator } from './locate.js';
import { planBoilerplateRemoval } from './plan-boilerplate-removal.js';
import type { BoilerplatePlan } from './plan-boilerplate-removal.js';
import { WordHasher } from './shingle-index.js';
import type {
  AnalyzeFilesOptions,
  Boilerplate,
  BoilerplatePlace,
  BoilerplateRemoval,
  DocumentPair,
  DuplicateGroup,
  FileInput,
  FilesAnalysis,
} from './types.js';

const byPath = (a: FileInput, b: FileInput): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : a.text < b.text ? -1 : a.text > b.text ? 1 : 0;

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
  const docs = sorted.map((file) => buildDocument(file.text, file.blocks, resolved.locale, resolved.minLength));
  const hasher = new WordHasher();
  const search = findDuplicateDocuments(
    docs.map((doc) => documentFeatures(doc, hasher)),
    resolved.duplicateThreshold,
  );
  const keys = findBoilerplate(docs, search.groupOf, resolved.minFiles);
  const plans = planRemovals(docs, keys);
  return {
    boilerplate: describeBoilerplate(sorted, keys, plans),
    duplicates: describeDuplicates(sorted, search),
    removals: [...plans].map(([file, plan]): BoilerplateRemoval => ({ path: sorted[file]!.path, blocks: plan.blocks, edits: plan.edits })).filter((removal) => removal.edits.length > 0),
  };
}

/** The removal plan of every document that holds boilerplate, in document order. */
function planRemovals(docs: readonly DocumentModel[], keys: readonly BoilerplateKey[]): Map<number, BoilerplatePlan> {
  const segments = new Map<number, Segment[]>();
  for (const { occurrences } of keys) {
    for (const { file, segment } of occurrences) {
      const list = segments.get(file);
      if (list) list.push(segment);
      else segments.set(file, [segment]);
    }
  }
  const plans = new Map<number, BoilerplatePlan>();
  for (const file of [...segments.keys()].sort((a, b) => a - b)) plans.set(file, planBoilerplateRemoval(docs[file]!, segments.get(file)!));
  return plans;
}

function describeBoilerplate(files: readonly FileInput[], keys: readonly BoilerplateKey[], plans: ReadonlyMap<number, BoilerplatePlan>): Boilerplate[] {
  const locators = new Map<number, LineLocator>();
  const locate = (file: number, offset: number): { line: number; column: number } => {
    let locator = locators.get(file);
    if (!locator) {
      locator = new LineLocator(files[file]!.text);
      locators.set(file, locator);
    }
    return locator.locate(offset);
  };
  return keys.map(({ key, files: count, occurrences }) => {
    const places = occurrences.map(({ file, segment }): BoilerplatePlace => {
      const { path, text } = files[file]!;
      return {
        path,
        unit: segment.sentence < 0 ? 'paragraph' : 'sentence',
        block: segment.block,
        removable: plans.get(file)?.removable ?? false,
        start: segment.range.start,
        end: segment.range.end,
        text: text.slice(segment.range.start, segment.range.end),
        ...locate(file, segment.range.start),
      };
    });
    const unit = places.every((place) => place.unit === 'paragraph') ? 'paragraph' : 'sentence';
    return { unit, key, text: places[0]!.text, files: count, places };
  });
}

function describeDuplicates(files: readonly FileInput[], search: DuplicateSearch): DuplicateGroup[] {
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
