import { Reporter } from '../diagnostics/diagnostic.js';
import { decodeDocument, documentId, readDocument, recordDocument } from '../stages/read.js';
import type { JsonlRecord } from '../input/jsonl.js';
import { formatResult, toResult, type DocumentResult } from '../pipeline.js';
import { processDocument, type Resources } from '../process.js';
import { writeCacheEntry } from '../cache/result-cache.js';

/**
 * One document to process, as sent to a worker thread (plain data: it is
 * structured-cloned, and `bytes` is transferred, not copied).
 */
export type Task = (
  | {
      readonly kind: 'file';
      /** path relative to the input directory */
      readonly path: string;
      readonly abs: string;
      /** the file's bytes when the runner already read them (to hash them); else the worker reads the file */
      readonly bytes?: Uint8Array;
    }
  | { readonly kind: 'record'; readonly path: string; readonly record: JsonlRecord }
) & {
  /** input size in bytes */
  readonly size: number;
  /** where to store the result for later runs, when caching */
  readonly cacheFile?: string;
  /** format the table rows too (`formatResult`): the batch's tables want them, `--stdin-jsonl` does not */
  readonly format?: boolean;
};

/**
 * Cache entries being written by this thread. A document's entry is not
 * awaited before the next document starts (the thread would sit idle through
 * the write's thread-pool round trips); at most MAX_PENDING_WRITES are under
 * way (each holds its JSON text), and `flushCacheWrites` waits for them
 * before the thread stops.
 */
const pendingWrites = new Set<Promise<void>>();
const MAX_PENDING_WRITES = 32;

async function startCacheWrite(file: string, result: DocumentResult): Promise<void> {
  // writeCacheEntry serialises `result` before it first yields, so the entry is the result as it is now
  const p: Promise<void> = writeCacheEntry(file, result).finally(() => pendingWrites.delete(p));
  pendingWrites.add(p);
  if (pendingWrites.size >= MAX_PENDING_WRITES) await Promise.race(pendingWrites);
}

/** Resolves when every cache entry this thread started writing is on disk (or given up). */
export async function flushCacheWrites(): Promise<void> {
  while (pendingWrites.size > 0) await Promise.all(pendingWrites);
}

/** read -> the pure stages -> the document's result (and its cache entry). Runs in a worker thread or in the main one. */
export async function runTask(task: Task, res: Resources): Promise<DocumentResult> {
  const report = new Reporter();
  report.stage = 'read';
  let result: DocumentResult;
  if (task.kind === 'file') {
    const source = task.bytes ? decodeDocument(task.bytes, task.path, { report }) : readDocument(task.abs, task.path, { report });
    const p = source ? processDocument(source, res, report) : { id: documentId(task.path), path: task.path, doc: undefined, diagnostics: report.messages, failed: report.failed };
    result = toResult(p, task.size);
  } else {
    const source = recordDocument(task.record, task.path, { report });
    result = toResult(processDocument(source, res, report), task.size, task.record);
  }
  // a document that could not be read is not cached: the next run tries it again
  if (task.cacheFile && !result.diagnostics.some((d) => d.code === 'read/unreadable')) await startCacheWrite(task.cacheFile, result);
  // the rows are formatted here, in the worker thread, so the main thread only appends them (the cache keeps the plain result)
  return task.format ? formatResult(result) : result;
}
