import { alignBlocks, anchorIdenticalBlocks, orderedAssignment, resemblance } from '../../scripts/lib/align-blocks.js';
import { splitBlocks } from '../../scripts/lib/split-blocks.js';

describe('splitBlocks', () => {
  it('splits on blank lines after removing the final newline', () => {
    expect(splitBlocks('Title\n\nFirst para.\n\nSecond para.\n')).toEqual(['Title', 'First para.', 'Second para.']);
  });

  it('drops the empty items left by extra blank lines', () => {
    expect(splitBlocks('A\n\n\n\nB')).toEqual(['A', 'B']);
    expect(splitBlocks('')).toEqual([]);
  });
});

describe('alignBlocks', () => {
  it('marks removed blocks as gone and keeps the others in order', () => {
    const input = ['Title', 'Lede repeated.', 'Body one.', 'Lede repeated.', 'Body two.'];
    const output = ['Title', 'Lede repeated.', 'Body one.', 'Body two.'];
    expect(alignBlocks(input, output).outputOf).toEqual([0, 1, 2, -1, 3]);
  });

  it('credits the first of two identical blocks as the one kept', () => {
    expect(alignBlocks(['Same.', 'Same.'], ['Same.']).outputOf).toEqual([0, -1]);
  });

  it('pairs a trimmed block with its input block in place', () => {
    const input = ['Title', 'Kept sentence here. Cut sentence goes away.', 'Other block.'];
    const output = ['Title', 'Kept sentence here.', 'Other block.'];
    const alignment = alignBlocks(input, output);
    expect(alignment.outputOf).toEqual([0, 1, 2]);
    expect(alignment.unmatchedOutput).toEqual([]);
  });

  it('is not pulled forward by a trimmed block that equals a later input block', () => {
    // Greedy forward search would match the trimmed "Tail." to input 3 and lose "Middle.".
    const input = ['Head. Tail.', 'Middle.', 'End.', 'Tail.'];
    const output = ['Tail.', 'Middle.', 'End.'];
    expect(alignBlocks(input, output).outputOf).toEqual([0, 1, 2, -1]);
  });

  it('leaves made-up output blocks unmatched', () => {
    const alignment = alignBlocks(['Alpha block.', 'Beta block.'], ['Alpha block.', 'zzzz qqqq', 'Beta block.']);
    expect(alignment.outputOf).toEqual([0, 2]);
    expect(alignment.unmatchedOutput).toEqual([1]);
  });

  it('pairs each edited block with the input it resembles most within a gap', () => {
    const input = ['A', 'The cat sat on the mat. It purred.', 'Dogs bark at night. Loudly.', 'Z'];
    const output = ['A', 'Dogs bark at night.', 'Z'];
    expect(alignBlocks(input, output).outputOf).toEqual([0, -1, 1, 2]);
  });
});

describe('anchorIdenticalBlocks', () => {
  it('returns the longest common subsequence, earliest input first', () => {
    expect(anchorIdenticalBlocks(['a', 'b', 'a', 'c'], ['a', 'c'])).toEqual([
      [0, 0],
      [3, 1],
    ]);
  });
});

describe('orderedAssignment', () => {
  it('maximises the total score while keeping order', () => {
    const scores = [
      [0.9, 0.8],
      [0, 0.95],
    ];
    expect(orderedAssignment(2, 2, (r, c) => scores[r]![c]!)).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('never pairs non-positive scores', () => {
    expect(orderedAssignment(2, 1, () => -1)).toEqual([]);
  });
});

describe('resemblance', () => {
  it('is 1 for a block cut down to some of its words', () => {
    expect(resemblance('One two three. Four five six.', 'One two three.')).toBe(1);
  });

  it('is low for unrelated text', () => {
    expect(resemblance('The cat sat on the mat.', 'Quantum flux capacitor')).toBeLessThan(0.5);
  });
});
