import { sharedResources } from '../gazetteer/shared.js';
import { openResources } from '../process.js';
import type { DocumentResult } from '../pipeline.js';
import { BATCH_DOCUMENTS, takeBatch, type Executor, type Job } from './pool.js';
import { flushCacheWrites, runTasks, type Task } from './task.js';

/**
 * `--workers 0`: every document processed in this thread (no thread
 * start-up; what tests and the single-thread benchmark use). Loaded by
 * `startExecutor` only when asked for, since it brings the NLP libraries in.
 * Documents are processed in batches, as a worker thread does (`takeBatch`,
 * `runTasks`), one batch at a time.
 */
export class InProcess implements Executor {
  private readonly res;
  readonly loadSeconds: number;
  readonly gazetteersCached: boolean;
  private readonly queue: Job[] = [];
  private busy = false;
  constructor(gazetteerDir: string, modelPath: string | null, gazetteerCache?: string) {
    // the shared form, as a worker has it: the entry objects the load made are garbage once packed
    const shared = sharedResources(gazetteerDir, gazetteerCache);
    this.gazetteersCached = shared.cached === true;
    this.res = openResources(shared, modelPath);
    this.loadSeconds = this.res.loadSeconds;
  }
  run(task: Task): Promise<DocumentResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.next();
    });
  }
  /** the next batch, once the runner has queued what it has at hand and written the rows of finished documents */
  private next(): void {
    // closing: what is still queued (a run interrupted with documents waiting) is never started
    if (this.busy || this.queue.length === 0 || this.closed) return;
    this.busy = true;
    setImmediate(() => {
      const jobs = takeBatch(this.queue, BATCH_DOCUMENTS);
      runTasks(
        jobs.map((j) => j.task),
        this.res,
      )
        .then(
          (results) => jobs.forEach((j, i) => j.resolve(results[i])),
          (e) => jobs.forEach((j) => j.reject(e)),
        )
        .finally(() => {
          this.busy = false;
          this.next();
        });
    });
  }
  /** Writes this thread's cache entries; a second call returns the first's promise. */
  close(): Promise<void> {
    return (this.closed ??= flushCacheWrites());
  }
  private closed?: Promise<void>;
}
