import { loadResources } from '../process.js';
import type { DocumentResult } from '../pipeline.js';
import type { Executor } from './pool.js';
import { flushCacheWrites, runTask, type Task } from './task.js';

/**
 * `--workers 0`: every document processed in this thread (no thread
 * start-up; what tests and the single-thread benchmark use). Loaded by
 * `startExecutor` only when asked for, since it brings the NLP libraries in.
 */
export class InProcess implements Executor {
  private readonly res;
  readonly loadSeconds: number;
  constructor(gazetteerDir: string, modelPath: string | null) {
    this.res = loadResources(gazetteerDir, modelPath);
    this.loadSeconds = this.res.loadSeconds;
  }
  async run(task: Task): Promise<DocumentResult> {
    // yield first, so rows of finished documents get written between two documents
    await new Promise((ok) => setImmediate(ok));
    return runTask(task, this.res);
  }
  async close(): Promise<void> {
    await flushCacheWrites();
  }
}
