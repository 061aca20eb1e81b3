import { evidenceOf, type BlockModel, type DocumentModel } from './document.js';
import { fingerprint, hashPlainWords } from './fingerprint.js';
import { segmentSentences } from './segment.js';
import { winnowHashes } from './shingle-index.js';
import { sortedDistinct } from './sorted-distinct.js';
import { keyHash } from './key-hash.js';
import { lineStartsOf } from './locate.js';
import { textHash } from './text-hash.js';
import type { FileSummary, Range } from './types.js';

/** A sentence as the summary needs it: its range and its words' hashes, and whether it is evidence. */
interface SummarySentence {
  readonly range: Range;
  readonly hashes: Int32Array;
  readonly evidence: boolean;
}

/**
 * What the cross-file analysis needs of a document (see `FileSummary`): its features (the kept
 * shingles of every block; shingles never span two blocks), and the key hash, place and text
 * hash of every evidence segment, in document order (so the analysis can run without the text). Both come from the words' hashes the document holds. A
 * sentence may recur in other files even where nothing in its own file matches it, so the
 * blocks `buildDocument` left whole are cut into sentences here, as it would have cut them.
 * Without `sentences`, only whole blocks are segments: no block is cut for the summary, which
 * is then about twice as quick to make.
 * @param locale and `minLength`: those the document was built with
 * @param sentences whether sentences inside blocks are segments too (see `AnalyzeFilesOptions.sentences`)
 */
export function summarizeDocument(doc: DocumentModel, locale: string, minLength: number, sentences = true): FileSummary {
  const keyHashes: number[] = [];
  const segmentBlocks: number[] = [];
  const segmentSentences: number[] = [];
  const segmentStarts: number[] = [];
  const segmentEnds: number[] = [];
  const segmentLines: number[] = [];
  const segmentColumns: number[] = [];
  const segmentTextHashes: number[] = [];
  // Segments come in text order (a block, then its sentences), so their lines are found by
  // walking the text's line starts once.
  const lineStarts = lineStartsOf(doc.text);
  let line = 0;
  const blockEvidence = new Uint8Array(doc.blocks.length);
  const blockSentences = new Int32Array(doc.blocks.length);
  const shingles: number[] = [];
  const add = (block: number, sentence: number, range: Range, hashes: Int32Array, from: number, to: number): void => {
    keyHashes.push(keyHash(hashes, from, to));
    segmentBlocks.push(block);
    segmentSentences.push(sentence);
    segmentStarts.push(range.start);
    segmentEnds.push(range.end);
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= range.start) line++;
    segmentLines.push(line + 1);
    segmentColumns.push(range.start - lineStarts[line]! + 1);
    segmentTextHashes.push(textHash(doc.text, range.start, range.end));
  };
  for (const model of doc.blocks) {
    const block = model.block.index;
    const hashes = model.wordHashes;
    for (const shingle of winnowHashes(hashes)) shingles.push(shingle);
    const whole = model.whole;
    blockEvidence[block] = whole.evidence === 'none' ? 0 : 1;
    if (whole.evidence !== 'none') add(block, -1, whole.range, hashes, 0, hashes.length);
    if (!sentences) continue;
    if (model.cut) {
      blockSentences[block] = model.sentences.length;
      for (const sentence of model.sentences) {
        if (sentence.evidence !== 'none') add(block, sentence.sentence, sentence.range, hashes, sentence.firstWord, sentence.firstWord + sentence.fp.wordCount);
      }
    } else {
      const pieces = sentencesOf(doc.text, model, locale, minLength);
      blockSentences[block] = pieces.length;
      pieces.forEach((sentence, index) => {
        if (sentence.evidence) add(block, index, sentence.range, sentence.hashes, 0, sentence.hashes.length);
      });
    }
  }
  return {
    features: sortedDistinct(Int32Array.from(shingles)),
    keyHashes: Float64Array.from(keyHashes),
    segmentBlocks: Int32Array.from(segmentBlocks),
    segmentSentences: Int32Array.from(segmentSentences),
    segmentStarts: Int32Array.from(segmentStarts),
    segmentEnds: Int32Array.from(segmentEnds),
    segmentLines: Int32Array.from(segmentLines),
    segmentColumns: Int32Array.from(segmentColumns),
    segmentTextHashes: Float64Array.from(segmentTextHashes),
    blockEvidence,
    blockSentences,
  };
}

/**
 * The sentences `buildDocument` would have cut a block it left whole into (none for one
 * sentence): each read alone has the words it has in its block (see `fingerprintBlock`).
 */
function sentencesOf(text: string, model: BlockModel, locale: string, minLength: number): SummarySentence[] {
  const ranges = segmentSentences(text, model.block.content, locale);
  if (ranges.length < 2) return [];
  return ranges.map((range) => {
    const plain = hashPlainWords(text, range.start, range.end);
    if (plain) return { range, hashes: plain.hashes, evidence: evidenceOf(plain.hashes.length, plain.letters, minLength) !== 'none' };
    const sentence = text.slice(range.start, range.end);
    const hashes: number[] = [];
    const fp = fingerprint(sentence, hashes);
    return { range, hashes: Int32Array.from(hashes), evidence: evidenceOf(fp.wordCount, fp.letters, minLength) !== 'none' };
  });
}
