/**
 * Union-find over the items `0 … size - 1`. A set is named by its smallest item, so the
 * result of a series of unions does not depend on their order.
 */
export declare class DisjointSets {
    private readonly parent;
    constructor(size: number);
    /** The smallest item of the set holding `item`. */
    find(item: number): number;
    /** Joins the sets of `a` and `b`. */
    union(a: number, b: number): void;
}
