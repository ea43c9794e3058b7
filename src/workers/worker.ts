/**
 * A worker thread: opens the gazetteers the pool loaded once for every worker
 * (shared memory: src/gazetteer/shared.ts), then processes the tasks the
 * pool sends, one batch at a time, and posts each batch's results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openResources, type Resources } from '../process.js';
import { flushCacheWrites, runTasks, type Task } from './task.js';
import type { FromWorker, ToWorker } from './pool.js';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

let res: Resources;
function open(m: Extract<ToWorker, { resources: unknown }>): void {
  try {
    const t0 = performance.now();
    res = openResources(m.resources, (workerData as { model: string | null }).model);
    post({ type: 'ready', loadSeconds: (performance.now() - t0) / 1000 });
  } catch (e) {
    post({ type: 'init-error', message: (e as Error).stack ?? String(e) });
    process.exit(0);
  }
}

/**
 * Fault injection for the tests of the pool's crash handling (tests/workers):
 * NEWS_ENTITIES_FAULT=oom:<text> makes a worker with a heap limit run out of
 * memory on a document whose path contains <text> (really: it allocates until
 * V8 stops it); crash:<text> makes any worker exit on it. Unset in normal use.
 */
function injectFault(task: Task): void {
  const [kind, text] = (process.env.NEWS_ENTITIES_FAULT ?? '').split(/:(.*)/s);
  if (!text || !task.path.includes(text)) return;
  if (kind === 'crash') process.exit(70);
  if (kind === 'oom' && (workerData as { heapLimited?: boolean }).heapLimited) {
    const hog: number[][] = [];
    for (;;) hog.push(new Array(1 << 20).fill(hog.length));
  }
}

// batches are handled strictly one after another (the pool may queue a second one so the thread never idles)
let queue: Promise<void> = Promise.resolve();
port.on('message', (m: ToWorker) => {
  if ('resources' in m) return open(m);
  if ('flush' in m) {
    // the pool is closing: every task is done; reply once the cache entries are written
    queue = queue.then(flushCacheWrites).then(() => post({ type: 'flushed' }));
    return;
  }
  queue = queue.then(async () => {
    try {
      if (process.env.NEWS_ENTITIES_FAULT) for (const t of m.tasks) injectFault(t as Task);
      post({ type: 'results', id: m.id, results: await runTasks(m.tasks as Task[], res) });
    } catch (e) {
      post({ type: 'error', id: m.id, message: (e as Error).stack ?? String(e) });
    }
  });
});
