/**
 * Counts the blocks met in posting lists, in a typed array rather than a map: a folder's
 * boilerplate makes millions of counts.
 */
export declare class PostingCounter {
    /** Per block, how many lists read so far hold it (zero between queries). */
    private readonly shared;
    /** The blocks counted so far, in the order first met. */
    private readonly touched;
    private size;
    /** @param blocks how many blocks there are */
    constructor(blocks: number);
    /**
     * Counts the blocks of one posting list (`list` from `start` to `end`, increasing, each block
     * once). Of a long list only the first blocks and those nearest `near` are read, so a line
     * repeated thousands of times costs no more than one repeated a few times; the two reads do
     * not overlap, so a block is counted once per list.
     */
    read(list: Int32Array, start: number, end: number, near: number): void;
    /**
     * As `read`, but counts only the blocks met since the last visit: for a caller that knows no
     * block first met now can reach the count it needs.
     */
    readMet(list: Int32Array, start: number, end: number, near: number): void;
    /** Whether `read` reads all of a list of this length. */
    static readsWhole(length: number): boolean;
    private readCapped;
    private count;
    /**
     * Visits every block counted since the last visit, with its count, in the order first met,
     * and starts the counts over. `visit` must not read more lists.
     */
    visit(visit: (block: number, shared: number) => void): void;
}
