import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { tempDir } from './pipeline-helpers.js';
import { formatResult, tableSinks, toResult, type DocumentResult, type Sink } from '../src/pipeline.js';
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
      const cooc = cooccurrenceSink(dir);
      const all: Sink[] = [...sinks, cooc, reportSink(dir, () => ({ entities: entities.toRows(), ...cooc.forReport() }))];
      for (const r of rs) for (const s of all) await s.write(r);
      for (const s of all) await s.finish();
      return filesOf(dir);
    };
    const full = await write(results);
    expect(Object.keys(full)).toContain('report.html');
    expect(await write(results.map((r) => formatResult(r)))).toEqual(full);
  });
});
