import type { Entity, EntityType, Mention } from '../model/entity.js';
import { Column } from '../util/column.js';

/** A mention as `addRows` reads it: a mentions.csv row (the batch's results) has these fields. */
export type CooccurrenceMention = { readonly entity_id: string; readonly sentence: number; readonly name: string; readonly type: EntityType };

/** What `add` reads of a document: a `ResolvedDocument` fits. */
export interface CooccurrenceInput {
  readonly id: string;
  readonly mentions: readonly Pick<Mention, 'entityId' | 'sentence' | 'name' | 'type'>[];
  readonly entities: ReadonlyMap<string, Pick<Entity, 'name' | 'type'>>;
}

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

/** Room for a document list of `length` entries: 4, 8, 16, then DOCUMENT_ID_LIMIT. */
const capacityFor = (length: number) => Math.min(DOCUMENT_ID_LIMIT, Math.max(4, 1 << (32 - Math.clz32(length - 1))));

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A column of the pair table. */
const intColumn = () => new Column(new Int32Array(1024));

/**
 * Counts co-occurrences document by document.
 *
 * Memory is what a corpus of hundreds of thousands of articles needs: every
 * document brings new pairs (ten or so per short news story: rare names,
 * places), so a pair costs about 30 bytes, not a few hundred: entities are
 * numbered, a pair is found through an open-addressing hash table of entity
 * number pairs, and its counts are columns of Int32Arrays. (A Map keyed by
 * `a + NUL + b` strings with an object per pair took ~2.8 kB per Reuters
 * story; V8 Maps also stop at 2^24 entries.) A pair keeps at most
 * DOCUMENT_ID_LIMIT document ids; no text is kept.
 *
 * The result does not depend on the order documents are added in: rows are
 * sorted, document lists are the smallest ids, and an entity's name is the
 * one seen in the document with the smallest id.
 */
export class CooccurrenceTable {
  /** entity id -> entity number */
  private readonly entityNumber = new Map<string, number>();
  private readonly entities: { id: string; name: string; type: EntityType; doc: string }[] = [];

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
  /** document number -> id: the documents added so far, numbered from 1 in the order of `add` */
  private readonly docIds: string[] = [''];
  private pairs = 0;

  /** open addressing: slot -> pair number + 1 (0: empty); size a power of two, at most half full */
  private slots = new Int32Array(1 << 12);
  /** `order()`'s result until the next `add` (the table's finish and the report both read it) */
  private sorted: Int32Array | undefined;

  add(doc: CooccurrenceInput): void {
    const entities = [...doc.entities].map(([id, e]) => ({ id, name: e.name, type: e.type }));
    this.addRows(
      doc.id,
      doc.mentions.map((m) => ({ entity_id: m.entityId, sentence: m.sentence, name: m.name, type: m.type })),
      entities,
    );
  }

  /** add() for the batch's result rows: the mention rows and the document's entities, as a worker sends them */
  addRows(id: string, mentions: readonly CooccurrenceMention[], entities: readonly Pick<Entity, 'id' | 'name' | 'type'>[]): void {
    // two inputs may share an id (duplicate JSONL ids): each still counts as a document of its own,
    // rather than one bad corpus row failing the whole run
    const docNumber = this.docIds.push(id) - 1;
    this.sorted = undefined;
    const inDoc = new Set<number>();
    const bySentence = new Map<number, Set<number>>();
    for (const m of mentions) {
      const n = this.entityOf(m.entity_id, id, entities, m);
      inDoc.add(n);
      let s = bySentence.get(m.sentence);
      if (!s) bySentence.set(m.sentence, (s = new Set()));
      s.add(n);
    }

    for (const set of bySentence.values()) {
      // 'Hasanov met Muradov in Baku' -> (Baku, Hasanov), (Baku, Muradov), (Hasanov, Muradov)
      const s = [...set];
      for (let i = 0; i < s.length; i++) {
        for (let j = i + 1; j < s.length; j++) {
          const p = this.pair(s[i], s[j]);
          this.sentences.data[p]++;
          if (this.lastSentenceDoc.data[p] !== docNumber) {
            this.lastSentenceDoc.data[p] = docNumber;
            this.sentenceDocuments.data[p]++;
          }
        }
      }
    }
    const all = [...inDoc];
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const p = this.pair(all[i], all[j]);
        this.listDocument(p, docNumber);
        this.documents.data[p]++;
      }
    }
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
    const order = this.order();
    for (let k = 0; k < order.length; k += size) {
      const chunk: CooccurrenceRow[] = [];
      for (const p of order.subarray(k, Math.min(order.length, k + size))) chunk.push(this.row(p));
      yield chunk;
    }
  }

  /** The pairs that share at least one sentence, strongest first (what the report draws). */
  *sentenceRows(): Generator<CooccurrenceRow> {
    const s = this.sentences.data;
    for (const p of this.order()) if (s[p] > 0) yield this.row(p);
  }

  /** how many pairs share a sentence (the rows `sentenceRows()` gives) */
  get sentencePairs(): number {
    let n = 0;
    const s = this.sentences.data;
    for (let p = 0; p < this.pairs; p++) if (s[p] > 0) n++;
    return n;
  }

  get size(): number {
    return this.pairs;
  }

  private row(p: number): CooccurrenceRow {
    let a = this.entities[this.first.data[p]];
    let b = this.entities[this.second.data[p]];
    if (b.id < a.id) [a, b] = [b, a];
    const documents = this.documents.data[p];
    const list = this.docList.data[p];
    const ids = documents === 1 ? [this.docIds[list]] : Array.from(this.pool.subarray(list, list + Math.min(documents, DOCUMENT_ID_LIMIT)), (d) => this.docIds[d]);
    return {
      source: a.id,
      target: b.id,
      source_name: a.name,
      source_type: a.type,
      target_name: b.name,
      target_type: b.type,
      sentences: this.sentences.data[p],
      documents: this.documents.data[p],
      sentence_documents: this.sentenceDocuments.data[p],
      weight: this.sentences.data[p],
      document_ids: ids,
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
    const byId = this.entities.map((_, n) => n).sort((x, y) => byCodeUnit(this.entities[x].id, this.entities[y].id));
    const rank = new Int32Array(this.entities.length);
    byId.forEach((n, r) => (rank[n] = r));
    // source = the entity with the smaller id, target = the larger
    const lo = new Int32Array(this.pairs);
    const hi = new Int32Array(this.pairs);
    const pairs = new Int32Array(this.pairs);
    for (let p = 0; p < this.pairs; p++) {
      const ra = rank[this.first.data[p]];
      const rb = rank[this.second.data[p]];
      lo[p] = ra < rb ? ra : rb;
      hi[p] = ra < rb ? rb : ra;
      pairs[p] = p;
    }
    return pairs.sort((x, y) => s[y] - s[x] || d[y] - d[x] || lo[x] - lo[y] || hi[x] - hi[y]);
  }

  private entityOf(id: string, docId: string, entities: readonly Pick<Entity, 'id' | 'name' | 'type'>[], m: CooccurrenceMention): number {
    let n = this.entityNumber.get(id);
    if (n === undefined) {
      n = this.entities.length;
      this.entityNumber.set(id, n);
      const e = entities.find((x) => x.id === id);
      this.entities.push({ id, name: e?.name ?? m.name, type: e?.type ?? m.type, doc: docId });
    } else {
      const known = this.entities[n];
      if (docId < known.doc) {
        const e = entities.find((x) => x.id === id);
        this.entities[n] = { id, name: e?.name ?? m.name, type: e?.type ?? m.type, doc: docId };
      }
    }
    return n;
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

/** A 32-bit hash of an entity number pair (multiplicative mixing; the table is a power of two). */
function pairHash(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 0;
}
