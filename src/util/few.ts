/**
 * A small set of strings, as aggregated tables keep them per entity (the
 * forms an entity is written in, the sources or rules that found it): one
 * value as the string itself, a `Set` from the second distinct value on.
 * Most entities of a news corpus are written one way and found one way (on
 * the 20 MB bench corpus, 85% of the 23,373 entities, each), and an empty
 * `Set` alone takes ~150 bytes of heap (Node 20): with hundreds of thousands
 * of entities that is what the batch's memory grows by (docs/BENCHMARKS.md).
 */
export type Few = string | Set<string>;

const itself = (value: string) => value;

/**
 * `few` with `value` added (a new Set on the second distinct value, else the same); `keep` makes the
 * string kept of a value not already in (`detach`, for a value that may be a slice of a long text)
 */
export function addToFew(few: Few | undefined, value: string, keep: (value: string) => string = itself): Few {
  if (few === undefined) return keep(value);
  if (typeof few !== 'string') return few.has(value) ? few : few.add(keep(value));
  return few === value ? few : new Set([few, keep(value)]);
}

/** the values in code-unit order */
export function sortedFew(few: Few | undefined): string[] {
  if (few === undefined) return [];
  return typeof few === 'string' ? [few] : [...few].sort();
}
