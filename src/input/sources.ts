import { closeSync, createReadStream, openSync, readSync, readdirSync, statSync, type Stats } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { join, relative, sep } from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { HTML_EXTENSIONS, isHtmlPath, looksLikeHtmlPage } from './formats.js';
import { partId, partSizes, textParts, type PartSizes } from './parts.js';
import { Reporter } from '../diagnostics/diagnostic.js';
import { countCsvRows, csvItems } from './csv.js';
import { isBlankLine, parseJsonlLine, type JsonlRecord } from './jsonl.js';
import { countWarcArticles, opensWarcRecord, warcItems, type WarcInput, type WarcTally } from './warc.js';
import { gzipSegments } from './gzip-members.js';
import { countJsonArticles, jsonItems } from './json.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { DEFAULT_MAX_BYTES, documentId, readDocument, tooLarge } from '../stages/read.js';
import { byCodeUnit } from '../util/order.js';
import { grouped } from '../util/format.js';

/**
 * Inputs of a run. An input directory holds `*.txt` files (one article each)
 * and `*.jsonl` files (one article per line), which may be gzipped
 * (`*.jsonl.gz`, as scraped corpora are often shipped); all are listed recursively,
 * hidden files and folders skipped, in path order (code-unit order, the same
 * on every machine). Items come out in that order, lines of a JSONL file in
 * line order, which is the order rows are written in.
 *
 * Symbolic links to files are followed (wherever they point: the user chose
 * to put them in the input); a broken link is listed and its read fails
 * (`read/unreadable`). Links to directories are not descended into, so a
 * link loop can never make the listing run forever. See docs/INPUT.md.
 */
export interface InputFile {
  /** path relative to the input directory, `/`-separated */
  readonly path: string;
  readonly abs: string;
  /** bytes of text: the file's size, or for a `.jsonl.gz` or `.csv.gz` the size its gzip trailer gives (`gzipTextSize`); a `.warc.gz`'s own size */
  readonly size: number;
  /** `document`: one article per file (`.txt`, or a web page: `.html`, `.htm`, `.xhtml`); `jsonl`: one per line; `csv`: one per row; `json`: one, or one per element of an array; `warc`: one per page or text record of a web archive */
  readonly kind: 'document' | 'jsonl' | 'csv' | 'warc' | 'json';
  /**
   * What the file system said of the file when it was listed (size, modification and change times, inode, device:
   * `stampOf`), when the listing was asked for stamps and both times were at least `settleMs` old then
   * (`ListOptions`); else undefined. Unchanged on a later run, the file is taken as unchanged, as git's index and make do: the result
   * cache finds its result by it without reading the file (`ResultCache.stampKey`).
   */
  readonly stamp?: string;
}

/** How the listing stamps files (`InputFile.stamp`). */
export interface ListOptions {
  /**
   * A file changed less than this many milliseconds before the listing gets no stamp (default `STAMP_SETTLE_MS`).
   * A write in the same tick of the file system's clock as the one the stamp saw would leave the times as they
   * were (git's "racily clean" files); the change time (ctime) cannot be set back, so a write after the listing
   * that ticks the clock changes the stamp.
   */
  readonly settleMs?: number;
  /** stamp the files (a run with a result cache); default false: a run without one would only keep the stamps */
  readonly stamps?: boolean;
}

/**
 * A file's stamp: its size, modification and change times (microseconds), inode and device, in base 36, joined
 * into one flat string ('1z4:hoq423d5dx:hoq423d5dx:1bxr5:1e68'). Kept for the whole run by the listing: a template
 * literal of the numbers as they are made a rope of nine strings, 320 bytes a file (30.6 MB of heap after a full
 * collection for the 95,431 files of the 100 MB bench corpus), this 64 (6.1 MB).
 */
function stampOf(st: Stats): string {
  return [st.size, Math.round(st.mtimeMs * 1000), Math.round(st.ctimeMs * 1000), st.ino, st.dev].map((n) => n.toString(36)).join(':');
}

/** `ListOptions.settleMs`'s default: above the coarsest clock of a common file system (FAT's 2 s modification times) */
export const STAMP_SETTLE_MS = 3000;

/** Files of the input directory that are not read: no extension the pipeline reads (`.pdf`, `.docx`, `.md`, ...). */
export interface SkippedFiles {
  /** extension (lower case; '' for none) -> how many files, and the first one's path */
  readonly byExtension: ReadonlyMap<string, { readonly count: number; readonly example: string }>;
  readonly count: number;
}

export type InputItem =
  /** a `.txt` or HTML file: the worker reads it (or the runner, to hash it for the cache); `stamp`: the listing's (`InputFile.stamp`) */
  | { readonly kind: 'file'; readonly path: string; readonly abs: string; readonly bytes: number; readonly stamp?: string }
  /** a good JSONL line */
  | { readonly kind: 'record'; readonly path: string; readonly line: number; readonly raw: string; readonly record: JsonlRecord; readonly bytes: number }
  /** a JSONL line or CSV row that is not an article: reported as `file:line` with this code, the rest go on */
  | { readonly kind: 'bad-line'; readonly path: string; readonly line: number; readonly code: 'read/bad-jsonl' | 'read/bad-csv' | 'read/bad-json'; readonly error: string; readonly bytes: number }
  /** an input refused before reading (above --max-bytes, unreadable JSONL file): a failed document with this diagnostic */
  | { readonly kind: 'refused'; readonly path: string; readonly id: string; readonly code: DiagnosticCode; readonly message: string; readonly bytes: number };

const EXTENSIONS: Record<string, InputFile['kind']> = { '.txt': 'document', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.csv': 'csv', '.warc': 'warc', '.wet': 'warc', ...Object.fromEntries(HTML_EXTENSIONS.map((e) => [e, 'document' as const])) };
/**
 * gzipped inputs: `name.jsonl.gz` (`.ndjson.gz`), `name.csv.gz`, and web archives (`.warc.gz`, Common Crawl's
 * `.warc.wet.gz`), read through zlib as a stream; an article's file (`story.txt.gz`, `page.html.gz`, as archives
 * keep pages one by one) unpacked whole in the read stage (`decodeDocument`)
 */
const GZIPPED: Record<string, InputFile['kind']> = {
  '.jsonl.gz': 'jsonl',
  '.ndjson.gz': 'jsonl',
  '.csv.gz': 'csv',
  '.warc.gz': 'warc',
  '.wet.gz': 'warc',
  '.txt.gz': 'document',
  '.json.gz': 'json',
  ...Object.fromEntries(HTML_EXTENSIONS.map((e) => [`${e}.gz`, 'document' as const])),
};
const gzipped = (path: string) => gzippedKind(path) !== undefined;
const gzippedKind = (path: string): InputFile['kind'] | undefined => {
  const lower = path.toLowerCase();
  for (const [suffix, kind] of Object.entries(GZIPPED)) if (lower.endsWith(suffix)) return kind;
  return undefined;
};
const extensionOf = (name: string) => (name.lastIndexOf('.') > 0 ? name.slice(name.lastIndexOf('.')).toLowerCase() : '');
const kindOf = (name: string): InputFile['kind'] | undefined => {
  const gz = gzippedKind(name);
  if (gz) return gz;
  const ext = extensionOf(name);
  return Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
};

/**
 * The most text deflate unpacks from a byte: a run of one repeated byte costs a 258-byte match
 * per 2 bits or so at best, 1032 to 1 (zlib's technical notes, "Maximum compression factor"; 50 MB of one
 * letter at level 9 gzips 1028 to 1 here).
 */
export const MAX_DEFLATE_RATIO = 1032;

/**
 * The text size of a gzip file, for the progress total and the worker count:
 * the uncompressed size its trailer records (the last four bytes, modulo
 * 4 GiB; a file of several gzip members records only its last one's), never
 * less than the file's own size, nor more than deflate can unpack from it
 * (`MAX_DEFLATE_RATIO` times its size): the last four bytes of a file cut
 * short are no trailer, and read as one they made a 600-byte file 4 GB of text
 * in the progress bar's total (ETA 205 hours) and the run's summary.
 */
function gzipTextSize(abs: string, size: number): number {
  if (size < 18) return size;
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const trailer = Buffer.alloc(4);
    readSync(fd, trailer, 0, 4, size - 4);
    return Math.min(Math.max(size, trailer.readUInt32LE(0)), size * MAX_DEFLATE_RATIO);
  } catch {
    return size;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A JSONL or WARC file's bytes: decompressed on the way when it is gzipped (errors of either stream reach the
 * reader): by its name, or by its first two bytes (a `.warc` that a crawler gzipped, as many do).
 */
function openInput(abs: string, gz = gzipped(abs) || startsLikeGzip(abs)): Readable {
  const file = createReadStream(abs);
  return gz ? pipeline(file, createGunzip(), () => undefined) : file;
}

/** The file opens with gzip's magic bytes (1f 8b): never so a UTF-8 text, which a JSONL file is. */
function startsLikeGzip(abs: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const magic = Buffer.alloc(2);
    return readSync(fd, magic, 0, 2, 0) === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } catch {
    return false; // the read reports it
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export async function listInputFiles(dir: string, opts: ListOptions = {}): Promise<InputFile[]> {
  return (await listInputDirectory(dir, opts)).files;
}

/** The input files, in path order, and the files beside them that are not read (hidden files and folders not counted). */
export async function listInputDirectory(dir: string, opts: ListOptions = {}): Promise<{ files: InputFile[]; skipped: SkippedFiles }> {
  const settled = Date.now() - (opts.settleMs ?? STAMP_SETTLE_MS);
  // Blocking calls on purpose: the listing runs before anything else in the main thread, and one stat at a
  // time is both faster and far smaller than an awaited stat per file. 97,577 files: 0.6 s and RSS 144-202 MB
  // after the listing, against 1.44 s and 537 MB with every stat under way at once (154 MB of it in the main
  // thread's malloc heap, which never shrank back and stayed in the run's peak RSS) and 1.8-2.2 s with
  // 64-1,024 at once through p-limit.
  // recursive readdir lists a link to a directory as a link and does not descend into it: no loops
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const visible = entries
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => ({ abs: join(e.parentPath ?? (e as unknown as { path: string }).path, e.name), link: e.isSymbolicLink() }))
    .map(({ abs, link }) => {
      const path = relative(dir, abs).split(sep).join('/');
      return { abs, link, path, kind: kindOf(path) };
    })
    .filter((f) => !f.path.split('/').some((part) => part.startsWith('.')))
    .sort((a, b) => byCodeUnit(a.path, b.path));
  const files = visible.filter((f) => f.kind !== undefined);
  const byExtension = new Map<string, { count: number; example: string }>();
  let skipped = 0;
  for (const f of visible) {
    if (f.kind !== undefined) continue;
    // a link counts when it leads to a file (not to a folder, which the listing does not follow, nor nowhere)
    if (f.link && !isFileAt(f.abs)) continue;
    skipped++;
    const ext = extensionOf(f.path.slice(f.path.lastIndexOf('/') + 1));
    const seen = byExtension.get(ext);
    if (seen) seen.count++;
    else byExtension.set(ext, { count: 1, example: f.path });
  }
  const listed: InputFile[] = [];
  for (const f of files) {
    // stat follows links; a broken link or a file that vanished since readdir is kept (size 0): its read reports it
    let st: Stats | undefined;
    try {
      st = statSync(f.abs);
    } catch {
      // left undefined
    }
    if (st && !st.isFile()) continue; // a link to a directory, a FIFO, ...
    const size = st?.size ?? 0;
    // a .warc.gz is gzipped record by record: its trailer gives only the last record's size, so its own size stands
    // (an article's file only: the other kinds are read whatever their stamp)
    const stamp = opts.stamps && st && f.kind === 'document' && st.mtimeMs < settled && st.ctimeMs < settled ? stampOf(st) : undefined;
    listed.push(new ListedFile(dir, f.path, f.kind !== 'warc' && gzipped(f.path) ? gzipTextSize(f.abs, size) : size, f.kind!, stamp));
  }
  return { files: listed, skipped: { byExtension, count: skipped } };
}

const isFileAt = (abs: string): boolean => {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
};

/**
 * A listed file. The listing is kept for the whole run, so its entries are
 * small: one class (one hidden class for all) that joins `abs` on demand.
 * As object literals spread from `{ abs, path }` each entry had a hidden
 * class of its own and kept both paths: 34 MB of the main thread's heap for
 * the 97,577 files of the 100 MB bench corpus (heap snapshot: 18 MB of hidden
 * classes, 12.5 MB of path strings, 3.7 MB of objects); as this class, 9.6 MB.
 */
class ListedFile implements InputFile {
  constructor(
    private readonly root: string,
    readonly path: string,
    readonly size: number,
    readonly kind: InputFile['kind'],
    readonly stamp: string | undefined,
  ) {}

  get abs(): string {
    return join(this.root, this.path);
  }
}

/** `--shard K/N`: K from 1 to N. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export function parseShard(s: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * Which shard an item belongs to: a hash of its key (the path of a `.txt`
 * file, the id of a JSONL article, `path:line` of a bad line), so the split
 * is the same on every machine and does not depend on the listing order.
 */
export function shardOf(key: string, count: number): number {
  return (createHash('sha256').update(key).digest().readUInt32BE(0) % count) + 1;
}

export function shardKey(item: InputItem): string {
  if (item.kind === 'file') return item.path;
  if (item.kind === 'record') return item.record.id;
  if (item.kind === 'refused') return item.id;
  return `${item.path}:${item.line}`;
}

/** Lines of a UTF-8 stream, numbered from 1, a leading BOM dropped. */
async function* numberedLines(stream: Readable): AsyncGenerator<[number, string]> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    yield [n, n === 1 ? line.replace(/^\uFEFF/, '') : line];
  }
}

export interface ItemOptions {
  /** `.txt` files and JSONL lines above this many bytes are refused (`read/too-large`) without being processed */
  readonly maxBytes?: number;
  /** counts what the WARC files held besides articles */
  readonly warc?: WarcTally;
  /** told of each `.json` file that holds no article (no `text`, `html` or `maintext` key) */
  readonly notArticles?: (path: string) => void;
  /** the code of a line that is no article (`jsonlItems`; default `read/bad-jsonl`) */
  readonly badLine?: 'read/bad-jsonl' | 'read/bad-json';
  /** `--english-only`: a web archive's record that declares another language is passed over (and counted) */
  readonly englishOnly?: boolean;
  /** a text of more characters than this is processed in parts (`partItems`, `recordParts`; default `ARTICLE_CHARS_MAX`) */
  readonly longChars?: number;
  /** of at most this many characters (default `PART_CHARS_MAX`) */
  readonly partChars?: number;
}

/**
 * Items of one JSONL stream (a file of the input directory, or standard
 * input). Note: a line is held in memory whole before it is checked against
 * `maxBytes` (readline), so one gigantic line still costs its size once.
 *
 * A stream that fails part-way (a `.jsonl.gz` cut short by a download, or
 * damaged; an I/O error) ends with one failed item that says where: the
 * lines before it are processed, and the run goes on with the next input.
 */
export async function* jsonlItems(stream: Readable, path: string, opts: ItemOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  stream.setEncoding?.('utf8');
  let last = 0;
  try {
    for await (const [line, raw] of numberedLines(stream)) {
      last = line;
      if (isBlankLine(raw)) continue;
      const bytes = Buffer.byteLength(raw) + 1;
      if (bytes - 1 > maxBytes) {
        yield { kind: 'refused', path, id: `${path}:${line}`, code: 'read/too-large', message: `${path}:${line}: the line has ${bytes - 1} bytes, above the limit of ${maxBytes} (--max-bytes); skipped`, bytes };
        continue;
      }
      const fallbackId = `${path}:${line}`;
      const parsed = parseJsonlLine(raw, fallbackId);
      // the cache keys a line by its bytes: a line named by its place must not find the result of another place
      if (parsed.ok) yield { kind: 'record', path, line, raw: parsed.record.id === fallbackId ? `${raw}\n${fallbackId}` : raw, record: parsed.record, bytes };
      else yield { kind: 'bad-line', path, line, code: opts.badLine ?? 'read/bad-jsonl', error: parsed.error, bytes };
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = gzipped(path) && err.code?.startsWith('Z_') ? `not a complete gzip file (${err.message})` : `read failed (${err.code ?? err.message})`;
    const where = last === 0 ? 'before its first line' : `after line ${last}`;
    yield { kind: 'refused', path, id: `${path}:${last + 1}`, code: 'read/unreadable', message: `${path}: ${why} ${where}; the lines before were read`, bytes: 0 };
  }
}

/** Every item of the listed files, in order, only those of the shard when one is given. */
export async function* inputItems(files: readonly InputFile[], shard?: Shard, opts: ItemOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const cut = partSizes(opts);
  const mine = (item: InputItem) => !shard || shard.count === 1 || shardOf(shardKey(item), shard.count) === shard.index;
  for (const f of files) {
    if (f.kind === 'document') {
      // sharded by path like any file: the refusal lands in the shard that would have read the file
      const item: InputItem = { kind: 'file', path: f.path, abs: f.abs, bytes: f.size, stamp: f.stamp };
      // (a gzipped article's listed size is its gzip trailer's, which a file cut short makes up: the read stage
      // refuses it by its own size, then stops unpacking at --max-bytes)
      if (f.size > maxBytes && !gzipped(f.path)) {
        if (mine(item)) yield { kind: 'refused', path: f.path, id: documentId(f.path), code: 'read/too-large', message: tooLarge(f.size, maxBytes), bytes: f.size };
      } else if (inParts(f, cut)) {
        // a text longer than any article: its parts, each a document sharded by its id (as an article of a JSONL file)
        for (const part of partItems(item, cut, maxBytes)) if (mine(part)) yield part;
      } else if (mine(item)) yield item;
      continue;
    }
    if (f.kind === 'json') {
      // read whole: refused above --max-bytes as a .txt file is (its articles are sharded by id, after reading);
      // a .json.gz by what it unpacks to, when it is read (its listed size is its trailer's)
      if (f.size > maxBytes && !gzipped(f.path)) {
        const item: InputItem = { kind: 'refused', path: f.path, id: f.path, code: 'read/too-large', message: `${tooLarge(f.size, maxBytes)} (a .json file is read whole: JSON Lines, .jsonl, is read a line at a time)`, bytes: f.size };
        if (mine(item)) yield item;
        continue;
      }
      // (JSON Lines under a .json name: the JSON Lines reader, its bad lines read/bad-json)
      const asJsonLines = (text: string) => jsonlItems(Readable.from([text]), f.path, { maxBytes, badLine: 'read/bad-json' });
      for await (const item of jsonItems(f.abs, f.path, f.size, { notArticles: opts.notArticles, asJsonLines, maxBytes })) for (const x of recordParts(item, cut)) if (mine(x)) yield x;
      continue;
    }
    // an unreadable JSONL or CSV file (permissions, broken link) is one failed document; the other inputs go on
    const denied = await access(f.abs, constants.R_OK).then(
      () => undefined,
      (e: NodeJS.ErrnoException) => e.code ?? e.message,
    );
    if (denied) {
      const item: InputItem = { kind: 'refused', path: f.path, id: f.path, code: 'read/unreadable', message: `cannot read ${f.path}: ${denied}`, bytes: 0 };
      if (mine(item)) yield item;
      continue;
    }
    const items =
      f.kind === 'csv'
        ? csvItems(openInput(f.abs), f.path, { maxBytes })
        : f.kind === 'warc'
          ? warcItemsOf(f.abs, f.path, maxBytes, opts.warc, opts.englishOnly)
          : jsonlItems(openInput(f.abs), f.path, { maxBytes });
    // (an article longer than any news article in parts, each sharded by its id)
    for await (const item of items) for (const x of recordParts(item, cut)) if (mine(x)) yield x;
  }
}

/**
 * Whether a listed file may be too long to be one article (`partItems` reads it to know): a `.txt` file (a web page's
 * markup is one document whatever its length) of more bytes than `cut.long` (a UTF-8 text has at least as many
 * bytes as characters).
 */
export const inParts = (f: Pick<InputFile, 'kind' | 'path' | 'size'>, cut: PartSizes): boolean => f.kind === 'document' && !isHtmlPath(f.path) && f.size > cut.long;

/** Whether a read file (`inParts`) is cut after all: a text (not a page's markup) of more than `cut.long` characters. */
const isLongText = (doc: ReturnType<typeof readDocument>, cut: PartSizes): doc is NonNullable<ReturnType<typeof readDocument>> => !!doc && doc.format !== 'html' && doc.text.length > cut.long;

/**
 * The items of a long text file (`inParts`): read and decoded here, in the runner's thread, and cut into parts
 * (`partsOf`); the decoding's notes (a legacy encoding, invalid bytes: their byte offsets are the file's) go with
 * the first part. The file's own item when it is a web page's markup, cannot be read or decoded (the worker reads
 * it again and reports it), or is one part after all.
 */
export function* partItems(item: Extract<InputItem, { kind: 'file' }>, cut: PartSizes, maxBytes: number): Generator<InputItem> {
  const report = new Reporter();
  report.stage = 'read';
  const doc = readDocument(item.abs, item.path, { report }, { maxBytes });
  if (!isLongText(doc, cut)) {
    yield item;
    return;
  }
  const base = { id: documentId(item.path), text: doc.text, title: null, date: null, url: null, source: null, encoding: doc.encoding, notes: report.messages };
  yield* partsOf(base, item.path, cut);
}

/**
 * An article of a JSON Lines, CSV, JSON or web archive file whose text is longer than `cut.long` (not a page's
 * markup, which is never cut): its parts, as a long text file's (`partsOf`), each with the article's title, date,
 * URL and source; offsets index the article's text, as a whole article's do. Any other item as it is.
 */
export function* recordParts(item: InputItem, cut: PartSizes): Generator<InputItem> {
  const r = item.kind === 'record' ? item.record : undefined;
  if (!r || r.html || r.text.length <= cut.long || looksLikeHtmlPage(r.text)) yield item;
  else yield* partsOf(r, item.path, cut);
}

/**
 * `article` cut at paragraph breaks into parts of at most `cut.part` characters (`textParts`), each an article
 * record (`JsonlRecord.part`) whose id is the article's with `#part-N`; its notes and a `read/in-parts` warning go
 * with the first part.
 */
function* partsOf(article: JsonlRecord, path: string, cut: PartSizes): Generator<InputItem> {
  const { id, text: whole, notes = [], ...rest } = article;
  const parts = textParts(whole, cut.part);
  const report = new Reporter();
  report.stage = 'read';
  report.warn('read/in-parts', `the text is ${grouped(whole.length)} characters long, more than a news article (over ${grouped(cut.long)}): processed in ${parts.length} parts of at most ${grouped(cut.part)} characters, cut at paragraph breaks, each a document (${partId(id, 1)} to ${partId(id, parts.length)}; offsets and lines are the whole text's); names are resolved within a part, and pairs of entities counted where they share a sentence`);
  const first = [...notes, ...report.messages];
  for (const part of parts) {
    const text = whole.slice(part.start, part.index < parts.length ? parts[part.index].start : whole.length);
    const record: JsonlRecord = { ...rest, id: partId(id, part.index), text, ...(part.index === 1 ? { notes: first } : {}), part };
    // what the part's result depends on, for the cache's key (the run's configuration is in the key's fingerprint)
    const raw = JSON.stringify({ ...record, text: undefined }) + '\n' + text;
    yield { kind: 'record', path, line: part.line, raw, record, bytes: Buffer.byteLength(text) };
  }
}

/** A web archive's items (`warcInput`), its file closed when they end. */
async function* warcItemsOf(abs: string, path: string, maxBytes: number, tally?: WarcTally, englishOnly?: boolean): AsyncGenerator<InputItem> {
  const input = warcInput(abs);
  try {
    yield* warcItems(input, path, { maxBytes, gzipped: input.gzipped, tally, englishOnly });
  } finally {
    input.close();
  }
}

/**
 * A web archive as `warcItems` reads it: one stream (a gzipped one inflated by zlib in libuv's thread pool),
 * and for a `.warc.gz` its gzip members one by one (`gzipSegments`), for when the stream meets a damaged
 * member: the member reader reads past it, and the stream is read first because it costs the reading thread
 * less (the member reader inflates on it: 1.28-1.43 s against 0.91-1.13 s of the main thread's CPU to read
 * a 15.5 MB .warc.gz of 18,568 records, docs/INPUT.md).
 */
function warcInput(abs: string): WarcInput & { readonly gzipped: boolean; close(): void } {
  // gzipped by its name, or by its first bytes (a `.warc` that a crawler gzipped, as many do)
  const gz = gzipped(abs) || startsLikeGzip(abs);
  const opened: Readable[] = [];
  return {
    gzipped: gz,
    stream: () => {
      const s = openInput(abs, gz);
      opened.push(s);
      return s;
    },
    members: gz ? () => gzipSegments(abs, { resumesWith: opensWarcRecord }) : undefined,
    close: () => {
      for (const s of opened) s.destroy();
    },
  };
}

/** How many articles a JSONL, CSV, JSON or WARC file holds (for the progress total; 0 when it cannot be read). */
export async function countArticles(f: InputFile): Promise<number> {
  return (await articleTotals(f)).articles;
}

/**
 * The articles of a JSONL, CSV, JSON or WARC file and their bytes, for the progress total: a JSONL, CSV or JSON
 * file's text size (the listing's), a web archive's page payloads (`countWarcArticles`: its own size counts requests,
 * images and gzip, and the run counts payloads, which went past that total).
 */
export async function articleTotals(f: InputFile, signal?: AbortSignal, opts: { readonly englishOnly?: boolean; readonly longChars?: number; readonly partChars?: number } = {}): Promise<{ articles: number; bytes: number }> {
  // a long text file's parts (`inParts`), counted as `partItems` cuts them: it is read and decoded for it (a
  // .txt.gz unpacked at most to the default --max-bytes, as a .json.gz below)
  if (f.kind === 'document') {
    const cut = partSizes(opts);
    const doc = inParts(f, cut) ? readDocument(f.abs, f.path, { report: new Reporter() }, { maxBytes: DEFAULT_MAX_BYTES }) : undefined;
    return { articles: isLongText(doc, cut) ? textParts(doc.text, cut.part).length : 1, bytes: f.size };
  }
  // (a .json.gz unpacked at most to the default --max-bytes: the count is for the progress bar, and a bomb must not hold memory)
  if (f.kind === 'json') return { articles: await countJsonArticles(f.abs, DEFAULT_MAX_BYTES), bytes: f.size };
  if (f.kind === 'warc') return countWarc(f.abs, signal, opts.englishOnly);
  // `signal`: the run ended first (the count goes on beside it): the stream closes, the count ends where it got
  const stream = openInput(f.abs);
  if (signal) {
    if (signal.aborted) stream.destroy();
    else signal.addEventListener('abort', () => stream.destroy(), { once: true });
  }
  return { articles: f.kind === 'csv' ? await countCsvRows(stream) : await countLines(stream), bytes: f.size };
}

/** `countWarcArticles` of a web archive; `signal` stops it (its stream closes). */
async function countWarc(abs: string, signal?: AbortSignal, englishOnly?: boolean): Promise<{ articles: number; bytes: number }> {
  const input = warcInput(abs);
  const stop = () => input.close();
  if (signal?.aborted) return { articles: 0, bytes: 0 };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await countWarcArticles(input, signal, { englishOnly });
  } finally {
    signal?.removeEventListener('abort', stop);
    input.close();
  }
}

/** Number of non-blank lines of a JSONL file, for the progress total (one streaming pass; a file that fails part-way counts its lines up to there). */
export async function countJsonlLines(abs: string): Promise<number> {
  return countLines(openInput(abs));
}

async function countLines(stream: Readable): Promise<number> {
  let n = 0;
  stream.setEncoding('utf8');
  try {
    for await (const [, line] of numberedLines(stream)) if (!isBlankLine(line)) n++;
  } catch {
    // the run reports it when it reads the file
  }
  return n;
}
