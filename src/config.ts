import { existsSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseShard, type Shard } from './input/sources.js';
import { DEFAULT_MAX_BYTES } from './stages/read.js';
import { DEFAULT_MAX_DOCUMENTS, DEFAULT_MAX_ENTITIES } from './export/report/report-builder.js';
import { SEVERITIES, type Severity } from './diagnostics/diagnostic.js';

/** Every option of a run, with its default, in one place. */
export interface Config {
  readonly input: string;
  readonly output: string;
  readonly gazetteers: string;
  /** worker threads; 0 processes documents in the main thread */
  readonly workers: number;
  /** true when --workers was not given: small inputs then run in the main thread (see `workersFor`) */
  readonly autoWorkers: boolean;
  /** documents in flight at once (dispatched, not yet written): bounds the reorder buffer and so memory */
  readonly concurrency: number;
  /** cache folder for incremental runs, or null (`--no-cache`) */
  readonly cache: string | null;
  /** true when --cache DIR was given (`--stdin-jsonl` keeps its gazetteers there only then: it writes no output folder) */
  readonly cacheGiven: boolean;
  /** `--shard K/N`: only this deterministic part of the inputs */
  readonly shard: Shard | null;
  readonly quiet: boolean;
  /** write report.html (`--no-report` to skip) */
  readonly report: boolean;
  /** `--report-documents`: documents shown with their text in the report, the first in path order (0: overview only) */
  readonly reportDocuments: number;
  /** `--report-entities`: entities listed in the report's entities table, the most mentioned (0: only those its charts link to) */
  readonly reportEntities: number;
  /** a trained name model (`--model`), or null: rules and gazetteers only */
  readonly model: string | null;
  /** print gazetteer load figures (entries, seconds, memory) */
  readonly verbose: boolean;
  /** `--max-bytes`: input files (and JSONL lines) above this are refused with read/too-large */
  readonly maxBytes: number;
  /** heap limit of each worker thread in MB (0: none); see DEFAULTS.workerHeapMb */
  readonly workerHeapMb: number;
  /** `--memory-budget`: the peak RSS in MB the garbage collector paces itself by (0: as tight as it goes); see DEFAULTS.memoryBudgetMb */
  readonly memoryBudgetMb: number;
  /** `--diagnostics`: the least severity diagnostics.csv/.json list (documents.json always has every diagnostic) */
  readonly diagnostics: Severity;
  /** `--json-lines`: the JSON tables as JSON Lines (`mentions.jsonl`, ...) instead of JSON arrays (`mentions.json`) */
  readonly jsonLines: boolean;
  /** `--gzip`: every table file gzipped (`mentions.csv.gz`, `mentions.json.gz`, ...) */
  readonly gzip: boolean;
  /** `--english-only`: a document that declares another language is read, noted and not processed (a web archive's record passed over) */
  readonly englishOnly: boolean;
  /**
   * No option: how old a file's times must be for the listing to stamp it (`ListOptions.settleMs`; default
   * `STAMP_SETTLE_MS`). Tests set it, since the files they write are always new.
   */
  readonly settleMs?: number;
  /**
   * No option: a text of more characters is processed in parts (`ItemOptions.longChars`; default `ARTICLE_CHARS_MAX`,
   * 1,000,000), of at most `partChars` (default `PART_CHARS_MAX`, 250,000). Tests set them, to need no megabyte of text.
   */
  readonly longChars?: number;
  readonly partChars?: number;
}

const cores = Math.max(1, availableParallelism());

export const DEFAULTS = {
  input: 'input',
  output: 'output',
  gazetteers: 'gazetteers',
  workers: cores,
  /**
   * With --workers not given: the main thread alone below this many bytes of
   * input (a worker's start-up, about a second, is not repaid), then one
   * worker per `bytesPerAutoWorker`, at least one, up to the number of cores.
   * Each worker warms up on its own: V8 compiles the code again for it (the
   * gazetteers are loaded once per run since 2026-12-01, thirteenth session), competing with the other workers for the cores
   * (20 MB, 2 workers, through tsx: for the first ~10 s V8's background threads take
   * 1.1-1.75 CPU s in every 2 s, 0.66-0.78 after; docs/BENCHMARKS.md).
   * Measured on 2 cores (built code, wall s, two runs each; 2026-11-30):
   *
   * | input  | main thread | 1 worker  | 2 workers |
   * |--------|-------------|-----------|-----------|
   * | 1 MB   | 3.6-3.8     | 3.9       | 4.5       |
   * | 2 MB   | 5.3-5.4     | 5.1       | 6.0       |
   * | 5 MB   | 10.5-12.0   | 8.8-10.5  | 10.5-11.0 |
   * | 10 MB  | 19.1-19.8   | 15.6-17.5 | 15.7-18.7 |
   * | 20 MB  |             | 23.3-24.1 | 21.5-22.1 |
   * | 100 MB | 110.8       | 93.0      | 76.2      |
   *
   * (2 workers also take ~200 MB more memory.) Before, two workers started
   * from 4 MB. Checked again with the heap growth paced by the memory budget
   * (built code of 2788bc9, two runs each, main thread / 1 / 2 workers): 5 MB 6.9-7.2 /
   * 6.4-6.5 / 6.6-7.0 s; 10 MB 11.5-12.3 / 10.9-11.1 / 10.7-10.8 s (2
   * workers: +30% CPU, +170 MB): the same choices.
   */
  mainThreadBelow: 2_000_000,
  bytesPerAutoWorker: 10_000_000,
  /**
   * 48 documents per worker: its two batches of up to 16 in flight (src/workers/pool.ts) and the next
   * one queued, so batches fill and every worker stays busy while one slow document is awaited; at least 16
   */
  concurrencyPerWorker: 48,
  /** under the output folder unless --cache says otherwise */
  cacheDirName: '.cache',
  quiet: false,
  report: true,
  reportDocuments: DEFAULT_MAX_DOCUMENTS,
  reportEntities: DEFAULT_MAX_ENTITIES,
  verbose: false,
  maxBytes: DEFAULT_MAX_BYTES,
  /**
   * Heap limit of each worker thread (V8 old generation, MB), 0 for none (the
   * default). A worker's live heap stays near 125 MB; V8 lets it grow to
   * several times that before collecting, which a limit caps. With a limit, a
   * document that needs more is processed again by a worker without it — but
   * V8 may abort the whole process instead of stopping the one thread when the
   * limit is hit inside a built-in: a 1 GB run with 384 MB per worker (and a
   * V8 heap-growth setting since taken back) died that way after 326,000
   * documents (FATAL ERROR: CALL_AND_RETRY_LAST, in JSON.stringify). So it is
   * off unless asked for.
   */
  workerHeapMb: 0,
  /**
   * The process's memory (RSS, MB) the garbage collector paces itself by
   * (src/util/heap.ts): far below it V8 collects rarely, near it as often as
   * it can. A soft limit: the run goes on above it, collecting at its
   * tightest. 900 keeps the bar, 1 GB of input under 1 GB of RSS
   * with two workers, with room (docs/BENCHMARKS.md); the 100 MB bench
   * corpus peaks at 707-729 MB with it (2 workers, six runs), 695-699 MB at
   * the tightest (0), and runs 6-18% faster than at the tightest (two
   * rounds; 11% with one worker). On a machine with memory to spare, a
   * larger budget is faster still, up to 100% growth (V8 collects when a heap
   * has doubled): 4000 was 2-3% faster than 900, at 936-953 MB. On a machine (or container) with less than 1.8 GB,
   * half its memory (`defaultMemoryBudgetMb`).
   */
  memoryBudgetMb: 900,
  /**
   * diagnostics.csv/.json list warnings and failures: the problems a user
   * looks there for. The informational notes (a dropped boilerplate block, a
   * candidate that lost an overlap, the entry chosen for an ambiguous alias)
   * are ~8 per article, 760,000 rows for the 100 MB bench corpus, against
   * a few hundred problems; a spreadsheet opens at most 1,048,575 rows. They
   * are in documents.json anyway (per document, the dropped blocks with their
   * text), and `--diagnostics info` lists them in the tables too.
   */
  diagnostics: 'warn' as Severity,
} as const;

export class ConfigError extends Error {
  readonly code = 'config/invalid';
}

export interface ConfigOptions {
  input?: unknown;
  output?: unknown;
  gazetteers?: unknown;
  workers?: unknown;
  concurrency?: unknown;
  /** a folder, `false` for no cache (commander's `--no-cache`), or undefined for the default */
  cache?: unknown;
  shard?: unknown;
  quiet?: unknown;
  report?: unknown;
  reportDocuments?: unknown;
  reportEntities?: unknown;
  model?: unknown;
  verbose?: unknown;
  maxBytes?: unknown;
  workerHeap?: unknown;
  memoryBudget?: unknown;
  diagnostics?: unknown;
  jsonLines?: unknown;
  gzip?: unknown;
  englishOnly?: unknown;
  /** `Config.settleMs` (no command-line option) */
  settleMs?: number;
  /** `Config.longChars` and `partChars` (no command-line option) */
  longChars?: number;
  partChars?: number;
}

const int = (name: string, v: unknown, min: number, max: number): number => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw new ConfigError(`--${name} expects an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
  return n;
};

/** The gazetteers shipped with news-entities: `gazetteers/` next to `src/` and `dist/`. */
export const SHIPPED_GAZETTEERS = fileURLToPath(new URL('../gazetteers', import.meta.url));

/**
 * `--gazetteers` not given: `./gazetteers` when the working folder has one (the project's own,
 * which its users edit), else the shipped ones, so `node /path/to/news-entities/dist/cli.js` works
 * from any folder (a Spark or Hadoop Streaming task runs in a folder of its own).
 */
export function defaultGazetteers(cwd = process.cwd()): string {
  const local = resolve(cwd, DEFAULTS.gazetteers);
  return existsSync(local) ? local : SHIPPED_GAZETTEERS;
}

/**
 * Normalises user options once (the csv-stringify way): fills defaults,
 * resolves paths, checks types and ranges, and throws a ConfigError that says
 * what was expected.
 */
export function normalizeConfig(opts: ConfigOptions): Config {
  const str = (k: 'input' | 'output' | 'gazetteers'): string => {
    const v = opts[k] ?? DEFAULTS[k];
    if (typeof v !== 'string' || v.trim() === '') throw new ConfigError(`--${k} expects a directory path, got ${JSON.stringify(v)}`);
    return resolve(v);
  };
  const input = str('input');
  const output = str('output');
  const gazetteers = opts.gazetteers === undefined ? defaultGazetteers() : str('gazetteers');
  const workers = int('workers', opts.workers ?? DEFAULTS.workers, 0, 256);
  const concurrency = opts.concurrency === undefined ? Math.max(16, DEFAULTS.concurrencyPerWorker * Math.max(1, workers)) : int('concurrency', opts.concurrency, 1, 100_000);
  let cache: string | null;
  if (opts.cache === false) cache = null;
  else if (opts.cache === undefined || opts.cache === true) cache = join(output, DEFAULTS.cacheDirName);
  else if (typeof opts.cache === 'string' && opts.cache.trim() !== '') cache = resolve(opts.cache);
  else throw new ConfigError(`--cache expects a directory path, got ${JSON.stringify(opts.cache)}`);
  let shard: Shard | null = null;
  if (opts.shard !== undefined) {
    shard = typeof opts.shard === 'string' ? (parseShard(opts.shard) ?? null) : null;
    if (!shard) throw new ConfigError(`--shard expects K/N with 1 <= K <= N (e.g. 2/8), got ${JSON.stringify(opts.shard)}`);
  }
  if (output === input) throw new ConfigError('--output must not be the input directory');
  // '-i corpus -o corpus/out': a later run would read its own output (and the cache) as input
  const rel = relative(input, output);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) throw new ConfigError(`--output ${output} is inside the input directory ${input}; choose a folder outside it`);
  const maxBytes = opts.maxBytes === undefined ? DEFAULTS.maxBytes : int('max-bytes', opts.maxBytes, 1, Number.MAX_SAFE_INTEGER);
  const workerHeapMb = opts.workerHeap === undefined ? DEFAULTS.workerHeapMb : int('worker-heap', opts.workerHeap, 0, 1_000_000);
  // below about 50 MB V8 aborts the whole process instead of stopping the one thread
  if (workerHeapMb > 0 && workerHeapMb < 96) throw new ConfigError(`--worker-heap expects 0 (no limit) or at least 96 (MB), got ${workerHeapMb}`);
  const memoryBudgetMb = opts.memoryBudget === undefined ? defaultMemoryBudgetMb(totalmem(), process.constrainedMemory?.()) : int('memory-budget', opts.memoryBudget, 0, 1_000_000);
  let model: string | null = null;
  if (opts.model !== undefined) {
    if (typeof opts.model !== 'string' || opts.model.trim() === '') throw new ConfigError(`--model expects a model file (from npm run train), got ${JSON.stringify(opts.model)}`);
    model = resolve(opts.model);
  }
  const diagnostics = opts.diagnostics ?? DEFAULTS.diagnostics;
  if (!SEVERITIES.includes(diagnostics as Severity)) throw new ConfigError(`--diagnostics expects one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(diagnostics)}`);
  return {
    input,
    output,
    gazetteers,
    workers,
    autoWorkers: opts.workers === undefined,
    concurrency,
    cache,
    cacheGiven: typeof opts.cache === 'string',
    shard,
    quiet: Boolean(opts.quiet ?? DEFAULTS.quiet),
    report: opts.report !== false,
    reportDocuments: opts.reportDocuments === undefined ? DEFAULTS.reportDocuments : int('report-documents', opts.reportDocuments, 0, 100_000_000),
    reportEntities: opts.reportEntities === undefined ? DEFAULTS.reportEntities : int('report-entities', opts.reportEntities, 0, 100_000_000),
    model,
    verbose: Boolean(opts.verbose ?? DEFAULTS.verbose),
    maxBytes,
    workerHeapMb,
    memoryBudgetMb,
    diagnostics: diagnostics as Severity,
    jsonLines: Boolean(opts.jsonLines ?? false),
    gzip: Boolean(opts.gzip ?? false),
    englishOnly: Boolean(opts.englishOnly ?? false),
    ...(opts.settleMs !== undefined ? { settleMs: opts.settleMs } : {}),
    ...(opts.longChars !== undefined ? { longChars: opts.longChars } : {}),
    ...(opts.partChars !== undefined ? { partChars: opts.partChars } : {}),
  };
}

/**
 * The default `--memory-budget`: DEFAULTS.memoryBudgetMb, or half the
 * memory there is when that is less (a container's limit counts: Node's
 * `process.constrainedMemory()`, which is 2^64 when there is none). Pure.
 */
export function defaultMemoryBudgetMb(totalBytes: number, constrainedBytes?: number): number {
  const available = constrainedBytes && constrainedBytes > 0 ? Math.min(totalBytes, constrainedBytes) : totalBytes;
  return Math.min(DEFAULTS.memoryBudgetMb, Math.floor(available / 2 / 2 ** 20));
}

/** Worker threads for a run over `bytes` of input (unknown: undefined). */
export function workersFor(config: Config, bytes: number | undefined): number {
  if (!config.autoWorkers || bytes === undefined) return config.workers;
  if (bytes < DEFAULTS.mainThreadBelow) return 0;
  return Math.max(1, Math.min(config.workers, Math.floor(bytes / DEFAULTS.bytesPerAutoWorker)));
}
