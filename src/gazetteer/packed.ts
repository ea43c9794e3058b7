import { generatedRow, rowOf, type Columns, type RowSource } from './load.js';
import type { GazetteerEntry } from './types.js';
import { oneByte } from '../text/tokenize.js';

/**
 * The gazetteer entries packed into shared memory, so that a run loads them
 * once and every worker thread reads the same bytes.
 *
 * Loaded, the 190k world entries are ~66 MB of heap in the thread that loads
 * them (the files' text, and an object and an alias array per row), and each
 * worker thread used to load its own copy: 1.2 s each, and two workers
 * loading at once on two cores took 2 s. Packed (119-133 ms), they are:
 * - the text of each generated file, UTF-8: an entry of such a file is its
 *   row (the byte range of its line) and line number, and a worker decodes
 *   it with the same row parser the load uses (`generatedRow`);
 * - the other entries (the user's and curated files', and generated rows the
 *   stoplist changed: 130 of the shipped ones) as JSON, UTF-8.
 *
 * A worker is handed the buffers (shared, not copied: `SharedArrayBuffer`)
 * and decodes an entry only when the matcher hits it (`EntryTable.at`). A
 * document hits tens of entries, a corpus thousands: 8,600 per worker on the
 * 100 MB name-changing bench corpus.
 */
export interface PackedEntries {
  /** per generated file: its text (UTF-8), columns, name and priority */
  readonly files: readonly PackedFile[];
  /** the JSON entries, UTF-8, one after another */
  readonly json: SharedArrayBuffer;
  /** Int32 × 4 per entry: file index (-1: JSON), start, end (byte offsets of the row in the file's text, or of the JSON in `json`), line */
  readonly records: SharedArrayBuffer;
  readonly count: number;
}

export interface PackedFile {
  readonly text: SharedArrayBuffer;
  readonly cols: Columns;
  readonly file: string;
  readonly priority: number;
}

/** What the matcher reads entries from: an array, or an `EntryTable`. */
export interface EntryList {
  readonly length: number;
  at(index: number): GazetteerEntry | undefined;
}

/** The entry's fields as plain data (a generated entry reads them from its row on demand), in one fixed order. */
function plain(e: GazetteerEntry): GazetteerEntry {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    country: e.country,
    wikidata: e.wikidata,
    geonames: e.geonames,
    lat: e.lat,
    lon: e.lon,
    population: e.population,
    description: e.description,
    file: e.file,
    line: e.line,
    caseInsensitive: e.caseInsensitive,
    commonWord: e.commonWord,
    contextOnly: e.contextOnly,
    priority: e.priority,
    tier: e.tier,
    kind: e.kind,
    feature: e.feature,
    region: e.region,
  };
}

const RECORD = 4;

/** A generated file's text in shared memory, UTF-8, and where its lines start. */
class PackingFile {
  readonly bytes: Buffer;
  private starts: Int32Array | undefined;
  constructor(readonly text: string) {
    this.bytes = Buffer.from(new SharedArrayBuffer(Buffer.byteLength(text)));
    this.bytes.write(text, 0, 'utf8');
  }
  /**
   * The byte range of line `line` (1-based, as the load counts them) without
   * its line break. A generated entry's row is its whole line (load.ts), so
   * its UTF-16 offsets in the text need not be converted, only looked up by
   * line.
   */
  row(line: number): [number, number] {
    this.starts ??= lineStarts(this.bytes);
    const start = this.starts[line - 1];
    let end = line < this.starts.length ? this.starts[line] - 1 : this.bytes.length;
    if (end > start && this.bytes[end - 1] === 13) end--;
    return [start, end];
  }
}

function lineStarts(b: Buffer): Int32Array {
  const starts = [0];
  for (let nl = b.indexOf(10); nl >= 0; nl = b.indexOf(10, nl + 1)) starts.push(nl + 1);
  return Int32Array.from(starts);
}

export function packEntries(entries: readonly GazetteerEntry[]): PackedEntries {
  const records = new Int32Array(new SharedArrayBuffer(4 * RECORD * entries.length));
  const fileOf = new Map<RowSource, number>();
  const files: PackedFile[] = [];
  const packing: PackingFile[] = [];
  const texts: string[] = [];
  let jsonBytes = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const row = rowOf(e);
    const r = i * RECORD;
    if (row) {
      let f = fileOf.get(row.src);
      if (f === undefined) {
        const p = new PackingFile(row.src.text);
        fileOf.set(row.src, (f = files.length));
        packing.push(p);
        files.push({ text: p.bytes.buffer as SharedArrayBuffer, cols: row.src.cols, file: row.src.file, priority: row.src.priority });
      }
      [records[r + 1], records[r + 2]] = packing[f].row(e.line);
      records[r] = f;
    } else {
      const t = JSON.stringify(plain(e));
      texts.push(t);
      records[r] = -1;
      records[r + 1] = jsonBytes;
      records[r + 2] = jsonBytes += Buffer.byteLength(t);
    }
    records[r + 3] = e.line;
  }
  const json = new SharedArrayBuffer(jsonBytes);
  Buffer.from(json).write(texts.join(''), 0, 'utf8');
  return { files, json, records: records.buffer as SharedArrayBuffer, count: entries.length };
}

/**
 * Decoded entries kept, at most (then they are dropped and decoded again as
 * they are hit, so memory stays flat whatever the corpus mentions: the 190k
 * world entries, all decoded, would take more heap than loading them did).
 * Decoding is a pure function of the packed bytes, and nothing compares
 * entries by identity across documents (caches are keyed by the matcher's
 * hit arrays), so dropping them changes no output.
 */
export const DECODED_LIMIT = 32_768;

/** The packed entries as a list, each decoded on first access (per thread) and kept, up to `keep` entries. */
export class EntryTable implements EntryList {
  private readonly texts: Buffer[];
  private readonly json: Buffer;
  private readonly records: Int32Array;
  private decoded: Map<number, GazetteerEntry> = new Map();
  readonly length: number;

  constructor(
    private readonly packed: PackedEntries,
    private readonly keep = DECODED_LIMIT,
  ) {
    this.texts = packed.files.map((f) => Buffer.from(f.text));
    this.json = Buffer.from(packed.json);
    this.records = new Int32Array(packed.records);
    this.length = packed.count;
  }

  at(index: number): GazetteerEntry | undefined {
    if (!(index >= 0 && index < this.length) || (index | 0) !== index) return undefined;
    let e = this.decoded.get(index);
    if (e === undefined) {
      if (this.decoded.size >= this.keep) this.decoded = new Map();
      this.decoded.set(index, (e = this.decode(index)));
    }
    return e;
  }

  /** entries decoded and kept now */
  get kept(): number {
    return this.decoded.size;
  }

  private decode(index: number): GazetteerEntry {
    const r = index * RECORD;
    const [f, start, end, line] = [this.records[r], this.records[r + 1], this.records[r + 2], this.records[r + 3]];
    const text = (f < 0 ? this.json : this.texts[f]).toString('utf8', start, end);
    const e = f < 0 ? (JSON.parse(text) as GazetteerEntry) : this.row(f, text, line);
    // (a row of Latin-1 characters only, nine in ten, decodes to a one-byte string, and so are its cells: `oneByte`
    // would copy each of them into an equal string)
    return latin1(text) ? plain(e) : compact(e);
  }

  /** the entry of generated file `f`'s row `text`, line `line` */
  private row(f: number, text: string, line: number): GazetteerEntry {
    const { cols, file, priority } = this.packed.files[f];
    return generatedRow({ text, cols, file, priority }, line);
  }
}

/**
 * Whether every character of `s` is Latin-1: then V8 keeps `s` one-byte when decoding it from UTF-8, and every slice of
 * it too, so `compact` has nothing to do.
 *
 *   latin1('Zürich\tZurich') = true; latin1('Zürich\tЦюрих') = false
 */
function latin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
}

/** the string fields of an entry that come from its row (`compact`) */
const STRING_FIELDS = ['id', 'name', 'country', 'wikidata', 'geonames', 'description', 'feature', 'region'] as const;

/**
 * The entry as plain data whose strings are one-byte wherever their
 * characters allow (`oneByte`): a decoded row is one string, two-byte when
 * any of its cells is, and the id and name sliced from it go into every
 * output row of the documents that mention the entry.
 */
function compact(e: GazetteerEntry): GazetteerEntry {
  const p = plain(e) as { -readonly [K in keyof GazetteerEntry]: GazetteerEntry[K] };
  for (const k of STRING_FIELDS) {
    const v = p[k];
    if (v !== undefined) p[k] = oneByte(v);
  }
  p.aliases = p.aliases.map(oneByte);
  return p;
}
