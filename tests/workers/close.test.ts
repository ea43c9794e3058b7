import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { startExecutor } from '../../src/workers/pool.js';

const GAZETTEERS = fileURLToPath(new URL('../../gazetteers', import.meta.url));

/**
 * `runBatch` stops the executor as soon as the last document is in, so the
 * tables are written without the workers' heaps, and again in its `finally`
 * (where an error of the first call is reported): a second `close` must give
 * the first one's promise, not stop (or wait for) the threads twice.
 */
describe('Executor.close', () => {
  it.each([0, 2])('with %i worker threads: a second call returns the first call\'s promise, which resolves', async (workers) => {
    const exec = await startExecutor(workers, GAZETTEERS);
    const first = exec.close();
    expect(exec.close()).toBe(first);
    await expect(first).resolves.toBeUndefined();
    expect(exec.close()).toBe(first);
  }, 60_000);
});
