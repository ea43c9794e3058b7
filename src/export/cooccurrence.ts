import type { EntityName, EntityType, Mention } from '../model/entity.js';
import { Column } from '../util/column.js';
import { rmSync } from 'node:fs';
import { Int32List, RowFile, SortedRuns, jsonLines, sortedNumbers } from '../util/spill.js';
import { byCodeUnit } from '../util/order.js';
import { formatCsvOfLines, formatRows, type FormattedRows, type JsonShape } from './table-writer.js';
import { grouped } from '../util/format.js';
import { CSV_RECORD_LINES, type CsvFormatter } from './csv-thread.js';

/** A mention as `addRows` reads it: a mentions.csv row (the batch's results) has these fields. */
export type CooccurrenceMention = { readonly entity_id: string; readonly sentence: number };

/** What `add` reads of a document: a `ResolvedDocument` fits. */
export interface CooccurrenceInput {
  readonly id: string;
  readonly mentions: readonly Pick<Mention, 'entityId' | 'sentence'>[];
}

/**
 * Where a pair's names and types come from: the entity table's, by id (`EntityTable.nameOf`), so that
 * cooccurrences.csv names an entity as entities.csv does.
 */
export type EntityNames = (id: string) => EntityName | undefined;

/**
 * Entity pairs that appear together, for Gephi or a spreadsheet pivot.
 *
 * One row per unordered pair of entities that appear in the same document;
 * `source` is the smaller id (code-unit order), `target` the larger.
 * - `sentences`: sentences in which both are mentioned (0 when they only share
 *   a document);
 * - `documents`: documents in which both are mentioned, anywhere;
 * - `sentence_documents`: of those, the documents where they also share a sentence;
 * - `weight`: = `sentences` (the column Gephi's edge import reads as weight);
 * - `document_ids`: the first documents (at most `DOCUMENT_ID_LIMIT`, in id
 *   order) in which both are mentioned: enough to open examples; `documents`
 *   is the full count. (A full list would make the table, and the memory it
 *   takes while the batch runs, grow with every document of the corpus.)
 *
 * Column names `source`/`target`/`weight` are the ones Gephi's spreadsheet
 * import recognises for an edge table.
 */
export const COOCCURRENCE_COLUMNS = [
  'source',
  'target',
  'source_name',
  'source_type',
  'target_name',
  'target_type',
  'sentences',
  'documents',
  'sentence_documents',
  'weight',
  'document_ids',
] as const;

export type CooccurrenceRow = {
  source: string;
  target: string;
  source_name: string;
  source_type: EntityType;
  target_name: string;
  target_type: EntityType;
  sentences: number;
  documents: number;
  sentence_documents: number;
  weight: number;
  document_ids: string[];
};

/** how many document ids a pair lists (the smallest ones, in code-unit order) */
export const DOCUMENT_ID_LIMIT = 20;

/**
 * A document naming more distinct entities than this has its pairs counted only where they share a
 * sentence (`documents` then counts it for those pairs alone), not for every pair of its entities:
 * those grow with the square of the entities. A file of many articles in one (4 MB of BBC stories as
 * one .txt file: 4,092 entities) made 8.4 million pairs, 3 GB of cooccurrences.csv/.json, and took 148 s
 * instead of a few; pairs of names 100 pages apart say nothing. News articles name far fewer: the 20 MB
 * bench corpus's 16,884 documents with mentions name 6 at the median, 37 at the 99.9th percentile, 69 at
 * most. The pipeline warns about such a document (`manyEntitiesWarning`, in its diagnostics).
 */
export const DOCUMENT_PAIR_ENTITIES = 500;

/**
 * The warning for a document naming `distinct` entities, when their pairs are counted within sentences
 * only (over DOCUMENT_PAIR_ENTITIES), else undefined.
 *
 *   manyEntitiesWarning(4092) = 'the document names 4,092 distinct entities (over 500): ...'
 */
export function manyEntitiesWarning(distinct: number): string | undefined {
  if (distinct <= DOCUMENT_PAIR_ENTITIES) return undefined;
  return `the document names ${grouped(distinct)} distinct entities (over ${grouped(DOCUMENT_PAIR_ENTITIES)}): cooccurrences.csv counts its pairs only where they share a sentence (across the whole document they would be ${grouped((distinct * (distinct - 1)) / 2)} pairs); a file holding many articles is better split into one per article`;
}

/** Room for a document list of `length` entries: 4, 8, 16, then DOCUMENT_ID_LIMIT. */
const capacityFor = (length: number) => Math.min(DOCUMENT_ID_LIMIT, Math.max(4, 1 << (32 - Math.clz32(length - 1))));


/** `formattedChunksWith`: how many chunks another thread formats at once, and how far ahead of them this one works */
const CSV_IN_FLIGHT = 8;
const CSV_WINDOW = 32;
/** how many merged rows go to the CSV thread a message during the merge (`merge`'s `csv`) */
const CSV_RECORDS_PER_MESSAGE = 1000;

/** A chunk of a spilled table's merged rows: their JSON lines as they are (byte for byte `jsonRow`'s), with their CSV. */
function mergedChunk(lines: readonly string[], csv: string, shape: JsonShape): FormattedRows {
  return shape === 'lines' ? { csv, json: lines.join('\n'), count: lines.length, lines: true } : { csv, json: lines.join(',\n'), count: lines.length };
}

/** A column of the pair table. */
const intColumn = () => new Column(new Int32Array(1024));

/**
 * Counts co-occurrences document by document.
 *
 * Memory is what a corpus of hundreds of thousands of articles needs: every
 * document brings new pairs (ten or so per short news story: rare names,
 * places), so a pair costs 60-70 bytes with its share of the entities' ids
 * and the document ids (`PAIR_ROW_BYTES`), not a few hundred: entities are
 * numbered, a pair is found through an open-addressing hash table of entity
 * number pairs, and its counts are columns of Int32Arrays. (A Map keyed by
 * `a + NUL + b` strings with an object per pair took ~2.8 kB per Reuters
 * story; V8 Maps also stop at 2^24 entries.) A pair keeps at most
 * DOCUMENT_ID_LIMIT document ids; no text is kept.
 *
 * The result does not depend on the order documents are added in: rows are
 * sorted, document lists are the smallest ids, and the names and types are
 * the entity table's (`names`), asked for when the rows are read.
 */
export class CooccurrenceTable {
  /** entity id -> entity number (since the last run) */
  private readonly entityNumber = new Map<string, number>();
  /** entity number -> id */
  private readonly entities: string[] = [];

  /** pair columns, indexed by pair number: the two entity numbers (a < b) and the counts */
  private readonly first = intColumn();
  private readonly second = intColumn();
  private readonly sentences = intColumn();
  private readonly sentenceDocuments = intColumn();
  private readonly documents = intColumn();
  /** the add() call that last counted the pair in `sentenceDocuments` */
  private readonly lastSentenceDoc = intColumn();
  /**
   * A pair's smallest document ids, as document numbers (`docIds` gives the
   * id): while the pair has one document, that document's number; from the
   * second on, the offset of its list in `pool`, sorted by id, of length
   * min(documents, DOCUMENT_ID_LIMIT) and room `capacityFor(length)`. (An
   * array of id strings per pair took ~200 bytes a pair, 50 MB of the main
   * thread's heap at 90,000 documents of the bench corpus; this takes 4 bytes
   * a listed document plus room to grow: 10 MB there.)
   */
  private readonly docList = intColumn();
  private pool = new Int32Array(1 << 12);
  private poolUsed = 0;
  /** document number -> id: the documents added so far (since the last run), numbered from 1 in the order of `add` */
  private docIds: string[] = [''];
  private pairs = 0;

  /** open addressing: slot -> pair number + 1 (0: empty); size a power of two, at most half full */
  private slots = new Int32Array(1 << 12);
  /** `order()`'s result until the next `add` (the table's finish and the report both read it) */
  private sorted: Int32Array | undefined;
  private readonly runs: SortedRuns<SpilledPair> | undefined;
  /** a spilled table's pairs, merged (`merge`) */
  private merged: MergedPairs | undefined;
  /** the merged rows' CSV records, by the merged rows' numbers, once the CSV thread has handed them over (`merge`) */
  private csvRecords: RowFile<string> | undefined;

  /**
   * `names` gives a pair's names and types when its rows are read (after the
   * last document): the table itself keeps only the entities' ids.
   *
   * With `spill` (a path prefix for its temporary files, `<path>.run-<n>.tmp`
   * and `<path>.merged.tmp`), once `spill.at` pairs (or entities) are held the
   * table writes the pairs to a run, keyed by the two entity ids and sorted by
   * them, with their counts and listed document ids, and starts again with no
   * pairs, entities or documents, so that what it holds does not grow with the
   * corpus's distinct names. After the last document the runs are merged: counts
   * added, document lists joined (the smallest ids, ties in arrival order,
   * as one list would have them). A document is always counted within one
   * run. The merge is in (source id, target id) order, the tie-break of the
   * rows' order, so sorting the merged pairs needs only their counts: the
   * rows are the same as without spilling. Call `remove()` once the rows have
   * been read for the last time.
   */
  constructor(
    private readonly names: EntityNames,
    private readonly spill?: { readonly path: string; readonly at: number },
  ) {
    if (spill) this.runs = new SortedRuns(spill.path, jsonLines<SpilledPair>());
  }

  add(doc: CooccurrenceInput): void {
    this.addRows(
      doc.id,
      doc.mentions.map((m) => ({ entity_id: m.entityId, sentence: m.sentence })),
    );
  }

  /**
   * add() for the batch's result rows: the mention rows, as a worker sends them. `part`: the document is a part of
   * a long text (src/input/parts.ts), not an article, so its pairs count where they share a sentence only, as a
   * document naming more than DOCUMENT_PAIR_ENTITIES entities does (a part of 250,000 characters may hold a hundred
   * articles: across it, every pair of their entities would be a pair)
   */
  addRows(id: string, mentions: readonly CooccurrenceMention[], part = false): void {
    // two inputs may share an id (duplicate JSONL ids): each still counts as a document of its own,
    // rather than one bad corpus row failing the whole run
    if (this.merged) throw new Error('internal error: CooccurrenceTable.addRows after its rows were read');
    const docNumber = this.docIds.push(id) - 1;
    this.sorted = undefined;
    const inDoc = new Set<number>();
    const bySentence = new Map<number, Set<number>>();
    for (const m of mentions) {
      const n = this.entityOf(m.entity_id);
      inDoc.add(n);
      let s = bySentence.get(m.sentence);
      if (!s) bySentence.set(m.sentence, (s = new Set()));
      s.add(n);
    }

    // a document of more than DOCUMENT_PAIR_ENTITIES entities counts its pairs that share a sentence only
    const withinSentences = part || inDoc.size > DOCUMENT_PAIR_ENTITIES;
    for (const set of bySentence.values()) {
      // 'Hasanov met Muradov in Baku' -> (Baku, Hasanov), (Baku, Muradov), (Hasanov, Muradov)
      // (a sentence naming one entity, most of them, has no pair: no array made for it)
      if (set.size < 2) continue;
      const s = [...set];
      for (let i = 0; i < s.length; i++) {
        for (let j = i + 1; j < s.length; j++) {
          const p = this.pair(s[i], s[j]);
          this.sentences.data[p]++;
          if (this.lastSentenceDoc.data[p] !== docNumber) {
            this.lastSentenceDoc.data[p] = docNumber;
            this.sentenceDocuments.data[p]++;
            if (withinSentences) {
              // the pair's first sentence in this document: the document counts for it
              this.listDocument(p, docNumber);
              this.documents.data[p]++;
            }
          }
        }
      }
    }
    if (withinSentences) {
      this.spillIfFull();
      return;
    }
    const all = [...inDoc];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const p = this.pair(all[i], all[j]);
        this.listDocument(p, docNumber);
        this.documents.data[p]++;
      }
    }
    this.spillIfFull();
  }

  /**
   * Writes the held pairs to a run once they (or the entities, which documents naming one entity add without
   * a pair) reach `spill.at`.
   */
  private spillIfFull(): void {
    if (this.runs && (this.pairs >= this.spill!.at || this.entities.length >= this.spill!.at)) this.writeRun();
  }

  /** how many runs were written (0: the table never left memory) */
  get spilled(): number {
    return this.runs?.count ?? 0;
  }

  /** what the table holds in memory: pairs and entities since the last run (each at most `spill.at` between documents) */
  get held(): { readonly pairs: number; readonly entities: number } {
    return { pairs: this.pairs, entities: this.entities.length };
  }

  /**
   * The held pairs as a run's records, sorted by their entity ids: sorted as numbers (the entities' ranks
   * by id, as `sortPairs` does), then made one at a time (an array of them all was a transient of ~100 MB
   * at a spill of 500,000 pairs).
   */
  private *heldRecords(): Generator<SpilledPair> {
    const { lo, hi } = this.idRanks();
    for (const p of sortedNumbers(this.pairs, (x, y) => lo[x] - lo[y] || hi[x] - hi[y])) {
      let a = this.entities[this.first.data[p]];
      let b = this.entities[this.second.data[p]];
      if (b < a) [a, b] = [b, a];
      yield { lo: a, hi: b, s: this.sentences.data[p], d: this.documents.data[p], sd: this.sentenceDocuments.data[p], ids: this.documentIds(p) };
    }
  }

  /** The held pairs as the next run (none: no run); the table starts with no pairs, entities or documents. */
  private writeRun(): void {
    if (this.pairs > 0) this.runs!.write(this.heldRecords());
    this.clearPairs();
  }

  /** Forgets the held pairs, entities and documents. */
  private clearPairs(): void {
    // the columns keep their room; what a new pair reads before it writes must be 0 again
    for (const c of [this.first, this.second, this.sentences, this.sentenceDocuments, this.documents, this.lastSentenceDoc, this.docList]) c.data.fill(0, 0, this.pairs);
    this.slots.fill(0);
    this.pairs = 0;
    this.poolUsed = 0;
    this.docIds = [''];
    this.entities.length = 0;
    this.entityNumber.clear();
  }

  /** pair `p`'s listed document ids, in id order */
  private documentIds(p: number): string[] {
    const documents = this.documents.data[p];
    const list = this.docList.data[p];
    if (documents === 1) return [this.docIds[list]];
    // a loop, not Array.from(subarray, map): a view and a callback per pair cost more than the ids (a spill's every pair)
    const n = Math.min(documents, DOCUMENT_ID_LIMIT);
    const ids = new Array<string>(n);
    for (let k = 0; k < n; k++) ids[k] = this.docIds[this.pool[list + k]];
    return ids;
  }

  /**
   * A spilled table's runs merged by pair into one file of rows, numbered in
   * (source id, target id) order, with each row's sentences and documents:
   * what the rows' order needs. Undefined for a table that never spilled. Once.
   */
  private merge(csv?: CsvFormatter): MergedPairs | undefined {
    if (this.merged || !this.runs || this.runs.count === 0) return this.merged;
    const file = new RowFile(`${this.spill!.path}.merged.tmp`, jsonLines<CooccurrenceRow>());
    const sentenceCounts = new Int32List();
    const documentCounts = new Int32List();
    // with a CSV thread that keeps records (`appendRecords`), each merged row's CSV record is made there, while this
    // thread merges, in a file of its own numbered as `file` is
    const records = csv?.appendRecords && csv.closeRecords ? csv : undefined;
    let batch: string[] = [];
    // the pairs still held join the merge as its last run, with no file
    // (the groups come in source id order, so most share the one before's source: its name is asked, and its
    // JSON made, once for them: `MergedLine`)
    const line = new MergedLine();
    for (const group of this.runs.merge(byPairIds, this.pairs > 0 ? this.heldRecords() : undefined)) {
      const first = group[0];
      let s = 0;
      let d = 0;
      let sd = 0;
      for (const r of group) {
        s += r.s;
        d += r.d;
        sd += r.sd;
      }
      // each run's list is sorted by id, ties in arrival order, and the runs are in arrival order: a stable sort of
      // them one after another is the whole list's order, and its first DOCUMENT_ID_LIMIT are among the runs' lists
      const ids = group.length === 1 ? first.ids : firstIds(group, DOCUMENT_ID_LIMIT);
      if (line.source !== first.lo) line.from(first.lo, this.nameOf(first.lo));
      const merged = line.of(first.hi, this.nameOf(first.hi), s, d, sd, ids);
      file.appendLine(merged);
      sentenceCounts.push(s);
      documentCounts.push(d);
      if (records && batch.push(merged) === CSV_RECORDS_PER_MESSAGE) {
        records.appendRecords!(this.csvRecordsPath, COOCCURRENCE_COLUMNS, batch);
        batch = [];
      }
    }
    if (records && batch.length > 0) records.appendRecords!(this.csvRecordsPath, COOCCURRENCE_COLUMNS, batch);
    this.runs.remove();
    this.clearPairs();
    const sentences = sentenceCounts.values;
    const documents = documentCounts.values;
    const order = sortedNumbers(sentences.length, (x, y) => sentences[y] - sentences[x] || documents[y] - documents[x] || x - y);
    const path = this.csvRecordsPath;
    // (the thread's file, or on any failure none: the chunks' CSV is then formatted from their lines)
    const csvRecords = records?.closeRecords!(path).then(
      (handover) => (this.csvRecords = new RowFile(path, CSV_RECORD_LINES, handover)),
      () => void rmSync(path, { force: true }),
    );
    this.merged = { file, order, sentences, csvRecords };
    return this.merged;
  }

  /** where the CSV thread keeps the merged rows' CSV records (`merge`) */
  private get csvRecordsPath(): string {
    return `${this.spill!.path}.merged-csv.tmp`;
  }

  /** Deletes a spilled table's temporary files (when its rows have been read for the last time, or the batch is abandoned). */
  remove(): void {
    this.runs?.remove();
    this.merged?.file.remove();
    this.csvRecords?.remove();
    if (this.merged?.csvRecords) rmSync(this.csvRecordsPath, { force: true });
  }

  /** Adds document `d` to pair `p`'s list if its id is among the smallest (before `documents` counts it). */
  private listDocument(p: number, d: number): void {
    const before = this.documents.data[p];
    if (before === 0) {
      this.docList.data[p] = d;
      return;
    }
    const id = this.docIds[d];
    if (before === 1) {
      const at = this.allocate(capacityFor(2));
      const other = this.docList.data[p];
      // equal ids (duplicate JSONL ids) keep arrival order, as the insertion below does
      const otherFirst = this.docIds[other] <= id;
      this.pool[at] = otherFirst ? other : d;
      this.pool[at + 1] = otherFirst ? d : other;
      this.docList.data[p] = at;
      return;
    }
    const length = Math.min(before, DOCUMENT_ID_LIMIT);
    if (length === DOCUMENT_ID_LIMIT && id >= this.docIds[this.pool[this.docList.data[p] + length - 1]]) return;
    if (length < DOCUMENT_ID_LIMIT && length === capacityFor(length)) {
      // full: move the list to a bigger place (allocate first: it may move every list)
      const at = this.allocate(capacityFor(length + 1));
      const from = this.docList.data[p];
      this.pool.copyWithin(at, from, from + length);
      this.docList.data[p] = at;
    }
    const at = this.docList.data[p];
    // insertion after the last id <= this one; the largest falls off a full list
    let k = Math.min(length, DOCUMENT_ID_LIMIT - 1);
    while (k > 0 && this.docIds[this.pool[at + k - 1]] > id) {
      this.pool[at + k] = this.pool[at + k - 1];
      k--;
    }
    this.pool[at + k] = d;
  }

  /**
   * `n` free entries of `pool`. When the pool is full, the lists are copied
   * into a new one (twice what they use, plus `n`), leaving out the room of
   * lists that have moved.
   */
  private allocate(n: number): number {
    if (this.poolUsed + n > this.pool.length) {
      let live = 0;
      for (let p = 0; p < this.pairs; p++) if (this.documents.data[p] >= 2) live += capacityFor(Math.min(this.documents.data[p], DOCUMENT_ID_LIMIT));
      const pool = new Int32Array(Math.max(1 << 12, 2 * live + n));
      let used = 0;
      for (let p = 0; p < this.pairs; p++) {
        const documents = this.documents.data[p];
        if (documents < 2) continue;
        const length = Math.min(documents, DOCUMENT_ID_LIMIT);
        const from = this.docList.data[p];
        pool.set(this.pool.subarray(from, from + length), used);
        this.docList.data[p] = used;
        used += capacityFor(length);
      }
      this.pool = pool;
      this.poolUsed = used;
    }
    const at = this.poolUsed;
    this.poolUsed += n;
    return at;
  }

  /** Strongest first: sentences, then documents (both descending), then source and target id. */
  toRows(): CooccurrenceRow[] {
    return [...this.rowChunks(Infinity)].flat();
  }

  /** The rows of `toRows()`, `size` at a time (a table of millions of pairs is never an array of objects at once). */
  *rowChunks(size: number): Generator<CooccurrenceRow[]> {
    const merged = this.merge();
    if (merged) {
      for (let k = 0; k < merged.order.length; k += size) yield merged.file.read(merged.order, k, Math.min(merged.order.length, k + size));
      return;
    }
    const order = this.order();
    for (let k = 0; k < order.length; k += size) {
      const chunk: CooccurrenceRow[] = [];
      for (const p of order.subarray(k, Math.min(order.length, k + size))) chunk.push(this.row(p));
      yield chunk;
    }
  }

  /**
   * `rowChunks(size)` formatted for the table (`formatRows`). A spilled table's merged file holds each row
   * as `JSON.stringify` (its codec, `jsonLines`) of an object with the table's columns in order, none of them empty: byte for byte
   * the JSON table's row (`jsonRow`), so those lines go to the JSON as they are, and only the CSV is
   * formatted (20 MB bench corpus, 258,000 pairs: `jsonRow` took ~0.5 s of the ~6 s after the last
   * document; docs/BENCHMARKS.md, twenty-second session).
   */
  *formattedChunks(size: number, shape: JsonShape = 'array'): Generator<FormattedRows> {
    const merged = this.merge();
    if (!merged) {
      for (const rows of this.rowChunks(size)) yield formatRows(COOCCURRENCE_COLUMNS, rows, shape);
      return;
    }
    for (let k = 0; k < merged.order.length; k += size) {
      const lines = this.mergedLines(merged, k, size);
      yield mergedChunk(lines, formatCsvOfLines(COOCCURRENCE_COLUMNS, lines), shape);
    }
  }

  /**
   * `formattedChunks(size, shape)`, the same chunks in the same order, their CSV made by `csv` (`CsvThread`: another
   * thread) where it can. Only a spilled table's merged rows go there, as their JSON lines; a table held in memory is
   * formatted here. A `csv` that keeps records (`appendRecords`) makes every merged row's CSV record during the merge,
   * and the chunks read them back (a record's CSV is the same alone as among others: `csvRecordsOf`); else, or if it
   * fails, the chunks' CSV is formatted as follows.
   *
   * Which chunks go where adapts to the two threads' speeds: a chunk goes to `csv` while it has fewer than
   * `CSV_IN_FLIGHT` of them, else it is formatted here; this thread works up to `CSV_WINDOW` chunks ahead of the one
   * it hands on next, and waits only when that one is still at `csv` with the window full.
   */
  async *formattedChunksWith(csv: CsvFormatter, size: number, shape: JsonShape = 'array'): AsyncGenerator<FormattedRows> {
    const merged = this.merge(csv);
    if (!merged) {
      yield* this.formattedChunks(size, shape);
      return;
    }
    const n = merged.order.length;
    const records = await merged.csvRecords;
    if (records) {
      // every row's CSV record made by `csv` during the merge: read in the table's order, as the JSON lines are
      for (let k = 0; k < n; k += size) yield mergedChunk(this.mergedLines(merged, k, size), records.readLines(merged.order, k, Math.min(n, k + size)).join(''), shape);
      return;
    }
    const window: { readonly lines: string[]; readonly csv: string | Promise<string> }[] = [];
    let inFlight = 0;
    const done = () => void inFlight--;
    for (let k = 0; k < n || window.length > 0; ) {
      while (window.length < CSV_WINDOW && k < n) {
        const lines = this.mergedLines(merged, k, size);
        k += size;
        if (inFlight < CSV_IN_FLIGHT) {
          inFlight++;
          const there = csv.format(COOCCURRENCE_COLUMNS, lines);
          void there.then(done, done);
          window.push({ lines, csv: there });
        } else window.push({ lines, csv: formatCsvOfLines(COOCCURRENCE_COLUMNS, lines) });
      }
      const next = window.shift()!;
      yield mergedChunk(next.lines, await next.csv, shape);
    }
  }

  /** The merged rows' JSON lines from the `k`th row of the table's order, `size` of them at most. */
  private mergedLines(merged: MergedPairs, k: number, size: number): string[] {
    return merged.file.readLines(merged.order, k, Math.min(merged.order.length, k + size));
  }

  /** The pairs that share at least one sentence, strongest first (what the report draws). */
  *sentenceRows(): Generator<CooccurrenceRow> {
    const merged = this.merge();
    if (merged) {
      // the rows sharing a sentence come first (sorted by sentences, descending)
      const { order, sentences, file } = merged;
      for (let k = 0; k < order.length && sentences[order[k]] > 0; k += 256) {
        let to = k;
        while (to < Math.min(order.length, k + 256) && sentences[order[to]] > 0) to++;
        yield* file.read(order, k, to);
      }
      return;
    }
    const s = this.sentences.data;
    for (const p of this.order()) if (s[p] > 0) yield this.row(p);
  }

  /** how many pairs share a sentence (the rows `sentenceRows()` gives) */
  get sentencePairs(): number {
    const merged = this.merge();
    if (merged) return merged.sentences.reduce((n, s) => n + (s > 0 ? 1 : 0), 0);
    let n = 0;
    const s = this.sentences.data;
    for (let p = 0; p < this.pairs; p++) if (s[p] > 0) n++;
    return n;
  }

  get size(): number {
    return this.merged?.order.length ?? (this.spilled > 0 ? this.merge()!.order.length : this.pairs);
  }

  private row(p: number): CooccurrenceRow {
    let a = this.entities[this.first.data[p]];
    let b = this.entities[this.second.data[p]];
    if (b < a) [a, b] = [b, a];
    const an = this.nameOf(a);
    const bn = this.nameOf(b);
    return {
      source: a,
      target: b,
      source_name: an.name,
      source_type: an.type,
      target_name: bn.name,
      target_type: bn.type,
      sentences: this.sentences.data[p],
      documents: this.documents.data[p],
      sentence_documents: this.sentenceDocuments.data[p],
      weight: this.sentences.data[p],
      document_ids: this.documentIds(p),
    };
  }

  /** Pair numbers sorted as the rows are (sorted once for the table and the report). */
  private order(): Int32Array {
    return (this.sorted ??= this.sortPairs());
  }

  /**
   * Ties on the counts (most pairs: one document, no sentence) are broken by
   * the entities' ranks in id order, computed once, so the comparator compares
   * numbers only. (Comparing the id strings, with an array per comparison, the
   * sort took 0.4 s of the main thread's time after the last document on the
   * 20 MB bench corpus, 237,615 pairs; the whole row iteration now takes
   * 0.29 s, was 0.57 s. CPU profiles.)
   */
  private sortPairs(): Int32Array {
    const s = this.sentences.data;
    const d = this.documents.data;
    const { lo, hi } = this.idRanks();
    return sortedNumbers(this.pairs, (x, y) => s[y] - s[x] || d[y] - d[x] || lo[x] - lo[y] || hi[x] - hi[y]);
  }

  /** Each held pair's two entities as their ranks in id order: `lo` the smaller (the row's source), `hi` the larger. */
  private idRanks(): { lo: Int32Array; hi: Int32Array } {
    const byId = this.entities.map((_, n) => n).sort((x, y) => byCodeUnit(this.entities[x], this.entities[y]));
    const rank = new Int32Array(this.entities.length);
    byId.forEach((n, r) => (rank[n] = r));
    const lo = new Int32Array(this.pairs);
    const hi = new Int32Array(this.pairs);
    for (let p = 0; p < this.pairs; p++) {
      const ra = rank[this.first.data[p]];
      const rb = rank[this.second.data[p]];
      lo[p] = ra < rb ? ra : rb;
      hi[p] = ra < rb ? rb : ra;
    }
    return { lo, hi };
  }

  private entityOf(id: string): number {
    let n = this.entityNumber.get(id);
    if (n === undefined) {
      n = this.entities.push(id) - 1;
      this.entityNumber.set(id, n);
    }
    return n;
  }

  /** An entity's name and type, from `names` (every entity of a pair is one the entity table has counted). */
  private nameOf(id: string): EntityName {
    const e = this.names(id);
    if (!e) throw new Error(`internal error: the entity ${id} of a co-occurring pair is not in the entity table`);
    return e;
  }

  /** The pair number of entities x and y (either order), created with zero counts if new. */
  private pair(x: number, y: number): number {
    const a = x < y ? x : y;
    const b = x < y ? y : x;
    const mask = this.slots.length - 1;
    for (let i = pairHash(a, b) & mask; ; i = (i + 1) & mask) {
      const v = this.slots[i];
      if (v === 0) {
        const p = this.pairs++;
        for (const c of [this.first, this.second, this.sentences, this.sentenceDocuments, this.documents, this.lastSentenceDoc, this.docList]) c.grow(p + 1);
        this.first.data[p] = a;
        this.second.data[p] = b;
        this.slots[i] = p + 1;
        if (2 * this.pairs > this.slots.length) this.rehash();
        return p;
      }
      if (this.first.data[v - 1] === a && this.second.data[v - 1] === b) return v - 1;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let p = 0; p < this.pairs; p++) {
      const a = this.first.data[p];
      const b = this.second.data[p];
      let i = pairHash(a, b) & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = p + 1;
    }
    this.slots = slots;
  }
}

/**
 * What a pair held in memory costs, the entities and document ids of the pairs held included: a table fed
 * the mention rows of real documents in order (the 20 MB bench corpus; the first 700,000 mentions of the 100 MB
 * name-changing one), after a full collection, heap and array buffers: 63-66 bytes a pair at 50,000-200,000
 * pairs, 69 at 400,000 on the name-changing documents (a scratch script, docs/BENCHMARKS.md, thirty-third
 * session). 100 until then, when the table kept every entity's name for the whole run and a pair cost 71-89
 * bytes so measured. The measure of how many pairs the table holds before it spills (`rowsInMemory` in
 * util/spill.ts).
 */
export const PAIR_ROW_BYTES = 70;

/** A pair as a run keeps it: the two entity ids (lo < hi), sentences, documents, sentence documents, the listed document ids */
type SpilledPair = { lo: string; hi: string; s: number; d: number; sd: number; ids: string[] };
/**
 * The first `limit` ids of the runs' lists of one pair, in the order a stable sort of the lists one after another
 * (`flatMap(...).sort(byCodeUnit)`) gives: each list is sorted, so a merge that takes the smallest head, the earliest
 * run's on a tie, gives it. Hand-written for the serial end's cost: the 100 MB bench corpus spills its pairs in 13 runs,
 * so a pair's lists hold up to 260 ids, and sorting them all to keep 20 took most of the merge's own time
 * (docs/BENCHMARKS.md, forty-ninth session).
 *
 *   firstIds([{ ids: ['a', 'c'] }, { ids: ['b', 'c'] }], 3) = ['a', 'b', 'c']
 */
export function firstIds(runs: readonly { readonly ids: readonly string[] }[], limit: number): string[] {
  const at = new Int32Array(runs.length);
  const out: string[] = [];
  while (out.length < limit) {
    let best = -1;
    let bestId = '';
    for (let r = 0; r < runs.length; r++) {
      const ids = runs[r].ids;
      if (at[r] < ids.length && (best < 0 || ids[at[r]] < bestId)) {
        best = r;
        bestId = ids[at[r]];
      }
    }
    if (best < 0) break;
    out.push(bestId);
    at[best]++;
  }
  return out;
}

/**
 * A merged row's line (`merge`), byte for byte `JSON.stringify` of its `CooccurrenceRow` (the merged file's codec,
 * `jsonLines`: each value's JSON after its key's, in the columns' order), with the source's parts made once for the
 * rows that share it (`from`): the merge gives the rows in source id order, so a source's pairs come one after
 * another. For Zorvex (organization) and Quandell (person), in 2 sentences of 3 documents, 'd1' and 'd2' listed:
 *
 *   {"source":"organization:zorvex","target":"person:quandell","source_name":"Zorvex","source_type":"organization",
 *    "target_name":"Quandell","target_type":"person","sentences":2,"documents":3,"sentence_documents":2,"weight":2,
 *    "document_ids":["d1","d2"]}   (one line)
 */
export class MergedLine {
  /** the source id `from` was given last */
  source: string | undefined;
  /** '{"source":<id>,"target":' */
  private head = '';
  /** ',"source_name":<name>,"source_type":<type>,"target_name":' */
  private middle = '';

  /** The source of the rows that follow: its id, name and type. */
  from(id: string, e: EntityName): void {
    this.source = id;
    this.head = '{"source":' + JSON.stringify(id) + ',"target":';
    this.middle = ',"source_name":' + JSON.stringify(e.name) + ',"source_type":' + JSON.stringify(e.type) + ',"target_name":';
  }

  /** The line of the row from the source to `target` (`e` its name and type), with its counts and listed document ids. */
  of(target: string, e: EntityName, sentences: number, documents: number, sentenceDocuments: number, ids: readonly string[]): string {
    // integer counts: a number's JSON is its String()
    return this.head + JSON.stringify(target) + this.middle + JSON.stringify(e.name) + ',"target_type":' + JSON.stringify(e.type) + ',"sentences":' + sentences + ',"documents":' + documents + ',"sentence_documents":' + sentenceDocuments + ',"weight":' + sentences + ',"document_ids":' + JSON.stringify(ids) + '}';
  }
}

const byPairIds = (x: SpilledPair, y: SpilledPair) => byCodeUnit(x.lo, y.lo) || byCodeUnit(x.hi, y.hi);

interface MergedPairs {
  readonly file: RowFile<CooccurrenceRow>;
  /** the rows' CSV records, when a CSV thread made them during the merge (undefined when it failed: `merge`) */
  readonly csvRecords?: Promise<RowFile<string> | undefined>;
  /** row numbers in the rows' order */
  readonly order: Int32Array;
  /** by row number */
  readonly sentences: Int32Array;
}

/** A 32-bit hash of an entity number pair (multiplicative mixing; the table is a power of two). */
function pairHash(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 0;
}
