import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CandidateTable, candidateRows } from '../../src/export/candidates.js';
import type { ResolvedDocument } from '../../src/stages/resolve.js';
import type { Mention } from '../../src/model/entity.js';

// hand-built resolved documents: only the fields the candidate table reads
function doc(id: string, text: string, sentences: [number, number][], mentions: Partial<Mention>[]): ResolvedDocument {
  return {
    id,
    text,
    sentences: sentences.map(([start, end], index) => ({ index, start, end, source: { start, end }, tokenStart: 0, tokenEnd: 0, zone: 'body' })),
    mentions: mentions.map((m) => ({ start: 0, end: 0, text: '', sentence: 0, role: null, confidence: 0.7, ...m }) as Mention),
  } as unknown as ResolvedDocument;
}

const a = doc('a', 'Soldier Elmir Ganbarov died.  Ganbarov was 24. Baku mourned.', [[0, 28], [30, 46], [47, 59]], [
  { entityId: 'person:elmir-ganbarov', name: 'Elmir Ganbarov', type: 'person', source: 'rule:title-person', sentence: 0 },
  { entityId: 'person:elmir-ganbarov', name: 'Elmir Ganbarov', type: 'person', source: 'coreference', sentence: 1 },
  { entityId: 'place:baku', name: 'Baku', type: 'place', source: 'gazetteer:places', sentence: 2 },
]);
const b = doc('b', 'In Zardab and Baku, Elmir Ganbarov was honoured.', [[0, 48]], [
  { entityId: 'place:zardab', name: 'Zardab', type: 'place', source: 'rule:place-preposition', sentence: 0 },
  { entityId: 'place:baku', name: 'Baku', type: 'place', source: 'rule:document-consistency', sentence: 0 },
  { entityId: 'person:elmir-ganbarov', name: 'Elmir Ganbarov', type: 'person', source: 'rule:first-name', sentence: 0 },
]);

describe('candidateRows: names found by rules or a model, for promotion into a gazetteer', () => {
  it('one row per entity, counts over the run, most mentioned first; gazetteer entities are left out', () => {
    expect(candidateRows([a, b])).toEqual([
      { id: 'person:elmir-ganbarov', name: 'Elmir Ganbarov', type: 'person', count: 3, documents: 2, rules: ['rule:first-name', 'rule:title-person'], example_document: 'a', example_sentence: 'Soldier Elmir Ganbarov died.' },
      { id: 'place:zardab', name: 'Zardab', type: 'place', count: 1, documents: 1, rules: ['rule:place-preposition'], example_document: 'b', example_sentence: 'In Zardab and Baku, Elmir Ganbarov was honoured.' },
    ]);
  });

  it('is the same whatever the document order, except for the example', () => {
    const rows = candidateRows([b, a]);
    expect(rows.map((r) => [r.id, r.count, r.documents])).toEqual([
      ['person:elmir-ganbarov', 3, 2],
      ['place:zardab', 1, 1],
    ]);
    expect(rows[0].example_document).toBe('b');
  });
});

describe('CandidateTable.addRows against a plain reference', () => {
  type Row = { entity_id: string; name: string; type: 'person' | 'place'; source: string; sentence_text: string };
  /** the table's meaning, written the plain way: every mention counted, a gazetteer mention anywhere excludes the entity */
  function reference(docs: readonly Row[][]) {
    const acc = new Map<string, { name: string; type: string; count: number; docs: Set<number>; rules: Set<string>; gazetteer: boolean; example?: [string, string] }>();
    docs.forEach((rows, n) => {
      for (const m of rows) {
        let a = acc.get(m.entity_id);
        if (!a) acc.set(m.entity_id, (a = { name: m.name, type: m.type, count: 0, docs: new Set(), rules: new Set(), gazetteer: false }));
        a.count++;
        a.docs.add(n);
        if (m.source.startsWith('gazetteer:')) a.gazetteer = true;
        if (m.source.startsWith('rule:') || m.source.startsWith('model:')) {
          a.rules.add(m.source);
          a.example ??= [`d${n}`, m.sentence_text.replace(/\s+/g, ' ').trim()];
        }
      }
    });
    return [...acc]
      .filter(([, a]) => !a.gazetteer && a.rules.size > 0)
      .sort(([x, a], [y, b]) => b.count - a.count || (x < y ? -1 : x > y ? 1 : 0))
      .map(([id, a]) => ({ id, name: a.name, type: a.type, count: a.count, documents: a.docs.size, rules: [...a.rules].sort(), example_document: a.example![0], example_sentence: a.example![1] }));
  }
  const row = fc.record({ e: fc.integer({ min: 0, max: 6 }), source: fc.constantFrom('gazetteer:places', 'rule:title-person', 'rule:first-name', 'model:names', 'coreference'), s: fc.constantFrom('A  sentence.', ' Another\none ') }).map(
    ({ e, source, s }): Row => ({ entity_id: `e${e}`, name: `Name ${e}`, type: e % 2 ? 'person' : 'place', source, sentence_text: source === 'coreference' ? '' : s }),
  );

  it('gives the reference rows for any documents', () => {
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 8 }), { maxLength: 20 }), (docs) => {
        const t = new CandidateTable();
        docs.forEach((rows, n) => t.addRows(`d${n}`, rows));
        expect(t.rows()).toEqual(reference(docs));
      }),
    );
  });

  it('gives the same rows when it spills to runs after every few entities, and leaves no file behind', () => {
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 8 }), { maxLength: 20 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 5 }), (docs, at, chunk) => {
        const dir = mkdtempSync(join(tmpdir(), 'ne-candidates-'));
        const t = new CandidateTable({ path: join(dir, 'candidates'), at });
        docs.forEach((rows, n) => t.addRows(`d${n}`, rows));
        const distinct = new Set(docs.flat().map((r) => r.entity_id)).size;
        // at least one run whenever the entities reached `at` in some document
        if (distinct >= at && docs.some((rows) => new Set(rows.map((r) => r.entity_id)).size >= at)) expect(t.spilled).toBeGreaterThan(0);
        const chunks = [...t.rowChunks(chunk)];
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(chunk);
        expect(chunks.flat()).toEqual(reference(docs));
        // read again, as the entity and pair tables can be
        expect(t.rows()).toEqual(reference(docs));
        t.remove();
        expect(readdirSync(dir)).toEqual([]);
        rmSync(dir, { recursive: true });
      }),
      { numRuns: 300 },
    );
  });

  it('remove() deletes its runs when the batch is abandoned before the rows are read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ne-candidates-'));
    const t = new CandidateTable({ path: join(dir, 'candidates'), at: 1 });
    t.addRows('d0', [{ entity_id: 'e1', name: 'E', type: 'person', source: 'rule:first-name', sentence_text: 'E spoke.' }]);
    t.addRows('d1', [{ entity_id: 'e2', name: 'F', type: 'person', source: 'rule:first-name', sentence_text: 'F spoke.' }]);
    expect(t.spilled).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['candidates.run-0.tmp', 'candidates.run-1.tmp']);
    t.remove();
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});
