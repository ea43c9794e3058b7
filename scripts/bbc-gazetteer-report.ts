/**
 * Gazetteer report on the BBC corpus (research-only data, read at run time,
 * never committed): load figures of the shipped gazetteers, mentions per type,
 * the 50 most frequent place aliases, and how many ambiguous aliases each
 * disambiguation rule decided.
 *
 *   npx tsx scripts/bbc-gazetteer-report.ts [corpus dir] [--limit N]
 *
 * Default corpus: ../shared/data/corpora/bbc-fulltext (exits 0 with a message
 * when it is absent). Prints Markdown for docs/GAZETTEERS.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadResources, processDocument } from '../src/process.js';
import { Reporter } from '../src/diagnostics/diagnostic.js';
import type { EntityType } from '../src/model/entity.js';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const dir = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'corpora', 'bbc-fulltext'));
if (!existsSync(dir)) {
  process.stdout.write(`BBC corpus not found at ${dir}: nothing to report (it is research-only data, not in the repository).\n`);
  process.exit(0);
}

const mb = (n: number) => (n / 2 ** 20).toFixed(0);
globalThis.gc?.();
const m0 = process.memoryUsage();
const c0 = process.cpuUsage();
const t0 = performance.now();
const res = loadResources(resolve(import.meta.dirname, '..', 'gazetteers'));
const wall = performance.now() - t0;
const cpu = process.cpuUsage(c0);
globalThis.gc?.();
const m1 = process.memoryUsage();
const s = res.gazetteers.stats;

const files = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(d.name, f)))
  .sort()
  .slice(0, limit);
const byType: Record<EntityType, number> = { person: 0, place: 0, organization: 0, norp: 0 };
const placeAliases = new Map<string, { n: number; ids: Map<string, number> }>();
const rules = new Map<string, number>();
let failed = 0;
const t1 = performance.now();
for (const f of files) {
  const text = readFileSync(join(dir, f), 'latin1');
  const report = new Reporter();
  const p = processDocument({ id: f, path: f, text, encoding: 'latin1', bytes: text.length }, res, report);
  if (!p.doc) {
    failed++;
    continue;
  }
  for (const m of p.doc.mentions) {
    byType[m.type]++;
    if (m.type !== 'place') continue;
    const a = placeAliases.get(m.text) ?? { n: 0, ids: new Map() };
    a.n++;
    a.ids.set(m.entityId, (a.ids.get(m.entityId) ?? 0) + 1);
    placeAliases.set(m.text, a);
  }
  for (const d of p.diagnostics) {
    if (d.code !== 'tag/ambiguous-alias') continue;
    const rule = / by (\w+) /.exec(d.message)?.[1] ?? '?';
    rules.set(rule, (rules.get(rule) ?? 0) + 1);
  }
}
const seconds = (performance.now() - t1) / 1000;

const out: string[] = [];
out.push(`## Load figures (one run, this machine: ${new Date().toISOString().slice(0, 10)})`, '');
out.push('| measure | value |', '| --- | ---: |');
out.push(`| loadResources wall time (load + merge + alias index + lexicons) | ${(wall / 1000).toFixed(2)} s |`);
out.push(`| of which loadGazetteers | ${s.seconds.toFixed(2)} s |`);
out.push(`| CPU time (user + system) | ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s |`);
out.push(`| heap delta after GC | ${mb(m1.heapUsed - m0.heapUsed)} MB |`);
out.push(`| RSS delta | ${mb(m1.rss - m0.rss)} MB |`);
out.push(`| entities (person / place / organization / norp) | ${s.entries.person} / ${s.entries.place} / ${s.entries.organization} / ${s.entries.norp} |`);
out.push(`| names + aliases (person / place / organization / norp) | ${s.aliases.person} / ${s.aliases.place} / ${s.aliases.organization} / ${s.aliases.norp} |`);
out.push(`| merged into curated / excluded / stoplisted | ${s.merged} / ${s.excluded} / ${s.stoplisted} |`, '');
out.push(`## BBC corpus: ${files.length} documents (${failed} failed), ${seconds.toFixed(1)} s`, '');
out.push('| type | mentions |', '| --- | ---: |');
for (const [t, n] of Object.entries(byType)) out.push(`| ${t} | ${n} |`);
out.push('', 'Ambiguous aliases, by deciding rule:', '', '| rule | choices |', '| --- | ---: |');
for (const [r, n] of [...rules].sort((a, b) => b[1] - a[1])) out.push(`| ${r} | ${n} |`);
out.push('', '### 50 most frequent place aliases', '', '| # | alias | mentions | entity ids (mentions) |', '| ---: | --- | ---: | --- |');
[...placeAliases]
  .sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))
  .slice(0, 50)
  .forEach(([alias, a], i) => out.push(`| ${i + 1} | ${alias} | ${a.n} | ${[...a.ids].sort((x, y) => y[1] - x[1]).map(([id, n]) => `${id} (${n})`).join(', ')} |`));
process.stdout.write(out.join('\n') + '\n');
