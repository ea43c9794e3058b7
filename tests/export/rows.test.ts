import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntityTable, arrayListing, type EntityRow } from '../../src/export/rows.js';
import type { Entity, EntityType } from '../../src/model/entity.js';

/** How the table ranks one id's entities of several documents: gazetteer facts first, then a name in mixed case or an acronym. */
const score = (e: Entity) => (e.description || e.wikidata || e.geonames || e.country ? 2 : 0) + (/\p{Ll}/u.test(e.name) || /^[\p{Lu}\d&]{1,6}$/u.test(e.name) ? 1 : 0);

/** The table's meaning, written the plain way: a Set per entity, the first entity of the best score kept. */
function reference(docs: readonly { mentions: { entity_id: string; text: string; source: string }[]; entities: Entity[] }[]): EntityRow[] {
  const rows = new Map<string, { e: Entity; mentions: number; docs: Set<number>; aliases: Set<string>; sources: Set<string> }>();
  docs.forEach((d, n) => {
    for (const m of d.mentions) {
      let r = rows.get(m.entity_id);
      const e = d.entities.find((x) => x.id === m.entity_id)!;
      if (!r) rows.set(m.entity_id, (r = { e, mentions: 0, docs: new Set(), aliases: new Set(), sources: new Set() }));
      else if (score(e) > score(r.e)) r.e = e;
      r.mentions++;
      r.docs.add(n);
      r.aliases.add(m.text.replace(/\s+/g, ' '));
      r.sources.add(m.source);
    }
  });
  const order = ['person', 'place', 'organization', 'norp'];
  return [...rows.values()]
    .map(({ e, mentions, docs, aliases, sources }) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions,
      documents: docs.size,
      aliases_seen: [...aliases].sort(),
      sources: [...sources].sort(),
      country: e.country ?? null,
      wikidata: e.wikidata ?? null,
      geonames: e.geonames ?? null,
      lat: e.lat ?? null,
      lon: e.lon ?? null,
      population: e.population ?? null,
      description: e.description ?? null,
    }))
    .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const TYPES: EntityType[] = ['person', 'place', 'organization', 'norp'];
/** entity `i` of a small universe, so documents share entities */
const entity = (i: number): Entity => ({
  id: `e${i}`,
  type: TYPES[i % 4],
  name: `Name ${i}`,
  aliases: [`Alias ${i}`, `Other ${i}`],
  ...(i % 3 === 0 ? { wikidata: `Q${i}`, lat: i / 10, lon: -i / 10, population: i * 1000 } : {}),
  ...(i % 5 === 0 ? { country: 'AZ', description: `entity ${i}` } : {}),
});
const written = fc.constantFrom('Name 1', 'Name  1', 'Name\n1', 'N. One', 'Name 2', 'Name 3');
const source = fc.constantFrom('gazetteer:world-places', 'rule:person-title', 'coreference', 'model:names');
const doc = fc.array(fc.record({ entity: fc.integer({ min: 0, max: 11 }), text: written, source }), { maxLength: 12 }).map((ms) => ({
  mentions: ms.map((m) => ({ entity_id: `e${m.entity}`, text: m.text, source: m.source })),
  // a copy per document, as each worker result brings its own
  entities: [...new Set(ms.map((m) => m.entity))].map(entity),
}));

describe('EntityTable', () => {
  it('gives the rows of the plain reference for any documents (addRows and add alike)', () => {
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 25 }), (docs) => {
        const byRows = new EntityTable();
        const byDocs = new EntityTable();
        docs.forEach((d, n) => {
          byRows.addRows(d.mentions, d.entities);
          byDocs.add({ id: `d${n}`, mentions: d.mentions.map((m) => ({ entityId: m.entity_id, text: m.text, source: m.source as 'coreference' })), entities: new Map(d.entities.map((e) => [e.id, e])) });
        });
        const expected = reference(docs);
        expect(byRows.toRows()).toEqual(expected);
        expect(byDocs.toRows()).toEqual(expected);
        expect(byRows.size).toBe(expected.length);
      }),
    );
  });

  it("keeps a later document's entity of a better name or facts: mixed case over capitals, a gazetteer's over a rule's", () => {
    const t = new EntityTable();
    const caps: Entity = { id: 'person:arnold-palmer', type: 'person', name: 'ARNOLD PALMER', aliases: [] };
    const plain: Entity = { ...caps, name: 'Arnold Palmer' };
    const gazetteer: Entity = { ...plain, description: 'American golfer' };
    const m = (text: string) => [{ entity_id: 'person:arnold-palmer', text, source: 'rule:first-name' }];
    t.addRows(m('ARNOLD PALMER'), [caps]);
    t.addRows(m('Arnold Palmer'), [plain]);
    expect(t.toRows()[0]).toMatchObject({ name: 'Arnold Palmer', description: null, documents: 2 });
    const u = new EntityTable();
    for (const [text, e] of [['ARNOLD PALMER', caps], ['Arnold Palmer', plain], ['Palmer', gazetteer], ['Palmer', caps]] as const) u.addRows(m(text), [e]);
    expect(u.toRows()[0]).toMatchObject({ name: 'Arnold Palmer', description: 'American golfer', documents: 4 });
    // an acronym with a gazetteer's facts stays as it is, whatever a later document writes
    const v = new EntityTable();
    const fifa: Entity = { id: 'organization:fifa', type: 'organization', name: 'FIFA', aliases: [], description: "football's governing body" };
    v.addRows([{ entity_id: 'organization:fifa', text: 'FIFA', source: 'gazetteer:organizations' }], [fifa]);
    v.addRows([{ entity_id: 'organization:fifa', text: 'Fifa', source: 'rule:acronym-context' }], [{ ...fifa, name: 'Fifa', description: undefined }]);
    expect(v.toRows()[0]).toMatchObject({ name: 'FIFA', description: "football's governing body" });
    // and so does a rule-found acronym ('ICO', the coffee organisation; a writer has 'Ico')
    const w = new EntityTable();
    const ico: Entity = { id: 'organization:ico', type: 'organization', name: 'ICO', aliases: [] };
    w.addRows([{ entity_id: 'organization:ico', text: 'ICO', source: 'rule:acronym-context' }], [ico]);
    w.addRows([{ entity_id: 'organization:ico', text: 'Ico', source: 'rule:acronym-context' }], [{ ...ico, name: 'Ico' }]);
    expect(w.toRows()[0]).toMatchObject({ name: 'ICO' });
  });

  it('keeps the fields of the row, not the gazetteer aliases of the entity', () => {
    const t = new EntityTable();
    const e = entity(3);
    t.addRows([{ entity_id: 'e3', text: 'Name 3', source: 'gazetteer:x' }], [e]);
    const kept = JSON.stringify([...(t as unknown as { rows: Map<string, unknown> }).rows.values()]);
    expect(kept).not.toContain('Alias 3');
    expect(t.toRows()[0]).toMatchObject({ id: 'e3', aliases_seen: ['Name 3'], sources: ['gazetteer:x'], wikidata: 'Q3', population: 3000 });
  });
});

describe('EntityTable spilling to runs on disk', () => {
  // the same documents, with an entity's name that changes between documents, so "the first one seen" is tested
  // (and in capitals in some documents, a headline's form, which a later mixed-case one replaces)
  const renamed = fc.array(doc, { maxLength: 25 }).map((docs) =>
    docs.map((d, n) => ({ ...d, entities: d.entities.map((e) => ({ ...e, name: n % 3 === 0 ? e.name : n % 3 === 1 ? `${e.name} (${n})`.toUpperCase() : `${e.name} (${n})` })) })),
  );

  it('gives the same rows, count and report listing as in memory, and leaves no file behind', () => {
    fc.assert(
      fc.property(renamed, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), fc.nat(14), fc.array(fc.integer({ min: 0, max: 13 })), (docs, at, chunk, max, links) => {
        const dir = mkdtempSync(join(tmpdir(), 'ne-entities-'));
        const t = new EntityTable({ path: join(dir, 'entities'), at });
        for (const d of docs) t.addRows(d.mentions, d.entities);
        // rows as the tables write them: a run keeps a row as JSON, so a longitude of -0 comes back as 0, which
        // both tables write as 0 anyway (String(-0) and JSON.stringify(-0) are "0")
        const written = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
        const expected = written(reference(docs));
        if (expected.length >= at) expect(t.spilled).toBeGreaterThan(0);
        const chunks = [...t.rowChunks(chunk)];
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(chunk);
        expect(written(chunks.flat())).toEqual(expected);
        // read again (the entity table, then the report)
        expect(written(t.toRows())).toEqual(expected);
        expect(t.size).toBe(expected.length);
        const want = arrayListing(expected);
        const got = t.listing();
        expect([got.total, got.byType]).toEqual([want.total, want.byType]);
        for (const type of TYPES) for (const n of [0, 1, 3]) expect(written(got.top(type, n))).toEqual(want.top(type, n));
        // e12, e13 are never mentioned: a link to them finds nothing
        const linked = new Set(links.map((i) => `e${i}`));
        expect(written(got.listed(max, linked))).toEqual(want.listed(max, linked));
        // the names the co-occurrence table takes: each row's name and type, by id; none for an id never mentioned
        const inMemory = new EntityTable();
        for (const d of docs) inMemory.addRows(d.mentions, d.entities);
        for (const table of [t, inMemory]) {
          for (const r of expected) expect([table.nameOf(r.id)?.name, table.nameOf(r.id)?.type]).toEqual([r.name, r.type]);
          expect(table.nameOf('e13')).toBeUndefined();
        }
        t.remove();
        expect(readdirSync(dir)).toEqual([]);
        rmSync(dir, { recursive: true });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses documents once its rows were read (a spilled table has merged its runs)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ne-entities-'));
    const t = new EntityTable({ path: join(dir, 'entities'), at: 1 });
    t.addRows([{ entity_id: 'e1', text: 'Name 1', source: 'rule:x' }], [entity(1)]);
    expect(t.spilled).toBe(1);
    expect(t.toRows()).toHaveLength(1);
    expect(() => t.addRows([{ entity_id: 'e2', text: 'Name 2', source: 'rule:x' }], [entity(2)])).toThrow(/after its rows were read/);
    t.remove();
    rmSync(dir, { recursive: true });
  });
});
