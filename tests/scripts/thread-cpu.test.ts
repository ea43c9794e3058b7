import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
// @ts-expect-error: a plain JavaScript module of the benchmark, without type declarations
import { threadCpu, threadSplit } from '../../scripts/thread-cpu.mjs';

type Split = { main: number; workers: number; other: number } | undefined;
const split = threadSplit as (seen: Map<string, number>, before: Set<string>, mainTid: string, workers: number, total: number) => Split;

describe('threadSplit (the benchmark CPU split by thread)', () => {
  const seen = new Map([
    ['100', 6.5], // the main thread
    ['101', 2.0], // V8 platform threads, there before the run
    ['102', 1.5],
    ['110', 11.0], // worker threads, started during the run
    ['111', 12.0],
    ['112', 0.1], // a libuv pool thread, also started during the run
  ]);
  const before = new Set(['100', '101', '102']);

  it('takes the busiest threads that appeared during the run as the workers, the rest of the total as other', () => {
    expect(split(seen, before, '100', 2, 34)).toEqual({ main: 6.5, workers: 23, other: 4.5 });
  });

  it('counts only as many workers as the run had', () => {
    expect(split(seen, before, '100', 1, 34)).toEqual({ main: 6.5, workers: 12, other: 15.5 });
    expect(split(seen, before, '100', 0, 34)).toEqual({ main: 6.5, workers: 0, other: 27.5 });
  });

  it('is undefined when the main thread was never seen (no /proc)', () => {
    expect(split(new Map(), new Set(), '100', 2, 34)).toBeUndefined();
  });
});

describe.skipIf(!existsSync('/proc/self/task'))('threadCpu', () => {
  // (whichever thread runs this test: the sum over the threads grows with the busy loop)
  it("reads this process's threads, the main thread among them, and their CPU time grows with work", () => {
    const read = threadCpu as () => Map<string, number>;
    const sum = (m: Map<string, number>) => [...m.values()].reduce((s, c) => s + c, 0);
    const a = read();
    expect(a.has(String(process.pid))).toBe(true);
    const t = performance.now();
    let x = 0;
    while (performance.now() - t < 200) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(sum(read())).toBeGreaterThan(sum(a));
  });
});
