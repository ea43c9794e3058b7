/**
 * A worker thread: loads the gazetteers once, then processes the tasks the
 * pool sends, one at a time, and posts each document's result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { GazetteerError, loadResources, type Resources } from '../pipeline.js';
import { runTask, type Task } from './task.js';
import type { FromWorker, ToWorker } from './pool.js';

const port = parentPort!;
const post = (m: FromWorker) => port.postMessage(m);

let res: Resources;
try {
  const wd = workerData as { gazetteers: string; model: string | null };
  res = loadResources(wd.gazetteers, wd.model);
  post({ type: 'ready', loadSeconds: res.loadSeconds });
} catch (e) {
  if (e instanceof GazetteerError) post({ type: 'init-error', message: e.message, problems: e.problems });
  else post({ type: 'init-error', message: (e as Error).stack ?? String(e) });
  process.exit(0);
}

// tasks are handled strictly one after another (the pool may queue a second one so the thread never idles)
let queue: Promise<void> = Promise.resolve();
port.on('message', (m: ToWorker) => {
  queue = queue.then(async () => {
    try {
      post({ type: 'result', id: m.id, result: await runTask(m.task as Task, res) });
    } catch (e) {
      post({ type: 'error', id: m.id, message: (e as Error).stack ?? String(e) });
    }
  });
});
