import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import TinyQueue from 'tinyqueue';
import { Column } from './column.js';

/**
 * Disk-backed storage for the aggregated tables, so that what they keep in
 * memory does not grow with the number of distinct entities: a table that
 * outgrows its share writes its rows, sorted by key, as a *run* and starts
 * empty; after the last document the runs are merged by key, and the merged
 * rows are put in the table's order through a `RowFile` with only a numeric
 * sort key per row left in memory. What databases and map-reduce do with
 * aggregations larger than memory (sorted runs, a k-way merge).
 *
 * Hand-written: the npm external sorts (external-sorting, external-merge-sort)
 * sort a stream of values into a file; a table needs the runs' rows grouped
 * by key, in run order, to combine them, and random access to the merged rows
 * to write them in an order only known after the merge.
 *
 * Blocking I/O on purpose: it runs in the main thread between two documents
 * (a spill) or after the last one, when nothing else waits on that thread;
 * the workers keep processing meanwhile.
 */

/**
 * The share of the memory budget (`--memory-budget`) each aggregated table
 * (entities, co-occurrences, candidates) holds before it spills, and the
 * least it holds whatever the budget.
 *
 * Why 1%. With the tables held up to 100,000 entities and 500,000 pairs
 * (the nineteenth session's constants, ~120 MB together), the peak RSS of
 * the 100 MB name-changing bench corpus was 1.29-1.30 times the 10 MB one's
 * (the target: 1.2), its tables growing all through the run. At 1%
 * of the default 900 MB (~25,000 entities, ~94,000 pairs, ~31,000
 * candidates: ~28 MB together) the tables stop growing early in a run of
 * that kind. The cost falls on corpora whose keys recur: every run holds
 * mostly the same pairs again (the 100 MB bench corpus: 13 pair runs of
 * ~94,400 rows for 240,000 distinct pairs; 20 runs for 449,777 pairs on the
 * thirty-third session's corpus), and the merge decodes them all, 3-7 s more
 * after its last document. docs/BENCHMARKS.md (twentieth session) has the
 * figures. (~135,000 pairs since the thirty-third session, when a pair
 * held came to cost less: `PAIR_ROW_BYTES`.)
 */
export const TABLE_MEMORY_SHARE = 0.01;
export const TABLE_MEMORY_MIN_BYTES = 4 * 2 ** 20;

/**
 * How many rows of `bytesPerRow` (a table's measured cost of a row held in
 * memory) a table holds before it spills, at a memory budget of `budgetMb`.
 *
 *   rowsInMemory(900, 370) = 25,505   (the entity table, the default budget)
 *   rowsInMemory(0, 70)    = 59,918   (the pair table, the least)
 */
export function rowsInMemory(budgetMb: number, bytesPerRow: number): number {
  return Math.floor(Math.max(budgetMb * 2 ** 20 * TABLE_MEMORY_SHARE, TABLE_MEMORY_MIN_BYTES) / bytesPerRow);
}

/** How a table's rows become one line of a run (no line breaks: JSON escapes them) and back. */
export interface LineCodec<R> {
  encode(row: R): string;
  decode(line: string): R;
}

/**
 * A row as one line of JSON. Exact for what the tables keep (strings, finite
 * numbers, arrays, null), except that -0 comes back as 0, which both table
 * formats write as 0 anyway.
 */
export function jsonLines<R>(): LineCodec<R> {
  return { encode: (r) => JSON.stringify(r), decode: (l) => JSON.parse(l) as R };
}

/** bytes written or read per system call */
const CHUNK = 1 << 20;
/**
 * What a merge's read buffers may take together: each run's buffer is its
 * share of this, between MIN_MERGE_CHUNK and CHUNK (16 runs: 1 MB each; a
 * 10 GB corpus's few hundred runs: 64 kB each, not a few hundred MB).
 */
const MERGE_BUFFERS = 16 << 20;
const MIN_MERGE_CHUNK = 64 << 10;
/** `RowFile.read` reads over up to this many bytes of rows it does not need rather than make another read */
const GAP = 16 * 1024;
const NEWLINE = 0x0a;

/** Lines appended to a file through a reused 1 MB buffer. */
class LineWriter {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  /** bytes written to the file so far (flushed or not) */
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = named(path, 'create', () => openSync(path, 'w'));
  }

  /** Appends `line` and a newline; returns where the line starts in the file and its length in bytes (without the newline). */
  append(line: string): [offset: number, length: number] {
    const offset = this.bytes;
    // room for any string of its length (a code unit is at most 3 bytes of UTF-8): written at once, its length what
    // `write` counts, without a pass of Buffer.byteLength over it first
    if (this.used + 3 * line.length + 1 <= CHUNK) {
      const written = this.buf.write(line, this.used);
      this.used += written;
      this.buf[this.used++] = NEWLINE;
      this.bytes += written + 1;
      return [offset, written];
    }
    const length = Buffer.byteLength(line);
    if (this.used + length + 1 > CHUNK) this.flush();
    if (length + 1 > CHUNK) {
      const big = Buffer.from(line + '\n');
      writeAll(this.fd, big, 0, big.length, this.path);
    } else {
      this.used += this.buf.write(line, this.used);
      this.buf[this.used++] = NEWLINE;
    }
    this.bytes += length + 1;
    return [offset, length];
  }

  flush(): void {
    writeAll(this.fd, this.buf, 0, this.used, this.path);
    this.used = 0;
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }
}

function writeAll(fd: number, b: Buffer, from: number, to: number, path: string): void {
  while (from < to) from += named(path, 'write', () => writeSync(fd, b, from, to - from));
}

/**
 * `f()`, with a failure (a full disk: ENOSPC) named after the temporary file and what it was for, since the
 * system's message names neither: "cannot write output/entities.run-3.tmp (a table spilled to disk): ENOSPC: ..."
 */
function named<T>(path: string, what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new Error(`cannot ${what} ${path} (a table spilled to disk): ${(e as Error).message}`, { cause: e });
  }
}

/** The lines of a file, read 1 MB at a time (a newline byte never occurs inside a UTF-8 character, so chunks split on bytes). */
function* readLines(path: string, chunk = CHUNK): Generator<string> {
  const fd = named(path, 'read', () => openSync(path, 'r'));
  try {
    let buf = Buffer.allocUnsafe(chunk);
    let start = 0;
    let end = 0;
    for (;;) {
      if (start > 0) {
        buf.copy(buf, 0, start, end);
        end -= start;
        start = 0;
      }
      if (end === buf.length) {
        // a line longer than the buffer
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, end);
        buf = bigger;
      }
      const n = named(path, 'read', () => readSync(fd, buf, end, buf.length - end, null));
      end += n;
      let nl = buf.indexOf(NEWLINE, start);
      while (nl >= 0 && nl < end) {
        yield buf.toString('utf8', start, nl);
        start = nl + 1;
        nl = buf.indexOf(NEWLINE, start);
      }
      if (n === 0) {
        if (start < end) throw new Error(`internal error: ${path} ends without a newline`);
        return;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Runs of rows sorted by key, each in a temporary file `<base>.run-<n>.tmp`.
 * `merge` reads them back together in key order.
 */
export class SortedRuns<R> {
  private readonly files: string[] = [];

  constructor(
    private readonly base: string,
    private readonly codec: LineCodec<R>,
  ) {}

  /** how many runs have been written */
  get count(): number {
    return this.files.length;
  }

  /** Writes `rows`, which the caller has sorted by key (one row per key), as the next run. */
  write(rows: Iterable<R>): void {
    const w = new LineWriter(`${this.base}.run-${this.files.length}.tmp`);
    this.files.push(w.path);
    try {
      for (const r of rows) w.append(this.codec.encode(r));
    } finally {
      w.close();
    }
  }

  /**
   * The rows of all runs in key order (`compare`, the order each run was
   * sorted in), grouped by key: each group holds the rows with that key, in
   * the order the runs were written, at most one per run. `last`, rows
   * sorted the same way, is merged as a run written after the others, without
   * going through a file: what a table still holds after its last document.
   */
  *merge(compare: (a: R, b: R) => number, last?: Iterable<R>): Generator<R[]> {
    const chunk = Math.min(CHUNK, Math.max(MIN_MERGE_CHUNK, Math.floor(MERGE_BUFFERS / Math.max(1, this.files.length))));
    const sources: Iterator<R>[] = this.files.map((f) => decoded(readLines(f, chunk), this.codec));
    if (last) sources.push(last[Symbol.iterator]());
    // the runs' current rows, smallest key first, then earliest run: a group's rows come off in run order
    // (a heap, not a scan of every run per row: a large corpus's runs number in the tens or hundreds)
    const heads = new TinyQueue<{ row: R; run: number }>([], (a, b) => compare(a.row, b.row) || a.run - b.run);
    const advance = (run: number) => {
      const r = sources[run].next();
      if (!r.done) heads.push({ row: r.value, run });
    };
    for (let run = 0; run < sources.length; run++) advance(run);
    for (;;) {
      const first = heads.pop();
      if (first === undefined) return;
      const group: R[] = [first.row];
      const taken = [first.run];
      while (heads.length > 0 && compare(heads.peek()!.row, first.row) === 0) {
        const h = heads.pop()!;
        group.push(h.row);
        taken.push(h.run);
      }
      for (const run of taken) advance(run);
      yield group;
    }
  }

  /** Deletes the run files. */
  remove(): void {
    for (const f of this.files) rmSync(f, { force: true });
    this.files.length = 0;
  }
}

function* decoded<R>(lines: Iterable<string>, codec: LineCodec<R>): Generator<R> {
  for (const line of lines) yield codec.decode(line);
}

/**
 * Rows appended to a temporary file and read back by number, in any order:
 * where a table puts its merged rows while it sorts their numbers. Memory:
 * 12 bytes per row (where it is, how long).
 */
export class RowFile<R> {
  /** undefined for a file another thread wrote (`written`) */
  private readonly writer: LineWriter | undefined;
  /** by row number: where it starts in the file, its length in bytes */
  private readonly offsets: Column<Float64Array>;
  private readonly lengths: Column<Uint32Array>;
  private rows = 0;
  /** set once appending is over (the first read) */
  private fd: number | undefined;
  private removed = false;
  private buf = Buffer.allocUnsafe(CHUNK);

  /** `written`: the rows of a file another thread wrote and handed over (`handOver`), to read, not to append to. */
  constructor(
    readonly path: string,
    private readonly codec: LineCodec<R>,
    written?: RowFileHandover,
  ) {
    if (written) {
      this.writer = undefined;
      this.offsets = new Column(written.offsets);
      this.lengths = new Column(written.lengths);
      this.rows = written.offsets.length;
    } else {
      this.writer = new LineWriter(path);
      this.offsets = new Column(new Float64Array(1024));
      this.lengths = new Column(new Uint32Array(1024));
    }
  }

  /**
   * Ends appending and gives the file's rows to another thread (`new RowFile(path, codec, handover)` there), whose
   * file it is from then on: this one neither reads nor removes it.
   */
  handOver(): RowFileHandover {
    if (!this.writer || this.fd !== undefined || this.removed) throw new Error(`internal error: ${this.path} handed over after it was read, removed or handed over`);
    this.writer.close();
    this.removed = true;
    return { path: this.path, offsets: this.offsets.data.slice(0, this.rows), lengths: this.lengths.data.slice(0, this.rows) };
  }

  get size(): number {
    return this.rows;
  }

  /** Appends a row; returns its number (0, 1, ...). */
  append(row: R): number {
    return this.appendLine(this.codec.encode(row));
  }

  /** Appends a row as its line, made by the caller: `codec.encode`'s for the row, byte for byte. Returns its number. */
  appendLine(line: string): number {
    if (!this.writer || this.removed || this.fd !== undefined) throw new Error(`internal error: a row appended to ${this.path} after it was read, removed or handed over`);
    const [offset, length] = this.writer.append(line);
    this.offsets.grow(this.rows + 1);
    this.lengths.grow(this.rows + 1);
    this.offsets.data[this.rows] = offset;
    this.lengths.data[this.rows] = length;
    return this.rows++;
  }

  /**
   * The rows numbered `order[from..to)`, in that order (appending ends with
   * the first read). Rows the order lists one after another that lie close
   * together further on in the file are read together, gaps and all, up to
   * 1 MB a read: a table sorted by its counts, then by its merge order, lists
   * most rows in runs that skip a few rows of other counts, and one read per
   * row was most of the time after the last document (611,000 pairs: 2.6 s of
   * system calls).
   */
  read(order: ArrayLike<number>, from: number, to: number): R[] {
    return this.readLines(order, from, to).map((line) => this.decode(line));
  }

  /** A row from its line (`readLines`). */
  decode(line: string): R {
    return this.codec.decode(line);
  }

  /** `read` without decoding: the rows' lines as the codec encoded them (`decode` makes rows of them). */
  readLines(order: ArrayLike<number>, from: number, to: number): string[] {
    if (this.removed) throw new Error(`internal error: ${this.path} read after it was removed`);
    if (this.fd === undefined) {
      this.writer?.close();
      this.fd = named(this.path, 'read', () => openSync(this.path, 'r'));
    }
    const offsets = this.offsets.data;
    const lengths = this.lengths.data;
    const out: string[] = [];
    for (let k = from; k < to; ) {
      const start = offsets[order[k]];
      // the rows order[k], order[k + 1], ... while each starts after the one before, within GAP bytes of its end, and
      // they end within 1 MB of `start` (a longer row alone)
      let n = 1;
      let end = start + lengths[order[k]];
      while (k + n < to) {
        const i = order[k + n];
        const at = offsets[i];
        if (at < end || at - end > GAP || at + lengths[i] - start > CHUNK) break;
        end = at + lengths[i];
        n++;
      }
      if (end - start > this.buf.length) this.buf = Buffer.allocUnsafe(end - start);
      for (let got = 0; got < end - start; ) {
        const fd = this.fd;
        const r = named(this.path, 'read', () => readSync(fd, this.buf, got, end - start - got, start + got));
        if (r === 0) throw new Error(`internal error: ${this.path} is shorter than its rows`);
        got += r;
      }
      for (let j = k; j < k + n; j++) {
        const i = order[j];
        out.push(this.buf.toString('utf8', offsets[i] - start, offsets[i] - start + lengths[i]));
      }
      k += n;
    }
    return out;
  }

  /** Closes and deletes the file. */
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    if (this.fd !== undefined) closeSync(this.fd);
    else this.writer?.close();
    rmSync(this.path, { force: true });
  }
}

/** A `RowFile` written by one thread, as another reads it: the file (closed) and where each row is in it, by number. */
export interface RowFileHandover {
  readonly path: string;
  readonly offsets: Float64Array;
  readonly lengths: Uint32Array;
}

/**
 * Numbers appended one at a time into a growing Int32Array: the sort keys of
 * a merged table (4 bytes a row; a number[] of the 4 million pairs of a
 * 1.1 GB corpus took twice that, and more while it grew).
 */
export class Int32List {
  private readonly column = new Column(new Int32Array(1024));
  length = 0;

  push(value: number): void {
    this.column.grow(this.length + 1);
    this.column.data[this.length++] = value;
  }

  /** the numbers pushed so far (a view: read it after the last push) */
  get values(): Int32Array {
    return this.column.data.subarray(0, this.length);
  }
}

/** 0, 1, ..., n - 1 sorted by `compare` (row numbers put in a table's order). */
export function sortedNumbers(n: number, compare: (x: number, y: number) => number): Int32Array {
  // filled by a loop: Int32Array.from({ length: n }, fn) calls a function per number and reads `length` as an array-like's
  const numbers = new Int32Array(n);
  for (let i = 0; i < n; i++) numbers[i] = i;
  return numbers.sort(compare);
}
