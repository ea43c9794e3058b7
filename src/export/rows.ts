import type { Entity, EntityName, EntityType, Mention } from '../model/entity.js';
import type { ExportedDocument } from '../stages/resolve.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { addToFew, sortedFew, type Few } from '../util/few.js';
import { hasLower, isAcronymName, singleSpaced } from '../text/chars.js';
import { Int32List, RowFile, SortedRuns, jsonLines, sortedNumbers } from '../util/spill.js';
import { byCodeUnit } from '../util/order.js';
import { detach } from '../text/tokenize.js';

/**
 * One row shape per table, shared by CSV and JSON: the CSV has exactly these
 * columns in this order, the JSON has exactly these keys (null for empty).
 */
export const MENTION_COLUMNS = ['document', 'sentence', 'start', 'end', 'line', 'text', 'entity_id', 'name', 'type', 'role', 'source', 'confidence', 'zone', 'sentence_text'] as const;
export type MentionRow = {
  document: string;
  sentence: number;
  start: number;
  end: number;
  line: number;
  text: string;
  entity_id: string;
  name: string;
  type: EntityType;
  role: string | null;
  source: string;
  confidence: number;
  zone: string;
  sentence_text: string;
};

export const ENTITY_COLUMNS = ['id', 'name', 'type', 'mentions', 'documents', 'aliases_seen', 'sources', 'country', 'wikidata', 'geonames', 'lat', 'lon', 'population', 'description'] as const;
export type EntityRow = {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
  documents: number;
  aliases_seen: string[];
  sources: string[];
  country: string | null;
  wikidata: string | null;
  geonames: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
  description: string | null;
};

export const DIAGNOSTIC_COLUMNS = ['document', 'path', 'stage', 'severity', 'code', 'message', 'start', 'end', 'line', 'byte_offset'] as const;
export type DiagnosticRow = {
  document: string;
  path: string;
  stage: string;
  severity: string;
  code: string;
  message: string;
  start: number | null;
  end: number | null;
  line: number | null;
  byte_offset: number | null;
};

/** 1-based line numbers of original-text positions. */
export function lineIndex(text: string): (pos: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function mentionRows(doc: ExportedDocument): MentionRow[] {
  const lineOf = lineIndex(doc.text);
  // a sentence's text made once for its mentions (in text order, a sentence's are together), its line breaks
  // replaced only where it has one (most have none: the replace over a two-byte text cost twice its time over ASCII)
  let last = -1;
  let sentenceText = '';
  return doc.mentions.map((m: Mention) => {
    const s = doc.sentences[m.sentence];
    if (m.sentence !== last) {
      last = m.sentence;
      const t = doc.clean.slice(s.start, s.end);
      sentenceText = t.includes('\n') ? t.replace(/\s*\n\s*/g, ' ') : t;
    }
    return {
      document: doc.id,
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      line: lineOf(m.start),
      text: m.text,
      entity_id: m.entityId,
      name: m.name,
      type: m.type,
      role: m.role,
      source: m.source,
      confidence: m.confidence,
      zone: s.zone,
      sentence_text: sentenceText,
    };
  });
}

export function diagnosticRows(id: string, path: string, diags: readonly Diagnostic[], text?: string): DiagnosticRow[] {
  const lineOf = text !== undefined ? lineIndex(text) : undefined;
  return diags.map((d) => ({
    document: id,
    path,
    stage: d.stage,
    severity: d.severity,
    code: d.code,
    message: d.message,
    start: d.span?.start ?? null,
    end: d.span?.end ?? null,
    line: d.line ?? (d.span && lineOf ? lineOf(d.span.start) : null),
    byte_offset: d.byteOffset ?? null,
  }));
}

/** What the entity table keeps of an entity: the fields of its row, not its gazetteer aliases. */
type EntityFacts = Pick<Entity, 'id' | 'name' | 'type' | 'country' | 'wikidata' | 'geonames' | 'lat' | 'lon' | 'population' | 'description'>;
/**
 * The facts of a document's entity that the entity table keeps; the name detached (`detach`): in a run in one
 * thread it may be a slice of the document's text, which the table would keep whole.
 */
const entityFacts = (e: EntityFacts): EntityFacts => ({ id: e.id, name: detach(e.name), type: e.type, country: e.country, wikidata: e.wikidata, geonames: e.geonames, lat: e.lat, lon: e.lon, population: e.population, description: e.description });

/**
 * Entities aggregated across documents: the only state the batch keeps
 * between documents.
 *
 * On a corpus of diverse news every document brings new entities (rare
 * names, small places: over the 19,082 distinct articles of the bench corpus,
 * in a random order, the distinct entities grow about as documents^0.7), so
 * what an entity costs here is what the batch's memory grows by. Per entity:
 * its row's fields copied out of the first `Entity` seen (the object a worker
 * sends also carries the gazetteer's aliases, up to 63 of them), its id as
 * the one string the key already is, the counts, and the written forms and
 * sources as one string until there is a second one. Source names are shared
 * between entities (`intern`): each result brings its own copy of them.
 * 442 bytes of heap per new entity, against 1,060 when the table kept the
 * whole `Entity` and two Sets (scripts/aggregate-memory.ts, docs/BENCHMARKS.md).
 */
export class EntityTable {
  /**
   * Counts and the distinct written forms and sources (small sets that stop
   * growing), never a list of documents: `documents` counts the add() calls
   * that mentioned the entity, by remembering the last one (`seen`), so the
   * table's memory does not grow with the number of documents.
   */
  private readonly rows = new Map<string, { entity: EntityFacts; mentions: number; documents: number; seen: number; aliases: Few; sources: Few }>();
  /** one copy of each source name (a few hundred at most: `gazetteer:<file>`, `rule:<name>`) */
  private readonly sourceNames = new Map<string, string>();
  /** add() calls so far: the current document's number */
  private docs = 0;
  private readonly runs: SortedRuns<EntityRow> | undefined;
  /** a spilled table's rows, merged (`merge`) */
  private merged: MergedEntities | undefined;
  /** a spilled table's names and types by id, kept as its runs are merged (`merge`), for `nameOf` */
  private readonly names = new Map<string, EntityName>();

  /**
   * With `spill` (a path prefix for its temporary files, `<path>.run-<n>.tmp`
   * and `<path>.merged.tmp`), once `spill.at` entities are held the table
   * writes them to a run sorted by id and starts empty, so its memory stays
   * bounded however many names the corpus brings; the runs are merged after
   * the last document (util/spill.ts). A document is always counted within
   * one run, so its counts add up across runs; the facts come from the
   * earliest run (the first `Entity` seen), the written forms and sources are
   * the union: the rows are the same as without spilling. Call `remove()`
   * once the rows have been read for the last time.
   */
  constructor(private readonly spill?: { readonly path: string; readonly at: number }) {
    if (spill) this.runs = new SortedRuns(spill.path, jsonLines<EntityRow>());
  }

  add(doc: { readonly id: string; readonly mentions: readonly Pick<Mention, 'entityId' | 'text' | 'source'>[]; readonly entities: ReadonlyMap<string, Entity> }): void {
    this.addRows(
      doc.mentions.map((m) => ({ entity_id: m.entityId, text: m.text, source: m.source })),
      [...doc.entities.values()],
    );
  }

  /** add() for the batch's result rows: the mention rows and the document's entities, as a worker sends them */
  addRows(mentions: readonly Pick<MentionRow, 'entity_id' | 'text' | 'source'>[], entities: readonly Entity[]): void {
    if (this.merged) throw new Error('internal error: EntityTable.addRows after its rows were read');
    const n = ++this.docs;
    // (the document's entities by id, built when first asked: a long document names hundreds)
    let byId: Map<string, Entity> | undefined;
    const entityOf = (id: string) => (byId ??= new Map(entities.map((e) => [e.id, e]))).get(id)!;
    for (const m of mentions) this.count(n, m.entity_id, m.text, m.source, entityOf);
    if (this.runs && this.rows.size >= this.spill!.at) this.writeRun();
  }

  /** The held entities as a run's rows, sorted by id, one at a time (an array of them all was a transient of tens of MB at every spill). */
  private *heldRows(): Generator<EntityRow> {
    for (const id of [...this.rows.keys()].sort(byCodeUnit)) yield entityRow(this.rows.get(id)!);
  }

  /** The held entities as the next run; the table starts empty. */
  private writeRun(): void {
    this.runs!.write(this.heldRows());
    this.rows.clear();
  }

  /** how many runs were written (0: the table never left memory) */
  get spilled(): number {
    return this.runs?.count ?? 0;
  }

  private count(n: number, id: string, text: string, source: string, entityOf: (id: string) => Entity): void {
    let r = this.rows.get(id);
    if (!r) {
      const e = entityOf(id);
      const entity = entityFacts(e);
      const alias = singleSpaced(text);
      r = { entity, mentions: 0, documents: 0, seen: 0, aliases: alias === e.name ? entity.name : detach(alias), sources: this.intern(source) };
      this.rows.set(id, r);
    } else {
      r.aliases = addToFew(r.aliases, singleSpaced(text), detach);
      r.sources = addToFew(r.sources, this.intern(source));
      // (a later document's entity of the same id with a better name or facts takes over: see factsScore)
      if (r.seen !== n && factsScore(r.entity) < BEST_FACTS) {
        const e = entityOf(id);
        if (factsScore(e) > factsScore(r.entity)) r.entity = entityFacts(e);
      }
    }
    r.mentions++;
    if (r.seen !== n) {
      r.seen = n;
      r.documents++;
    }
  }

  private intern(source: string): string {
    let s = this.sourceNames.get(source);
    if (s === undefined) this.sourceNames.set(source, (s = source));
    return s;
  }

  /** Sorted by type, then mention count (descending), then id: stable whatever the processing order. */
  toRows(): EntityRow[] {
    return [...this.rowChunks(Infinity)].flat();
  }

  /** `toRows()`, `size` at a time (a spilled table's rows are read back from its merged file). */
  *rowChunks(size: number): Generator<EntityRow[]> {
    const merged = this.merge();
    if (!merged) {
      const rows = this.inMemoryRows().sort(byTableOrder);
      for (let k = 0; k < rows.length; k += size) yield rows.slice(k, k + size);
      return;
    }
    for (let k = 0; k < merged.order.length; k += size) yield merged.file.read(merged.order, k, Math.min(merged.order.length, k + size));
  }

  /** What the report reads of the table (its counts, the first rows of each type, the rows it lists), without every row at once. */
  listing(): EntityListing {
    const merged = this.merge();
    if (!merged) return arrayListing(this.toRows());
    const { file, order, types, mentions } = merged;
    const byType: Record<EntityType, number> = { person: 0, place: 0, organization: 0, norp: 0 };
    const firstOf = new Map<EntityType, number>();
    for (let p = 0; p < order.length; p++) {
      const t = TYPE_ORDER[types[order[p]]];
      if (!firstOf.has(t)) firstOf.set(t, p);
      byType[t]++;
    }
    /** the merged number of the entity with id `id` (merged in id order: a binary search, one read a step) */
    const numberOf = (id: string) => {
      let lo = 0;
      let hi = file.size - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = byCodeUnit(file.read([mid], 0, 1)[0].id, id);
        if (c === 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    };
    return {
      total: order.length,
      byType,
      top: (type, n) => {
        const from = firstOf.get(type);
        return from === undefined ? [] : file.read(order, from, from + Math.min(n, byType[type]));
      },
      listed: (max, linked) => {
        const linkedNumbers = new Set([...linked].map(numberOf));
        const positions = listedPositions(order.length, (p) => mentions[order[p]], (p) => linkedNumbers.has(order[p]), max);
        return file.read(Int32Array.from(positions, (p) => order[p]), 0, positions.length);
      },
    };
  }

  /**
   * The name and type entities.csv gives the entity `id` (undefined: not in the table). What the co-occurrence
   * table names its pairs by. A spilled table keeps them as it merges its runs (after the last document, the
   * workers stopped): 180 bytes an entity with 30-character ids and 25-character names (a scratch measure of
   * 200,000). (Reading them back from the merged rows after the merge took 418-477 ms for those 200,000, the
   * merge and the reading together 1.20-1.46 s; kept during the merge, 0.95-1.25 s: three runs each.)
   */
  nameOf(id: string): EntityName | undefined {
    return this.merge() ? this.names.get(id) : this.rows.get(id)?.entity;
  }

  /** distinct entities */
  get size(): number {
    return this.merged?.order.length ?? (this.spilled > 0 ? this.merge()!.order.length : this.rows.size);
  }

  /** Deletes a spilled table's temporary files (when its rows have been read for the last time, or the batch is abandoned). */
  remove(): void {
    this.runs?.remove();
    this.merged?.file.remove();
  }

  /**
   * A spilled table's runs merged by id into one file of rows (the rows
   * numbered in id order), with what sorting them needs: each row's type and
   * mention count, so the table's order (type, mentions descending, id) is a
   * sort of numbers. Undefined for a table that never spilled. Once.
   */
  private merge(): MergedEntities | undefined {
    if (this.merged || !this.runs || this.runs.count === 0) return this.merged;
    const file = new RowFile(`${this.spill!.path}.merged.tmp`, jsonLines<EntityRow>());
    const typeList = new Int32List();
    const mentionList = new Int32List();
    // the entities still held join the merge as its last run, with no file
    for (const group of this.runs.merge((x, y) => byCodeUnit(x.id, y.id), this.rows.size > 0 ? this.heldRows() : undefined)) {
      const row = group[0];
      let aliases: Few | undefined;
      let sources: Few | undefined;
      // (the facts of the first row with the best score, as the held table chooses them: factsScore)
      let facts: EntityRow = row;
      for (const r of group) {
        if (r !== row) {
          row.mentions += r.mentions;
          row.documents += r.documents;
          if (factsScore(r) > factsScore(facts)) facts = r;
        }
        for (const a of r.aliases_seen) aliases = addToFew(aliases, a);
        for (const x of r.sources) sources = addToFew(sources, x);
      }
      row.aliases_seen = sortedFew(aliases);
      row.sources = sortedFew(sources);
      if (facts !== row) Object.assign(row, { name: facts.name, type: facts.type, country: facts.country, wikidata: facts.wikidata, geonames: facts.geonames, lat: facts.lat, lon: facts.lon, population: facts.population, description: facts.description });
      file.append(row);
      this.names.set(row.id, { name: row.name, type: row.type });
      typeList.push(TYPE_ORDER.indexOf(row.type));
      mentionList.push(row.mentions);
    }
    this.runs.remove();
    this.rows.clear();
    const types = typeList.values;
    const mentions = mentionList.values;
    const order = sortedNumbers(types.length, (x, y) => types[x] - types[y] || mentions[y] - mentions[x] || x - y);
    this.merged = { file, order, types, mentions };
    return this.merged;
  }

  /** the held entities as rows, unsorted */
  private inMemoryRows(): EntityRow[] {
    return [...this.rows.values()].map(entityRow);
  }
}

/**
 * How good an entity's facts are, to choose among the documents' entities of one id: facts from a gazetteer (2: a
 * description, a Wikidata or GeoNames id or a country; a rule-found name of the same slug has none), then a name in
 * mixed case or an acronym (1: not a headline's 'ARNOLD PALMER'; 'FIFA' stays). The table keeps the first entity
 * with the best score, in document order, spilled or not.
 */
function factsScore(e: { readonly name: string; readonly country?: string | null; readonly wikidata?: string | null; readonly geonames?: string | null; readonly description?: string | null }): number {
  return (e.description || e.wikidata || e.geonames || e.country ? 2 : 0) + (hasLower(e.name) || isAcronymName(e.name) ? 1 : 0);
}
const BEST_FACTS = 3;

/** A held entity's row. */
function entityRow({ entity: e, mentions, documents, aliases, sources }: { entity: EntityFacts; mentions: number; documents: number; aliases: Few; sources: Few }): EntityRow {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    mentions,
    documents,
    aliases_seen: sortedFew(aliases),
    sources: sortedFew(sources),
    country: e.country ?? null,
    wikidata: e.wikidata ?? null,
    geonames: e.geonames ?? null,
    lat: e.lat ?? null,
    lon: e.lon ?? null,
    population: e.population ?? null,
    description: e.description ?? null,
  };
}

/** What an entity held in memory costs, ~370 bytes (docs/BENCHMARKS.md, nineteenth session): the measure of how many the table holds before it spills (`rowsInMemory` in util/spill.ts). */
export const ENTITY_ROW_BYTES = 370;

const TYPE_ORDER: readonly EntityType[] = ['person', 'place', 'organization', 'norp'];
const byTableOrder = (a: EntityRow, b: EntityRow) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || b.mentions - a.mentions || byCodeUnit(a.id, b.id);

interface MergedEntities {
  readonly file: RowFile<EntityRow>;
  /** row numbers in the table's order */
  readonly order: Int32Array;
  /** by row number: index in TYPE_ORDER, mention count */
  readonly types: Int32Array;
  readonly mentions: Int32Array;
}

/**
 * The entity table as the report reads it: the counts, the first rows of a
 * type and the rows its entities table lists, so a table that spilled to disk
 * never has every row in memory at once.
 */
export interface EntityListing {
  /** distinct entities */
  readonly total: number;
  readonly byType: Readonly<Record<EntityType, number>>;
  /** the first `n` entities of `type` in the table's order: its most mentioned */
  top(type: EntityType, n: number): readonly EntityRow[];
  /**
   * In the table's order: every entity when there are at most `max`; otherwise
   * the `max` most mentioned (ties at the cut in the table's order) and every
   * entity whose id is in `linked`.
   */
  listed(max: number, linked: ReadonlySet<string>): readonly EntityRow[];
}

/** `EntityListing` of rows in `EntityTable.toRows()` order. */
export function arrayListing(rows: readonly EntityRow[]): EntityListing {
  const byType: Record<EntityType, number> = { person: 0, place: 0, organization: 0, norp: 0 };
  for (const e of rows) byType[e.type]++;
  return {
    total: rows.length,
    byType,
    top: (type, n) => rows.filter((e) => e.type === type).slice(0, n),
    listed: (max, linked) => {
      if (rows.length <= max) return rows;
      return listedPositions(rows.length, (p) => rows[p].mentions, (p) => linked.has(rows[p].id), max).map((p) => rows[p]);
    },
  };
}

/**
 * The positions (0 to n - 1, in order) `EntityListing.listed` keeps: all
 * when n <= max; otherwise the `max` with the most mentions (at the cut, ties
 * in position order) and every linked one. The cut is the `max`-th largest
 * mention count, found by sorting the counts alone (a typed array: 656,000
 * synthetic counts, a cap of 10,000: 80-92 ms, three rounds).
 */
export function listedPositions(n: number, mentionsAt: (p: number) => number, linkedAt: (p: number) => boolean, max: number): number[] {
  const out: number[] = [];
  if (n <= max) {
    for (let p = 0; p < n; p++) out.push(p);
    return out;
  }
  let cut = Infinity;
  let atCut = 0;
  if (max > 0) {
    const counts = new Float64Array(n);
    for (let p = 0; p < n; p++) counts[p] = mentionsAt(p);
    counts.sort();
    cut = counts[n - max];
    // how many of those mentioned exactly `cut` times fit under `max`
    let above = 0;
    for (let i = n - 1; i >= 0 && counts[i] > cut; i--) above++;
    atCut = max - above;
  }
  for (let p = 0; p < n; p++) {
    const m = mentionsAt(p);
    if (m > cut || (m === cut && atCut-- > 0) || linkedAt(p)) out.push(p);
  }
  return out;
}
