import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_FILES, makeCorpus, run, tempDir } from '../pipeline-helpers.js';
import { cli } from '../faults/helpers.js';

/**
 * A worker thread that dies takes only its current document down. The faults
 * are injected with NEWS_ENTITIES_FAULT (read by src/workers/worker.ts): `oom`
 * really exhausts the heap of a worker that has a heap limit, `crash` exits
 * the thread. Worker threads copy the environment when they start, so the
 * variable is set before each run.
 */
describe('worker threads that die', () => {
  const corpus = makeCorpus(14);
  afterEach(() => {
    delete process.env.NEWS_ENTITIES_FAULT;
  });

  // with the cache on, the runner reads each file itself and hands its bytes over to the worker (transferred, not copied):
  // a document redone or requeued after a crash must not arrive empty
  it.each([false, true])('a document that exhausts the worker heap is redone without the limit: same output as the main thread (cache %s)', async (cache) => {
    const base = await run(corpus, { workers: 0, cache: false });
    process.env.NEWS_ENTITIES_FAULT = 'oom:doc-0009';
    const limited = await run(corpus, { workers: 2, workerHeap: 128, cache });
    expect(limited.summary.failed).toBe(0);
    expect(limited.summary.documents).toBe(14);
    for (const f of OUTPUT_FILES) expect(limited.read(f), f).toBe(base.read(f));
  }, 120_000);

  it.each([false, true])('a document whose worker crashes fails alone, with pipeline/worker-crashed; the others are written as usual (cache %s)', async (cache) => {
    const base = await run(corpus, { workers: 0, cache: false });
    process.env.NEWS_ENTITIES_FAULT = 'crash:doc-0004';
    const crashed = await run(corpus, { workers: 2, cache });
    expect(crashed.summary.documents).toBe(14);
    expect(crashed.summary.failed).toBe(1);
    const diagnostics = JSON.parse(crashed.read('diagnostics.json')) as { document: string; code: string; severity: string }[];
    expect(diagnostics.filter((d) => d.severity === 'fail').map((d) => [d.document, d.code])).toEqual([['part-4/doc-0004', 'pipeline/worker-crashed']]);
    // every other document's mentions are exactly those of the main-thread run
    type Row = { document: string };
    const others = (json: string) => (JSON.parse(json) as Row[]).filter((m) => m.document !== 'part-4/doc-0004');
    expect(others(crashed.read('mentions.json'))).toEqual(others(base.read('mentions.json')));
    expect((JSON.parse(base.read('mentions.json')) as Row[]).some((m) => m.document === 'part-4/doc-0004')).toBe(true);
  }, 120_000);

  it('the smallest --worker-heap allowed (96 MB) runs: the gazetteers are shared, outside the workers\' heaps; below it, a usage error', async () => {
    const out = tempDir('out');
    const base = tempDir('base');
    const corpus = makeCorpus(2);
    const r = await cli(['-i', corpus, '-o', out, '-w', '1', '--worker-heap', '96', '--no-cache', '-q']);
    expect([r.code, r.err]).toEqual([0, '']);
    expect((await cli(['-i', corpus, '-o', base, '-w', '0', '--no-cache', '-q'])).code).toBe(0);
    expect(readFileSync(join(out, 'mentions.csv'), 'utf8')).toBe(readFileSync(join(base, 'mentions.csv'), 'utf8'));
    // below 96 MB V8 would abort the whole process: refused as a usage error
    expect((await cli(['-i', makeCorpus(1), '-o', out, '--worker-heap', '40'])).err).toMatch(/--worker-heap expects 0 \(no limit\) or at least 96/);
  }, 60_000);
});
