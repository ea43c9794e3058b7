/**
 * `RunHooks.signal`: a batch stopped part-way (Ctrl-C in the CLI) rejects with an `InterruptedError` that counts
 * the documents written, moves no table into place and leaves no temporary file; the processed documents are in
 * the cache for the next run.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { normalizeConfig } from '../src/config.js';
import { InterruptedError, runBatch } from '../src/pipeline.js';
import { MINI_GAZETTEERS, makeCorpus, tempDir } from './pipeline-helpers.js';

describe('runBatch with an aborted signal', () => {
  const corpus = makeCorpus(60);

  it.each([[0], [1]])('stops after the documents in flight (%i workers): InterruptedError with the count written, no table, no temporary file', async (workers) => {
    const output = tempDir('interrupt');
    const config = normalizeConfig({ input: corpus, output, gazetteers: MINI_GAZETTEERS, workers, cache: false, quiet: true, concurrency: 4 });
    const stop = new AbortController();
    let written = 0;
    const run = runBatch(config, {
      signal: stop.signal,
      onDocument: (p) => {
        written = p.documents;
        // asynchronously, as a signal comes: the writes of a later document may be under way (they finish)
        if (p.documents === 3) setImmediate(() => stop.abort());
      },
    });
    const e = await run.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(InterruptedError);
    // the documents written until the writes stopped (3, or the few in flight after it), never the 60
    expect((e as InterruptedError).documents).toBe(written);
    expect(written).toBeGreaterThanOrEqual(3);
    expect(written).toBeLessThan(60);
    expect(readdirSync(output)).toEqual([]);
  }, 60_000);

  it('with the cache, the next run takes the documents processed from it', async () => {
    const output = tempDir('interrupt-cache');
    const config = normalizeConfig({ input: corpus, output, gazetteers: MINI_GAZETTEERS, workers: 0, quiet: true, concurrency: 4 });
    const stop = new AbortController();
    const e = await runBatch(config, { signal: stop.signal, onDocument: (p) => void (p.documents === 10 && stop.abort()) }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(InterruptedError);
    const again = await runBatch(config);
    expect(again.documents).toBe(60);
    expect(again.cached).toBeGreaterThanOrEqual((e as InterruptedError).documents);
    expect(again.cached).toBeLessThan(60);
  }, 60_000);

  it('a signal aborted before the run starts no document', async () => {
    const output = tempDir('interrupt-early');
    const config = normalizeConfig({ input: corpus, output, gazetteers: MINI_GAZETTEERS, workers: 0, cache: false, quiet: true });
    const e = await runBatch(config, { signal: AbortSignal.abort() }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(InterruptedError);
    expect((e as InterruptedError).documents).toBe(0);
    expect(readdirSync(output)).toEqual([]);
  }, 60_000);
});
