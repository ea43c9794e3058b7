import type { EntityType, Mention } from '../model/entity.js';
import type { ExportedDocument } from '../stages/resolve.js';
import type { MentionRow } from './rows.js';
import { addToFew, sortedFew, type Few } from '../util/few.js';
import { Int32List, RowFile, SortedRuns, jsonLines, sortedNumbers } from '../util/spill.js';
import { byCodeUnit } from '../util/order.js';
import { singleSpaced } from '../text/chars.js';
import { detach } from '../text/tokenize.js';

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

/**
 * An accumulator as a run keeps it (`SortedRuns`): `null` marks an entity a
 * gazetteer found in that run; rules sorted; the example as [document, sentence].
 */
type SpilledAcc = { id: string; gazetteer: true } | { id: string; gazetteer?: undefined; name: string; type: EntityType; count: number; documents: number; rules: string[]; example?: [string, string] };


/**
 * What a candidate held in memory costs: ~300 bytes (docs/BENCHMARKS.md,
 * nineteenth session), the measure of how many the table holds before it
 * spills (`rowsInMemory` in util/spill.ts). A corpus of news that keeps
 * bringing new names has many: the 1.1 GB name-changing corpus had 651,318.
 */
export const CANDIDATE_ROW_BYTES = 300;

/**
 * Accumulates documents one at a time (only the per-entity totals are kept).
 *
 * With `spill` (a path prefix for its temporary files, `<path>.run-<n>.tmp`
 * and `<path>.merged.tmp`), once `spill.at` entities
 * are held the table writes them to a run sorted by id and starts empty, so
 * its memory stays bounded however many names the corpus brings; `rowChunks`
 * then merges the runs (util/spill.ts). A document is always counted within
 * one run, so its counts add up across runs; an entity a gazetteer found in
 * any run is left out, and its name, type and example come from the earliest
 * run that has them: the rows are the same as without spilling. Call
 * `remove()` once the rows have been read for the last time.
 */
export class CandidateTable {
  /** null: an entity a gazetteer found somewhere, never a candidate (nothing else is kept of it: on a large corpus most entities) */
  private byId = new Map<string, Acc | null>();
  private docs = 0;
  private readonly runs: SortedRuns<SpilledAcc> | undefined;
  /** a spilled table's rows, merged (`merge`), and their numbers in the table's order */
  private merged: { readonly file: RowFile<CandidateRow>; readonly order: Int32Array } | undefined;

  constructor(private readonly spill?: { readonly path: string; readonly at: number }) {
    if (spill) this.runs = new SortedRuns(spill.path, jsonLines<SpilledAcc>());
  }

  /** Adds one document's mention rows (what the batch sinks receive); each call counts as one document. */
  addRows(documentId: string, rows: readonly CandidateInput[]): void {
    if (this.merged) throw new Error('internal error: CandidateTable.addRows after its rows were read');
    const n = ++this.docs;
    for (const m of rows) {
      let a = this.byId.get(m.entity_id);
      if (a === null) continue;
      if (m.source.startsWith('gazetteer:')) {
        this.byId.set(m.entity_id, null);
        continue;
      }
      if (!a) this.byId.set(m.entity_id, (a = { id: m.entity_id, name: detach(m.name), type: m.type, count: 0, documents: 0, seen: 0 }));
      a.count++;
      if (a.seen !== n) {
        a.seen = n;
        a.documents++;
      }
      if (found(m.source)) {
        a.rules = addToFew(a.rules, m.source);
        a.example ??= { document: documentId, sentence: detach(singleSpaced(m.sentence_text).trim()) };
      }
    }
    if (this.runs && this.byId.size >= this.spill!.at) this.writeRun();
  }

  /** Adds a resolved document (the sentence text comes from the original file). */
  add(doc: ExportedDocument): void {
    const sentenceText = (m: Mention) => {
      const s = doc.sentences[m.sentence];
      // a web page's source is markup: its sentence as read (the mentions table's sentence_text)
      return doc.format === 'html' ? doc.clean.slice(s.start, s.end) : doc.text.slice(s.source.start, s.source.end);
    };
    this.addRows(
      doc.id,
      doc.mentions.map((m) => ({ entity_id: m.entityId, name: m.name, type: m.type, source: m.source, sentence_text: found(m.source) ? sentenceText(m) : '' })),
    );
  }

  /** how many runs were written (0: the table never left memory) */
  get spilled(): number {
    return this.runs?.count ?? 0;
  }

  /** The held entities as a run's records, sorted by id, one at a time (an array of them all was a transient of tens of MB at every spill). */
  private *heldRecords(): Generator<SpilledAcc> {
    for (const id of [...this.byId.keys()].sort(byCodeUnit)) {
      const a = this.byId.get(id)!;
      if (a === null) yield { id, gazetteer: true };
      else yield { id, name: a.name, type: a.type, count: a.count, documents: a.documents, rules: sortedFew(a.rules), example: a.example && [a.example.document, a.example.sentence] };
    }
  }

  /** The held entities as the next run; the table starts empty. */
  private writeRun(): void {
    this.runs!.write(this.heldRecords());
    this.byId = new Map();
  }

  rows(): CandidateRow[] {
    return [...this.rowChunks(Infinity)].flat();
  }

  /** The rows, `size` at a time: most mentioned first, then by id (a spilled table's are read back from its merged file). */
  *rowChunks(size: number): Generator<CandidateRow[]> {
    const merged = this.merge();
    if (!merged) {
      const rows = this.inMemoryRows();
      for (let k = 0; k < rows.length; k += size) yield rows.slice(k, k + size);
      return;
    }
    for (let k = 0; k < merged.order.length; k += size) yield merged.file.read(merged.order, k, Math.min(merged.order.length, k + size));
  }

  /** Deletes a spilled table's temporary files (when its rows have been read for the last time, or the batch is abandoned). */
  remove(): void {
    this.runs?.remove();
    this.merged?.file.remove();
  }

  /**
   * A spilled table's runs merged by id into one file of its rows, numbered in
   * id order, so the table's order (count descending, then id) is a sort of
   * numbers. Undefined for a table that never spilled. Once.
   */
  private merge(): { readonly file: RowFile<CandidateRow>; readonly order: Int32Array } | undefined {
    if (this.merged || !this.runs || this.runs.count === 0) return this.merged;
    const file = new RowFile(`${this.spill!.path}.merged.tmp`, jsonLines<CandidateRow>());
    const counts = new Int32List();
    // the entities still held join the merge as its last run, with no file
    for (const group of this.runs.merge((x, y) => byCodeUnit(x.id, y.id), this.byId.size > 0 ? this.heldRecords() : undefined)) {
      const row = combine(group);
      if (!row) continue;
      file.append(row);
      counts.push(row.count);
    }
    this.runs.remove();
    this.byId = new Map();
    const c = counts.values;
    this.merged = { file, order: sortedNumbers(c.length, (x, y) => c[y] - c[x] || x - y) };
    return this.merged;
  }

  private inMemoryRows(): CandidateRow[] {
    return [...this.byId.values()]
      .filter((a): a is Acc => a !== null && a.rules !== undefined)
      .sort((a, b) => b.count - a.count || byCodeUnit(a.id, b.id))
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

/**
 * One entity's accumulators from the runs that have it (in run order) as its
 * row, or undefined when it is no candidate: a gazetteer found it in some run,
 * or no rule did in any (only coreferent mentions).
 */
function combine(group: readonly SpilledAcc[]): CandidateRow | undefined {
  let row: CandidateRow | undefined;
  let rules: Few | undefined;
  let example: [string, string] | undefined;
  for (const a of group) {
    if (a.gazetteer) return undefined;
    if (!row) row = { id: a.id, name: a.name, type: a.type, count: 0, documents: 0, rules: [], example_document: '', example_sentence: '' };
    row.count += a.count;
    row.documents += a.documents;
    for (const r of a.rules) rules = addToFew(rules, r);
    example ??= a.example;
  }
  if (!row || rules === undefined) return undefined;
  row.rules = sortedFew(rules);
  [row.example_document, row.example_sentence] = example!;
  return row;
}

/** The candidate rows of a set of resolved documents (in the order given). */
export function candidateRows(docs: Iterable<ExportedDocument>): CandidateRow[] {
  const t = new CandidateTable();
  for (const d of docs) t.add(d);
  return t.rows();
}
