import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { chunksOf, parseConll } from '../../src/eval/conll.js';
import { Scorer } from '../../src/eval/score.js';
import { rebuildText, spansToChunks } from '../../src/eval/documents.js';

// CoNLL-2003 is research-only third-party data: read from ../shared at run time, never copied into the project
const DIR = join(ROOT, '../shared/data/conll2003');
const present = existsSync(join(DIR, 'eng.testa'));
if (!present) console.warn(`skipping CoNLL-2003 checks: ${DIR}/eng.testa not found (research data, not shipped)`);

describe.skipIf(!present)('CoNLL-2003 eng.testa (skipped when ../shared/data/conll2003 is absent)', () => {
  const docs = present ? parseConll(readFileSync(join(DIR, 'eng.testa'), 'utf8')) : [];

  it('reads every document and token (216 documents, 51362 tokens: the counts conlleval reports)', () => {
    expect(docs.length).toBe(216);
    expect(docs.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.length, 0), 0)).toBe(51362);
  });

  it('maps gold chunks to text spans and back without loss: gold scored against itself is 100', () => {
    const s = new Scorer(['PER', 'LOC', 'ORG']);
    for (const d of docs) {
      const r = rebuildText(d);
      const gold = d.sentences.map((x) => chunksOf(x.map((t) => t.tag)));
      const spans = gold.flatMap((cs, si) => cs.map((c) => ({ start: r.spans[si][c.start].start, end: r.spans[si][c.end - 1].end, type: c.type })));
      const back = spansToChunks(r, spans);
      gold.forEach((g, si) => s.add(g, back[si]));
    }
    const t = s.total();
    expect(t.gold).toBe(5020); // PER 1842 + LOC 1837 + ORG 1341
    expect(t.correct).toBe(t.gold);
    expect(t.predicted).toBe(t.gold);
  });
});
