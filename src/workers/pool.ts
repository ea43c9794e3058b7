import { Worker } from 'node:worker_threads';
import { failedResult, formatResult, type DocumentResult } from '../pipeline.js';
import { sharedResources, type SharedResources } from '../gazetteer/shared.js';
import { documentId } from '../stages/read.js';
import type { Task } from './task.js';
import { startThread } from './thread.js';

export type { Task } from './task.js';

/**
 * Messages between the pool and its worker threads: a batch of tasks goes
 * out (processed a stage at a time: `runTasks`), one `results` message with
 * their results in the same order comes back.
 */
export type ToWorker = { readonly id: number; readonly tasks: readonly Task[] } | { readonly flush: true } | { readonly resources: SharedResources };
export type FromWorker =
  | { readonly type: 'ready'; readonly loadSeconds: number }
  | { readonly type: 'init-error'; readonly message: string }
  | { readonly type: 'results'; readonly id: number; readonly results: readonly DocumentResult[] }
  | { readonly type: 'error'; readonly id: number; readonly message: string }
  | { readonly type: 'flushed' };

/** Runs tasks somewhere: in worker threads, or in this thread. */
export interface Executor {
  run(task: Task): Promise<DocumentResult>;
  /** Ends the executor (its threads stop); calling it again returns the same promise. */
  close(): Promise<void>;
  /** gazetteer load time, seconds (loaded once, shared by the workers; plus the slowest worker's opening of them) */
  readonly loadSeconds: number;
  /** the gazetteers were read back from the run cache */
  readonly gazetteersCached?: boolean;
  /**
   * Runs other threads, which read a task's stored result (`Task.cached`) off the main thread. Else
   * the runner reads it itself, with its decompression on libuv's pool, which in a single thread is
   * faster than the executor's blocking read (a rerun of the 5 MB corpus with `--workers 0`, six
   * alternating rounds in both orders: 4.11-4.61 s against 4.57-5.99 s with the blocking read).
   */
  readonly readsStoredResults?: boolean;
}

/** How the workers run. */
export interface PoolOptions {
  /** V8 old-generation limit of each worker thread, MB (0: none) */
  readonly heapMb?: number;
  /** where the run cache keeps the shared gazetteers (read back if there, saved there if not); none: loaded */
  readonly gazetteerCache?: string;
}

/**
 * `workers` = 0 runs every document in this thread (no thread start-up; what
 * tests and the single-thread benchmark use); N >= 1 starts N worker threads,
 * which share one load of the gazetteers. Output is the same either way: the runner
 * writes in input order whatever finishes first.
 */
export async function startExecutor(workers: number, gazetteerDir: string, modelPath: string | null = null, options: PoolOptions = {}): Promise<Executor> {
  // loaded only here: processing in this thread needs the NLP libraries, which a run with workers never loads in it
  if (workers <= 0) return new (await import('./in-process.js')).InProcess(gazetteerDir, modelPath, options.gazetteerCache);
  return WorkerPool.start(workers, { gazetteers: gazetteerDir, model: modelPath }, options.heapMb ?? 0, options.gazetteerCache);
}

type WorkerData = { readonly gazetteers: string; readonly model: string | null; readonly heapLimited?: boolean };

/** A processing thread on worker.ts (`startThread`: under tsx too). */
function startWorker(workerData: WorkerData, heapMb: number): Worker {
  const resourceLimits = heapMb > 0 ? { maxOldGenerationSizeMb: heapMb } : undefined;
  return startThread(import.meta.url, 'worker', { workerData: { ...workerData, heapLimited: heapMb > 0 }, resourceLimits });
}

/** Hands the worker the shared gazetteers; resolves with the time it took to open them once it is ready, rejects if it cannot start. */
function ready(w: Worker, resources: SharedResources): Promise<number> {
  w.postMessage({ resources } satisfies ToWorker);
  return new Promise<number>((resolve, reject) => {
    const onMessage = (m: FromWorker) => {
      w.off('error', onError);
      w.off('exit', onExit);
      w.off('message', onMessage);
      if (m.type === 'ready') resolve(m.loadSeconds);
      else if (m.type === 'init-error') reject(new Error(`worker failed to start: ${m.message}`));
    };
    const onError = (e: Error) =>
      reject((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerStartError(`a worker thread ran out of memory while starting: --worker-heap is too small (raise it, or 0 for no limit)`) : e);
    const onExit = (code: number) => reject(new Error(`a worker thread exited while starting (code ${code})`));
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
  });
}

/** A worker thread could not start for a reason the user can fix (reported with exit code 2). */
export class WorkerStartError extends Error {}

/** a task waiting for its result (the pool's, and `--workers 0`'s in in-process.ts) */
export type Job = {
  readonly task: Task;
  readonly resolve: (r: DocumentResult) => void;
  readonly reject: (e: unknown) => void;
  retried?: boolean;
  /** sent in a batch of its own: it was in a batch whose worker died (see `replace`) */
  alone?: boolean;
};

interface Slot {
  worker: Worker;
  /** false while its worker is being replaced: nothing is sent to it */
  up: boolean;
  /** batches by id, in the order sent: the first is the one the worker is processing */
  readonly inFlight: Map<number, Job[]>;
}

/** Batches handed to one worker ahead of its current one, so it never waits for the main thread. */
const AHEAD = 2;
/**
 * At most this many documents, and about this many bytes, per batch. A worker
 * runs each stage over a whole batch (`processDocuments`: ~10% less time than
 * document by document), and
 * a batch crosses between the threads in one message each way instead of one
 * per document. Small enough that the last batches of a run do not leave a
 * worker idle for long.
 */
export const BATCH_DOCUMENTS = 16;
const BATCH_BYTES = 256 * 1024;

/**
 * Worker threads, sharing one load of the gazetteers, fed at most AHEAD
 * batches each. A worker that dies (out of heap on a huge document, or any
 * crash) takes only its current document down: with a heap limit
 * (--worker-heap) that document is redone once by a fresh worker without the
 * limit, else (or if that dies too) it becomes a failed document with
 * `pipeline/worker-crashed`; the documents queued behind it go to the other
 * workers, and a replacement worker is started. Which document of a batch
 * killed its worker is found by sending each again alone (`replace`).
 */
class WorkerPool implements Executor {
  readonly readsStoredResults = true;
  private readonly queue: Job[] = [];
  private nextId = 0;
  /** a `pump` is scheduled */
  private pumping = false;
  private broken: Error | undefined;
  private readonly extra = new Set<Worker>();

  private constructor(
    private readonly slots: Slot[],
    readonly loadSeconds: number,
    private readonly data: WorkerData,
    private readonly resources: SharedResources,
    private readonly heapMb: number,
  ) {}

  get gazetteersCached(): boolean {
    return this.resources.cached === true;
  }

  static async start(n: number, data: WorkerData, heapMb: number, gazetteerCache?: string): Promise<WorkerPool> {
    // the workers start (import their modules, read the NLP models) while this thread loads the gazetteers
    const workers = Array.from({ length: n }, () => startWorker(data, heapMb));
    let resources: SharedResources;
    try {
      resources = sharedResources(data.gazetteers, gazetteerCache);
    } catch (e) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw e;
    }
    const loaded = await Promise.allSettled(workers.map((w) => ready(w, resources)));
    const failed = loaded.find((r) => r.status === 'rejected');
    if (failed) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw (failed as PromiseRejectedResult).reason;
    }
    const pool = new WorkerPool(
      workers.map((worker) => ({ worker, up: true, inFlight: new Map() })),
      resources.loadSeconds + Math.max(...loaded.map((r) => (r as PromiseFulfilledResult<number>).value)),
      data,
      resources,
      heapMb,
    );
    for (const slot of pool.slots) pool.listen(slot);
    return pool;
  }

  private listen(slot: Slot): void {
    const worker = slot.worker;
    worker.on('message', (m: FromWorker) => {
      if (m.type !== 'results' && m.type !== 'error') return;
      const jobs = slot.inFlight.get(m.id);
      if (!jobs) return;
      slot.inFlight.delete(m.id);
      if (m.type === 'results') jobs.forEach((job, i) => job.resolve(m.results[i]));
      else for (const job of jobs) job.reject(new Error(`worker error: ${m.message}`));
      this.pump();
    });
    let reason: Error | undefined;
    worker.on('error', (e) => (reason ??= e));
    worker.once('exit', (code) => {
      if (this.closed || slot.worker !== worker) return;
      void this.replace(slot, reason ?? new Error(`a worker thread exited (code ${code})`));
    });
  }

  /**
   * A worker died: redo its current document apart, requeue the rest, start a
   * replacement. When it died on a batch of several documents, which one
   * killed it is not known: each is sent again in a batch of its own, so the
   * one that kills a worker alone is then known, and redone apart.
   */
  private async replace(slot: Slot, reason: Error): Promise<void> {
    slot.up = false;
    const [current = [], ...waiting] = [...slot.inFlight.values()].map((jobs) => jobs.map(sentAgain));
    slot.inFlight.clear();
    if (current.length === 1) {
      this.queue.unshift(...waiting.flat());
      void this.redo(current[0], reason);
    } else {
      for (const job of current) job.alone = true;
      this.queue.unshift(...current, ...waiting.flat());
    }
    // the other workers can take them while this one is replaced
    this.pump();
    try {
      const worker = startWorker(this.data, this.heapMb);
      await ready(worker, this.resources);
      if (this.closed) {
        await worker.terminate();
        return;
      }
      slot.worker = worker;
      slot.up = true;
      this.listen(slot);
      this.pump();
    } catch (e) {
      this.fail(e as Error);
    }
  }

  /** Runs one job on a worker of its own, without the heap limit, once. */
  private async redo(job: Job, reason: Error): Promise<void> {
    if (job.retried || this.heapMb === 0) return job.resolve(crashedResult(job.task, reason, false));
    job.retried = true;
    const worker = startWorker(this.data, 0);
    this.extra.add(worker);
    try {
      await ready(worker, this.resources);
      const result = await new Promise<DocumentResult>((resolve, reject) => {
        worker.on('message', (m: FromWorker) => {
          if (m.type === 'results') resolve(m.results[0]);
          else if (m.type === 'error') reject(new Error(`worker error: ${m.message}`));
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`a worker thread exited (code ${code})`)));
        worker.postMessage({ id: 0, tasks: [job.task] } satisfies ToWorker);
      });
      job.resolve(result);
      // its cache entry is written without waiting (see task.ts): let it land before the thread stops
      await flushed(worker);
    } catch (e) {
      job.resolve(crashedResult(job.task, e as Error, true));
    } finally {
      this.extra.delete(worker);
      await worker.terminate();
    }
  }

  private fail(e: Error): void {
    this.broken ??= e;
    for (const job of this.queue.splice(0)) job.reject(e);
    for (const s of this.slots) {
      for (const jobs of s.inFlight.values()) for (const job of jobs) job.reject(e);
      s.inFlight.clear();
    }
  }

  run(task: Task): Promise<DocumentResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      // dispatched once the runner has queued what it has at hand, so batches fill (not one job, then the rest)
      if (!this.pumping) {
        this.pumping = true;
        setImmediate(() => {
          this.pumping = false;
          this.pump();
        });
      }
    });
  }

  /** Hands queued tasks, in batches, to the least busy workers, at most AHEAD batches each. */
  private pump(): void {
    // closing: what is still queued (a run interrupted with documents waiting) is never started
    if (this.closed) return;
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.up && s.inFlight.size < AHEAD && (!best || s.inFlight.size < best.inFlight.size)) best = s;
      if (!best) return;
      const jobs = this.nextBatch();
      const id = this.nextId++;
      best.inFlight.set(id, jobs);
      const transfer: ArrayBuffer[] = [];
      for (const job of jobs) {
        const b = job.task.kind === 'file' ? job.task.bytes : undefined;
        // transfer the file's bytes rather than copy them, when they own their whole buffer (a job sent again has none: see `sentAgain`)
        if (b && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer) transfer.push(b.buffer);
      }
      best.worker.postMessage({ id, tasks: jobs.map((j) => j.task) } satisfies ToWorker, transfer);
    }
  }

  /**
   * The next batch from the queue, no more than a fair share of it among the
   * workers (14 documents on 2 workers: 7 each, not 14 on one).
   */
  private nextBatch(): Job[] {
    return takeBatch(this.queue, Math.ceil(this.queue.length / Math.max(1, this.slots.filter((s) => s.up).length)));
  }

  /** Stops the threads once they have written their cache entries; a second call returns the first's promise. */
  close(): Promise<void> {
    return (this.closed ??= this.stop());
  }
  /** set by the first `close` (a thread that exits or comes up after it is not replaced or used) */
  private closed?: Promise<void>;
  private async stop(): Promise<void> {
    // workers write cache entries without waiting for them: let them finish before the threads stop
    await Promise.all(this.slots.filter((s) => s.up).map((s) => flushed(s.worker)));
    await Promise.all([...this.slots.map((s) => s.worker.terminate()), ...[...this.extra].map((w) => w.terminate())]);
  }
}

/**
 * Takes the next batch off the front of `queue`: up to `most` (and
 * BATCH_DOCUMENTS) tasks and about BATCH_BYTES, at least one; a job marked
 * `alone` goes on its own.
 */
export function takeBatch<J extends { readonly task: Task; readonly alone?: boolean }>(queue: J[], most: number): J[] {
  const first = queue.shift()!;
  const jobs = [first];
  if (first.alone) return jobs;
  let bytes = first.task.size;
  while (jobs.length < Math.min(BATCH_DOCUMENTS, most) && queue.length > 0 && !queue[0].alone && bytes + queue[0].task.size <= BATCH_BYTES) {
    const job = queue.shift()!;
    bytes += job.task.size;
    jobs.push(job);
  }
  return jobs;
}

/** Asks a worker to finish its cache writes; resolves when it has (or has died, or after 60 s). */
function flushed(w: Worker): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('exit', done);
      resolve();
    };
    const onMessage = (m: FromWorker) => m.type === 'flushed' && done();
    const timer = setTimeout(done, 60_000);
    w.on('message', onMessage);
    w.once('exit', done);
    w.postMessage({ flush: true } satisfies ToWorker);
  });
}

/**
 * A job to send to another worker: a file's bytes went to the dead worker
 * (transferred, so detached here); the next worker reads the file itself.
 */
function sentAgain(job: Job): Job {
  return job.task.kind === 'file' && job.task.bytes ? { ...job, task: { ...job.task, bytes: undefined } } : job;
}

/** The result of a document whose worker died processing it (`again`: also on the retry without a heap limit). */
function crashedResult(task: Task, reason: Error, again: boolean): DocumentResult {
  const oom = (reason as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
  const why = oom ? 'ran out of memory' : `crashed (${reason.message})`;
  const message = `the worker thread processing this document ${why}${again ? ', also when redone without the worker heap limit' : ''}; the other documents were processed`;
  const id = task.kind === 'record' ? task.record.id : documentId(task.path);
  const r = failedResult(id, task.path, { code: 'pipeline/worker-crashed', severity: 'fail', stage: 'pipeline', message }, task.size);
  return task.format ? formatResult(r, task.format) : r;
}
