import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { loadResources, processDocument, type Resources } from '../../src/pipeline.js';
import { COOCCURRENCE_COLUMNS, CooccurrenceTable } from '../../src/export/cooccurrence.js';
import type { ResolvedDocument } from '../../src/stages/resolve.js';
import { ROOT } from '../helpers.js';

let res: Resources | undefined;
function doc(id: string, text: string): ResolvedDocument {
  res ??= loadResources(join(ROOT, 'gazetteers'));
  const p = processDocument({ id, path: `${id}.txt`, text, encoding: 'utf-8', bytes: text.length }, res, new Reporter());
  if (!p.doc) throw new Error(`${id} failed: ${p.diagnostics.map((d) => d.message).join('; ')}`);
  return p.doc;
}

const ALIYEV = 'person:ilham-aliyev';
const HASANOV = 'person:zakir-hasanov';
const MURADOV = 'person:rustam-muradov';
const BAKU = 'place:baku';
const MOSCOW = 'place:moscow';
const MINSK = 'organization:osce-minsk-group';
const AM = 'iso:AM';
const AZ = 'iso:AZ';
const RU = 'iso:RU';

// The texts are tiny hand-written documents; the expected pairs come from reading them.
// [case, documents, expected rows as `source target sentences documents sentence_documents doc-ids`]
const CASES: [string, [string, string][], string[]][] = [
  ['no entity: no pair', [['a', 'Nothing here at all.']], []],
  ['one entity: no pair', [['a', 'Baku is a city.']], []],
  [
    'three entities in one sentence: three pairs; a coreferent short name counts as the person',
    [['a', 'Zakir Hasanov met Rustam Muradov in Baku. Hasanov thanked Russia.']],
    [
      // sentence 1: Hasanov, Muradov, Baku; sentence 2: Hasanov (coreference), Russia
      `${RU} ${HASANOV} 1 1 1 a`,
      `${MURADOV} ${HASANOV} 1 1 1 a`,
      `${MURADOV} ${BAKU} 1 1 1 a`,
      `${HASANOV} ${BAKU} 1 1 1 a`,
      // same document, never the same sentence
      `${RU} ${MURADOV} 0 1 0 a`,
      `${RU} ${BAKU} 0 1 0 a`,
    ],
  ],
  [
    'a pair in two sentences of one document: 2 sentences, 1 document; the order inside the sentence does not matter',
    [['a', 'Armenia and Azerbaijan signed. Azerbaijan and Armenia agreed again.']],
    [`${AM} ${AZ} 2 1 1 a`],
  ],
  [
    'a pair repeated inside one sentence counts that sentence once',
    [['a', 'Armenia, Azerbaijan and Armenia again.']],
    [`${AM} ${AZ} 1 1 1 a`],
  ],
  [
    'across documents: document counts add up, document lists are sorted',
    [
      ['b', 'Armenia and Azerbaijan signed.'],
      ['a', 'Armenia and Azerbaijan signed. Azerbaijan and Armenia agreed again.'],
      ['c', 'Armenia was quiet.\n\nAzerbaijan was not.'],
    ],
    [`${AM} ${AZ} 3 3 2 a|b|c`],
  ],
  [
    'paragraphs are separate sentences',
    [['a', 'Ilham Aliyev spoke in Baku on Monday.\n\nThe OSCE Minsk Group met in Moscow. Aliyev was not there.']],
    [
      `${MINSK} ${MOSCOW} 1 1 1 a`,
      `${ALIYEV} ${BAKU} 1 1 1 a`,
      `${MINSK} ${ALIYEV} 0 1 0 a`,
      `${MINSK} ${BAKU} 0 1 0 a`,
      `${ALIYEV} ${MOSCOW} 0 1 0 a`,
      `${BAKU} ${MOSCOW} 0 1 0 a`,
    ],
  ],
];

const asLine = (r: ReturnType<CooccurrenceTable['toRows']>[number]) =>
  `${r.source} ${r.target} ${r.sentences} ${r.documents} ${r.sentence_documents} ${r.document_ids.join('|')}`;

describe('CooccurrenceTable', () => {
  it.each(CASES)('%s', (_name, docs, expected) => {
    const table = new CooccurrenceTable();
    for (const [id, text] of docs) table.add(doc(id, text));
    const rows = table.toRows();
    expect(rows.map(asLine)).toEqual(expected);
    expect(table.size).toBe(expected.length);
  });

  it('rows carry names and types, weight = sentences, and exactly the declared columns', () => {
    const table = new CooccurrenceTable();
    table.add(doc('a', 'Zakir Hasanov met Rustam Muradov in Baku.'));
    const rows = table.toRows();
    expect(rows.find((r) => r.source === MURADOV && r.target === HASANOV)).toEqual({
      source: MURADOV,
      target: HASANOV,
      source_name: 'Rustam Muradov',
      source_type: 'person',
      target_name: 'Zakir Hasanov',
      target_type: 'person',
      sentences: 1,
      documents: 1,
      sentence_documents: 1,
      weight: 1,
      document_ids: ['a'],
    });
    for (const r of rows) expect(Object.keys(r)).toEqual([...COOCCURRENCE_COLUMNS]);
  });

  it('does not depend on the order documents are added in', () => {
    const texts: [string, string][] = [
      ['x/1', 'Zakir Hasanov met Rustam Muradov in Baku. Hasanov thanked Russia.'],
      ['x/2', 'Ilham Aliyev spoke in Baku on Monday.\n\nThe OSCE Minsk Group met in Moscow. Aliyev was not there.'],
      ['x/3', 'Armenia and Azerbaijan signed in Moscow with Ilham Aliyev.'],
    ];
    const docs = texts.map(([id, t]) => doc(id, t));
    const forward = new CooccurrenceTable();
    for (const d of docs) forward.add(d);
    const backward = new CooccurrenceTable();
    for (const d of [...docs].reverse()) backward.add(d);
    expect(JSON.stringify(backward.toRows())).toBe(JSON.stringify(forward.toRows()));
    expect(forward.toRows().find((r) => r.source === ALIYEV && r.target === BAKU)?.document_ids).toEqual(['x/2']);
    expect(forward.toRows().find((r) => r.source === ALIYEV && r.target === MOSCOW)?.document_ids).toEqual(['x/2', 'x/3']);
  });

  it('refuses the same document twice (it would double the counts)', () => {
    const table = new CooccurrenceTable();
    table.add(doc('a', 'Baku is a city.'));
    expect(() => table.add(doc('a', 'Baku is a city.'))).toThrow(/added twice/);
  });
});
