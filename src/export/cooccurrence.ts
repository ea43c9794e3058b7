import type { Entity, EntityType, Mention } from '../model/entity.js';

/**
 * What the table reads of a document: a `ResolvedDocument`, or the batch's
 * `resolvedView(result)`, both fit.
 */
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

interface PairCounts {
  sentences: number;
  sentenceDocuments: number;
  documents: number;
  /** the smallest document ids seen, sorted, at most DOCUMENT_ID_LIMIT */
  ids: string[];
}

/** Inserts `id` into the sorted, bounded list `ids` if it is among the smallest. */
function keepSmallest(ids: string[], id: string): void {
  if (ids.length === DOCUMENT_ID_LIMIT && id >= ids[ids.length - 1]) return;
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid] <= id) lo = mid + 1;
    else hi = mid;
  }
  ids.splice(lo, 0, id);
  if (ids.length > DOCUMENT_ID_LIMIT) ids.pop();
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Counts co-occurrences document by document. Memory: one small record per
 * distinct pair (counts and at most DOCUMENT_ID_LIMIT ids), whatever the
 * number of documents; no text is kept.
 *
 * The result does not depend on the order documents are added in: rows are
 * sorted, document lists are sorted, and an entity's name is the one seen in
 * the document with the smallest id.
 */
export class CooccurrenceTable {
  private readonly pairs = new Map<string, PairCounts>();
  private readonly entities = new Map<string, { name: string; type: EntityType; doc: string }>();

  add(doc: CooccurrenceInput): void {
    // two inputs may share an id (duplicate JSONL ids): each still counts as a document of its own,
    // rather than one bad corpus row failing the whole run

    const inDoc = new Set<string>();
    const bySentence = new Map<number, Set<string>>();
    for (const m of doc.mentions) {
      inDoc.add(m.entityId);
      let s = bySentence.get(m.sentence);
      if (!s) bySentence.set(m.sentence, (s = new Set()));
      s.add(m.entityId);
      const e = doc.entities.get(m.entityId);
      const known = this.entities.get(m.entityId);
      if (!known || doc.id < known.doc) this.entities.set(m.entityId, { name: e?.name ?? m.name, type: e?.type ?? m.type, doc: doc.id });
    }

    const ids = [...inDoc].sort(byCodeUnit);
    const sharedSentence = new Set<string>();
    for (const set of bySentence.values()) {
      // 'Hasanov met Muradov in Baku' -> (Baku, Hasanov), (Baku, Muradov), (Hasanov, Muradov)
      const s = [...set].sort(byCodeUnit);
      for (let i = 0; i < s.length; i++) {
        for (let j = i + 1; j < s.length; j++) {
          const key = pairKey(s[i], s[j]);
          this.counts(key).sentences++;
          sharedSentence.add(key);
        }
      }
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = pairKey(ids[i], ids[j]);
        const c = this.counts(key);
        c.documents++;
        keepSmallest(c.ids, doc.id);
        if (sharedSentence.has(key)) c.sentenceDocuments++;
      }
    }
  }

  /** Strongest first: sentences, then documents (both descending), then source and target id. */
  toRows(): CooccurrenceRow[] {
    const rows: CooccurrenceRow[] = [];
    for (const [key, c] of this.pairs) {
      const [source, target] = key.split('\u0000');
      const a = this.entities.get(source)!;
      const b = this.entities.get(target)!;
      rows.push({
        source,
        target,
        source_name: a.name,
        source_type: a.type,
        target_name: b.name,
        target_type: b.type,
        sentences: c.sentences,
        documents: c.documents,
        sentence_documents: c.sentenceDocuments,
        weight: c.sentences,
        document_ids: c.ids,
      });
    }
    return rows.sort((x, y) => y.sentences - x.sentences || y.documents - x.documents || byCodeUnit(x.source, y.source) || byCodeUnit(x.target, y.target));
  }

  get size(): number {
    return this.pairs.size;
  }

  private counts(key: string): PairCounts {
    let c = this.pairs.get(key);
    if (!c) this.pairs.set(key, (c = { sentences: 0, sentenceDocuments: 0, documents: 0, ids: [] }));
    return c;
  }
}

// NUL cannot occur in an id: ids come from gazetteer files and slugs of names in decoded text, and read rejects NUL bytes
const pairKey = (a: string, b: string) => `${a}\u0000${b}`;
