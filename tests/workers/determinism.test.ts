import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT_FILES, jsonlOf, makeCorpus, run } from '../pipeline-helpers.js';

/**
 * Output byte-identical for any worker count: documents finish out of order
 * in the threads, the runner writes them in input order.
 */
describe('worker threads', () => {
  const corpus = makeCorpus(300);
  writeFileSync(join(corpus, 'part-3', 'articles.jsonl'), jsonlOf({ bad: true }));

  it('writes the same bytes with 0, 1 and 2 workers, and a tiny reorder window', async () => {
    const base = await run(corpus, { workers: 0, cache: false });
    expect(base.summary.documents).toBe(300 + 5 + 2);
    expect(base.summary.mentions).toBeGreaterThan(1000);
    for (const opts of [{ workers: 1 }, { workers: 2 }, { workers: 2, concurrency: 1 }, { workers: 2, concurrency: 3 }]) {
      const other = await run(corpus, { ...opts, cache: false });
      expect(other.summary.workers).toBe(opts.workers);
      for (const f of OUTPUT_FILES) expect(other.read(f), `${f} with ${JSON.stringify(opts)}`).toBe(base.read(f));
    }
  }, 180_000);

  it('stops with the gazetteer problems when a worker cannot load them', async () => {
    const bad = makeCorpus(2);
    const gaz = makeCorpus(0);
    writeFileSync(join(gaz, 'broken.tsv'), 'id\tname\nx\tNoType\n');
    await expect(run(bad, { workers: 2, gazetteers: gaz, cache: false })).rejects.toThrow(/broken\.tsv:1: header lacks required column/);
  }, 60_000);
});
