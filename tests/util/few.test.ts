import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addToFew, sortedFew, type Few } from '../../src/util/few.js';

describe('Few: a small set of strings', () => {
  it('holds the distinct values added, sorted, like a Set', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'B', 'ä', 'a b', '')), (values) => {
        let few: Few | undefined;
        for (const v of values) few = addToFew(few, v);
        expect(sortedFew(few)).toEqual([...new Set(values)].sort());
      }),
    );
  });

  it('is the string itself while it has one value', () => {
    const one = addToFew(addToFew(undefined, 'Baku'), 'Baku');
    expect(one).toBe('Baku');
    expect(addToFew(one, 'BAKU')).toBeInstanceOf(Set);
    expect(sortedFew(undefined)).toEqual([]);
  });

  it('calls `keep` only for the values it adds: once per distinct value', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', '')), (values) => {
        const kept: string[] = [];
        let few: Few | undefined;
        // (`keep` gives an equal string: a copy, as `detach` does)
        for (const v of values) few = addToFew(few, v, (x) => (kept.push(x), `${x} `.slice(0, -1)));
        expect(kept).toEqual([...new Set(values)]);
        expect(sortedFew(few)).toEqual([...new Set(values)].sort());
      }),
    );
  });
});
