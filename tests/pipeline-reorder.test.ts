import { describe, expect, it } from 'vitest';
import { IN_FLIGHT_BYTES_PER_WORKER, emptySummary, runItems, type DocumentResult, type Sink } from '../src/pipeline.js';
import type { Executor, Task } from '../src/workers/pool.js';
import type { InputItem } from '../src/input/sources.js';
import { ShownSelection } from '../src/export/report/index.js';

const result = (id: string): DocumentResult =>
  ({ id, path: 'feed.jsonl', failed: false, bytes: 10, sentences: 1, mentions: [], diagnostics: [], document: { id } as unknown as DocumentResult['document'], entities: [], text: null }) as DocumentResult;

async function* records(n: number, bytes: (i: number) => number = () => 10): AsyncGenerator<InputItem> {
  for (let i = 0; i < n; i++) yield { kind: 'record', path: 'feed.jsonl', line: i + 1, raw: '', record: { id: `d${i}`, text: '', title: null, date: null, url: null, source: null }, bytes: bytes(i) };
}

/** Lets every pending promise and immediate run (no timing involved). */
const settle = async () => {
  for (let i = 0; i < 50; i++) await new Promise((ok) => setImmediate(ok));
};

/**
 * An executor whose first document is slow (it finishes only when the test
 * says so) and the others instant: what a huge article among small ones does.
 */
function slowFirst() {
  let release!: () => void;
  const calls: string[] = [];
  const exec: Executor = {
    loadSeconds: 0,
    run(task: Task) {
      const id = task.kind === 'record' ? task.record.id : task.path;
      calls.push(id);
      if (calls.length === 1) return new Promise((ok) => (release = () => ok(result(id))));
      return Promise.resolve(result(id));
    },
    close: async () => undefined,
  };
  return { exec, calls, release: () => release() };
}

describe('the reorder buffer', () => {
  it('holds at most `concurrency` documents behind a slow one, then writes all in input order', async () => {
    const { exec, calls, release } = slowFirst();
    const written: string[] = [];
    const sink: Sink = { write: (r) => void written.push(r.id), finish: async () => undefined, abort: async () => undefined };
    const done = runItems(records(1000), [sink], exec, undefined, { concurrency: 8 }, {});
    await settle();
    // 8 dispatched (the slow one and 7 finished ones waiting behind it), nothing written, nothing more read
    expect(calls).toHaveLength(8);
    expect(written).toEqual([]);
    release();
    const summary = await done;
    expect(summary.documents).toBe(1000);
    expect(written).toEqual(Array.from({ length: 1000 }, (_, i) => `d${i}`));
  });

  it('holds back large documents by their bytes too (IN_FLIGHT_BYTES_PER_WORKER a worker), one at least, however large', async () => {
    const MB = 1024 * 1024;
    // a 100-byte article, then the megabyte parts of a long text file, one of them larger than the limit alone
    const sizes = [100, MB, MB, MB, 3 * IN_FLIGHT_BYTES_PER_WORKER, MB, MB];
    const inFlight = async (workers: number, first: number) => {
      const { exec, calls, release } = slowFirst();
      const sink: Sink = { write: () => undefined, finish: async () => undefined, abort: async () => undefined };
      const summary = { ...emptySummary(), workers };
      const done = runItems(records(sizes.length - first, (i) => sizes[first + i]), [sink], exec, undefined, { concurrency: 48 }, {}, summary);
      await settle();
      const held = calls.length;
      release();
      await done;
      expect(calls).toHaveLength(sizes.length - first);
      return held;
    };
    // as many as the limit holds, the slow first document included (the main thread's 2 MiB: the article and one
    // part, the second would pass it by the article's 100 bytes; two workers' 4 MiB: the article and three parts),
    // never the one over the limit behind them
    expect(IN_FLIGHT_BYTES_PER_WORKER).toBe(2 * MB);
    expect(await inFlight(0, 0)).toBe(2);
    expect(await inFlight(2, 0)).toBe(4);
    // the one over the limit alone, when it comes first
    expect(await inFlight(0, 4)).toBe(1);
  });

  it('stops reading and reports the error when a sink fails', async () => {
    const calls: string[] = [];
    const exec: Executor = { loadSeconds: 0, run: async (t) => (calls.push(t.path), result(`x${calls.length}`)), close: async () => undefined };
    const sink: Sink = {
      write: (r) => {
        if (r.id === 'x5') throw new Error('disk full');
      },
      finish: async () => undefined,
      abort: async () => undefined,
    };
    await expect(runItems(records(10_000), [sink], exec, undefined, { concurrency: 4 }, {})).rejects.toThrow('disk full');
    expect(calls.length).toBeLessThan(20);
  });
});

describe('what the runner asks the workers to send', () => {
  it('the text and full mention rows only of the documents the report may show (ShownSelection), in any arrival order', async () => {
    const shown: [string, boolean | undefined][] = [];
    const exec: Executor = { loadSeconds: 0, run: async (t) => (shown.push([t.kind === 'record' ? t.record.id : t.path, t.shown]), result(t.path)), close: async () => undefined };
    const sink: Sink = { write: () => undefined, finish: async () => undefined, abort: async () => undefined };
    async function* items(): AsyncGenerator<InputItem> {
      for (const id of ['d3', 'd4', 'd5', 'd1', 'd6', 'd0']) yield { kind: 'record', path: 'feed.jsonl', line: 1, raw: '', record: { id, text: '', title: null, date: null, url: null, source: null }, bytes: 10 };
    }
    await runItems(items(), [sink], exec, undefined, { concurrency: 8, shown: new ShownSelection(2) }, {});
    expect(shown).toEqual([
      ['d3', true],
      ['d4', true],
      ['d5', false],
      ['d1', true],
      ['d6', false],
      ['d0', true],
    ]);
    // with no selection (--stdin-jsonl), everything
    shown.length = 0;
    await runItems(items(), [sink], exec, undefined, { concurrency: 8 }, {});
    expect(shown.every(([, s]) => s === undefined)).toBe(true);
  });
});
