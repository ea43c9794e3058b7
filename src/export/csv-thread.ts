import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { startThread } from '../workers/thread.js';
import { formatCsvOfLines } from './table-writer.js';
import type { LineCodec, RowFileHandover } from '../util/spill.js';

/** What formats the CSV records of rows given as their JSON lines, as `formatCsvOfLines` does: `CsvThread`, or this thread in a test. */
export interface CsvFormatter {
  format(columns: readonly string[], lines: readonly string[]): Promise<string>;
  /**
   * Optional (`CsvThread` has it): appends the CSV record of each of the rows, given as their JSON lines, to a file
   * `path` of records (one a row, in the order appended: `csvRecordsOf`'s), without an answer; the file is made by the
   * first call and handed over by `closeRecords`.
   */
  appendRecords?(path: string, columns: readonly string[], lines: readonly string[]): void;
  /** The file of records `appendRecords` wrote at `path`; rejects when they could not all be written. */
  closeRecords?(path: string): Promise<RowFileHandover>;
}

/**
 * The rows of a file of CSV records (`CsvFormatter.appendRecords`): a record as it is, CRLF included. A record may hold
 * line breaks (in quoted cells): a `RowFile` reads its rows by offset and length, never by line (not so `SortedRuns`).
 */
export const CSV_RECORD_LINES: LineCodec<string> = { encode: (record) => record, decode: (record) => record };

export type CsvRequest =
  | { readonly id: number; readonly columns: readonly string[]; readonly lines: readonly string[] }
  | { readonly append: string; readonly columns: readonly string[]; readonly lines: readonly string[] }
  | { readonly id: number; readonly close: string };
export type CsvReply = { readonly id: number; readonly csv: string } | { readonly id: number; readonly file: RowFileHandover } | { readonly id: number; readonly error: string };

/**
 * CSV formatting on a thread of its own, for the serial end of a run: after the last document the workers stop and
 * one thread writes the aggregated tables, the other core idle. The co-occurrence table of a large run, its rows
 * merged from runs on disk, is most of that end (10 MB bench corpus, profile of the main thread after the last
 * document: its CSV 1.5 s, parsing its merged rows for it 0.5 s, of 4.8 s), and its rows' CSV can be formatted a chunk at a
 * time anywhere: `CooccurrenceTable.formattedChunksWith` hands chunks here, as many as the thread keeps up with,
 * while it formats the others (docs/BENCHMARKS.md, forty-ninth session). Better still, the thread makes each merged
 * row's CSV record as the merge makes the row (`appendRecords`), so that it works while the main thread merges,
 * which took a second or more of that end with the other core idle, and keeps them in a file it hands over
 * (`closeRecords`): the main thread then only reads them back in the table's order.
 *
 * A request the thread cannot answer (it failed to start, crashed, or threw) is formatted in the calling thread
 * instead, so the table comes out the same whatever happens to the thread.
 */
export class CsvThread implements CsvFormatter {
  private readonly pending = new Map<number, { resolve: (answer: string | RowFileHandover) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failed: Error | undefined;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: CsvReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if ('error' in m) p.reject(new Error(m.error));
      else p.resolve('csv' in m ? m.csv : m.file);
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
    return this.ask<string>({ id: this.nextId++, columns, lines }).catch(() => here());
  }

  /** `CsvFormatter.appendRecords`: in the thread (if it has failed, `closeRecords` rejects). */
  appendRecords(path: string, columns: readonly string[], lines: readonly string[]): void {
    if (!this.failed) this.worker.postMessage({ append: path, columns, lines } satisfies CsvRequest);
  }

  /** `CsvFormatter.closeRecords`. */
  closeRecords(path: string): Promise<RowFileHandover> {
    if (this.failed) return Promise.reject(this.failed);
    return this.ask<RowFileHandover>({ id: this.nextId++, close: path });
  }

  /** Posts `request` and answers with the thread's reply to it. */
  private ask<T extends string | RowFileHandover>(request: CsvRequest & { readonly id: number }): Promise<T> {
    const answer = new Promise<T>((resolve, reject) => this.pending.set(request.id, { resolve: resolve as (answer: string | RowFileHandover) => void, reject }));
    this.worker.postMessage(request);
    return answer;
  }

  /** Stops the thread (a request after this is formatted here). */
  async close(): Promise<void> {
    this.failed ??= new Error('the CSV thread was closed');
    await this.worker.terminate();
  }
}
