/**
 * What the batch's cross-document state costs on diverse news, where the
 * bench corpus (shuffled copies of ~19,000 articles: its entities stop
 * growing after the first copy) cannot show it.
 *
 *   node --expose-gc --import tsx scripts/aggregate-memory.ts [--input DIR] [--copies N]
 *
 * 1. Growth: the articles of DIR (default: the first, unshuffled copy of the
 *    bench corpus, `npm run bench` builds it) in a seeded random order, each
 *    processed and fed to the batch's entity and co-occurrence sinks; prints
 *    the distinct entities and entity pairs after 500, 1,000, 2,000, ...
 *    documents, and the exponent of their growth between the last two marks.
 * 2. Bytes per new entity: N results (default 20,000) copied from the first
 *    400 with every entity id and name made new (so each brings all its
 *    entities and pairs anew, as a long tail of rare names does), passed
 *    through a structured clone as a worker's results are, fed to the entity
 *    table, the co-occurrence table, the candidate table and the report, each
 *    alone and all together (each in a fresh process); prints the heap (plus
 *    array buffers) they hold after a full collection.
 *
 * Figures, not assertions: docs/BENCHMARKS.md reports them.
 */
import { readdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { loadResources } from '../src/process.js';
import { runTask } from '../src/workers/task.js';
import { mentionRowsOf, tableSinks, type DocumentResult, type Sink, type TableOptions } from '../src/pipeline.js';
import { cooccurrenceSink, reportSink } from '../src/export/report/sink.js';
import { CandidateTable } from '../src/export/candidates.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx scripts/aggregate-memory.ts');
const { values } = parseArgs({ options: { input: { type: 'string', default: join(tmpdir(), 'news-entities-bench', 'corpus-20mb', 'r00') }, copies: { type: 'string', default: '20000' }, which: { type: 'string' } } });
const input = values.input!;
if (!existsSync(input)) throw new Error(`${input}: no such folder (npm run bench -- --size 20 --runs floor builds the bench corpus; or give --input DIR of .txt articles)`);
const ROOT = new URL('..', import.meta.url).pathname;
const res = loadResources(join(ROOT, 'gazetteers'));
const tables: TableOptions = { diagnostics: 'warn' };
// what a table costs in memory is what this script measures: none may spill
const NEVER_SPILL = { entities: Infinity, pairs: Infinity, candidates: Infinity };
const out = mkdtempSync(join(tmpdir(), 'aggregate-memory-'));
const held = () => {
  gc!();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

let seed = 12345;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const files = (readdirSync(input, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).sort();
for (let i = files.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [files[i], files[j]] = [files[j], files[i]];
}
const result = (f: string) => runTask({ kind: 'file', path: f, abs: join(input, f), size: 0, format: tables }, res);

// 1. growth on the real articles (in this process; part 2 runs each measurement in a fresh child process)
if (!values.which) {
  const { sinks, entities } = tableSinks(out, tables, NEVER_SPILL);
  const cooc = cooccurrenceSink(out, (id) => entities.nameOf(id), NEVER_SPILL.pairs);
  const marks: { documents: number; entities: number; pairs: number }[] = [];
  let n = 0;
  for (const f of files) {
    const r = await result(f);
    await sinks[1].write(r);
    cooc.write(r);
    n++;
    // 500, 1,000, 2,000, ... and the last
    if (n === files.length || (n % 500 === 0 && ((n / 500) & (n / 500 - 1)) === 0)) marks.push({ documents: n, entities: entities.size, pairs: cooc.table.size });
  }
  for (const s of [...sinks, cooc]) await s.abort();
  console.log(`growth over ${files.length} articles of ${input}, seeded random order:`);
  for (const m of marks) console.log(`  ${String(m.documents).padStart(6)} documents: ${String(m.entities).padStart(7)} entities, ${String(m.pairs).padStart(8)} pairs`);
  const [a, b] = marks.slice(-2);
  if (a && b) {
    const k = (x: number, y: number) => (Math.log(y) - Math.log(x)) / (Math.log(b.documents) - Math.log(a.documents));
    console.log(`  growth exponent between the last two marks: entities ${k(a.entities, b.entities).toFixed(2)}, pairs ${k(a.pairs, b.pairs).toFixed(2)}`);
  }
}

// 2. bytes per new entity: each measurement in a child process of its own, so none inherits what another left
if (!values.which) {
  console.log(`\nheld after ${values.copies} results with new entities (copies of 400 real ones), after a full collection:`);
  for (const which of ['entities', 'cooccurrences', 'candidates', 'report', 'all']) {
    const args = ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--input', input, '--copies', values.copies!, '--which', which];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`measurement ${which} failed (exit ${r.status})`);
    process.stdout.write(r.stdout);
  }
  rmSync(out, { recursive: true, force: true });
  process.exit(0);
}
// 2. bytes per new entity
const templates: DocumentResult[] = [];
for (const f of files.slice(0, 400)) templates.push(await result(f));
const copy = (r: DocumentResult, i: number): DocumentResult => {
  const id = (x: string) => `${x}~${i}`;
  const renamed: DocumentResult = {
    ...r,
    id: id(r.id),
    path: id(r.path),
    mentions: mentionRowsOf(r).map((m) => ({ ...m, entity_id: id(m.entity_id), name: `${m.name} ${i}`, text: `${m.text} ${i}` })),
    entities: r.entities.map((e) => ({ ...e, id: id(e.id), name: `${e.name} ${i}` })),
  };
  return deserialize(serialize(renamed)) as DocumentResult;
};
const copies = Number(values.copies);
// a first pass, not reported: code compiled on first use (and counted in the heap) is not charged to the measurement
for (const which of [values.which]) {
  const { sinks, entities } = tableSinks(out, tables, NEVER_SPILL);
  const cooc = cooccurrenceSink(out, (id) => entities.nameOf(id), NEVER_SPILL.pairs);
  const report = reportSink(out, () => ({ entities: entities.toRows(), ...cooc.forReport() }));
  const candidates = new CandidateTable();
  const candidateSink = { write: (r: DocumentResult) => candidates.addRows(r.id, r.mentions) };
  const use: Pick<Sink, 'write'>[] = which === 'entities' ? [sinks[1]] : which === 'cooccurrences' ? [cooc] : which === 'candidates' ? [candidateSink] : which === 'report' ? [report] : [sinks[1], cooc, candidateSink, report];
  const before = held();
  const n = which === 'warm-up' ? Math.min(copies, 2000) : copies;
  for (let i = 0; i < n; i++) {
    const r = copy(templates[i % templates.length], i);
    for (const s of use) await s.write(r);
  }
  const after = held();
  const bytes = after - before;
  if (which === 'warm-up') {
    for (const s of [...sinks, cooc, report]) await s.abort();
    continue;
  }
  const e = which === 'entities' || which === 'all' ? entities.size : 0;
  console.log(`  ${which.padEnd(13)} ${(bytes / 1e6).toFixed(1).padStart(6)} MB` + (e ? `, ${Math.round(bytes / e)} bytes per entity (${e} entities, ${cooc.table.size || 'no'} pairs counted)` : `${which === 'cooccurrences' ? `, ${cooc.table.size} pairs` : ''}`));
  for (const s of [...sinks, cooc, report]) await s.abort();
}
rmSync(out, { recursive: true, force: true });
