import { Reporter } from '../diagnostics/diagnostic.js';
import { decodeDocument, documentId, readDocument, recordDocument } from '../stages/read.js';
import type { JsonlRecord } from '../input/jsonl.js';
import { formatResult, toResult, type DocumentResult, type TableOptions } from '../pipeline.js';
import { processDocuments, type Resources } from '../process.js';
import { languageCheck } from '../nlp/language.js';
import { CacheWriter, EntryReader, type EntryLocation } from '../cache/result-cache.js';

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
      /** `--max-bytes`, for a gzipped article (`story.txt.gz`), which the read stage unpacks up to it */
      readonly maxBytes?: number;
    }
  | { readonly kind: 'record'; readonly path: string; readonly record: JsonlRecord }
) & {
  /** input size in bytes */
  readonly size: number;
  /**
   * where to store the result for later runs, when caching: the cache's folder (`ResultCache.root`) and the entry's
   * key; `also`, the key of the file's stamp (`ResultCache.stampKey`), stored too (for a result `cached` gives, as
   * an alias of its entry: `CacheWriter.alias`)
   */
  readonly cache?: { readonly root: string; readonly key: string; readonly also?: string };
  /** the stored result of an earlier run (`ResultCache.locate`): used instead of processing the document, unless it cannot be read */
  readonly cached?: EntryLocation;
  /** format the table rows too (`formatResult`), with these options: the batch's tables want them, `--stdin-jsonl` does not */
  readonly format?: TableOptions;
  /** `--english-only`: a document that declares another language is not processed (the read stage's `ReadOptions`) */
  readonly englishOnly?: true;
  /**
   * false: the report will not show this document (`ShownSelection`), so the formatted result leaves
   * out its text and its mentions' details (`WithheldResult`); absent or true: everything
   */
  readonly shown?: boolean;
};

/** This thread's pack writers, by cache folder (one per run, in practice). */
const writers = new Map<string, CacheWriter>();
/** This thread's pack writer for the cache folder `root`. */
function writerOf(root: string): CacheWriter {
  let w = writers.get(root);
  if (!w) writers.set(root, (w = new CacheWriter(root)));
  return w;
}

/** This thread's reader of stored results (its packs stay open until the run's flush). */
const reader = new EntryReader();

/** Resolves when every cache entry this thread stored is on disk (or given up); closes the packs it read. */
export async function flushCacheWrites(): Promise<void> {
  reader.close();
  const all = [...writers.values()];
  writers.clear();
  await Promise.all(all.map((w) => w.close()));
}

/** read -> the pure stages -> the document's result (and its cache entry). Runs in a worker thread or in the main one. */
export async function runTask(task: Task, res: Resources): Promise<DocumentResult> {
  return (await runTasks([task], res))[0];
}

/** `runTask` on several documents, the stages a stage at a time over them (`processDocuments`); results in task order. */
export async function runTasks(tasks: readonly Task[], res: Resources): Promise<DocumentResult[]> {
  // stored results of earlier runs: read here rather than in the main thread (see `EntryReader`)
  const stored = tasks.map((task) => (task.cached ? reader.read(task.cached) : undefined));
  const reports = tasks.map(() => new Reporter());
  const sources = tasks.map((task, i) => {
    if (stored[i]) return undefined;
    const report = reports[i];
    report.stage = 'read';
    const englishOnly = task.englishOnly;
    if (task.kind === 'record') return recordDocument(task.record, task.path, { report }, { englishOnly });
    return task.bytes ? decodeDocument(task.bytes, task.path, { report }, { maxBytes: task.maxBytes, englishOnly }) : readDocument(task.abs, task.path, { report }, { maxBytes: task.maxBytes, englishOnly });
  });
  const read = sources.flatMap((s, i) => (s ? [i] : []));
  // --english-only: the language check, loaded by the first batch that needs it
  const otherLanguage = read.some((i) => tasks[i].englishOnly) ? await languageCheck() : undefined;
  const processed = processDocuments(
    read.map((i) => sources[i]!),
    res,
    read.map((i) => reports[i]),
    { otherLanguage },
  );
  const results: DocumentResult[] = [];
  for (let i = 0, k = 0; i < tasks.length; i++) {
    const task = tasks[i];
    const found = stored[i];
    if (found) {
      // found by its content, not by its stamp (the file was touched, or copied): its stamp's key is added, so
      // that the next run need not read it
      if (task.cache?.also && task.cached) writerOf(task.cache.root).alias(task.cache.also, task.cached);
      const hit = { ...found, cached: true as const };
      results.push(task.format ? formatResult(hit, task.format, task.shown !== false) : hit);
      continue;
    }
    const p = sources[i] ? processed[k++] : { id: task.kind === 'record' ? task.record.id : documentId(task.path), path: task.path, doc: undefined, diagnostics: reports[i].messages, failed: reports[i].failed };
    const result = toResult(p, task.size, task.kind === 'record' ? task.record : undefined);
    // a document that could not be read is not cached: the next run tries it again
    if (task.cache && !result.diagnostics.some((d) => d.code === 'read/unreadable')) {
      await writerOf(task.cache.root).put(task.cache.also ? [task.cache.key, task.cache.also] : task.cache.key, result);
    }
    // the rows are formatted here, in the worker thread, so the main thread only appends them (the cache keeps the plain result)
    results.push(task.format ? formatResult(result, task.format, task.shown !== false) : result);
  }
  return results;
}
