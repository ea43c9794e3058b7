import { readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { DEFAULTS, workersFor, type Config } from './config.js';
import { notesAtLeast, problemsOf, type Diagnostic, type Severity } from './diagnostics/diagnostic.js';
import type { Entity, EntityType } from './model/entity.js';
import type { ProcessedDocument } from './process.js';
import { documentStatus } from './model/document.js';
import { SPREADSHEET_ROWS, TableWriter, JsonArrayWriter, formatJsonElement, formatRows, jsonFile, jsonRow, removeOtherVariants, withGz, type FileOptions, type FormattedRows } from './export/table-writer.js';
import { DIAGNOSTIC_COLUMNS, ENTITY_COLUMNS, EntityTable, MENTION_COLUMNS, diagnosticRows, mentionRows, type DiagnosticRow, type EntityRow, type MentionRow } from './export/rows.js';
import { articleTotals, inParts, inputItems, recordParts, jsonlItems, listInputDirectory, listInputFiles, type SkippedFiles, shardKey, shardOf, type InputItem } from './input/sources.js';
import type { JsonlRecord } from './input/jsonl.js';
import { partSizes, type TextPart } from './input/parts.js';
import { WarcTally } from './input/warc.js';
import { CacheWriter, ResultCache, contentHash, gazetteerCacheFile, runFingerprint } from './cache/result-cache.js';
import { startExecutor, type Executor, type Task } from './workers/pool.js';
import { tuneGarbageCollection } from './util/heap.js';
import { tuneOptimizer } from './util/optimizer.js';
import { lap, timing } from './util/stage-time.js';
import { cooccurrenceSink, reportSink, ShownSelection } from './export/report/index.js';
import { documentId } from './stages/read.js';
import { isGzPath } from './input/formats.js';
import { CANDIDATE_COLUMNS, CandidateTable, found, type CandidateRow } from './export/candidates.js';
import { spillLimits } from './export/spill-limits.js';
import { PlacesGeoJson } from './export/geojson.js';
import { Publication, publishWith } from './export/publication.js';

// The processing side (loadResources, processDocument) is src/process.ts: this module, the main
// thread's, does not import the NLP libraries (see there).
export type { ProcessedDocument, Resources } from './process.js';
export { GazetteerError } from './gazetteer/load.js';
export { measureStages, stageSeconds } from './util/stage-time.js';

/** Input files of one article each (`.txt`, HTML) under the input directory (kept for callers that only want those; see `listInputFiles`). */
export async function listInputs(dir: string): Promise<string[]> {
  return (await listInputFiles(dir)).filter((f) => f.kind === 'document').map((f) => f.path);
}

// ---------------------------------------------------------------------------
// What one document contributes to the output

/** One element of documents.json. */
export type DocumentRow = ReturnType<typeof documentRow>;

/**
 * Everything the output needs from one processed document, as plain data: it
 * crosses from a worker thread by structured clone and is what the cache
 * stores (as JSON), so the big intermediate values (tokens, candidates, the
 * clean text) never leave the worker. To add an output, add what it needs
 * here (in `toResult`) and a sink that consumes it (see `tableSinks`).
 */
export type DocumentResult = FullResult | WithheldResult;

/** A result with its whole mention rows and text (what `toResult` gives). */
export type FullResult = ResultFields & {
  /** mentions.csv/json rows, in text order */
  readonly mentions: readonly MentionRow[];
  /** the decoded original text, for the report */
  readonly text: string | null;
  readonly withheld?: undefined;
};

/**
 * A result `formatResult` sent without what the main thread will not read
 * of a document the report will not show (`Task.shown` false): the text,
 * and of each mention row all but what the aggregated tables read
 * (`MentionFacts`). Its tables' rows are in `formatted`, whole.
 */
export type WithheldResult = ResultFields & {
  readonly withheld: true;
  readonly mentions: readonly MentionFacts[];
  readonly text: null;
};

/**
 * What the aggregated tables (entities, co-occurrences, candidates) and the
 * run's counts read of a mention row; the rest (`start`, `end`, `line`,
 * `role`, `confidence`, `zone`, `document`) only the mentions table and the
 * report's shown documents do.
 */
export type MentionFacts = Pick<MentionRow, 'entity_id' | 'text' | 'source' | 'sentence' | 'name' | 'type' | 'sentence_text'>;

/** The full mention rows of a result that has them (every result but a withheld one: see `DocumentResult`). */
export function mentionRowsOf(r: DocumentResult): readonly MentionRow[] {
  if (r.withheld) throw new Error(`internal error: the mention rows of ${r.path} were withheld from the main thread (Task.shown false), yet a sink needs them`);
  return r.mentions;
}

interface ResultFields {
  readonly id: string;
  readonly path: string;
  readonly failed: boolean;
  /** input size in bytes (the file, or the JSONL line), for throughput */
  readonly bytes: number;
  readonly sentences: number;
  readonly diagnostics: readonly DiagnosticRow[];
  readonly document: DocumentRow;
  /** the entities the mentions point to, in first-mention order */
  readonly entities: readonly Entity[];
  /** taken from the result cache (set by the thread that read it; never stored) */
  readonly cached?: true;
  /**
   * The streamed tables' rows already formatted (`formatResult`), when a
   * worker thread did it: the main thread then only appends strings. Absent
   * from cached results; the sinks format what is missing. When present,
   * `diagnostics` holds only the warnings and failures, and `sentence_text`
   * is empty in mentions no rule or model found (see `formatResult`).
   */
  readonly formatted?: FormattedResult;
}

export interface FormattedResult {
  readonly mentions: FormattedRows;
  /** the diagnostics of `TableOptions.diagnostics` severity or worse */
  readonly diagnostics: FormattedRows;
  /** the documents.json element */
  readonly document: string;
}

/** What the tables hold beyond the fixed columns (from the run's Config). */
export interface TableOptions extends FileOptions {
  /** the least severity diagnostics.csv/.json list */
  readonly diagnostics: Severity;
}

const DEFAULT_TABLES: TableOptions = { diagnostics: DEFAULTS.diagnostics };

/** The diagnostics rows that diagnostics.csv/.json list. */
const listed = (rows: readonly DiagnosticRow[], tables: TableOptions) => notesAtLeast(rows, tables.diagnostics);

/**
 * The result with its rows formatted for the tables (see `tableSinks`); pure, for the worker threads.
 * `shown` false: the report will not show the document (`ShownSelection`), so the text and the mention
 * fields only the report's shown documents read are left out (`DocumentResult`'s `withheld`).
 */
export function formatResult(r: DocumentResult, tables: TableOptions = DEFAULT_TABLES, shown = true): DocumentResult {
  const t = timing.on ? performance.now() : 0;
  const rows = mentionRowsOf(r);
  const formatted: FormattedResult = { mentions: formatRows(MENTION_COLUMNS, rows, tables.json), diagnostics: formatRows(DIAGNOSTIC_COLUMNS, listed(r.diagnostics, tables), tables.json), document: formatJsonElement(r.document) };
  if (timing.on) lap('format', t);
  // the formatted rows carry every value to the tables; of the plain rows, the main thread's other sinks
  // (entities, co-occurrences, candidates, report) read neither info diagnostics nor the sentence of a
  // mention that no rule found (10% of the structured-clone bytes on 1,000 documents of the 5 MB bench
  // corpus), nor the document's notes and the text of its dropped blocks (documents.json has them, in
  // `formatted.document`), nor the entities' gazetteer aliases: they are left out of what crosses to it
  // (the 2,218 results of the 5 MB bench corpus: 93.8 MB of structured clone instead of 104.5, read back
  // in 84 ms instead of 106-113; docs/BENCHMARKS.md)
  // (module-level functions, not closures made per document: see docs/ARCHITECTURE.md, "Hot code")
  const d = r.document;
  const document: DocumentRow = { ...d, dropped: d.dropped.map(withoutText), diagnostics: [] };
  const entities = r.entities.map(withoutAliases);
  const common = { ...r, entities, document, diagnostics: problemsOf(r.diagnostics), formatted };
  if (shown) return { ...common, mentions: rows.map(crossingRow), text: r.text, withheld: undefined };
  // nor, of a document the report will not show, the text and half of each mention row's fields (2,000 results
  // of the 5 MB bench corpus: 53.5 -> 45.5 MB of structured clone, 845,000 -> 572,000 properties, serialised in
  // a median 405 -> 359 ms; their mention rows alone read back in 119 -> 39 ms, but whole results within the
  // noise; docs/BENCHMARKS.md, seventeenth session)
  return { ...common, mentions: rows.map(factsOf), text: null, withheld: true };
}

/** Does a mention row's sentence cross to the main thread (`formatResult`)? Not that of a mention no rule or model found. */
const keepsSentence = (m: MentionRow) => m.sentence_text === '' || found(m.source);
/** a mention row as it crosses to the main thread for a shown document (`formatResult`) */
const crossingRow = (m: MentionRow): MentionRow => (keepsSentence(m) ? m : { ...m, sentence_text: '' });
/** a mention row's facts, as they cross to the main thread for a document the report does not show (`formatResult`) */
const factsOf = (m: MentionRow): MentionFacts => ({ entity_id: m.entity_id, text: m.text, source: m.source, sentence: m.sentence, name: m.name, type: m.type, sentence_text: keepsSentence(m) ? m.sentence_text : '' });
const withoutAliases = <E extends { readonly aliases: readonly string[] }>(e: E): E => (e.aliases.length === 0 ? e : { ...e, aliases: [] });
const withoutText = <B extends { readonly text: string }>(b: B): B => ({ ...b, text: '' });

/**
 * A date an input gives, as documents.json writes dates (ISO 8601) where it is one written with a space
 * ('2020-12-28 10:15:00', news-please's and SQL's way -> '2020-12-28T10:15:00'); any other string as given.
 */
export function givenDate(date: string | null): string | null {
  return date !== null && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(date) ? date.replace(' ', 'T') : date;
}

/** Metadata a JSONL article brings along; it overrides what cleaning found in the text. */
export type GivenMetadata = Pick<JsonlRecord, 'title' | 'date' | 'url' | 'source' | 'part'>;

export function toResult(p: ProcessedDocument, bytes: number, given?: GivenMetadata): FullResult {
  const d = p.doc;
  const t = timing.on ? performance.now() : 0;
  const r: FullResult = {
    id: p.id,
    path: p.path,
    failed: p.failed,
    bytes,
    sentences: d?.sentences.length ?? 0,
    mentions: d ? mentionRows(d) : [],
    diagnostics: diagnosticRows(p.id, p.path, p.diagnostics, d?.text),
    document: documentRow(p, given),
    entities: d ? [...d.entities.values()] : [],
    text: d?.text ?? null,
  };
  if (timing.on) lap('rows', t);
  return given?.part ? shiftResult(r, given.part) : r;
}

/**
 * A part's result (src/input/parts.ts) with its offsets and lines into the whole file's text, as every table
 * gives them: `file.slice(row.start, row.end) === row.text`. The text stays the part's (the report shows the part,
 * and takes `part.start` off again: `fromResult`); byte offsets (a decoding's notes) are the file's already.
 */
function shiftResult(r: FullResult, part: TextPart): FullResult {
  const by = part.start;
  const lines = part.line - 1;
  const span = <T extends { start: number | null; end: number | null }>(x: T): T => (x.start === null || x.end === null ? x : { ...x, start: x.start + by, end: x.end + by });
  const document = r.document;
  return {
    ...r,
    mentions: r.mentions.map((m) => ({ ...m, start: m.start + by, end: m.end + by, line: m.line + lines })),
    diagnostics: r.diagnostics.map((x) => ({ ...span(x), line: x.line === null ? null : x.line + lines })),
    document: { ...document, blocks: document.blocks.map(span), dropped: document.dropped.map(span), diagnostics: document.diagnostics.map(span) },
  };
}

function documentRow(p: ProcessedDocument, given?: GivenMetadata) {
  const d = p.doc;
  const byType: Record<string, number> = { person: 0, place: 0, organization: 0, norp: 0 };
  for (const m of d?.mentions ?? []) byType[m.type]++;
  // a JSONL article's own fields win over what cleaning read from the text; `url` only exists there (and in a part
  // of a long .txt file, which is an article record too: src/input/parts.ts; its url null)
  const metadata = d && given ? { ...d.metadata, title: given.title ?? d.metadata.title, date: givenDate(given.date) ?? d.metadata.date, outlet: given.source ?? d.metadata.outlet, url: given.url } : (d?.metadata ?? null);
  return {
    id: p.id,
    path: p.path,
    status: documentStatus(p),
    encoding: d?.encoding ?? null,
    // what the offsets index: a web page's spans are into its markup
    format: d ? (d.format ?? 'text') : null,
    bytes: d?.bytes ?? null,
    // a part of a long text file (src/input/parts.ts): which, and where it starts in the file
    ...(given?.part ? { part: given.part } : {}),
    metadata,
    counts: { characters: d?.text.length ?? 0, sentences: d?.sentences.length ?? 0, mentions: d?.mentions.length ?? 0, entities: d?.entities.size ?? 0, byType },
    blocks: (d?.blocks ?? []).map((b) => ({ start: b.span.start, end: b.span.end, zone: b.zone })),
    dropped: (d?.dropped ?? []).map((b) => ({ start: b.span.start, end: b.span.end, reason: b.reason, text: b.text })),
    diagnostics: p.diagnostics.filter((x) => x.code !== 'clean/dropped-block').map((x) => ({ stage: x.stage, severity: x.severity, code: x.code, message: x.message, start: x.span?.start ?? null, end: x.span?.end ?? null, byteOffset: x.byteOffset ?? null })),
  };
}

/** A JSONL line or CSV row that is not an article: a failed document named `file:line`, so the rest of the file goes on. */
export function badLineResult(path: string, line: number, code: 'read/bad-jsonl' | 'read/bad-csv' | 'read/bad-json', error: string, bytes: number): FullResult {
  return failedResult(`${path}:${line}`, path, { code, severity: 'fail', stage: 'read', message: `${path}:${line}: ${error}`, line }, bytes);
}

/** The result of a document that never reached the stages (refused, a bad JSONL line, a crashed worker): one failure. */
export function failedResult(id: string, path: string, diagnostic: Diagnostic, bytes: number): FullResult {
  return toResult({ id, path, doc: undefined, diagnostics: [diagnostic], failed: true }, bytes);
}

// ---------------------------------------------------------------------------
// Sinks: the outputs, fed every document's result in input order

/**
 * An output. `write` gets every document's result in input order (never two
 * at once); `finish` runs after the last one and finishes the output, its
 * move into place queued on `publication` (the batch runs it once every
 * output is finished), or done at once without one;
 * `abort` drops whatever was half-written or finished but not yet moved.
 */
export interface Sink {
  write(r: DocumentResult): void | Promise<void>;
  finish(publication?: Publication): Promise<void>;
  abort(): Promise<void>;
  /** the CSV/JSON tables it writes, for the run's row counts */
  readonly tables?: readonly TableWriter<never>[];
}

/** A table written row by row as documents arrive; `formatted` picks the result's rows as a worker formatted them. */
function streamedTable<Row extends Record<string, unknown>>(writer: TableWriter<Row>, rowsOf: (r: DocumentResult) => readonly Row[], formatted: (f: FormattedResult) => FormattedRows): Sink {
  return {
    write: (r) => (r.formatted ? writer.writeFormatted(formatted(r.formatted)) : writer.writeRows(rowsOf(r))),
    finish: (publication) => writer.commit(publication),
    abort: () => writer.abort(),
    tables: [writer],
  };
}

/** documents.json: one object per document, one per line. */
function documentsJson(base: string, files: FileOptions = {}): Sink {
  const writer = new JsonArrayWriter(jsonFile(base, files), undefined, files.json === 'lines', files.gzip);
  return {
    write: (r) => writer.writeFormatted(r.formatted?.document ?? formatJsonElement(r.document)),
    async finish(publication) {
      await writer.commit(publication);
      // an earlier run's documents in another shape or compression, out of date (as TableWriter.commit)
      await publishWith(publication, (p) => p.later(() => removeOtherVariants((f) => jsonFile(base, f), files)));
    },
    abort: () => writer.abort(),
  };
}

/** The entity table: aggregated across documents (the only cross-document state), written at the end. */
function entityTable(base: string, at: number, files: FileOptions = {}): Sink & { readonly table: EntityTable } {
  // past `at` entities the table spills to runs beside the output (entities.run-<n>.tmp); the
  // report reads it after this sink's finish, so its files are removed by whoever ends the batch (`runBatch`)
  const table = new EntityTable({ path: base, at });
  const writer = new TableWriter<EntityRow>(base, ENTITY_COLUMNS, files);
  // the places with coordinates, for a map: from the same rows, in the same pass
  const placesPath = (f: FileOptions) => withGz(join(dirname(base), 'places.geojson'), f);
  const places = new PlacesGeoJson(placesPath(files), files);
  return {
    table,
    write: (r) => table.addRows(r.mentions, r.entities),
    async finish(publication) {
      for (const rows of table.rowChunks(10_000)) {
        await writer.writeRows(rows);
        await places.writeRows(rows);
      }
      await writer.commit(publication);
      await places.commit(publication);
      await publishWith(publication, (p) => p.later(() => removeOtherVariants(placesPath, files)));
    },
    async abort() {
      table.remove();
      await writer.abort();
      await places.abort();
    },
    tables: [writer],
  };
}

/**
 * The tables of --output: mentions, entities, diagnostics (CSV + JSON each)
 * and documents.json. Each writes into a temporary file renamed by `finish`.
 */
export function tableSinks(outputDir: string, tables: TableOptions = DEFAULT_TABLES, limits = spillLimits()): { sinks: Sink[]; entities: EntityTable } {
  const entities = entityTable(join(outputDir, 'entities'), limits.entities, tables);
  const sinks: Sink[] = [
    streamedTable(new TableWriter<MentionRow>(join(outputDir, 'mentions'), MENTION_COLUMNS, tables), mentionRowsOf, (f) => f.mentions),
    entities,
    streamedTable(new TableWriter<DiagnosticRow>(join(outputDir, 'diagnostics'), DIAGNOSTIC_COLUMNS, tables), (r) => listed(r.diagnostics, tables), (f) => f.diagnostics),
    documentsJson(join(outputDir, 'documents'), tables),
  ];
  return { sinks, entities: entities.table };
}

/** The CSV tables of `sinks` with more rows, the header included, than a spreadsheet opens (SPREADSHEET_ROWS). */
export function tooLongForSpreadsheets(sinks: readonly Sink[]): RunSummary['tooLongForSpreadsheets'] {
  return sinks
    .flatMap((s) => s.tables ?? [])
    .filter((t) => t.rows + 1 > SPREADSHEET_ROWS)
    .map((t) => ({ file: basename(t.csvPath), json: basename(t.jsonPath), rows: t.rows }));
}

/** candidates.csv/.json: names no gazetteer holds, aggregated across documents, written at the end. */
function candidateSink(base: string, at: number, files: FileOptions = {}): Sink {
  // past `at` names the table spills to runs beside the output (candidates.run-<n>.tmp)
  const table = new CandidateTable({ path: base, at });
  const writer = new TableWriter<CandidateRow>(base, CANDIDATE_COLUMNS, files);
  return {
    write: (r) => table.addRows(r.id, r.mentions),
    async finish(publication) {
      try {
        for (const rows of table.rowChunks(10_000)) await writer.writeRows(rows);
      } finally {
        table.remove();
      }
      await writer.commit(publication);
    },
    async abort() {
      table.remove();
      await writer.abort();
    },
    tables: [writer],
  };
}

/**
 * `--stdin-jsonl`: every mention as one JSON object per line (the mentions
 * table's columns), written as soon as its document's turn comes, for Spark
 * `RDD.pipe` / Hadoop Streaming. Failed documents and bad lines go to stderr.
 */
export function jsonlMentionSink(out: Writable, err: Writable, quiet: boolean): Sink {
  return {
    async write(r) {
      let chunk = '';
      for (const m of mentionRowsOf(r)) chunk += jsonRow(MENTION_COLUMNS, m) + '\n';
      for (const d of r.diagnostics) {
        // 'news-entities: fail read/bad-jsonl: <stdin>:4: "text" must be a string, got 5'
        const where = d.message.startsWith(`${d.document}:`) ? '' : `${d.document}: `;
        if (d.severity === 'fail' || (d.severity === 'warn' && !quiet)) err.write(`news-entities: ${d.severity} ${d.code}: ${where}${d.message}\n`);
      }
      if (chunk && !out.write(chunk)) await new Promise((ok) => out.once('drain', ok));
    },
    finish: async () => undefined,
    abort: async () => undefined,
  };
}

// ---------------------------------------------------------------------------
// The runner

export interface RunSummary {
  documents: number;
  failed: number;
  /** documents read and not processed on purpose (`--english-only`): documents.json's status `skipped` */
  notProcessed: number;
  sentences: number;
  mentions: number;
  byType: Record<EntityType, number>;
  entities: number;
  /** documents taken from the cache rather than processed */
  cached: number;
  /** files looked up in the cache by their stamp (`InputFile.stamp`), not read to hash them (a damaged entry's file is still read, by the thread that processes it again) */
  unread: number;
  /** input bytes of the documents written */
  bytes: number;
  seconds: number;
  /** gazetteer load time: loaded once for every thread (or read back from the cache), plus the slowest worker's opening of them */
  gazetteerSeconds: number;
  /** the gazetteers were read back from the cache (an earlier run with the same code and gazetteers saved them) */
  gazetteersCached: boolean;
  workers: number;
  /** files of the input directory the run did not read (no extension it reads: `.pdf`, `.docx`, ...) */
  skipped: SkippedFiles;
  /** what the WARC inputs held: records read as articles, and the records passed over by kind (requests, redirects, images, ...) */
  warc: WarcTally;
  /** `.json` files that hold no article (no `text`, `html` or `maintext` key: a manifest beside the articles), not read */
  notArticles: string[];
  /** CSV tables with more rows than a spreadsheet opens (SPREADSHEET_ROWS, the header included) */
  tooLongForSpreadsheets: { readonly file: string; readonly json: string; readonly rows: number }[];
}

export interface Progress {
  readonly documents: number;
  readonly bytes: number;
  readonly cached: number;
  readonly failed: number;
}

export interface RunHooks {
  /**
   * once the inputs are listed: expected totals (approximate when sharding JSONL); with `counting`, the
   * articles of JSONL, CSV, JSON and WARC files are still being counted beside the run, and `onTotals` gives
   * the totals when they are known
   */
  onStart?: (total: { documents: number; bytes: number; workers: number; counting?: boolean }) => void;
  /** the totals once the article files are counted (after `onStart` with `counting`; not after the last document) */
  onTotals?: (total: { documents: number; bytes: number }) => void;
  /** after every document written */
  onDocument?: (progress: Progress, r: DocumentResult) => void;
  /** after the last document, before the aggregated tables and the report are written (seconds on a large corpus) */
  onFinishing?: () => void;
  /**
   * Aborted: stop (Ctrl-C). No further document is started; the documents the workers are processing finish and
   * go into the cache with the rest of this run's; no table is moved into place (an earlier run's stay as they
   * were) and the temporary files are removed; `runBatch` then rejects with an `InterruptedError`. Once the
   * finished outputs are being moved into place (milliseconds), that completes.
   */
  signal?: AbortSignal;
}

/** A run stopped by `RunHooks.signal`: `documents` were written to the (abandoned) tables. */
export class InterruptedError extends Error {
  constructor(readonly documents: number) {
    super(`interrupted after ${documents} documents`);
    this.name = 'InterruptedError';
  }
}

/** `runItems`' failure once `RunHooks.signal` is aborted (the error is made when the writes have stopped) */
const INTERRUPTED = Symbol('interrupted');

/** Throws an `InterruptedError` once `signal` is aborted. */
function stopIfInterrupted(signal: AbortSignal | undefined, summary: RunSummary): void {
  if (signal?.aborted) throw new InterruptedError(summary.documents);
}

export const emptySummary = (): RunSummary => ({ documents: 0, failed: 0, notProcessed: 0, sentences: 0, mentions: 0, byType: { person: 0, place: 0, organization: 0, norp: 0 }, entities: 0, cached: 0, unread: 0, bytes: 0, seconds: 0, gazetteerSeconds: 0, gazetteersCached: false, workers: 0, skipped: { byExtension: new Map(), count: 0 }, warc: new WarcTally(), notArticles: [], tooLongForSpreadsheets: [] });

/**
 * Bytes of input in flight at once (dispatched, not yet written) per worker (or for the main thread), besides
 * `Config.concurrency`'s count: a news article is 2-50 kB, so the count alone bounds memory; a document of a
 * quarter or a whole megabyte (a part of a long text, src/input/parts.ts; a JSON Lines article just under the
 * threshold) holds tens of megabytes until written: with `--workers 0`, 48 of them in flight took a 40 MB file's
 * run 1.60 GiB with parts of 1,000,000 characters, and 1.02 GiB with parts of 250,000 (685 MiB with this bound;
 * docs/BENCHMARKS.md, thirty-fifth session).
 * One document is always let through, however large.
 */
export const IN_FLIGHT_BYTES_PER_WORKER = 2 * 1024 * 1024;

/**
 * Drives items through the executor and the sinks. Documents are processed in
 * parallel (worker threads) but written strictly in input order through a
 * reorder buffer, so the output never depends on timing. The buffer is
 * bounded: at most `config.concurrency` documents, and about
 * `IN_FLIGHT_BYTES_PER_WORKER` bytes a worker, are in flight (dispatched
 * and not yet written), so a slow document holds back the reading of new
 * ones instead of letting thousands of finished results pile up behind it.
 */
export async function runItems(
  items: AsyncIterable<InputItem>,
  sinks: readonly Sink[],
  exec: Executor,
  cache: ResultCache | undefined,
  config: Pick<Config, 'concurrency'> & Partial<Pick<Config, 'maxBytes' | 'englishOnly'>> & { readonly format?: TableOptions; readonly shown?: ShownSelection },
  hooks: RunHooks,
  summary: RunSummary = emptySummary(),
): Promise<RunSummary> {
  const pending = new Map<number, DocumentResult>();
  let nextToWrite = 0;
  // the input bytes of the documents in flight, and each one's, by its place in the input
  const maxBytes = IN_FLIGHT_BYTES_PER_WORKER * Math.max(1, summary.workers);
  const sizes = new Map<number, number>();
  let inFlightBytes = 0;
  // in one thread the runner reads the stored results: one found by content gets the file's stamp as a key too
  // (what a worker does for the results it reads: src/workers/task.ts)
  const stampWriter = cache && !exec.readsStoredResults ? new CacheWriter(cache.root) : undefined;
  const english = config.englishOnly ? { englishOnly: true as const } : {};
  let dispatched = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  // writes are serialised on one promise chain so two finishing documents never interleave their rows
  let chain: Promise<void> = Promise.resolve();
  const drain = () =>
    (chain = chain.then(async () => {
      while (failure === undefined && pending.has(nextToWrite)) {
        const r = pending.get(nextToWrite)!;
        pending.delete(nextToWrite);
        inFlightBytes -= sizes.get(nextToWrite)!;
        sizes.delete(nextToWrite);
        nextToWrite++;
        for (const s of sinks) await s.write(r);
        summary.documents++;
        summary.bytes += r.bytes;
        if (r.failed) summary.failed++;
        else if (r.document.status === 'skipped') summary.notProcessed++;
        summary.sentences += r.sentences;
        summary.mentions += r.mentions.length;
        for (const m of r.mentions) summary.byType[m.type]++;
        hooks.onDocument?.({ documents: summary.documents, bytes: summary.bytes, cached: summary.cached, failed: summary.failed }, r);
        signal();
      }
    }).catch((e) => {
      failure ??= e;
      signal();
    }));

  const produce = async (item: InputItem): Promise<DocumentResult> => {
    if (item.kind === 'bad-line') return badLineResult(item.path, item.line, item.code, item.error, item.bytes);
    if (item.kind === 'refused') return failedResult(item.id, item.path, { code: item.code, severity: 'fail', stage: 'read', message: item.message }, item.bytes);
    let task: Task;
    let key: string | undefined;
    // whether the report may show it: if not, its result crosses from the worker without what only the
    // report's shown documents need (`formatResult`)
    const shown = config.shown?.offer(item.path, item.kind === 'file' ? documentId(item.path) : item.record.id);
    // the key of a file's stamp (`InputFile.stamp`), stored beside its content's when the file was read to hash it
    let also: string | undefined;
    if (item.kind === 'file') {
      let bytes: Uint8Array | undefined;
      const stampKey = cache && item.stamp !== undefined ? cache.stampKey(item.path, item.stamp) : undefined;
      if (stampKey && cache!.has(stampKey)) {
        // unchanged since a run stored its result (the same size, times, inode and device): found without reading
        // the file. A rerun of a corpus not in the OS's page cache no longer reads every file; a rerun of the
        // 20 MB bench corpus from the cache, files in the page cache: docs/BENCHMARKS.md (thirty-fourth session)
        key = stampKey;
        summary.unread++;
      } else if (cache) {
        // read here only to hash; an unreadable file goes to the worker, whose read stage reports it.
        // One blocking call (files above --max-bytes never get here): with fs/promises' readFile (open,
        // fstat, read, close, each a round trip through the thread pool) the 20 MB bench corpus took,
        // alternating twice, 20.89 / 22.08 s for a first run with the cache against 19.64 / 19.62 s,
        // and 9.54-9.84 s against 8.95-9.09 s for a rerun from it (system time 3.5 against 2.4 s)
        try {
          bytes = readFileSync(item.abs);
        } catch {
          bytes = undefined;
        }
        if (bytes) {
          key = cache.key('file', item.path, contentHash(bytes));
          also = stampKey;
        }
      }
      // a gzipped article is unpacked in the read stage, up to --max-bytes (the listing checked only its trailer's size)
      const unpack = config.maxBytes !== undefined && isGzPath(item.path) ? { maxBytes: config.maxBytes } : {};
      task = { kind: 'file', path: item.path, abs: item.abs, size: item.bytes, bytes, format: config.format, shown, ...unpack, ...english };
    } else {
      if (cache) key = cache.key('record', item.path, contentHash(item.raw));
      task = { kind: 'record', path: item.path, record: item.record, size: item.bytes, format: config.format, shown, ...english };
    }
    // a stored result: with worker threads a worker reads it and formats its rows, or processes the
    // document instead if the entry cannot be read (and stores it again); in one thread the runner reads it
    let hit: DocumentResult | undefined;
    if (cache && key) {
      if (!exec.readsStoredResults) {
        hit = await cache.get(key);
        const at = hit && also ? cache.locate(key) : undefined;
        if (at) stampWriter?.alias(also!, at);
      }
      task = { ...task, cache: { root: cache.root, key, ...(also ? { also } : {}) }, cached: exec.readsStoredResults ? cache.locate(key) : undefined };
    }
    const r = hit ? { ...hit, cached: true as const } : await exec.run(task);
    if (r.cached) summary.cached++;
    return r;
  };

  // an interruption (Ctrl-C): no document is started after it; the runner stops waiting for those in flight
  const interrupt = () => {
    failure ??= INTERRUPTED;
    signal();
  };
  if (hooks.signal?.aborted) interrupt();
  hooks.signal?.addEventListener('abort', interrupt, { once: true });
  try {
    for await (const item of items) {
      const full = () => dispatched - summary.documents >= config.concurrency || (dispatched > summary.documents && inFlightBytes + item.bytes > maxBytes);
      while (failure === undefined && full()) await new Promise<void>((ok) => (wake = ok));
      if (failure !== undefined) break;
      const seq = dispatched++;
      sizes.set(seq, item.bytes);
      inFlightBytes += item.bytes;
      produce(item).then(
        (r) => {
          pending.set(seq, r);
          drain();
        },
        (e) => {
          failure ??= e;
          signal();
        },
      );
    }
    while (failure === undefined && summary.documents < dispatched) await new Promise<void>((ok) => (wake = ok));
  } finally {
    hooks.signal?.removeEventListener('abort', interrupt);
  }
  await chain;
  await stampWriter?.close();
  // an interruption counts the documents written by the time the writes stopped, not when it came
  if (failure === INTERRUPTED) throw new InterruptedError(summary.documents);
  if (failure !== undefined) throw failure;
  return summary;
}

/**
 * The run cache's folder for this run's fingerprint (the code, the installed
 * dependencies, the gazetteers, the model), when there is a cache folder: the
 * result cache and the packed gazetteers (`gazetteerCacheFile`) live there.
 */
async function runCacheOf(config: Config, dir: string | null): Promise<{ dir: string; fingerprint: string; gazetteers: string } | undefined> {
  if (!dir) return undefined;
  const fingerprint = await runFingerprint(config.gazetteers, config.model, { englishOnly: config.englishOnly });
  return { dir, fingerprint, gazetteers: gazetteerCacheFile(dir, fingerprint) };
}

/**
 * The batch: lists the inputs, processes them on `config.workers` worker
 * threads (0: in this thread), reuses cached results of unchanged documents,
 * and writes the tables in input order. Only the entity table is kept across
 * documents; the tables are published (renamed into place) only when every
 * document is written.
 */
export async function runBatch(config: Config, hooks: RunHooks = {}): Promise<RunSummary> {
  tuneGarbageCollection(config.memoryBudgetMb);
  tuneOptimizer();
  const t0 = performance.now();
  const summary = emptySummary();
  const { files, skipped } = await listInputDirectory(config.input, { settleMs: config.settleMs, stamps: config.cache !== null });
  summary.skipped = skipped;
  const workers = workersFor(config, files.reduce((n, f) => n + f.size, 0));
  // the fingerprint first: the gazetteers are kept in its folder of the cache (created only once they have loaded without problems)
  const runCache = await runCacheOf(config, config.cache);
  const exec = await startExecutor(workers, config.gazetteers, config.model, { heapMb: config.workerHeapMb, gazetteerCache: runCache?.gazetteers });
  summary.gazetteerSeconds = exec.loadSeconds;
  summary.gazetteersCached = exec.gazetteersCached === true;
  summary.workers = workers;
  let cache: ResultCache | undefined;
  // ends the count of the article files beside the run (onTotals) when the last document is in, or the run fails
  const countDone = new AbortController();
  try {
    // the files of one article each are counted from the listing; the articles of JSONL, CSV, JSON and WARC
    // files beside the run, which a pass over them takes (a large web archive: minutes) and needs not wait for
    if (hooks.onStart) {
      const cut = partSizes(config);
      const counting = files.some((f) => f.kind !== 'document' || inParts(f, cut));
      hooks.onStart({ ...(await expectedTotals(files, config, counting)), workers, counting });
      if (counting)
        void expectedTotals(files, config, false, countDone.signal).then(
          (t) => void (countDone.signal.aborted ? undefined : hooks.onTotals?.(t)),
          () => undefined,
        );
    }
    cache = runCache ? await ResultCache.open(runCache.dir, runCache.fingerprint) : undefined;
    await mkdir(config.output, { recursive: true });
    const tables: TableOptions = { diagnostics: config.diagnostics, json: config.jsonLines ? 'lines' : 'array', gzip: config.gzip };
    const limits = spillLimits(config.memoryBudgetMb);
    const { sinks, entities } = tableSinks(config.output, tables, limits);
    const cooc = cooccurrenceSink(config.output, (id) => entities.nameOf(id), limits.pairs, tables);
    sinks.push(cooc, candidateSink(join(config.output, 'candidates'), limits.candidates, tables));
    // the report reads the aggregated tables in its finish step, so it comes last
    if (config.report) sinks.push(reportSink(config.output, () => ({ entities: entities.listing(), ...cooc.forReport() }), { maxDocuments: config.reportDocuments, maxEntities: config.reportEntities }));
    try {
      // with no report, no document is shown: no text crosses from the workers
      const shown = new ShownSelection(config.report ? config.reportDocuments : 0);
      await runItems(inputItems(files, config.shard ?? undefined, { maxBytes: config.maxBytes, warc: summary.warc, notArticles: (p) => void summary.notArticles.push(p), englishOnly: config.englishOnly, longChars: config.longChars, partChars: config.partChars }), sinks, exec, cache, { ...config, format: tables, shown }, hooks, summary);
      countDone.abort();
      hooks.onFinishing?.();
      // Every document is in: the workers stop (their heaps, ~105-140 MB each in the name-changing bench runs, freed) while this thread
      // writes the aggregated tables and the report, where a run's peak RSS used to be. The `finally`
      // below awaits the same promise, and reports its error.
      exec.close().catch(() => {});
      // every output is finished before any is moved into place (`Publication`); an interruption meanwhile
      // leaves the earlier run's tables as they were
      const publication = new Publication();
      for (const s of sinks) {
        stopIfInterrupted(hooks.signal, summary);
        await s.finish(publication);
      }
      stopIfInterrupted(hooks.signal, summary);
      await publication.run();
    } catch (e) {
      await Promise.all(sinks.map((s) => s.abort()));
      throw e;
    }
    summary.entities = entities.size;
    entities.remove();
    cooc.table.remove();
    summary.tooLongForSpreadsheets = tooLongForSpreadsheets(sinks);
  } finally {
    countDone.abort();
    await exec.close();
    await cache?.close();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** The documents and bytes a run expects; `documentsOnly`: count only the files of one article each (from the listing, no reading). */
async function expectedTotals(files: Awaited<ReturnType<typeof listInputFiles>>, config: Config, documentsOnly = false, signal?: AbortSignal): Promise<{ documents: number; bytes: number }> {
  const shard = config.shard;
  let documents = 0;
  let bytes = 0;
  const cut = partSizes(config);
  for (const f of files) {
    if (signal?.aborted) break;
    const parts = inParts(f, cut);
    if (documentsOnly && (f.kind !== 'document' || parts)) continue;
    if (f.kind === 'document' && !parts) {
      if (shard && shardOf(shardKey({ kind: 'file', path: f.path, abs: f.abs, bytes: f.size }), shard.count) !== shard.index) continue;
      documents++;
      bytes += f.size;
    } else {
      // JSONL, CSV and WARC articles (and a long text's parts) are sharded by id: without reading every id, assume an even split
      const n = shard ? shard.count : 1;
      const t = await articleTotals(f, signal, { englishOnly: config.englishOnly, longChars: config.longChars, partChars: config.partChars });
      documents += Math.round(t.articles / n);
      bytes += Math.round(t.bytes / n);
    }
  }
  return { documents, bytes };
}

/**
 * `--stdin-jsonl`: articles from standard input, mentions as JSON Lines on
 * standard output, in input order, as they are done. No tables, no cache.
 */
export async function runStdinJsonl(config: Config, input: NodeJS.ReadableStream, out: Writable, err: Writable, hooks: RunHooks = {}): Promise<RunSummary> {
  tuneGarbageCollection(config.memoryBudgetMb);
  tuneOptimizer();
  const t0 = performance.now();
  const summary = emptySummary();
  // no output folder, so no default cache; with --cache DIR, the packed gazetteers are read from (and
  // kept in) it: each partition of a Spark or Hadoop job is a process of its own, and loads them in
  // a fraction of the time the files take
  const runCache = await runCacheOf(config, config.cacheGiven ? config.cache : null);
  const exec = await startExecutor(config.workers, config.gazetteers, config.model, { heapMb: config.workerHeapMb, gazetteerCache: runCache?.gazetteers });
  summary.gazetteerSeconds = exec.loadSeconds;
  summary.gazetteersCached = exec.gazetteersCached === true;
  summary.workers = config.workers;
  try {
    const shard = config.shard;
    const cut = partSizes(config);
    async function* items() {
      for await (const item of jsonlItems(input as import('node:stream').Readable, '<stdin>', { maxBytes: config.maxBytes })) {
        for (const x of recordParts(item, cut)) if (!shard || shard.count === 1 || shardOf(shardKey(x), shard.count) === shard.index) yield x;
      }
    }
    await runItems(items(), [jsonlMentionSink(out, err, config.quiet)], exec, undefined, config, hooks, summary);
  } finally {
    await exec.close();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}
