/**
 * One measured pipeline run of the benchmark (scripts/bench.ts starts it as a
 * child process, so peak RSS is this run's alone). Plain JavaScript on the
 * built code in dist/ (`npm run build`), as `npm run pipeline` runs it: no
 * TypeScript loader in this process or in its worker threads.
 *
 *   node --expose-gc scripts/bench-run.mjs '{"corpus": DIR, "workers": N}'
 *
 * Prints one JSON line: the `ChildResult` of scripts/bench.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance as nodePerformance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { threadCpu, threadSplit } from './thread-cpu.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const spec = JSON.parse(process.argv[2]);
const c0 = process.cpuUsage();
const { normalizeConfig } = await import('../dist/config.js');
const { runBatch, measureStages, stageSeconds } = await import('../dist/pipeline.js');
const out = mkdtempSync(join(tmpdir(), 'ne-bench-out-'));
try {
  if (spec.workers === 0) measureStages(true);
  const config = normalizeConfig({ input: spec.corpus, output: out, gazetteers: join(ROOT, 'gazetteers'), workers: spec.workers, cache: false, quiet: true });
  // live heap (after a full collection) at 10% and at 100% of the documents, in the main-thread run:
  // what the run keeps per document, apart from garbage V8 has not collected yet
  const gc = globalThis.gc;
  const live = [];
  let total = 0;
  const sample = () => {
    gc();
    live.push(process.memoryUsage().heapUsed / 2 ** 20);
  };
  let lastDocumentAt = 0;
  // per-thread CPU: the threads there before the run (this main thread, V8's platform threads) and
  // the highest of the samples taken while it runs (a worker thread's figures vanish when it exits,
  // after the tables are written; it idles from the last document on, so the sample taken then is
  // its total up to the pool's closing flush). A sample reads 13 small files: ~0.3 ms, so the polling
  // itself costs the main thread ~1.5 ms a second
  const before = new Set(threadCpu().keys());
  const seen = new Map();
  const sampleThreads = () => {
    for (const [t, c] of threadCpu()) if (!(c <= (seen.get(t) ?? -1))) seen.set(t, c);
  };
  const poll = setInterval(sampleThreads, 200).unref();
  // peak RSS in the first half of the documents, and in the second half to the run's end (the aggregated tables and
  // the report included): whether its memory still grows with the corpus once it is warm
  let done = 0;
  const rssBy = { firstHalf: 0, secondHalf: 0 };
  const pollRss = setInterval(() => {
    if (total === 0) return;
    const half = done <= total / 2 ? 'firstHalf' : 'secondHalf';
    rssBy[half] = Math.max(rssBy[half], process.memoryUsage.rss() / 2 ** 20);
  }, 250).unref();
  const hooks = {
    onStart: (t) => (total = t.documents),
    onDocument: (p) => {
      done = p.documents;
      if (p.documents === total) lastDocumentAt = performance.now();
      if (spec.workers === 0 && gc && (p.documents === Math.ceil(total / 10) || p.documents === total)) sample();
    },
    onFinishing: () => sampleThreads(),
  };
  const elu0 = nodePerformance.eventLoopUtilization();
  const s = await runBatch(config, hooks);
  clearInterval(poll);
  clearInterval(pollRss);
  sampleThreads();
  const endAt = performance.now();
  const mainBusy = nodePerformance.eventLoopUtilization(elu0).utilization;
  const cpu = process.cpuUsage(c0);
  const result = {
    kind: `pipeline-w${spec.workers}`,
    seconds: s.seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    startupSeconds: s.gazetteerSeconds,
    bytes: s.bytes,
    documents: s.documents,
    mentions: s.mentions,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    stages: spec.workers === 0 ? { ...stageSeconds } : undefined,
    liveHeapMB: live.length === 2 ? live : undefined,
    rssByHalfMB: rssBy.firstHalf > 0 && rssBy.secondHalf > 0 ? [rssBy.firstHalf, rssBy.secondHalf] : undefined,
    mainBusy,
    tailSeconds: lastDocumentAt > 0 ? (endAt - lastDocumentAt) / 1000 : undefined,
    threads: threadSplit(seen, before, String(process.pid), spec.workers, (cpu.user + cpu.system) / 1e6),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
} finally {
  rmSync(out, { recursive: true, force: true });
}
