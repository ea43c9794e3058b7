import type { EntityType, Mention } from '../model/entity.js';
import type { ResolvedDocument } from '../stages/resolve.js';
import type { MentionRow } from './rows.js';
import { addToFew, sortedFew, type Few } from '../util/few.js';

/**
 * `output/candidates.csv`: the names no gazetteer holds, found by the rule
 * name finder or a model, one row per entity, so a user can promote them into
 * a gazetteer. An entity counts as a candidate when none of its mentions in
 * the run came from a gazetteer. Coreferent short mentions (`Muradov`) count
 * towards their entity. Rows: most mentioned first, then by id, so the file
 * is the same for the same input.
 */
export const CANDIDATE_COLUMNS = ['id', 'name', 'type', 'count', 'documents', 'rules', 'example_document', 'example_sentence'] as const;
export type CandidateRow = {
  id: string;
  name: string;
  type: EntityType;
  /** mentions in the run */
  count: number;
  /** documents that mention it */
  documents: number;
  /** the rules (or model) that found it, sorted */
  rules: string[];
  example_document: string;
  /** the sentence of its first found (not coreferent) mention, whitespace collapsed */
  example_sentence: string;
};

interface Acc {
  id: string;
  name: string;
  type: EntityType;
  count: number;
  documents: number;
  /** the number of the last document that counted in `documents` (so no set of document ids is kept) */
  seen: number;
  /** the rules (or model) that found it; none: only coreferent mentions so far */
  rules?: Few;
  example?: { document: string; sentence: string };
}

/** A mention row as the candidate table reads it (the batch passes mentions.csv rows). */
type CandidateInput = Pick<MentionRow, 'entity_id' | 'name' | 'type' | 'source' | 'sentence_text'>;

/** a mention found by a rule or the model: the candidate table reads its sentence (for the example) */
export const found = (source: string) => source.startsWith('rule:') || source.startsWith('model:');

/** Accumulates documents one at a time (only the per-entity totals are kept). */
export class CandidateTable {
  /** null: an entity a gazetteer found somewhere, never a candidate (nothing else is kept of it: on a large corpus most entities) */
  private readonly byId = new Map<string, Acc | null>();
  private docs = 0;

  /** Adds one document's mention rows (what the batch sinks receive); each call counts as one document. */
  addRows(documentId: string, rows: readonly CandidateInput[]): void {
    const n = ++this.docs;
    for (const m of rows) {
      let a = this.byId.get(m.entity_id);
      if (a === null) continue;
      if (m.source.startsWith('gazetteer:')) {
        this.byId.set(m.entity_id, null);
        continue;
      }
      if (!a) this.byId.set(m.entity_id, (a = { id: m.entity_id, name: m.name, type: m.type, count: 0, documents: 0, seen: 0 }));
      a.count++;
      if (a.seen !== n) {
        a.seen = n;
        a.documents++;
      }
      if (found(m.source)) {
        a.rules = addToFew(a.rules, m.source);
        a.example ??= { document: documentId, sentence: m.sentence_text.replace(/\s+/g, ' ').trim() };
      }
    }
  }

  /** Adds a resolved document (the sentence text comes from the original file). */
  add(doc: ResolvedDocument): void {
    const sentenceText = (m: Mention) => {
      const s = doc.sentences[m.sentence];
      return doc.text.slice(s.source.start, s.source.end);
    };
    this.addRows(
      doc.id,
      doc.mentions.map((m) => ({ entity_id: m.entityId, name: m.name, type: m.type, source: m.source, sentence_text: found(m.source) ? sentenceText(m) : '' })),
    );
  }

  rows(): CandidateRow[] {
    return [...this.byId.values()]
      .filter((a): a is Acc => a !== null && a.rules !== undefined)
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((a) => ({
        id: a.id,
        name: a.name,
        type: a.type,
        count: a.count,
        documents: a.documents,
        rules: sortedFew(a.rules),
        example_document: a.example!.document,
        example_sentence: a.example!.sentence,
      }));
  }
}

/** The candidate rows of a set of resolved documents (in the order given). */
export function candidateRows(docs: Iterable<ResolvedDocument>): CandidateRow[] {
  const t = new CandidateTable();
  for (const d of docs) t.add(d);
  return t.rows();
}
