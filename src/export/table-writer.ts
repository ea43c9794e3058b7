import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { publishWith, type Publication } from './publication.js';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { stringify as stringifySync, type Options as CsvOptions } from 'csv-stringify/sync';
import { Stringifier } from 'csv-stringify';

type Columns = readonly string[];

/**
 * The most rows a spreadsheet sheet holds, the header row included: Excel's
 * limit (2^20), and LibreOffice Calc's unless its experimental "very large
 * spreadsheets" option is on. A longer CSV opens cut short, so the run warns
 * (cli.ts) and points to the JSON table.
 */
export const SPREADSHEET_ROWS = 1_048_576;

/**
 * The most characters a spreadsheet cell holds: Excel's documented limit
 * (32,767). LibreOffice Calc keeps more (a 40,075-character cell read back
 * whole), Excel does not, so a CSV cell never goes past it.
 */
export const SPREADSHEET_CELL_CHARS = 32_767;

/**
 * A CSV cell's text within `SPREADSHEET_CELL_CHARS`: a longer value (the
 * sentence of a mention in a 'sentence' of one 40,000-character token, which
 * hostile or broken input makes) is cut and ends in `…`, one character short
 * of the limit, left for the `'` escape_formulas may put in front. The JSON
 * table keeps the value whole. A surrogate pair is not split.
 *
 * Example: 'Baku ' + 'x'.repeat(40_000) -> 'Baku ' + 'x'.repeat(32_760) + '…' (32,766 characters)
 */
export function spreadsheetCell(text: string): string {
  if (text.length <= SPREADSHEET_CELL_CHARS - 1) return text;
  let end = SPREADSHEET_CELL_CHARS - 2;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

/**
 * How csv-stringify writes a value of each type: the same functions for every table and call, every type given
 * (csv-stringify adds its own default for a type left out to the options' `cast` object, made anew on each call,
 * and V8 keeps the optimised code of a function made per call only while one of them lives: see
 * docs/ARCHITECTURE.md, "Hot code"). string, bigint and date as csv-stringify's defaults write them.
 */
const CSV_CAST: CsvOptions['cast'] = {
  string: (v) => v,
  number: (v) => String(v),
  bigint: (v) => String(v),
  boolean: (v) => (v ? 'true' : 'false'),
  date: (v) => String(v.getTime()),
  object: (v) => spreadsheetCell(Array.isArray(v) ? v.join(' | ') : JSON.stringify(v)),
};

/** csv-stringify options of a table (normalised once per table and thread: `recordFormatter`). */
function csvOptions(columns: Columns): CsvOptions {
  return {
    columns: columns as string[],
    record_delimiter: 'windows',
    // quote a cell holding a line break of any kind, not only CRLF: with an explicit record_delimiter,
    // csv-stringify quotes only cells that contain that delimiter (its quote_record_delimiter defaults
    // to false then), so a mention spanning a hard-wrapped line ('Securities and\nExchange Commission',
    // 224 of 142,513 mention rows of the 20 MB bench corpus) went out bare, and a spreadsheet, which ends
    // a row at a bare LF or CR too, split that row in two
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: CSV_CAST,
  };
}

/**
 * Destroys a write stream and waits until its file is closed. A stream opens
 * its file asynchronously: destroyed before the open finished, it still
 * creates the file, after an abort's `rm` ran (seen in CI: a report's
 * fragments file left behind).
 */
export async function destroyStream(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  const closed = once(stream, 'close').catch(() => undefined);
  stream.destroy();
  await closed;
}

/** `{"col":` and `,"col":` of a table's columns, made once per columns array */
const keyPrefixes = new WeakMap<readonly string[], string[]>();

/**
 * One row as a JSON object with exactly the table's columns, in order (null
 * for empty): what `JSON.stringify` gives for an object built with those
 * keys, put together from the keys' JSON, made once, and each value's
 * `JSON.stringify`, without the object per row. 100,000 co-occurrence-like
 * rows: 93-98 ms against 129-296 (warmed and first run).
 */
export function jsonRow<Row extends Record<string, unknown>>(columns: readonly (keyof Row & string)[], row: Row): string {
  let keys = keyPrefixes.get(columns);
  if (!keys) keyPrefixes.set(columns, (keys = columns.map((c, i) => (i === 0 ? '{' : ',') + JSON.stringify(c) + ':')));
  let s = '';
  for (let i = 0; i < columns.length; i++) s += keys[i] + JSON.stringify(row[columns[i]] ?? null);
  return columns.length === 0 ? '{}' : s + '}';
}

/**
 * Rows formatted for a table, ready to append: what a worker thread sends
 * with a document's result, so the main thread only concatenates strings.
 */
export interface FormattedRows {
  /** CSV records, each ending in CRLF (csv-stringify's `eof`), no header: chunks concatenate */
  readonly csv: string;
  /** JSON objects (the table's columns, null for empty), separated by ',\n' (no leading separator), or with `lines` by '\n' */
  readonly json: string;
  readonly count: number;
  /** formatted for JSON Lines (`formatRows`' `json` 'lines') */
  readonly lines?: true;
}

/** Formats rows the way `TableWriter` writes them. Pure: safe to call in a worker thread. */
export function formatRows<Row extends Record<string, unknown>>(columns: readonly (keyof Row & string)[], rows: readonly Row[], shape: JsonShape = 'array'): FormattedRows {
  if (rows.length === 0) return shape === 'lines' ? { csv: '', json: '', count: 0, lines: true } : { csv: '', json: '', count: 0 };
  // records as arrays in column order: csv-stringify then reads each field by index instead of looking
  // up the column's key as a property path (its lodash-style `get`) per field; the same bytes. Real rows
  // (1,500 documents of the 5 MB bench corpus, with jsonRow below): mentions 293-314 ms against 315-330,
  // co-occurrences 719-745 against 771-776 (.scratch-style harness, alternating); most of what is left
  // is csv-stringify's own work per field
  const csv = formatCsv(columns, rows);
  const separator = shape === 'lines' ? '\n' : ',\n';
  let json = '';
  for (let i = 0; i < rows.length; i++) json += (i === 0 ? '' : separator) + jsonRow(columns, rows[i]);
  return shape === 'lines' ? { csv, json, count: rows.length, lines: true } : { csv, json, count: rows.length };
}

/**
 * `formatCsv` of rows given as their JSON lines (`jsonRow`'s, or a spilled table's merged rows): what the serial end's
 * CSV thread and the main thread beside it both format (src/export/csv-thread.ts).
 */
export function formatCsvOfLines(columns: Columns, lines: readonly string[]): string {
  return csvRecordsOfLines(columns, lines).join('');
}

/** The CSV half of `formatRows`: the rows' records, each ending in CRLF, no header. */
export function formatCsv<Row extends Record<string, unknown>>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string {
  return csvRecordsOf(columns, rows).join('');
}

/**
 * Each row's CSV record, ending in CRLF: `formatCsv` is them joined (as csv-stringify's sync API joins them). What
 * the serial end's CSV thread keeps per row of the co-occurrence table's merge (`csvRecordsOfLines`).
 *
 *   csvRecordsOf(['a', 'b'], [{ a: 'x', b: 1 }, { a: '=y', b: null }]) = ['x,1\r\n', "'=y,\r\n"]
 */
export function csvRecordsOf<Row extends Record<string, unknown>>(columns: readonly (keyof Row & string)[], rows: readonly Row[]): string[] {
  const records = rows.map((r) =>
    columns.map((c) => {
      const v = r[c];
      return typeof v === 'string' && v.length >= SPREADSHEET_CELL_CHARS ? spreadsheetCell(v) : v;
    }),
  );
  const formatter = recordFormatter(columns);
  const out: string[] = (csvRecords = []);
  try {
    for (const record of records) {
      const err = formatter.__transform(record, pushCsvRecord);
      if (err !== undefined) throw err;
    }
  } finally {
    csvRecords = [];
  }
  return out;
}

/** `csvRecordsOf` of rows given as their JSON lines (see `formatCsvOfLines`). */
export function csvRecordsOfLines(columns: Columns, lines: readonly string[]): string[] {
  return csvRecordsOf(columns, lines.map((l) => JSON.parse(l) as Record<string, unknown>));
}

/**
 * csv-stringify's formatter of one record, as its `Stringifier` keeps it (`api`): what its sync API and its stream
 * both call per record, with the options they normalised. The sync API normalises the options and makes this
 * formatter, methods and all, on every call: per document and table in the workers, per chunk at the serial end.
 * Made once per thread and table here, its options are normalised once and its methods keep their optimised code
 * (docs/ARCHITECTURE.md, "Hot code"). The same bytes: with `header` and `bom` false and `eof` (the default), a record's
 * CSV does not depend on the records before it (tests/export/csv.test.ts checks it against the sync API).
 */
interface RecordFormatter {
  /** pushes the record's CSV, CRLF included, or returns the error the sync API throws */
  __transform(record: unknown[], push: (csv: string) => void): Error | undefined;
}

/** `RecordFormatter`s by table, keyed by the columns' names (the CSV thread gets its columns as a new array each time) */
const recordFormatters = new Map<string, RecordFormatter>();

/** The `RecordFormatter` of a table of `columns` (made on first use). */
function recordFormatter(columns: Columns): RecordFormatter {
  const key = columns.join('\n');
  let formatter = recordFormatters.get(key);
  if (!formatter) {
    const api = (new Stringifier({ ...csvOptions(columns), header: false, bom: false }) as unknown as { api?: RecordFormatter }).api;
    if (typeof api?.__transform !== 'function') throw new Error('internal error: csv-stringify\'s Stringifier has no record formatter (api.__transform): a version the table writer was not written for');
    recordFormatters.set(key, (formatter = api));
  }
  return formatter;
}

/** The records `csvRecordsOf` has formatted so far, and how the record formatter adds to them (a top-level function, not a closure per call). */
let csvRecords: string[] = [];
const pushCsvRecord = (csv: string) => void csvRecords.push(csv);

/**
 * A temporary file written through a WriteStream in chunks of 256 kB: a
 * document's rows are a few small strings, and one stream write per string
 * (a syscall and a Buffer each) cost more than formatting them. `append`
 * waits only when the stream asks for it (backpressure).
 *
 * The strings are encoded (UTF-8) straight into the chunk's Buffer, and a
 * chunk's Buffer is used again once the stream has written it. Joining the
 * strings into one 256 kB string first, which the stream then encoded into
 * a new Buffer, copied every output byte twice more in the main thread and
 * made a large-object-space string per chunk (the tables are 13-18 times the
 * input on the 100 and 10 MB bench corpora).
 */
class ChunkedFile {
  /** what `append` writes to: the file, or with `gzip` the compressor in front of it */
  private readonly stream: Writable;
  private readonly file: WriteStream;
  private chunk: Buffer;
  private used = 0;
  /** chunks the stream has written, ready to be filled again */
  private readonly free: Buffer[] = [];
  readonly done: Promise<unknown>;

  constructor(
    readonly path: string,
    gzip = false,
  ) {
    this.file = createWriteStream(path);
    if (gzip) {
      // zlib compresses in libuv's thread pool, off the main thread; `pipeline` passes its backpressure on and
      // settles once the file is written (or either stream failed)
      const compressor = createGzip({ level: GZIP_LEVEL });
      this.stream = compressor;
      this.done = pipeline(compressor, this.file);
    } else {
      this.stream = this.file;
      this.done = once(this.file, 'finish');
    }
    this.done.catch(() => undefined);
    this.chunk = Buffer.allocUnsafe(CHUNK);
  }

  async append(s: string): Promise<void> {
    // a UTF-16 code unit is at most 3 bytes of UTF-8
    if (this.used + 3 * s.length > CHUNK) {
      await this.flush();
      if (3 * s.length > CHUNK) return this.write(Buffer.from(s, 'utf8'));
    }
    this.used += this.chunk.write(s, this.used, 'utf8');
  }

  async end(last: string): Promise<void> {
    await this.append(last);
    this.stream.end(this.chunk.subarray(0, this.used));
    await this.done;
  }

  destroy(): Promise<void> {
    if (this.stream !== this.file) this.stream.destroy();
    return destroyStream(this.file);
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.chunk;
    const n = this.used;
    this.chunk = this.free.pop() ?? Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    await this.write(full.subarray(0, n), full);
  }

  /** Writes `b`; `chunk` (the buffer `b` is part of) goes back to the free list once the stream is done with it. */
  private async write(b: Buffer, chunk?: Buffer): Promise<void> {
    const ok = this.stream.write(b, (err) => {
      if (!err && chunk && this.free.length < 4) this.free.push(chunk);
    });
    if (!ok && this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }
}
const CHUNK = 256 * 1024;

/**
 * Rows formatted per call by `TableWriter.writeRows`. Small enough that a
 * batch's CSV and JSON strings stay ordinary heap objects, well under V8's
 * large-object size (128 KiB) and under a third of CHUNK, so `append`
 * encodes them into its reused buffer: a batch of 1,000 co-occurrence rows
 * (~290 kB of JSON) was a large object, as was the Buffer encoded from it,
 * each mapped fresh from the OS and paid for in page faults; and the JSON, a
 * rope built with `+=`, was flattened on the way. 20 MB bench corpus, 2
 * workers, the time after the last document: 6.22-7.24 s with 1,000 rows a
 * call, 5.55 with 250, 3.38-4.99 with 100, 3.42 with 50 (csv-stringify's
 * cost per call does not show yet); docs/BENCHMARKS.md, tenth session.
 */
export const ROWS_PER_BATCH = 100;

/**
 * How the JSON tables are written: `array`, one JSON array with an element per line (`mentions.json`), or
 * `lines`, JSON Lines (`mentions.jsonl`): an object per line and nothing else, which a line-by-line reader
 * (`jq -c`; the JSON readers of Spark, DuckDB, pandas with `lines=True`) streams without holding the whole table.
 */
export type JsonShape = 'array' | 'lines';

/**
 * How a run writes its table files, from the run's options: the JSON tables' shape, and whether every
 * table file is gzipped (`--gzip`: `mentions.csv.gz`, `mentions.json.gz`, ...).
 */
export interface FileOptions {
  /** default `array` */
  readonly json?: JsonShape;
  /** default false */
  readonly gzip?: boolean;
}

/**
 * The gzip level of `--gzip`. Measured on the tables of the 20 MB bench corpus (358 MB, `gzip -N`, one
 * thread): level 1 60.0 MB in 3.6 s, level 4 52.1 MB in 4.4 s, level 6 (zlib's default) 48.9 MB in 6.6 s.
 */
export const GZIP_LEVEL = 1;

/** `path` with `.gz` added when gzipped (`--gzip`): `out/places.geojson` -> `out/places.geojson.gz` */
export const withGz = (path: string, files: FileOptions) => (files.gzip ? `${path}.gz` : path);

/**
 * `mentions` -> `mentions.json` or `mentions.jsonl`, with `.gz` when gzipped
 *
 *   jsonFile('out/mentions', { json: 'lines', gzip: true }) = 'out/mentions.jsonl.gz'
 */
export const jsonFile = (base: string, files: FileOptions = {}) => withGz(`${base}.${files.json === 'lines' ? 'jsonl' : 'json'}`, files);

/** `mentions` -> `mentions.csv`, or `mentions.csv.gz` */
export const csvFile = (base: string, files: FileOptions = {}) => withGz(`${base}.csv`, files);

/** Every other way a run may have written a file (`variant` of `files`): an earlier run's, out of date beside this run's. */
function otherVariants(variant: (files: FileOptions) => string, files: FileOptions): string[] {
  const all = (['array', 'lines'] as const).flatMap((json) => [false, true].map((gzip) => variant({ json, gzip })));
  return [...new Set(all)].filter((p) => p !== variant(files));
}

/** Removes an earlier run's copies of a file written in another shape or compression (`otherVariants`). */
export async function removeOtherVariants(variant: (files: FileOptions) => string, files: FileOptions): Promise<void> {
  await Promise.all(otherVariants(variant, files).map((p) => rm(p, { force: true })));
}

/**
 * Writes one table as CSV and JSON side by side, row by row, into temporary
 * files that are renamed into place only by `commit()`: a crash or Ctrl-C
 * mid-run leaves the previous output intact.
 *
 * CSV: UTF-8 with BOM (so Excel detects the encoding), RFC 4180 quoting and
 * CRLF line ends, cells starting with = + - @ tab or CR neutralised
 * (csv-stringify's escape_formulas), arrays joined with ` | `.
 * JSON: an array of objects, one per line, in the same order; or with `json` `lines`, those lines alone
 * (JSON Lines, `.jsonl`).
 */
export class TableWriter<Row extends Record<string, unknown>> {
  private readonly csvFile: ChunkedFile;
  private readonly jsonFile: ChunkedFile;
  /** where the JSON table goes once committed */
  readonly jsonPath: string;
  /** where the CSV table goes once committed */
  readonly csvPath: string;
  private readonly json: JsonShape;
  private first = true;
  private count = 0;

  constructor(
    private readonly basePath: string,
    private readonly columns: readonly (keyof Row & string)[],
    private readonly files: FileOptions = {},
  ) {
    this.json = files.json ?? 'array';
    this.jsonPath = jsonFile(basePath, files);
    this.csvPath = csvFile(basePath, files);
    this.csvFile = new ChunkedFile(`${this.csvPath}.tmp`, files.gzip);
    this.jsonFile = new ChunkedFile(`${this.jsonPath}.tmp`, files.gzip);
    // BOM and header once (csv-stringify's sync API); then each batch of rows is formatted by `formatCsv`
    // (one call per document rather than a stream transform per row: the same bytes, a fraction of the cost)
    void this.csvFile.append(stringifySync([], { ...csvOptions(columns), header: true, bom: true }));
    if (this.json === 'array') void this.jsonFile.append('[');
  }

  async write(row: Row): Promise<void> {
    return this.writeRows([row]);
  }

  /** Appends rows (a document's, or a whole aggregated table's) to both files, ROWS_PER_BATCH at a time. */
  async writeRows(rows: readonly Row[]): Promise<void> {
    for (let i = 0; i < rows.length; i += ROWS_PER_BATCH) await this.writeFormatted(formatRows(this.columns, rows.length <= ROWS_PER_BATCH ? rows : rows.slice(i, i + ROWS_PER_BATCH), this.json));
  }

  /** Appends rows formatted by `formatRows` with this table's columns (in a worker thread, typically). */
  async writeFormatted(f: FormattedRows): Promise<void> {
    if (f.count === 0) return;
    this.count += f.count;
    await this.csvFile.append(f.csv);
    // the separator and the rows appended apart: joined, they made a rope that `append` (Buffer.write)
    // first flattened into a copy of the rows. With the documents.json element below, 20 MB bench
    // corpus, 2 workers: the main thread allocated 3.46-3.49 GB instead of 3.57-3.65 (two alternating
    // rounds, --trace-gc-nvp); wall time the same within the noise
    // rows formatted for the other shape (the rows' separator is the only line break a batch holds: JSON.stringify
    // writes one inside a string as \n) are converted; the workers format for this one (`TableOptions.json`): the
    // conversion in this thread made a 20 MB run 10% slower
    if (this.json === 'lines') {
      await this.jsonFile.append(f.lines ? f.json : f.json.replaceAll(',\n', '\n'));
      await this.jsonFile.append('\n');
    } else {
      await this.jsonFile.append(this.first ? '\n' : ',\n');
      await this.jsonFile.append(f.lines ? f.json.replaceAll('\n', ',\n') : f.json);
    }
    this.first = false;
  }

  /** rows written so far (the header not counted) */
  get rows(): number {
    return this.count;
  }

  /** Finishes both files and moves them into place: at once, or with the run's other outputs (`publication`). */
  async commit(publication?: Publication): Promise<void> {
    await Promise.all([this.csvFile.end(''), this.jsonFile.end(this.json === 'lines' ? '' : this.first ? ']\n' : '\n]\n')]);
    await publishWith(publication, (p) => {
      p.rename(`${this.csvPath}.tmp`, this.csvPath);
      p.rename(`${this.jsonPath}.tmp`, this.jsonPath);
      // an earlier run's table in the other shape or compression would sit beside this one, out of date
      p.later(() => removeOtherVariants((f) => csvFile(this.basePath, f), this.files));
      p.later(() => removeOtherVariants((f) => jsonFile(this.basePath, f), this.files));
    });
  }

  /** Abandons the temporary files. */
  async abort(): Promise<void> {
    await Promise.all([this.csvFile.destroy(), this.jsonFile.destroy()]);
    await rm(`${this.csvPath}.tmp`, { force: true });
    await rm(`${this.jsonPath}.tmp`, { force: true });
  }
}

/**
 * One element of a `JsonArrayWriter` array, on one line like the tables'
 * rows, so line tools (head, grep, split) work on every JSON output. Pretty
 * printing made documents.json half as large again (60.5 MB against 40.3 MB
 * for the 20 MB bench corpus) and took twice the time to format. Pure.
 */
export function formatJsonElement(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * A JSON array written element by element to a temporary file, renamed by `commit()`; with `wrap`, the
 * array inside an object (`['{"type":"FeatureCollection","features":', '}']`: places.geojson).
 */
export class JsonArrayWriter {
  private readonly file: ChunkedFile;
  private first = true;

  /** `lines`: JSON Lines instead, the elements one per line and nothing else (`wrap` is then not written); `gzip`: gzipped */
  constructor(
    private readonly path: string,
    private readonly wrap: readonly [before: string, after: string] = ['', ''],
    private readonly lines = false,
    gzip = false,
  ) {
    this.file = new ChunkedFile(`${path}.tmp`, gzip);
    if (!lines) void this.file.append(wrap[0] + '[');
  }

  async write(value: unknown): Promise<void> {
    return this.writeFormatted(formatJsonElement(value));
  }

  /** Appends an element formatted by `formatJsonElement` (in a worker thread, typically). */
  async writeFormatted(element: string): Promise<void> {
    if (!this.lines) await this.file.append(this.first ? '\n' : ',\n');
    await this.file.append(element); // apart, as in TableWriter.writeFormatted
    if (this.lines) await this.file.append('\n');
    this.first = false;
  }

  /** Finishes the file and moves it into place: at once, or with the run's other outputs (`publication`). */
  async commit(publication?: Publication): Promise<void> {
    await this.file.end(this.lines ? '' : (this.first ? ']' : '\n]') + this.wrap[1] + '\n');
    await publishWith(publication, (p) => p.rename(`${this.path}.tmp`, this.path));
  }

  async abort(): Promise<void> {
    await this.file.destroy();
    await rm(`${this.path}.tmp`, { force: true });
  }
}
