type TypedArray = Int32Array | Uint32Array | Uint16Array | Float64Array;

/**
 * A typed array that grows as a table gets rows: one column of a table kept
 * as typed arrays rather than an object per row (the co-occurrence table,
 * the cache's index). `data` may be replaced by `grow`, so read it after.
 */
export class Column<T extends TypedArray> {
  constructor(public data: T) {}

  /** Makes room for at least `n` values (doubling, so growing one row at a time stays linear). */
  grow(n: number): void {
    if (n <= this.data.length) return;
    const next = new (this.data.constructor as new (length: number) => T)(Math.max(n, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}
