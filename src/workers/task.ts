import { Reporter } from '../diagnostics/diagnostic.js';
import { decodeDocument, documentId, readDocument, recordDocument } from '../stages/read.js';
import type { JsonlRecord } from '../input/jsonl.js';
import { formatResult, toResult, type DocumentResult, type TableOptions } from '../pipeline.js';
import { processDocument, type Resources } from '../process.js';
import { CacheWriter } from '../cache/result-cache.js';

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
  /** where to store the result for later runs, when caching: the cache's folder (`ResultCache.root`) and the entry's key */
  readonly cache?: { readonly root: string; readonly key: string };
  /** format the table rows too (`formatResult`), with these options: the batch's tables want them, `--stdin-jsonl` does not */
  readonly format?: TableOptions;
};

/** This thread's pack writers, by cache folder (one per run, in practice). */
const writers = new Map<string, CacheWriter>();

/** Resolves when every cache entry this thread stored is on disk (or given up). */
export async function flushCacheWrites(): Promise<void> {
  const all = [...writers.values()];
  writers.clear();
  await Promise.all(all.map((w) => w.close()));
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
  if (task.cache && !result.diagnostics.some((d) => d.code === 'read/unreadable')) {
    let w = writers.get(task.cache.root);
    if (!w) writers.set(task.cache.root, (w = new CacheWriter(task.cache.root)));
    await w.put(task.cache.key, result);
  }
  // the rows are formatted here, in the worker thread, so the main thread only appends them (the cache keeps the plain result)
  return task.format ? formatResult(result, task.format) : result;
}
