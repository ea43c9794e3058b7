import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ROOT, readJson, runCli } from '../helpers.js';

type Row = Record<string, unknown> & { document: string; start: number; end: number; text: string; entity_id: string; name: string; type: string; role: string | null; source: string; zone: string };
type EntityRow = { id: string; name: string; type: string; mentions: number; documents: number };
type DocRow = { id: string; path: string; metadata: { title: string | null; date: string | null; outlet: string | null; dateline: string | null }; dropped: { start: number; end: number; reason: string; text: string }[] };

let out: string;
let mentions: Row[];
let entities: EntityRow[];
let documents: DocRow[];

beforeAll(() => {
  out = runCli(['--input', join(ROOT, 'input'), '--gazetteers', join(ROOT, 'gazetteers'), '--quiet']).out;
  mentions = readJson<Row[]>(join(out, 'mentions.json'));
  entities = readJson<EntityRow[]>(join(out, 'entities.json'));
  documents = readJson<DocRow[]>(join(out, 'documents.json'));
}, 120_000);

// `a|b`: either canonical name is fine.
// The sample corpus's entities the pipeline issue lists, each as one entity. The
// expected names/types are written by hand from reading the articles.
const EXPECTED: [string, string][] = [
  ['person', 'Ilham Aliyev'],
  ['person', 'Zakir Hasanov'],
  ['person', 'Rustam Muradov'],
  ['person', 'Elmir Ganbarov'],
  ['person', 'Emin Aliyev'],
  ['person', 'Stephane Visconti'],
  ['person', 'Andrew Schofer'],
  ['person', 'Andrzej Kasprzyk'],
  ['place', 'Azerbaijan'],
  ['place', 'Armenia'],
  ['place', 'Russia'],
  ['place', 'Turkey'],
  ['place', 'Nagorno-Karabakh'],
  ['place', 'Baku'],
  ['place', 'Moscow'],
  ['place', 'Aghdam'],
  ['place', 'Khojavend'],
  ['place', 'Tovuz'],
  ['place', 'Ganja'],
  ['place', 'Mingachevir'],
  ['place', 'Khizi'],
  ['place', 'Absheron'],
  ['place', 'Jabrayil'],
  ['organization', 'Trend'],
  ['organization', 'OSCE Minsk Group'],
  ['organization', 'Azerbaijani Ministry of Defense'],
  ['organization', 'Russian Ministry of Defence|Russian Defense Ministry'],
  ['organization', 'UN Security Council'],
  ['organization', 'Reuters'],
  ['organization', 'Deutsche Welle'],
  ['organization', 'TRT World'],
  ['organization', 'Azerbaijani State Security Service'],
  ['organization', 'Armenian Foreign Ministry'],
];

/** the entity whose canonical name or one of its seen aliases is `name` */
const entityFor = (type: string, names: string) =>
  entities.filter((e) => e.type === type && names.split('|').some((name) => e.name === name || mentions.some((m) => m.entity_id === e.id && m.text === name)));

describe('seed corpus end to end', () => {
  it.each(EXPECTED)('finds the %s %s as exactly one entity', (type, name) => {
    const found = entityFor(type, name);
    expect(found.map((e) => e.id)).toHaveLength(1);
  });

  it('links every phrasing of the Azerbaijani Ministry of Defense to one entity', () => {
    const ids = new Set(
      mentions.filter((m) => ['Defense Ministry of Azerbaijan', 'Azerbaijani Ministry of Defense'].includes(m.text)).map((m) => m.entity_id),
    );
    expect(ids.size).toBe(1);
  });

  it('resolves the short form Aliyev to Ilham Aliyev in 002 and 003, and keeps Emin Aliyev apart', () => {
    const ilham = entityFor('person', 'Ilham Aliyev')[0];
    const emin = entityFor('person', 'Emin Aliyev')[0];
    expect(ilham.id).not.toBe(emin.id);
    for (const doc of ['002', '003']) {
      const short = mentions.filter((m) => m.document.startsWith(doc) && m.text === 'Aliyev');
      expect(short.length).toBeGreaterThan(0);
      expect(new Set(short.map((m) => m.entity_id))).toEqual(new Set([ilham.id]));
    }
    const in000 = mentions.filter((m) => m.document.startsWith('000') && m.text.includes('Aliyev'));
    expect(in000.map((m) => m.entity_id)).toEqual([emin.id]);
  });

  it('puts titles and ranks in the role field, not in the name', () => {
    const roleOf = (name: string) => mentions.find((m) => m.name === name && m.role)?.role;
    expect(roleOf('Zakir Hasanov')).toBe('Colonel General');
    expect(roleOf('Rustam Muradov')).toBe('Lieutenant General');
    expect(roleOf('Ilham Aliyev')).toBe('President');
    for (const m of mentions.filter((x) => x.type === 'person')) expect(m.text).not.toMatch(/General|President|soldier/);
  });

  it('keeps OSCE Minsk Group as one organization, not the place Minsk', () => {
    expect(mentions.some((m) => m.type === 'place' && m.text === 'Minsk')).toBe(false);
  });

  it('does not count demonyms as places', () => {
    for (const d of ['Azerbaijani', 'Armenian', 'Russian', 'Turkish']) {
      expect(mentions.filter((m) => m.text === d).every((m) => m.type === 'norp')).toBe(true);
    }
  });

  it('finds nothing in dropped boilerplate (no Elon Musk, Manchester, Jakarta, Meta, Gaza, Trump)', () => {
    for (const name of ['Elon Musk', 'Manchester', 'Jakarta', 'Meta', 'Gaza', 'Trump', 'Ukraine', 'India', 'China', 'Morocco', 'Indian Express', 'Telegram']) {
      expect(mentions.filter((m) => m.text.includes(name))).toEqual([]);
    }
    for (const d of documents) {
      for (const block of d.dropped) {
        const inside = mentions.filter((m) => m.document === d.id && m.start < block.end && block.start < m.end);
        expect(inside).toEqual([]);
      }
    }
  });

  it('extracts title, ISO date, outlet and dateline', () => {
    const byPrefix = (p: string) => documents.find((d) => d.id.startsWith(p))!.metadata;
    expect(byPrefix('000')).toMatchObject({ date: '2020-12-28', outlet: 'Trend', dateline: 'BAKU, Azerbaijan, Dec.28' });
    expect(byPrefix('001')).toMatchObject({ date: '2020-12-03', outlet: 'Trend', dateline: 'BAKU, Azerbaijan, Dec. 3' });
    expect(byPrefix('002')).toMatchObject({ title: 'Azerbaijan says Armenia violates Karabakh truce, kills soldiers', date: '2020-12-13' });
    expect(byPrefix('003')).toMatchObject({ title: 'Nagorno-Karabakh: Azerbaijan reveals troop deaths despite ceasefire', date: '2020-12-14', outlet: 'Deutsche Welle' });
    expect(byPrefix('004').date).toBe('2020-10-10');
  });

  it('reports every mention at its exact place in the original file', () => {
    expect(mentions.length).toBeGreaterThan(100);
    const texts = new Map(documents.map((d) => [d.id, readFileSync(join(ROOT, 'input', d.path), 'utf8')]));
    for (const m of mentions) expect(texts.get(m.document)!.slice(m.start, m.end)).toBe(m.text);
  });

  it('writes CSV that parses back to the JSON rows (BOM, RFC 4180)', () => {
    const raw = readFileSync(join(out, 'mentions.csv'), 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(raw, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(mentions.length);
    rows.forEach((r, i) => {
      expect(r.text).toBe(mentions[i].text);
      expect(Number(r.start)).toBe(mentions[i].start);
      expect(r.entity_id).toBe(mentions[i].entity_id);
    });
  });

  it('is deterministic: a second run writes byte-identical files', () => {
    const again = runCli(['--input', join(ROOT, 'input'), '--gazetteers', join(ROOT, 'gazetteers'), '--quiet']).out;
    for (const f of ['mentions.csv', 'mentions.json', 'entities.csv', 'entities.json', 'documents.json', 'diagnostics.csv']) {
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
    }
  }, 120_000);
});
