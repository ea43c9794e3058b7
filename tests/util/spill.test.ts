import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Int32List, RowFile, SortedRuns, TABLE_MEMORY_MIN_BYTES, TABLE_MEMORY_SHARE, rowsInMemory, sortedNumbers, type LineCodec } from '../../src/util/spill.js';
import { spillLimits } from '../../src/export/spill-limits.js';

type Row = { key: string; value: string };
const codec: LineCodec<Row> = { encode: (r) => JSON.stringify(r), decode: (l) => JSON.parse(l) as Row };
const byKey = (a: Row, b: Row) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const tmp = () => mkdtempSync(join(tmpdir(), 'ne-spill-'));

// values with what a line must survive: line breaks, quotes, backslashes, non-ASCII, astral characters
const value = fc.oneof(fc.string(), fc.constantFrom('a\nb', 'x\r\ny', '"quoted" \\ back', 'Əliyev – İlham', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀', ''));

describe('SortedRuns: runs sorted by key, merged back in key order', () => {
  it('merge gives every key once, in order, with its rows in the order the runs were written', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string({ maxLength: 4 }), value), { maxLength: 6 }), (runs) => {
        const dir = tmp();
        const sr = new SortedRuns<Row>(join(dir, 't'), codec);
        for (const run of runs) sr.write(Object.entries(run).map(([key, v]) => ({ key, value: v })).sort(byKey));
        expect(sr.count).toBe(runs.length);
        const got = [...sr.merge(byKey)];
        // the reference: every key of every run, sorted, with the values of the runs that have it
        const keys = [...new Set(runs.flatMap((r) => Object.keys(r)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(got).toEqual(keys.map((key) => runs.filter((r) => Object.hasOwn(r, key)).map((r) => ({ key, value: r[key] }))));
        sr.remove();
        expect(readdirSync(dir)).toEqual([]);
        rmSync(dir, { recursive: true });
      }),
      { numRuns: 200 },
    );
  });

  it('reads back a line longer than its 1 MB buffer, and many lines across buffer boundaries', () => {
    const dir = tmp();
    const sr = new SortedRuns<Row>(join(dir, 't'), codec);
    const long = 'é'.repeat(700_000); // 1.4 MB of UTF-8
    const rows = [{ key: 'a', value: 'short' }, { key: 'b', value: long }, ...Array.from({ length: 30_000 }, (_, i) => ({ key: `c${String(i).padStart(5, '0')}`, value: `ünïcödé ${i}`.repeat(3) }))];
    sr.write(rows);
    expect([...sr.merge(byKey)].map((g) => g[0])).toEqual(rows);
    sr.remove();
  });

  it('merges hundreds of runs (each read through a smaller buffer), lines longer than that buffer included', () => {
    const dir = tmp();
    const sr = new SortedRuns<Row>(join(dir, 't'), codec);
    // 300 runs: 16 MB of read buffers shared out is 64 kB each; run r holds every key k with k % (r % 7 + 1) === 0
    const runs = Array.from({ length: 300 }, (_, r) =>
      Array.from({ length: 120 }, (_, k) => k)
        .filter((k) => k % ((r % 7) + 1) === 0)
        .map((k) => ({ key: `k${String(k).padStart(3, '0')}`, value: k === 7 * (r % 17) && r % 50 === 0 ? 'ü'.repeat(150_000) : `${r}/${k}` })),
    );
    for (const run of runs) sr.write(run);
    const got = [...sr.merge(byKey)];
    const keys = [...new Set(runs.flatMap((run) => run.map((row) => row.key)))].sort();
    expect(got).toEqual(keys.map((key) => runs.flatMap((run) => run.filter((row) => row.key === key))));
    expect(got.some((g) => g.some((row) => row.value.length === 150_000))).toBe(true);
    sr.remove();
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});

describe('spill files that cannot be written', () => {
  it('name the file and what it was for', () => {
    const base = join(tmp(), 'no-such-folder', 'entities');
    expect(() => new SortedRuns<Row>(base, codec).write([{ key: 'a', value: 'b' }])).toThrow(/^cannot create .*no-such-folder\/entities\.run-0\.tmp \(a table spilled to disk\): ENOENT/);
    expect(() => new RowFile<Row>(`${base}.merged.tmp`, codec)).toThrow(/^cannot create .*entities\.merged\.tmp \(a table spilled to disk\): ENOENT/);
  });
});

describe('RowFile: rows appended, read back by number in any order', () => {
  it('gives back each row, for any order and any ranges', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 60 }).chain((vs) => fc.tuple(fc.constant(vs), fc.shuffledSubarray([...vs.keys()], { minLength: vs.length }), fc.integer({ min: 1, max: 7 }))),
        ([values, order, step]) => {
          const dir = tmp();
          const f = new RowFile<Row>(join(dir, 'rows.tmp'), codec);
          values.forEach((v, i) => expect(f.append({ key: String(i), value: v })).toBe(i));
          expect(f.size).toBe(values.length);
          const got: Row[] = [];
          for (let k = 0; k < order.length; k += step) got.push(...f.read(order, k, Math.min(order.length, k + step)));
          expect(got).toEqual(order.map((i) => ({ key: String(i), value: values[i] })));
          f.remove();
          f.remove();
          expect(existsSync(join(dir, 'rows.tmp'))).toBe(false);
          expect(() => f.read(order, 0, 1)).toThrow(/removed/);
          rmSync(dir, { recursive: true });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('holds more rows than its first index arrays and rows above 4 kB', () => {
    const f = new RowFile<Row>(join(tmp(), 'rows.tmp'), codec);
    const rows = Array.from({ length: 5000 }, (_, i) => ({ key: String(i), value: i % 1000 === 0 ? 'x'.repeat(10_000) : `v${i}` }));
    for (const r of rows) f.append(r);
    const order = Int32Array.from(rows.keys()).reverse();
    expect(f.read(order, 0, order.length)).toEqual([...rows].reverse());
    f.remove();
  });

  it('reads stretches of consecutive rows together, across its 1 MB reads and past a row above 1 MB', () => {
    const f = new RowFile<Row>(join(tmp(), 'rows.tmp'), codec);
    const rows = Array.from({ length: 1200 }, (_, i) => ({ key: String(i), value: i === 600 ? 'ü'.repeat(600_000) : `${i} `.repeat(1000) }));
    for (const r of rows) f.append(r);
    // in order (one stretch), then two stretches with a jump between
    expect(f.read(Int32Array.from(rows.keys()), 0, rows.length)).toEqual(rows);
    const jump = [...Array.from({ length: 300 }, (_, i) => 800 + i), ...Array.from({ length: 700 }, (_, i) => i)];
    expect(f.read(jump, 0, jump.length)).toEqual(jump.map((i) => rows[i]));
    // forward with gaps: every third row (small gaps, read over), then the others (some gaps above 16 kB)
    const gaps = [...rows.keys()].sort((a, b) => (a % 3) - (b % 3) || a - b);
    expect(f.read(gaps, 0, gaps.length)).toEqual(gaps.map((i) => rows[i]));
    f.remove();
  });
});

describe('Int32List and sortedNumbers', () => {
  it('keeps what is pushed, past its first array, and sorts row numbers by a comparison', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 3000 }), (xs) => {
        const l = new Int32List();
        for (const x of xs) l.push(x);
        expect(l.length).toBe(xs.length);
        expect([...l.values]).toEqual(xs);
        const v = l.values;
        // by value descending, ties by number: what the tables' orders look like
        const order = sortedNumbers(xs.length, (a, b) => v[b] - v[a] || a - b);
        expect([...order]).toEqual([...xs.keys()].sort((a, b) => xs[b] - xs[a] || a - b));
      }),
      { numRuns: 50 },
    );
  });
});

describe('rowsInMemory: how many rows a table holds before it spills', () => {
  it('is the most rows whose cost fits in the table\'s share of the budget (or the least share), and grows with the budget', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 10_000 }), (budgetMb, bytes) => {
        const rows = rowsInMemory(budgetMb, bytes);
        const room = Math.max(budgetMb * 2 ** 20 * TABLE_MEMORY_SHARE, TABLE_MEMORY_MIN_BYTES);
        expect(rows * bytes).toBeLessThanOrEqual(room);
        expect((rows + 1) * bytes).toBeGreaterThan(room);
        expect(rowsInMemory(budgetMb + 100, bytes)).toBeGreaterThanOrEqual(rows);
      }),
    );
  });

  it('gives each table a limit from the budget: a larger budget, larger limits; none below the least share', () => {
    const small = spillLimits(0);
    const usual = spillLimits(900);
    const large = spillLimits(4000);
    for (const k of ['entities', 'pairs', 'candidates'] as const) {
      expect(small[k]).toBeGreaterThan(0);
      expect(usual[k]).toBeGreaterThan(small[k]);
      expect(large[k]).toBeGreaterThan(usual[k]);
    }
    // a pair costs less memory than an entity, so more of them are held
    expect(usual.pairs).toBeGreaterThan(usual.entities);
  });
});
