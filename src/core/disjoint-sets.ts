/**
 * Union-find over the items `0 … size - 1`. A set is named by its smallest item, so the
 * result of a series of unions does not depend on their order.
 */
export class DisjointSets {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  /** The smallest item of the set holding `item`. */
  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression: later finds take one step.
    for (let at = item; this.parent[at] !== root; ) {
      const next = this.parent[at]!;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }

  /** Joins the sets of `a` and `b`. */
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA < rootB) this.parent[rootB] = rootA;
    else if (rootB < rootA) this.parent[rootA] = rootB;
  }
}
