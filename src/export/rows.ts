import type { Entity, EntityType, Mention } from '../model/entity.js';
import type { ResolvedDocument } from '../stages/resolve.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { addToFew, sortedFew, type Few } from '../util/few.js';

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

export function mentionRows(doc: ResolvedDocument): MentionRow[] {
  const lineOf = lineIndex(doc.text);
  return doc.mentions.map((m: Mention) => {
    const s = doc.sentences[m.sentence];
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
      sentence_text: doc.clean.slice(s.start, s.end).replace(/\s*\n\s*/g, ' '),
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

  add(doc: { readonly id: string; readonly mentions: readonly Pick<Mention, 'entityId' | 'text' | 'source'>[]; readonly entities: ReadonlyMap<string, Entity> }): void {
    this.addRows(
      doc.mentions.map((m) => ({ entity_id: m.entityId, text: m.text, source: m.source })),
      [...doc.entities.values()],
    );
  }

  /** add() for the batch's result rows: the mention rows and the document's entities, as a worker sends them */
  addRows(mentions: readonly Pick<MentionRow, 'entity_id' | 'text' | 'source'>[], entities: readonly Entity[]): void {
    const n = ++this.docs;
    for (const m of mentions) this.count(n, m.entity_id, m.text, m.source, entities);
  }

  private count(n: number, id: string, text: string, source: string, entities: readonly Entity[]): void {
    let r = this.rows.get(id);
    if (!r) {
      const e = entities.find((x) => x.id === id)!;
      const entity: EntityFacts = { id, name: e.name, type: e.type, country: e.country, wikidata: e.wikidata, geonames: e.geonames, lat: e.lat, lon: e.lon, population: e.population, description: e.description };
      const alias = collapse(text);
      r = { entity, mentions: 0, documents: 0, seen: 0, aliases: alias === e.name ? e.name : alias, sources: this.intern(source) };
      this.rows.set(id, r);
    } else {
      r.aliases = addToFew(r.aliases, collapse(text));
      r.sources = addToFew(r.sources, this.intern(source));
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
    const typeOrder = ['person', 'place', 'organization', 'norp'];
    const sorted = [...this.rows.values()].map(({ entity: e, mentions, documents, aliases, sources }) => ({
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
    }));
    return sorted.sort((a, b) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type) || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  get size(): number {
    return this.rows.size;
  }
}

/** a written form with its whitespace runs as single spaces (a name broken over two lines); the string itself when it has none */
const collapse = (text: string) => text.replace(/\s+/g, ' ');
