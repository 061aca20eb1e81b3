import type { DocumentModel, Segment } from './document.js';

/** A segment of one document of the input set. */
export interface Occurrence {
  /** Index of the document. */
  readonly file: number;
  readonly segment: Segment;
}

/** A key that stands in enough documents, with the places where it is reported. */
export interface BoilerplateKey {
  readonly key: string;
  /** Distinct documents holding the key. */
  readonly files: number;
  /**
   * Its occurrences by document and offset, except sentences of blocks that are boilerplate as
   * a whole (the block covers them). Never empty.
   */
  readonly occurrences: readonly Occurrence[];
}

/**
 * Finds boilerplate: whole blocks and sentences whose key stands in at least `minFiles`
 * documents, counting the members of one duplicate group once (a story syndicated three times
 * is no boilerplate). Only evidence counts: segments of fewer than four words or too few
 * letters (`Share`, `Read more`) never do. One pass over the segments with a hash map of keys.
 * @param docs the documents, in the order their indices refer to
 * @param groupOf for each document, the id of its duplicate group (see `findDuplicateDocuments`)
 * @returns the keys ordered by their first occurrence (document, then offset)
 */
export function findBoilerplate(docs: readonly DocumentModel[], groupOf: readonly number[], minFiles: number): BoilerplateKey[] {
  const byKey = new Map<string, Occurrence[]>();
  docs.forEach((doc, file) => {
    for (const model of doc.blocks) {
      for (const segment of [model.whole, ...model.sentences]) {
        if (segment.evidence === 'none') continue;
        const list = byKey.get(segment.fp.key);
        if (list) list.push({ file, segment });
        else byKey.set(segment.fp.key, [{ file, segment }]);
      }
    }
  });
  const common = new Map<string, number>();
  for (const [key, list] of byKey) {
    // Most keys stand once: no set is built for them.
    if (list.length < minFiles) continue;
    const groups = new Set(list.map((occurrence) => groupOf[occurrence.file]));
    if (groups.size >= minFiles) common.set(key, new Set(list.map((occurrence) => occurrence.file)).size);
  }
  const found: BoilerplateKey[] = [];
  for (const [key, files] of common) {
    const occurrences = byKey.get(key)!.filter(({ file, segment }) => {
      if (segment.sentence < 0) return true;
      return !common.has(docs[file]!.blocks[segment.block]!.whole.fp.key);
    });
    occurrences.sort((x, y) => x.file - y.file || x.segment.range.start - y.segment.range.start);
    if (occurrences.length > 0) found.push({ key, files, occurrences });
  }
  const first = (entry: BoilerplateKey): Occurrence => entry.occurrences[0]!;
  return found.sort(
    (x, y) =>
      first(x).file - first(y).file ||
      first(x).segment.range.start - first(y).segment.range.start ||
      first(x).segment.range.end - first(y).segment.range.end ||
      (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
}
