import { generatedRow, type Columns, type RowSource } from './load.js';
import type { GazetteerEntry } from './types.js';

/**
 * The gazetteer entries packed into shared memory, so that a run loads them
 * once and every worker thread reads the same bytes.
 *
 * Loaded, the 190k world entries are ~66 MB of heap in the thread that loads
 * them (the files' text, and an object and an alias array per row), and each
 * worker thread used to load its own copy: 1.2 s each, and two workers
 * loading at once on two cores took 2 s. Packed (~30 ms), they are:
 * - the text of each generated file, UTF-16, as the load read it: an entry
 *   of such a file is its row (offsets into that text) and line number, and a
 *   worker decodes it with the same row parser the load uses
 *   (`generatedRow`);
 * - the other entries (the user's and curated files', and generated rows the
 *   stoplist changed: a few thousand) as JSON, UTF-8.
 *
 * A worker is handed the buffers (shared, not copied: `SharedArrayBuffer`)
 * and decodes an entry only when the matcher hits it, once (`EntryTable.at`
 * keeps it: the same index is always the same object, which callers compare
 * and cache by). A document hits tens of entries, a corpus thousands.
 */
export interface PackedEntries {
  /** per generated file: its text (UTF-16LE), columns, name and priority */
  readonly files: readonly PackedFile[];
  /** the JSON entries, UTF-8, one after another */
  readonly json: SharedArrayBuffer;
  /** Int32 × 4 per entry: file index (-1: JSON), start, end (of the row in the file's text, or of the JSON in `json`), line */
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

/** An entry's row in a generated file, when the row alone gives the entry back. */
type Row = { readonly src: RowSource; readonly start: number; readonly end: number };
const rowOf = (e: GazetteerEntry): Row | undefined => (e as { row?: () => Row | undefined }).row?.();

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
    priority: e.priority,
    tier: e.tier,
    kind: e.kind,
    feature: e.feature,
  };
}

const RECORD = 4;

export function packEntries(entries: readonly GazetteerEntry[]): PackedEntries {
  const records = new Int32Array(new SharedArrayBuffer(4 * RECORD * entries.length));
  const fileOf = new Map<RowSource, number>();
  const files: PackedFile[] = [];
  const texts: string[] = [];
  let jsonBytes = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const row = rowOf(e);
    const r = i * RECORD;
    if (row) {
      let f = fileOf.get(row.src);
      if (f === undefined) {
        const text = new SharedArrayBuffer(2 * row.src.text.length);
        Buffer.from(text).write(row.src.text, 0, 'utf16le');
        fileOf.set(row.src, (f = files.length));
        files.push({ text, cols: row.src.cols, file: row.src.file, priority: row.src.priority });
      }
      records[r] = f;
      records[r + 1] = row.start;
      records[r + 2] = row.end;
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

/** The packed entries as a list, each decoded on first access (per thread). */
export class EntryTable implements EntryList {
  private readonly texts: Buffer[];
  private readonly json: Buffer;
  private readonly records: Int32Array;
  private readonly decoded: (GazetteerEntry | undefined)[];
  readonly length: number;

  constructor(private readonly packed: PackedEntries) {
    this.texts = packed.files.map((f) => Buffer.from(f.text));
    this.json = Buffer.from(packed.json);
    this.records = new Int32Array(packed.records);
    this.length = packed.count;
    this.decoded = new Array(packed.count);
  }

  at(index: number): GazetteerEntry | undefined {
    if (!(index >= 0 && index < this.length) || (index | 0) !== index) return undefined;
    return (this.decoded[index] ??= this.decode(index));
  }

  private decode(index: number): GazetteerEntry {
    const r = index * RECORD;
    const [f, start, end, line] = [this.records[r], this.records[r + 1], this.records[r + 2], this.records[r + 3]];
    if (f < 0) return JSON.parse(this.json.toString('utf8', start, end)) as GazetteerEntry;
    const { cols, file, priority } = this.packed.files[f];
    return generatedRow({ text: this.texts[f].toString('utf16le', 2 * start, 2 * end), cols, file, priority }, line);
  }
}
