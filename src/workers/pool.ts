import { Worker } from 'node:worker_threads';
import { GazetteerError, loadResources, type DocumentResult } from '../pipeline.js';
import type { LoadedGazetteers } from '../gazetteer/load.js';
import { runTask, type Task } from './task.js';

export type { Task } from './task.js';

/** Messages between the pool and its worker threads. */
export type ToWorker = { readonly id: number; readonly task: Task };
export type FromWorker =
  | { readonly type: 'ready'; readonly loadSeconds: number }
  | { readonly type: 'init-error'; readonly message: string; readonly problems?: LoadedGazetteers['problems'] }
  | { readonly type: 'result'; readonly id: number; readonly result: DocumentResult }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** Runs tasks somewhere: in worker threads, or in this thread. */
export interface Executor {
  run(task: Task): Promise<DocumentResult>;
  close(): Promise<void>;
  /** gazetteer load time, seconds (the slowest worker's: they load in parallel) */
  readonly loadSeconds: number;
}

/**
 * `workers` = 0 runs every document in this thread (no thread start-up; what
 * tests and the single-thread benchmark use); N >= 1 starts N worker threads,
 * each loading the gazetteers once. Output is the same either way: the runner
 * writes in input order whatever finishes first.
 */
export async function startExecutor(workers: number, gazetteerDir: string, modelPath: string | null = null): Promise<Executor> {
  if (workers <= 0) return new InProcess(gazetteerDir, modelPath);
  return WorkerPool.start(workers, gazetteerDir, modelPath);
}

class InProcess implements Executor {
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
  async close(): Promise<void> {}
}

/**
 * How a worker thread runs TypeScript: under tsx (`npm run pipeline`, vitest)
 * a tiny bootstrap registers tsx's loader inside the thread before importing
 * worker.ts (a `--import tsx` execArgv is not applied to a worker's entry
 * module on Node 20); compiled JavaScript starts worker.js directly.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import(${api}).then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true, workerData });
}

interface Slot {
  readonly worker: Worker;
  readonly inFlight: Map<number, { resolve: (r: DocumentResult) => void; reject: (e: unknown) => void }>;
}

/** Tasks handed to one worker ahead of its current one, so it never waits for the main thread. */
const AHEAD = 2;

class WorkerPool implements Executor {
  private readonly queue: { id: number; task: Task; resolve: (r: DocumentResult) => void; reject: (e: unknown) => void }[] = [];
  private nextId = 0;
  private broken: Error | undefined;
  private closing = false;

  private constructor(
    private readonly slots: Slot[],
    readonly loadSeconds: number,
  ) {}

  static async start(n: number, gazetteerDir: string, modelPath: string | null): Promise<WorkerPool> {
    const workers = Array.from({ length: n }, () => startWorker({ gazetteers: gazetteerDir, model: modelPath }));
    const ready = await Promise.allSettled(
      workers.map(
        (w) =>
          new Promise<number>((resolve, reject) => {
            const onMessage = (m: FromWorker) => {
              w.off('error', onError);
              w.off('message', onMessage);
              if (m.type === 'ready') resolve(m.loadSeconds);
              else if (m.type === 'init-error') reject(m.problems ? new GazetteerError(m.problems) : new Error(`worker failed to start: ${m.message}`));
            };
            const onError = (e: Error) => reject(e);
            w.on('message', onMessage);
            w.once('error', onError);
          }),
      ),
    );
    const failed = ready.find((r) => r.status === 'rejected');
    if (failed) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw (failed as PromiseRejectedResult).reason;
    }
    const pool = new WorkerPool(
      workers.map((worker) => ({ worker, inFlight: new Map() })),
      Math.max(...ready.map((r) => (r as PromiseFulfilledResult<number>).value)),
    );
    for (const slot of pool.slots) pool.listen(slot);
    return pool;
  }

  private listen(slot: Slot): void {
    slot.worker.on('message', (m: FromWorker) => {
      if (m.type !== 'result' && m.type !== 'error') return;
      const job = slot.inFlight.get(m.id);
      if (!job) return;
      slot.inFlight.delete(m.id);
      if (m.type === 'result') job.resolve(m.result);
      else job.reject(new Error(`worker error: ${m.message}`));
      this.pump();
    });
    const die = (e: Error) => {
      if (this.closing) return;
      this.broken ??= e;
      for (const job of slot.inFlight.values()) job.reject(e);
      slot.inFlight.clear();
      for (const job of this.queue.splice(0)) job.reject(e);
    };
    slot.worker.on('error', die);
    slot.worker.on('exit', (code) => die(new Error(`a worker thread exited (code ${code})`)));
  }

  run(task: Task): Promise<DocumentResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  /** Hands queued tasks to the least busy workers, at most AHEAD each. */
  private pump(): void {
    while (this.queue.length > 0) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.inFlight.size < AHEAD && (!best || s.inFlight.size < best.inFlight.size)) best = s;
      if (!best) return;
      const job = this.queue.shift()!;
      best.inFlight.set(job.id, job);
      const b = job.task.kind === 'file' ? job.task.bytes : undefined;
      // transfer the file's bytes rather than copy them, when they own their whole buffer
      const transfer = b && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? [b.buffer] : [];
      best.worker.postMessage({ id: job.id, task: job.task } satisfies ToWorker, transfer);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
