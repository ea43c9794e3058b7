/**
 * One measured start of worker threads for the benchmark (scripts/bench.ts
 * runs it as a child process, so every start is a fresh process, as a run
 * is): the gazetteers loaded once for all workers, from their files or from
 * the run cache's packed copy (src/gazetteer/packed-file.ts), and the time
 * until every worker is ready to take documents. Built code (dist/).
 *
 *   node scripts/bench-load.mjs '{"workers": N, "cacheFile": PATH | null}'
 *
 * Prints one JSON line: { loadSeconds, readySeconds, cached }.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const spec = JSON.parse(process.argv[2]);
const { startExecutor } = await import('../dist/workers/pool.js');
const t0 = performance.now();
const exec = await startExecutor(spec.workers, join(ROOT, 'gazetteers'), null, { gazetteerCache: spec.cacheFile ?? undefined });
const readySeconds = (performance.now() - t0) / 1000;
await exec.close();
process.stdout.write(JSON.stringify({ loadSeconds: exec.loadSeconds, readySeconds, cached: exec.gazetteersCached === true }) + '\n');
process.exit(0);
