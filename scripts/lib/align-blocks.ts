import stringSimilarity from 'string-similarity';

/**
 * Which output block each input block became.
 * `outputOf[i]` is the index of the output block that input block `i` became, or -1 when it is
 * gone. An input block is unchanged when `output[outputOf[i]] === input[i]`.
 */
export interface BlockAlignment {
  readonly outputOf: readonly number[];
  /** Output blocks that match no input block (text the remover made up); indices into output. */
  readonly unmatchedOutput: readonly number[];
}

/**
 * Lowest resemblance (0–1, see `resemblance`) for a changed output block to count as an edited
 * form of an input block; below it, the output block is unmatched.
 */
export const MIN_EDITED_RESEMBLANCE = 0.5;

/**
 * Aligns the blocks of a remover's output to the blocks of its input.
 *
 * The model: the output is the input with some blocks removed and some edited in place
 * (trimmed), order kept. Identical blocks are anchored first by a longest common subsequence
 * (earliest input first, so of two identical blocks the first counts as the one kept, as the
 * corpus policy keeps first occurrences). A plain greedy forward search is not enough: an
 * edited block that happens to equal a later input block would pull the alignment past blocks
 * that are still there. Then, between consecutive anchors, each changed output block is paired
 * in order with the input block it most resembles.
 *
 * Cost: O(n·m) time and memory for n input and m output blocks (pages have a few hundred).
 * @param input the input blocks
 * @param output the output blocks
 */
export function alignBlocks(input: readonly string[], output: readonly string[]): BlockAlignment {
  const outputOf = new Array<number>(input.length).fill(-1);
  const unmatchedOutput: number[] = [];
  const anchors = anchorIdenticalBlocks(input, output);
  let inputStart = 0;
  let outputStart = 0;
  for (const [inputIndex, outputIndex] of [...anchors, [input.length, output.length] as const]) {
    const gap = pairEditedBlocks(input, output, inputStart, inputIndex, outputStart, outputIndex);
    for (const [i, o] of gap.pairs) outputOf[i] = o;
    unmatchedOutput.push(...gap.unmatched);
    if (inputIndex < input.length) outputOf[inputIndex] = outputIndex;
    inputStart = inputIndex + 1;
    outputStart = outputIndex + 1;
  }
  return { outputOf, unmatchedOutput };
}

/**
 * Longest common subsequence of identical blocks, as `[inputIndex, outputIndex]` pairs in order.
 * Ties go to the earliest input block.
 */
export function anchorIdenticalBlocks(
  input: readonly string[],
  output: readonly string[],
): Array<readonly [number, number]> {
  const n = input.length;
  const m = output.length;
  const width = m + 1;
  // suffixLength[i * width + j] = LCS length of input[i..] and output[j..]
  const suffixLength = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      suffixLength[i * width + j] =
        input[i] === output[j]
          ? suffixLength[(i + 1) * width + j + 1]! + 1
          : Math.max(suffixLength[(i + 1) * width + j]!, suffixLength[i * width + j + 1]!);
    }
  }
  const anchors: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (input[i] === output[j]) {
      anchors.push([i, j]);
      i++;
      j++;
    } else if (suffixLength[(i + 1) * width + j]! >= suffixLength[i * width + j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return anchors;
}

/**
 * Pairs the changed output blocks of one gap with input blocks of the same gap, in order,
 * maximising total resemblance (a small order-keeping assignment by dynamic programming).
 */
function pairEditedBlocks(
  input: readonly string[],
  output: readonly string[],
  inputStart: number,
  inputEnd: number,
  outputStart: number,
  outputEnd: number,
): { pairs: Array<readonly [number, number]>; unmatched: number[] } {
  const outputIndices = range(outputStart, outputEnd);
  if (outputIndices.length === 0) return { pairs: [], unmatched: [] };
  const inputIndices = range(inputStart, inputEnd);
  const score = (a: number, b: number): number => {
    const value = resemblance(input[inputIndices[a]!]!, output[outputIndices[b]!]!);
    return value >= MIN_EDITED_RESEMBLANCE ? value : -1;
  };
  const pairs = orderedAssignment(inputIndices.length, outputIndices.length, score).map(
    ([a, b]) => [inputIndices[a]!, outputIndices[b]!] as const,
  );
  const paired = new Set(pairs.map(([, o]) => o));
  return { pairs, unmatched: outputIndices.filter((o) => !paired.has(o)) };
}

/**
 * Order-keeping assignment of rows to columns maximising the sum of positive scores
 * (a weighted LCS). Scores ≤ 0 are never paired.
 * @returns `[row, column]` pairs, increasing in both
 */
export function orderedAssignment(
  rows: number,
  columns: number,
  score: (row: number, column: number) => number,
): Array<readonly [number, number]> {
  const width = columns + 1;
  const best = new Float64Array((rows + 1) * width);
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = columns - 1; c >= 0; c--) {
      const pairValue = score(r, c);
      const skip = Math.max(best[(r + 1) * width + c]!, best[r * width + c + 1]!);
      best[r * width + c] = pairValue > 0 ? Math.max(skip, pairValue + best[(r + 1) * width + c + 1]!) : skip;
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  let r = 0;
  let c = 0;
  while (r < rows && c < columns) {
    const pairValue = score(r, c);
    if (pairValue > 0 && best[r * width + c] === pairValue + best[(r + 1) * width + c + 1]!) {
      pairs.push([r, c]);
      r++;
      c++;
    } else if (best[r * width + c] === best[(r + 1) * width + c]) {
      r++;
    } else {
      c++;
    }
  }
  return pairs;
}

/**
 * How much an edited output block looks like an input block, 0–1: the larger of their Dice
 * similarity and the share of the output's words found in the input (a trimmed block keeps
 * only input words, but may lose so many that Dice alone drops low).
 */
export function resemblance(inputBlock: string, outputBlock: string): number {
  return Math.max(stringSimilarity.compareTwoStrings(inputBlock, outputBlock), wordContainment(outputBlock, inputBlock));
}

/** Share (0–1) of the words of `part` that occur in `whole`. */
function wordContainment(part: string, whole: string): number {
  const partWords = part.split(/\s+/).filter(Boolean);
  if (partWords.length === 0) return 0;
  const wholeWords = new Set(whole.split(/\s+/));
  return partWords.filter((word) => wholeWords.has(word)).length / partWords.length;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
}
