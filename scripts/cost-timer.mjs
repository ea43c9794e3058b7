// node scripts/cost-timer.mjs <repo> <corpus> <documents>   (add node's --cpu-prof before the script for a profile)
//
// One timing of `npm run cost` (scripts/cost.ts): the built code of <repo> (its dist/) processes the first <documents>
// files (in path order) of <corpus> in this one thread, 16 at a time as a worker takes them, and prints one JSON line:
// the seconds of the processing alone (not the gazetteer load, not reading the files, no tables written) and the
// mentions found. A plain .mjs so that it runs any commit's build without compiling itself; it needs
// `openResources` and `processDocuments` of dist/process.js, `prepareResources` of dist/gazetteer/shared.js and the
// `Reporter` of dist/diagnostics/diagnostic.js.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [repo, corpus, count] = process.argv.slice(2);
const { loadResources, openResources, processDocuments } = await import(pathToFileURL(join(repo, 'dist/process.js')).href);
const { prepareResources } = await import(pathToFileURL(join(repo, 'dist/gazetteer/shared.js')).href);
const { Reporter } = await import(pathToFileURL(join(repo, 'dist/diagnostics/diagnostic.js')).href);
const files = [];
const walk = (d) => {
  for (const n of readdirSync(d).sort()) {
    const p = join(d, n);
    if (statSync(p).isDirectory()) walk(p);
    else if (n.endsWith('.txt')) files.push(p);
  }
};
walk(corpus);
const docs = files.slice(0, Number(count)).map((p, i) => {
  const text = readFileSync(p, 'utf8');
  return { id: `d${i}`, path: p, text, encoding: 'utf-8', bytes: Buffer.byteLength(text) };
});
// the gazetteers as a run's threads hold them: packed, then opened (`loadResources` keeps generated rows as text and
// reads their fields on each access, a cost no run pays: the seventy-sixth session's p3 helper found it in profiles)
const res = openResources && prepareResources ? openResources(prepareResources(join(repo, 'gazetteers')).shared) : loadResources(join(repo, 'gazetteers'));
const t = process.hrtime.bigint();
let mentions = 0;
for (let i = 0; i < docs.length; i += 16) {
  const batch = docs.slice(i, i + 16);
  for (const r of processDocuments(batch, res, batch.map(() => new Reporter()))) mentions += r.doc?.mentions.length ?? 0;
}
const seconds = Number(process.hrtime.bigint() - t) / 1e9;
process.stdout.write(JSON.stringify({ seconds, documents: docs.length, mentions }) + '\n');
