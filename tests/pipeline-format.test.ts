import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { tempDir } from './pipeline-helpers.js';
import { formatResult, tableSinks, toResult, type DocumentResult, type Sink } from '../src/pipeline.js';
import { MENTION_COLUMNS } from '../src/export/rows.js';
import { loadResources, processDocument } from '../src/process.js';
import { decodeDocument } from '../src/stages/read.js';
import { cooccurrenceSink, reportSink } from '../src/export/report/sink.js';
import { Reporter } from '../src/diagnostics/diagnostic.js';

/** every file under `dir`, by relative path */
const filesOf = (dir: string) => Object.fromEntries((readdirSync(dir, { recursive: true }) as string[]).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('formatResult: what crosses from a worker to the main thread', () => {
  const res = loadResources(join(ROOT, 'gazetteers'));
  const inputs = readdirSync(join(ROOT, 'input')).filter((f) => f.endsWith('.txt')).sort();
  const results = inputs.map((f) => {
    const src = decodeDocument(readFileSync(join(ROOT, 'input', f)), f, { report: new Reporter() })!;
    return toResult(processDocument(src, res), src.bytes);
  });

  it('leaves out the notes, dropped text and gazetteer aliases, which documents.json still has', () => {
    expect(results.some((r) => r.document.dropped.length > 0 && r.document.diagnostics.length > 0)).toBe(true);
    expect(results.some((r) => r.entities.some((e) => e.aliases.length > 0))).toBe(true);
    for (const r of results) {
      const f = formatResult(r);
      expect(f.document.diagnostics).toEqual([]);
      expect(f.document.dropped.map((b) => b.text)).toEqual(r.document.dropped.map(() => ''));
      expect(f.entities.every((e) => e.aliases.length === 0)).toBe(true);
      expect(JSON.parse(f.formatted!.document)).toEqual(JSON.parse(JSON.stringify(r.document)));
    }
  });

  it('the tables and the report are the same bytes from the formatted results as from the full ones', async () => {
    const write = async (rs: readonly DocumentResult[]) => {
      const dir = tempDir('format');
      const { sinks, entities } = tableSinks(dir);
      const cooc = cooccurrenceSink(dir, (id) => entities.nameOf(id));
      const all: Sink[] = [...sinks, cooc, reportSink(dir, () => ({ entities: entities.toRows(), ...cooc.forReport() }))];
      for (const r of rs) for (const s of all) await s.write(r);
      for (const s of all) await s.finish();
      return filesOf(dir);
    };
    const full = await write(results);
    expect(Object.keys(full)).toContain('report.html');
    expect(await write(results.map((r) => formatResult(r)))).toEqual(full);
  });

  it('withholds, of a document the report will not show, the text and the mention fields only the report and the mentions table read', () => {
    expect(results.every((r) => r.mentions.length > 0 && r.text)).toBe(true);
    for (const r of results) {
      const shown = formatResult(r);
      const held = formatResult(r, undefined, false);
      expect(shown.withheld).toBeUndefined();
      expect(shown.text).toBe(r.text);
      expect(held.withheld).toBe(true);
      expect(held.text).toBeNull();
      // the tables' rows are whole all the same
      expect(held.formatted).toEqual(shown.formatted);
      expect(held.mentions).toEqual(shown.mentions.map((m) => ({ entity_id: m.entity_id, text: m.text, source: m.source, sentence: m.sentence, name: m.name, type: m.type, sentence_text: m.sentence_text })));
      for (const m of held.mentions) expect(Object.keys(m).sort()).toEqual(['entity_id', 'name', 'sentence', 'sentence_text', 'source', 'text', 'type']);
      expect(MENTION_COLUMNS.filter((c) => !(c in held.mentions[0]))).toEqual(['document', 'start', 'end', 'line', 'role', 'confidence', 'zone']);
    }
  });

  it('the tables and the report are the same bytes when the documents the report does not show are withheld', async () => {
    // the report shows 2 documents: the first 2 in path order (`inputs` is sorted)
    const write = async (rs: readonly DocumentResult[]) => {
      const dir = tempDir('withheld');
      const { sinks, entities } = tableSinks(dir);
      const cooc = cooccurrenceSink(dir, (id) => entities.nameOf(id));
      const all: Sink[] = [...sinks, cooc, reportSink(dir, () => ({ entities: entities.toRows(), ...cooc.forReport() }), { maxDocuments: 2 })];
      for (const r of rs) for (const s of all) await s.write(r);
      for (const s of all) await s.finish();
      return filesOf(dir);
    };
    const full = await write(results);
    expect(full['report.html'].match(/<article/g)).toHaveLength(2);
    expect(results.length).toBeGreaterThan(2);
    expect(await write(results.map((r, i) => formatResult(r, undefined, i < 2)))).toEqual(full);
  });

  it('the co-occurrence table is the same bytes when it spills and a thread of its own formats its CSV', async () => {
    const write = async (pairsAt: number | undefined, json: 'array' | 'lines') => {
      const dir = tempDir('cooc-spill');
      const { sinks, entities } = tableSinks(dir);
      const cooc = cooccurrenceSink(dir, (id) => entities.nameOf(id), pairsAt, { json });
      for (const r of results) for (const s of [...sinks, cooc]) await s.write(r);
      expect(cooc.table.spilled > 0).toBe(pairsAt !== undefined);
      for (const s of [...sinks, cooc]) await s.finish();
      // (its temporary files are the batch's to remove, after the report has read the table: runBatch)
      cooc.table.remove();
      return Object.fromEntries(Object.entries(filesOf(dir)).filter(([f]) => f.startsWith('cooccurrences')));
    };
    for (const json of ['array', 'lines'] as const) {
      const whole = await write(undefined, json);
      expect(Object.keys(whole)).toEqual(['cooccurrences.csv', json === 'lines' ? 'cooccurrences.jsonl' : 'cooccurrences.json']);
      expect(whole['cooccurrences.csv'].split('\r\n').length).toBeGreaterThan(100);
      expect(await write(3, json)).toEqual(whole);
    }
  });

  it('the report refuses to show a document whose text was withheld (a bug in the runner, not bad input)', async () => {
    const report = reportSink(tempDir('withheld-shown'), () => ({ entities: [], cooccurrences: [] }));
    await expect(report.write(formatResult(results[0], undefined, false))).rejects.toThrow(/internal error: the report shows .* withheld/);
    await report.abort();
  });
});
