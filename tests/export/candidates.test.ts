import { describe, expect, it } from 'vitest';
import { candidateRows } from '../../src/export/candidates.js';
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
