import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { startThread } from '../workers/thread.js';
import { formatCsvOfLines } from './table-writer.js';

/** What formats the CSV records of rows given as their JSON lines, as `formatCsvOfLines` does: `CsvThread`, or this thread in a test. */
export interface CsvFormatter {
  format(columns: readonly string[], lines: readonly string[]): Promise<string>;
}

export type CsvRequest = { readonly id: number; readonly columns: readonly string[]; readonly lines: readonly string[] };
export type CsvReply = { readonly id: number; readonly csv: string } | { readonly id: number; readonly error: string };

/**
 * CSV formatting on a thread of its own, for the serial end of a run: after the last document the workers stop and
 * one thread writes the aggregated tables, the other core idle. The co-occurrence table of a large run, its rows
 * merged from runs on disk, is most of that end (10 MB bench corpus, profile of the main thread after the last
 * document: its CSV 1.5 s, parsing its merged rows for it 0.5 s, of 4.8 s), and its rows' CSV can be formatted a chunk at a
 * time anywhere: `CooccurrenceTable.formattedChunksWith` hands chunks here, as many as the thread keeps up with,
 * while it formats the others (docs/BENCHMARKS.md, forty-ninth session).
 *
 * A request the thread cannot answer (it failed to start, crashed, or threw) is formatted in the calling thread
 * instead, so the table comes out the same whatever happens to the thread.
 */
export class CsvThread implements CsvFormatter {
  private readonly pending = new Map<number, { resolve: (csv: string) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failed: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: CsvReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if ('csv' in m) p.resolve(m.csv);
      else p.reject(new Error(m.error));
    });
    const fail = (e: Error) => {
      this.failed ??= e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the CSV thread exited (code ${code})`)));
  }

  /** A CSV thread, or undefined on a machine of one core, `cores` (nothing to gain there). */
  static start(cores = availableParallelism()): CsvThread | undefined {
    if (cores < 2) return undefined;
    return new CsvThread(startThread(import.meta.url, 'csv-thread-entry'));
  }

  /** `formatCsvOfLines(columns, lines)`: in the thread, or here if it cannot. */
  format(columns: readonly string[], lines: readonly string[]): Promise<string> {
    const here = () => formatCsvOfLines(columns, lines);
    if (this.failed) return Promise.resolve(here());
    const id = this.nextId++;
    const answer = new Promise<string>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.worker.postMessage({ id, columns, lines } satisfies CsvRequest);
    return answer.catch(() => here());
  }

  /** Stops the thread (a request after this is formatted here). */
  async close(): Promise<void> {
    this.failed ??= new Error('the CSV thread was closed');
    await this.worker.terminate();
  }
}
