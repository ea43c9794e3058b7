import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, type WriteStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rm, type FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import { gunzip, gunzipSync, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { DocumentResult } from '../pipeline.js';
import { Column } from '../util/column.js';

/**
 * The incremental-run cache: each document's `DocumentResult` as gzipped
 * JSON (`encodeEntry`), kept in pack files under
 *
 *   <cache dir>/<run fingerprint>/<writer>.pack   entries, one after another
 *   <cache dir>/<run fingerprint>/<writer>.idx    a line per entry: key TAB offset TAB length
 *   <cache dir>/<run fingerprint>/gazetteers.bin  the packed gazetteers (`gazetteerCacheFile`)
 *
 * The key is a hash of the run fingerprint, the document's path and the hash
 * of its content (the file's bytes, or the JSONL line), so an edited file
 * misses and an unchanged one hits. The run fingerprint hashes everything
 * else a result depends on: the code (package version and every file under
 * src/), the installed versions of the dependencies, the gazetteer files and
 * the cache format. When it changes every
 * entry is invalid (the simple rule: editing one gazetteer line reprocesses
 * everything), and the old fingerprint folders are deleted when the cache is
 * opened. Entries of files that were edited or removed stay until then.
 *
 * Each thread of a run that stores entries appends to a pack of its own
 * (named by process, thread and a random part), so neither threads nor runs
 * sharing the folder ever write the same file. An entry's index line is
 * written only once its bytes are: a run that stops half-way leaves entries
 * that are all readable (a cut last line is skipped), and an entry that does
 * not parse is processed again, never trusted.
 *
 * Packs rather than a file per document: creating files is what costs. With
 * one JSON file per document, the first run of the 20 MB bench corpus with
 * the cache (the default) took 26.3-28.4 s against 20.1-20.8 s without it (2
 * workers; 5.9-11.6 s of system time against 2.4-2.5): ext4 allocating
 * 19,082 inodes, slowest after many files were deleted (a gazetteer edit
 * deletes the whole old cache). With packs, alternating with the old code:
 * 23.0-23.4 s against 27.2-28.4 s, CPU 40.7-41.1 s against 48.6-50.5 s
 * (system 3.7-3.9 s against 7.6-9.7 s); the rerun that takes every document
 * from the cache 11.6-12.5 s against 10.9-11.5 s (two runs each). Reading an entry back is one positioned read on an open pack
 * instead of an open, a read and a close.
 */
const FORMAT = 'news-entities-cache/4';

/**
 * An entry's bytes: the result as JSON, gzipped at level 1. A result is 8-9
 * times the size of its text (every mention carries its sentence, the
 * document its blocks and notes), so plain JSON made the cache of the 100 MB
 * bench corpus 882 MB; gzipped, 199 MB. Entry by entry (20,000 entries of
 * the old plain-JSON cache, 188 MB): gzip level 1 shrinks them 4.8 times,
 * compresses 170 MB/s in a worker and reads back 440-490 MB/s; brotli at
 * quality 1 4.65 times, 237 and ~400 MB/s. gzip carries a CRC-32 of the
 * JSON: a damaged entry fails to decompress and is processed again, where a
 * flipped byte inside a JSON string would still parse.
 */
export function encodeEntry(result: DocumentResult): Buffer {
  return gzipSync(JSON.stringify(result), { level: 1 });
}

const gunzipAsync = promisify(gunzip);

/** The result an entry holds; throws if the entry is damaged. Decompressed on libuv's thread pool, off the thread that reads the entries. */
async function decodeEntry(bytes: Buffer): Promise<unknown> {
  return JSON.parse((await gunzipAsync(bytes)).toString('utf8'));
}

/** `r` when it has the shape of a stored result, else undefined (a damaged entry that still parsed). */
const asResult = (r: unknown): DocumentResult | undefined => {
  const x = r as DocumentResult | null;
  return typeof x?.id === 'string' && Array.isArray(x.mentions) && Array.isArray(x.diagnostics) ? x : undefined;
};

/** Where an entry's bytes are (`ResultCache.locate`): plain data, sent to the worker thread that reads it. */
export interface EntryLocation {
  readonly file: string;
  readonly offset: number;
  readonly length: number;
}

/**
 * Reads stored results in the thread that processes documents: a worker
 * reads, decompresses and parses an entry and formats its rows as it would
 * a new result's, so a rerun from the cache spreads that work over the
 * workers instead of doing it all in the main thread (which then only
 * writes the rows). The packs stay open until `close`.
 */
export class EntryReader {
  private readonly fds = new Map<string, number>();

  /** The result stored at `at`, or undefined when it cannot be read or is damaged (the document is then processed again). */
  read(at: EntryLocation): DocumentResult | undefined {
    try {
      let fd = this.fds.get(at.file);
      if (fd === undefined) this.fds.set(at.file, (fd = openSync(at.file, 'r')));
      const buf = Buffer.allocUnsafe(at.length);
      if (readSync(fd, buf, 0, at.length, at.offset) !== at.length) return undefined;
      return asResult(JSON.parse(gunzipSync(buf).toString('utf8')));
    } catch {
      return undefined;
    }
  }

  close(): void {
    for (const fd of this.fds.values()) {
      try {
        closeSync(fd);
      } catch {
        // already closed: nothing to release
      }
    }
    this.fds.clear();
  }
}
const FINGERPRINT_DIR = /^[0-9a-f]{16}$/;

/**
 * Where the run's packed gazetteers are kept (src/gazetteer/packed-file.ts):
 * in the fingerprint's folder, so a run with the same code and gazetteers
 * reads them back, and an edit to either leaves them with the old folder.
 */
export const gazetteerCacheFile = (dir: string, fingerprint: string): string => join(dir, fingerprint, 'gazetteers.bin');

const sha256 = () => createHash('sha256');

export function contentHash(content: Uint8Array | string): string {
  return sha256().update(content).digest('hex');
}

/** Every regular file under `dir` (recursively, sorted), hashed with its relative path. */
function hashTree(h: ReturnType<typeof sha256>, dir: string, filter: (rel: string) => boolean = () => true): void {
  if (!existsSync(dir)) return;
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(sep).join('/'))
    .filter((f) => filter(f) && statSync(join(dir, f)).isFile())
    .sort();
  for (const f of files) h.update(`\0${f}\0`).update(readFileSync(join(dir, f)));
}

/**
 * What every cached result depends on besides its own input. The gazetteer
 * side hashes the files the loader reads (files directly in the gazetteer
 * folder and its `lexicons/`), not build folders beside them.
 */
export async function runFingerprint(gazetteerDir: string, modelPath: string | null = null, options: { readonly englishOnly?: boolean } = {}): Promise<string> {
  const h = sha256().update(FORMAT);
  const src = new URL('..', import.meta.url).pathname;
  const root = join(src, '..');
  const pkg = join(root, 'package.json');
  if (existsSync(pkg)) h.update(`\0version\0${(JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version ?? ''}`);
  // an upgraded wink-nlp, model or compromise (whose word lists the packed gazetteers carry) changes results
  h.update(`\0dependencies\0${dependencyVersions(root).join('\0')}`);
  h.update('\0src');
  hashTree(h, src);
  h.update('\0gazetteers');
  hashTree(h, gazetteerDir, (rel) => !rel.includes('/') || rel.startsWith('lexicons/'));
  // a different --model (or none) gives different results
  h.update('\0model');
  if (modelPath) h.update(readFileSync(modelPath));
  // so do the options that change what a document's result holds (--english-only: whether it is processed)
  if (options.englishOnly) h.update('\0english-only');
  return h.digest('hex').slice(0, 16);
}

/**
 * `name@version` of every dependency in the package.json of `root`, as
 * installed: found the way Node finds it, in `node_modules` of `root` or of
 * a folder above it. A dependency that is not installed reads `name@`. The
 * installed version, not the lock file: a lock file is not always there (a
 * packed install has none), and what runs is what is installed.
 */
export function dependencyVersions(root: string): string[] {
  const pkg = join(root, 'package.json');
  if (!existsSync(pkg)) return [];
  const deps = Object.keys((JSON.parse(readFileSync(pkg, 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {}).sort();
  return deps.map((name) => `${name}@${installedVersion(root, name) ?? ''}`);
}

function installedVersion(from: string, name: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Appends one thread's entries to its own pack (created at the first entry).
 * `put` waits only when the pack's stream asks for it (backpressure); `close`
 * resolves once every entry and index line is written. A cache that cannot
 * be written only costs time on the next run: errors stop the writer quietly.
 */
export class CacheWriter {
  private pack: WriteStream | undefined;
  private index: WriteStream | undefined;
  private size = 0;
  private failed = false;
  /** the writer's files, `<name>.pack` and `<name>.idx`, named by process, thread and a random part */
  private name: string | undefined;
  private readonly fail = () => (this.failed = true);

  constructor(readonly root: string) {}

  /** Stores `result` under `keys` (one entry, an index line each; serialised before the first await, so later changes to it do not matter). */
  async put(keys: string | readonly string[], result: DocumentResult): Promise<void> {
    if (this.failed) return;
    const bytes = encodeEntry(result);
    const pack = this.packStream();
    const index = this.indexStream();
    const offset = this.size;
    this.size += bytes.length;
    // the index lines follow the entry's bytes, so an index never points past what was written
    const more = pack.write(bytes, (err) => {
      if (!err) for (const key of typeof keys === 'string' ? [keys] : keys) index.write(`${key}\t${offset}\t${bytes.length}\n`);
    });
    if (!more && !this.failed) await once(pack, 'drain').catch(() => undefined);
  }

  /**
   * Stores another key for an entry an earlier run stored (`at`, from `ResultCache.locate`): one index line that
   * names the entry's pack, no copy of the entry. A file touched, copied or unpacked again since (new times or
   * inode, the same bytes) is found by its content and gets its new stamp's key so (`Task.cache.also`).
   */
  alias(key: string, at: EntryLocation): void {
    if (this.failed) return;
    this.indexStream().write(`${key}\t${at.offset}\t${at.length}\t${basename(at.file)}\n`);
  }

  /** Finishes the pack (if an entry was stored) and then the index. */
  async close(): Promise<void> {
    const { pack, index } = this;
    this.pack = this.index = undefined;
    if (pack) {
      pack.end();
      await finished(pack).catch(() => undefined);
    }
    if (index) {
      index.end();
      await finished(index).catch(() => undefined);
    }
  }

  /** the path of the writer's pack or index */
  private file(ext: '.pack' | '.idx'): string {
    this.name ??= `${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`;
    return join(this.root, this.name + ext);
  }

  /** The pack, created by the first entry stored: a writer that only adds aliases (`alias`) leaves no empty pack. */
  private packStream(): WriteStream {
    // a large buffer: a worker hands over an entry and goes on, rather than waiting for each write
    return (this.pack ??= createWriteStream(this.file('.pack'), { highWaterMark: 4 * 2 ** 20 }).on('error', this.fail));
  }

  private indexStream(): WriteStream {
    return (this.index ??= createWriteStream(this.file('.idx')).on('error', this.fail));
  }
}

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
const isDigits = (text: string, from: number, to: number) => {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57) return false;
  return to > from;
};

/**
 * Calls `entry` for every well-formed line of an index (`key TAB offset TAB
 * length`, key 64 hex digits; or `key TAB offset TAB length TAB pack`, a key
 * for an entry of another pack of the folder, `CacheWriter.alias`, its file
 * name given). What follows the last line end is a line cut short by a run
 * that stopped: even if it parses, its length may be cut, so it is skipped.
 * Parsed by hand rather than with a RegExp: V8 keeps a regular expression's
 * last subject (RegExp.lastMatch), and a line split from the text keeps the
 * whole text alive (80 MB for a million entries).
 */
function readIndex(text: string, entry: (key: string, offset: number, length: number, pack?: string) => void): void {
  for (let at = 0, nl = text.indexOf('\n'); nl >= 0; at = nl + 1, nl = text.indexOf('\n', at)) {
    const t1 = at + 64;
    const t2 = text.indexOf('\t', t1 + 1);
    if (t1 >= nl || text.charCodeAt(t1) !== 9 || t2 < 0 || t2 > nl || !isDigits(text, t1 + 1, t2)) continue;
    const t3 = text.indexOf('\t', t2 + 1);
    const end = t3 >= 0 && t3 < nl ? t3 : nl;
    if (!isDigits(text, t2 + 1, end)) continue;
    let hex = true;
    for (let i = at; i < t1 && hex; i++) hex = isHex(text.charCodeAt(i));
    if (hex) entry(text.slice(at, t1), Number(text.slice(t1 + 1, t2)), Number(text.slice(t2 + 1, end)), end < nl ? text.slice(end + 1, nl) : undefined);
  }
}

/** Where an entry is: a pack (index into the pack names), a byte offset and a length. */
type Located = { readonly pack: number; readonly offset: number; readonly length: number };

/**
 * The entries of all indexes, found by key: open addressing over typed
 * arrays, keyed by the key's first 96 bits (24 hex digits: with a million
 * entries, two keys sharing them is a 1-in-10^16 event). Opening an index
 * of a million synthetic entries: 36 MB of typed arrays, where a Map of key
 * strings to objects took 205 MB of heap (a 1 GB corpus is ~1M articles);
 * ~1 s either way. Written by hand: no maintained npm package offers a
 * compact hash table of fixed-size binary keys.
 */
class EntryTable {
  private slots = new Int32Array(1 << 10);
  /** per entry: the key's three 32-bit words, then where it is */
  private readonly keys = new Column(new Uint32Array(3 * 256));
  private readonly packs = new Column(new Uint16Array(256));
  private readonly offsets = new Column(new Float64Array(256));
  private readonly lengths = new Column(new Uint32Array(256));
  size = 0;

  /** Adds or replaces the entry of `key` (64 hex digits). */
  set(key: string, at: Located): void {
    const k = EntryTable.words(key);
    let i = this.find(k);
    if (i < 0) {
      if (2 * (this.size + 1) > this.slots.length) this.grow();
      i = this.size++;
      this.keys.grow(3 * i + 3);
      for (const c of [this.packs, this.offsets, this.lengths]) c.grow(i + 1);
      this.keys.data.set(k, 3 * i);
      this.slots[this.free(k)] = i + 1;
    }
    this.packs.data[i] = at.pack;
    this.offsets.data[i] = at.offset;
    this.lengths.data[i] = at.length;
  }

  get(key: string): Located | undefined {
    const i = this.find(EntryTable.words(key));
    return i < 0 ? undefined : { pack: this.packs.data[i], offset: this.offsets.data[i], length: this.lengths.data[i] };
  }

  private static words(key: string): [number, number, number] {
    return [parseInt(key.slice(0, 8), 16), parseInt(key.slice(8, 16), 16), parseInt(key.slice(16, 24), 16)];
  }

  /** the entry number of `k`, or -1 */
  private find(k: readonly number[]): number {
    const mask = this.slots.length - 1;
    const keys = this.keys.data;
    for (let s = k[0] & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s] - 1;
      if (e < 0) return -1;
      if (keys[3 * e] === k[0] && keys[3 * e + 1] === k[1] && keys[3 * e + 2] === k[2]) return e;
    }
  }

  /** the first empty slot on `k`'s probe sequence */
  private free(k: readonly number[]): number {
    const mask = this.slots.length - 1;
    let s = k[0] & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    return s;
  }

  /** Doubles the slots and puts every entry back. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const keys = this.keys.data;
    for (let e = 0; e < this.size; e++) this.slots[this.free([keys[3 * e], keys[3 * e + 1], keys[3 * e + 2]])] = e + 1;
  }
}

export class ResultCache {
  /** open packs, by file name */
  private readonly packs = new Map<string, Promise<FileHandle | undefined>>();

  private constructor(
    readonly root: string,
    readonly fingerprint: string,
    /** pack file names, by number */
    private readonly packNames: readonly string[],
    private readonly located: EntryTable,
  ) {}

  static async open(dir: string, fingerprint: string): Promise<ResultCache> {
    await mkdir(dir, { recursive: true });
    for (const name of await readdir(dir)) {
      if (name !== fingerprint && FINGERPRINT_DIR.test(name)) await rm(join(dir, name), { recursive: true, force: true });
    }
    const root = join(dir, fingerprint);
    await mkdir(root, { recursive: true });
    const located = new EntryTable();
    // in name order, so that a key stored twice (two runs at once) resolves the same way every time; more packs
    // than the table can number: the rest are not used (their documents are processed again)
    const indexes = (await readdir(root)).filter((f) => f.endsWith('.idx')).sort().slice(0, 0xffff);
    const packNames = indexes.map((name) => name.slice(0, -'.idx'.length) + '.pack');
    // an alias line names its pack: only a pack of this folder's indexes counts (never a path)
    const packNumber = new Map(packNames.map((name, i) => [name, i]));
    for (const [own, name] of indexes.entries()) {
      const text = await readFile(join(root, name), 'latin1').catch(() => '');
      readIndex(text, (key, offset, length, other) => {
        const pack = other === undefined ? own : packNumber.get(other);
        if (pack !== undefined) located.set(key, { pack, offset, length });
      });
    }
    return new ResultCache(root, fingerprint, packNames, located);
  }

  key(kind: 'file' | 'record', path: string, content: string): string {
    return sha256().update(`${this.fingerprint}\0${kind}\0${path}\0${content}`).digest('hex');
  }

  /**
   * The key of a file by its listing stamp (`InputFile.stamp`: size, times, inode, device), under which a
   * result is stored beside its content key (`Task.cache.also`): a later run finds it without reading the file.
   */
  stampKey(path: string, stamp: string): string {
    return sha256().update(`${this.fingerprint}\0stamp\0${path}\0${stamp}`).digest('hex');
  }

  /** Whether an earlier run stored an entry under `key`. */
  has(key: string): boolean {
    return this.located.get(key) !== undefined;
  }

  /** entries stored (by earlier runs: this run's own are written by the threads' `CacheWriter`s) */
  get size(): number {
    return this.located.size;
  }

  /** Where the entry of `key` is, for an `EntryReader` (in a worker thread); undefined when there is none. */
  locate(key: string): EntryLocation | undefined {
    const at = this.located.get(key);
    return at && { file: join(this.root, this.packNames[at.pack]), offset: at.offset, length: at.length };
  }

  /** The stored result, or undefined when there is none (or it cannot be read: then the document is processed again). */
  async get(key: string): Promise<DocumentResult | undefined> {
    const at = this.located.get(key);
    if (!at) return undefined;
    const pack = this.packNames[at.pack];
    let handle = this.packs.get(pack);
    if (!handle) this.packs.set(pack, (handle = open(join(this.root, pack), 'r').catch(() => undefined)));
    const fh = await handle;
    if (!fh) return undefined;
    try {
      const buf = Buffer.allocUnsafe(at.length);
      const { bytesRead } = await fh.read(buf, 0, at.length, at.offset);
      if (bytesRead !== at.length) return undefined;
      return asResult(await decodeEntry(buf));
    } catch {
      return undefined;
    }
  }

  /** Closes the packs opened by `get`. */
  async close(): Promise<void> {
    const handles = await Promise.all(this.packs.values());
    this.packs.clear();
    await Promise.all(handles.map((h) => h?.close().catch(() => undefined)));
  }
}
