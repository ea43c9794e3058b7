import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { listInputs, toResult, type ProcessedDocument, type Resources } from '../../src/pipeline.js';
import { loadResources, processDocument } from '../../src/process.js';
import { readDocument } from '../../src/stages/read.js';
import { EntityTable, type EntityRow } from '../../src/export/rows.js';
import { CooccurrenceTable } from '../../src/export/cooccurrence.js';
import { ReportBuilder, ShownSelection, cooccurrenceSink, reportSink, type ReportOptions } from '../../src/export/report/index.js';
import { listedEntities } from '../../src/export/report/report-builder.js';
import { esc, shortHash } from '../../src/export/report/html.js';
import { ROOT } from '../helpers.js';

let res: Resources;
let seeds: ProcessedDocument[];

beforeAll(async () => {
  res = loadResources(join(ROOT, 'gazetteers'));
  seeds = [];
  for (const rel of await listInputs(join(ROOT, 'input'))) {
    const r = new Reporter();
    const source = await readDocument(join(ROOT, 'input', rel), rel, { report: r });
    seeds.push(processDocument(source!, res, r));
  }
}, 60_000);

const proc = (id: string, text: string, path = `${id}.txt`) => processDocument({ id, path, text, encoding: 'utf-8', bytes: text.length }, res, new Reporter());
const tmp = () => mkdtempSync(join(tmpdir(), 'ne-report-unit-'));

/** The aggregates the batch computes, from documents in path order (as runBatch adds them). */
function aggregates(docs: readonly ProcessedDocument[]) {
  const entities = new EntityTable();
  const cooc = new CooccurrenceTable((id) => entities.nameOf(id));
  for (const p of [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!p.doc) continue;
    entities.add(p.doc);
    cooc.add(p.doc);
  }
  return { entities: entities.toRows(), cooccurrences: cooc.toRows(), names: (id: string) => entities.nameOf(id) };
}

/** Builds a report from processed documents, added to the builder in the order given. */
async function build(docs: readonly ProcessedDocument[], options: ReportOptions = {}, dir = tmp(), extraEntities: EntityRow[] = []): Promise<{ dir: string; html: string }> {
  const report = new ReportBuilder(dir, options);
  for (const p of docs) await report.addDocument(p);
  const { entities, cooccurrences } = aggregates(docs);
  await report.write({ entities: [...entities, ...extraEntities], cooccurrences });
  return { dir, html: readFileSync(join(dir, 'report.html'), 'utf8') };
}

describe('esc', () => {
  const CASES: [string, string][] = [
    ['plain text', 'plain text'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['&amp; stays visible as typed', '&amp;amp; stays visible as typed'],
    ['Əliyev – İlham', 'Əliyev – İlham'],
    ['', ''],
  ];
  it.each(CASES)('%j -> %j', (input, expected) => expect(esc(input)).toBe(expected));
  it('null and undefined are empty, numbers are written', () => {
    expect(esc(null)).toBe('');
    expect(esc(undefined)).toBe('');
    expect(esc(0.95)).toBe('0.95');
  });
});

describe('ReportBuilder on the seed corpus', () => {
  let html: string;
  let dir: string;
  beforeAll(async () => {
    ({ html, dir } = await build(seeds));
  }, 60_000);

  it('writes report.html and leaves no temporary file', () => {
    expect(readdirSync(dir).sort()).toEqual(['report.html']);
  });

  it('every mention is highlighted exactly once, with its type, id and original text, in document order', () => {
    const marks = [...html.matchAll(/<mark class="m (\w+)" id="[^"]+" tabindex="0" data-t="[^"]*" data-e="([^"]*)"[^>]*>([^<]*)<span class="tl">(\w+)<\/span><\/mark>/g)];
    const expected = seeds.flatMap((p) => p.doc!.mentions.map((m) => [m.type, esc(m.entityId), esc(m.text)]));
    expect(marks.map((m) => [m[1], m[2], m[3]])).toEqual(expected);
    const label: Record<string, string> = { person: 'PERSON', place: 'PLACE', organization: 'ORG', norp: 'NORP' };
    for (const m of marks) expect(m[4]).toBe(label[m[1]]);
  });

  it('shows each document title, date and outlet', () => {
    for (const p of seeds) {
      const md = p.doc!.metadata;
      if (md.title) expect(html).toContain(`>${esc(md.title)}</h2>`);
      if (md.date) expect(html).toContain(`Date <b>${esc(md.date)}</b>`);
      if (md.outlet) expect(html).toContain(`Outlet <b>${esc(md.outlet)}</b>`);
    }
  });

  it('shows every dropped block collapsed (a closed <details>) with its reason and text', () => {
    const dropped = seeds.flatMap((p) => p.doc!.dropped);
    expect(dropped.length).toBeGreaterThan(0);
    for (const b of dropped) expect(html).toContain(`Removed: ${esc(b.reason)}`);
    expect(html).not.toMatch(/<details class="dropped" open/);
  });

  it('lists every entity once in the entities table, linked from its row to a mention of it', () => {
    const rows = [...html.matchAll(/<tr id="(ent-[0-9a-f]+)" data-type="(\w+)"[^>]*>(.*?)<\/tr>/g)];
    const entities = new EntityTable();
    for (const p of seeds) entities.add(p.doc!);
    expect(rows.length).toBe(entities.size);
    for (const r of rows) {
      const hrefs = [...r[3].matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]);
      expect(hrefs.length).toBeGreaterThan(0);
      const id = r[3].match(/<span class="id">([^<]*)<\/span>/)![1];
      for (const h of hrefs) expect(html).toMatch(new RegExp(`<mark class="m ${r[2]}" id="${h}" tabindex="0" data-t="[^"]*" data-e="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
    }
  });

  it('is self-contained: no external script, style, font, image or link target', () => {
    expect(html).not.toMatch(/<(script|img|link|iframe|object|embed)[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
    expect([...html.matchAll(/<script\b/g)].length).toBe(1);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('draws the top-entities bar charts, the timeline and the network as inline SVG', () => {
    expect([...html.matchAll(/<svg /g)].length).toBe(6); // 4 types + timeline + network
    expect(html).toContain('5 of 5 documents have a publication date');
    for (const date of ['2020-10-10', '2020-12-03', '2020-12-13', '2020-12-14', '2020-12-28']) expect(html).toContain(`>${date}</text>`);
  });
});

describe('escaping of everything that comes from the input', () => {
  it('a <script> in the title, text, path or a name stays text', async () => {
    const p = proc('x"><script>alert(1)</script>', '<script>alert("title")</script>\n\nOfficials in Baku said the <script>alert("body")</script> tag & "quotes" are text.\n', 'a"<b>.txt');
    const evil: EntityRow = { id: 'person:"><img src=x>', name: '<script>alert("name")</script>', type: 'person', mentions: 1, documents: 1, aliases_seen: ['<i>alias</i>'], sources: [], country: null, wikidata: null, geonames: null, lat: null, lon: null, population: null, description: null };
    const { html } = await build([p], {}, tmp(), [evil]);
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/<img src=x>|<i>alias|<b>\.txt/);
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    expect(html).toContain('the &lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt; tag &amp; &quot;quotes&quot; are text.');
    expect(html).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;');
    expect(html).toContain('<code>a&quot;&lt;b&gt;.txt</code>');
    expect([...html.matchAll(/<script\b/g)].length).toBe(1);
  });
});

describe('determinism', () => {
  // (the entity and co-occurrence rows are computed once, in path order, as the batch does;
  // here only the order of addDocument calls changes)
  it('same documents -> same bytes, whatever the order they were added in', async () => {
    const a = await build(seeds);
    const b = await build([...seeds].reverse());
    const c = await build([seeds[2], seeds[0], seeds[4], seeds[1], seeds[3]]);
    expect(b.html).toBe(a.html);
    expect(c.html).toBe(a.html);
  });
});

describe('large corpora: pages of documents above the threshold', () => {
  it('keeps the overview on report.html and writes the documents, pageSize to a page in path order, to report/', async () => {
    const { dir, html } = await build(seeds, { pageThreshold: 3, pageSize: 2 });
    const pages = readdirSync(join(dir, 'report')).sort();
    expect(pages).toEqual(['documents-1.html', 'documents-2.html', 'documents-3.html']);
    expect(html).not.toContain('<article');
    // each page holds its documents in path order, and says which they are
    const paths = [...seeds].map((p) => p.path).sort();
    pages.forEach((f, i) => {
      const page = readFileSync(join(dir, 'report', f), 'utf8');
      expect([...page.matchAll(/<span>File <code>([^<]*)<\/code><\/span>/g)].map((m) => m[1])).toEqual(paths.slice(2 * i, 2 * i + 2).map(esc));
      expect(page).toContain(`Documents ${2 * i + 1}–${Math.min(5, 2 * i + 2)} of 5`);
      expect(page).toContain('<a href="../report.html">overview</a>');
      // the pager links the neighbouring pages, which exist
      expect(page.includes('rel="prev"')).toBe(i > 0);
      expect(page.includes('rel="next"')).toBe(i < 2);
      for (const m of page.matchAll(/<a href="(documents-\d+\.html)" rel=/g)) expect(pages).toContain(m[1]);
    });
    // the documents list links each document at its anchor on its page
    const links = [...html.matchAll(/<td><a href="report\/(documents-\d+\.html)#([^"]+)">/g)];
    expect(links).toHaveLength(5);
    for (const [, page, anchor] of links) expect(readFileSync(join(dir, 'report', page), 'utf8')).toContain(`<article class="doc" id="${anchor}"`);
    // entity links point into the pages, at a mention of that entity
    const link = html.match(/<a href="(report\/[^"#]+\.html)#([^"]+)">/)!;
    expect(readFileSync(join(dir, link[1]), 'utf8')).toContain(`id="${link[2]}"`);
    expect(readdirSync(dir).sort()).toEqual(['report', 'report.html']);
  });

  it('refuses a page size below 1', () => {
    expect(() => new ReportBuilder(tmp(), { pageSize: 0 })).toThrow(/pageSize must be an integer >= 1/);
  });

  it('a later small run removes the stale pages', async () => {
    const dir = tmp();
    await build(seeds, { pageThreshold: 3 }, dir);
    expect(existsSync(join(dir, 'report'))).toBe(true);
    await build(seeds.slice(0, 2), { pageThreshold: 3 }, dir);
    expect(existsSync(join(dir, 'report'))).toBe(false);
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('<article');
  });
});

describe('ReportBuilder edge cases', () => {
  it('a failed document is listed, marked failed, with its problems', async () => {
    const failed: ProcessedDocument = { id: 'broken', path: 'broken.txt', doc: undefined, diagnostics: [{ code: 'read/binary', severity: 'fail', message: 'NUL byte at byte offset 3: <not text>', stage: 'read' }], failed: true };
    const { html } = await build([failed, proc('ok', 'Baku is a city in Azerbaijan.')]);
    expect(html).toContain('(1 failed)');
    expect(html).toContain('NUL byte at byte offset 3: &lt;not text&gt;');
  });

  it('an empty corpus still gives a page', async () => {
    const { html } = await build([]);
    expect(html).toContain('No entity was found.');
    expect(html).toContain('No document has a publication date.');
  });

  it('shows two documents that share an id (a corpus holding an article twice), each under its own anchor', async () => {
    const { html } = await build([proc('a', 'Baku is a city.'), { ...proc('a', 'Minsk is a city.'), path: 'a.html' }]);
    const anchors = [...html.matchAll(/<article class="doc" id="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(2);
    expect(new Set(anchors).size).toBe(2);
    expect(html).toContain('Baku</');
    expect(html).toContain('Minsk</');
  });

  it('abort() leaves no temporary file', async () => {
    const dir = tmp();
    const r = new ReportBuilder(dir);
    await r.addDocument(proc('a', 'Baku is a city.'));
    await r.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('abort() leaves no temporary file with more documents than pageThreshold', async () => {
    const dir = tmp();
    const r = new ReportBuilder(dir, { pageThreshold: 1 });
    for (const id of ['a', 'b', 'c']) await r.addDocument(proc(id, 'Baku is a city.', `${id}.txt`));
    await r.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the co-occurrence pairs the report reads', () => {
  it('are the same report from an array, a generator with its count, or a generator alone', async () => {
    const direct = await build(seeds);
    const { entities, cooccurrences } = aggregates(seeds);
    const strong = function* () {
      for (const r of cooccurrences) if (r.sentences > 0) yield r;
    };
    for (const inputs of [{ entities, cooccurrences: strong(), sentencePairs: cooccurrences.filter((r) => r.sentences > 0).length }, { entities, cooccurrences: strong() }]) {
      const dir = tmp();
      const report = new ReportBuilder(dir);
      for (const p of seeds) await report.addDocument(p);
      await report.write(inputs);
      expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(direct.html);
    }
  });
});

describe('the batch route: sinks fed with per-document results', () => {
  it('gives the same report as ProcessedDocuments, and writes cooccurrences.csv/.json', async () => {
    const direct = await build(seeds);
    const dir = tmp();
    const { entities, cooccurrences, names } = aggregates(seeds);
    const cooc = cooccurrenceSink(dir, names);
    const report = reportSink(dir, () => ({ entities, ...cooc.forReport() }));
    for (const p of seeds) {
      const r = { ...toResult(p, p.doc!.bytes), text: p.doc!.text };
      await cooc.write(r);
      await report.write(r);
    }
    await cooc.finish();
    await report.finish();
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe(direct.html);
    expect(JSON.parse(readFileSync(join(dir, 'cooccurrences.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(cooccurrences)));
    const csv = readFileSync(join(dir, 'cooccurrences.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffsource,target,source_name,source_type,target_name,target_type,sentences,documents,sentence_documents,weight,document_ids');
    expect(csv.split('\r\n').filter(Boolean).length).toBe(cooccurrences.length + 1);
    expect(readdirSync(dir).sort()).toEqual(['cooccurrences.csv', 'cooccurrences.json', 'report.html']);
  });
});

describe('maxDocuments: only the first N documents in path order are shown, every one is counted', () => {
  // the seeds plus short documents placed before, between and after them in path order;
  // two share a path (JSONL records: then ordered by id)
  let corpus: ProcessedDocument[];
  beforeAll(() => {
    corpus = [
      ...seeds,
      proc('z-last', 'Ilham Aliyev spoke in Baku on Monday.\n', 'zz/last.txt'),
      proc('k2', 'Officials in Baku and Ankara met again.\n', 'feed.jsonl'),
      proc('k1', 'The Azerbaijani Ministry of Defense said Baku was calm.\n', 'feed.jsonl'),
      proc('a-first', 'Reporters in Baku asked Ilham Aliyev about Armenia.\n', '0-first.txt'),
    ];
  }, 60_000);
  const inPathOrder = () => [...corpus].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const shownPaths = (html: string) => [...html.matchAll(/<span>File <code>([^<]*)<\/code><\/span>/g)].map((m) => m[1]);
  const orders: Record<string, (docs: ProcessedDocument[]) => ProcessedDocument[]> = {
    'path order': (d) => d,
    'reverse path order': (d) => [...d].reverse(),
    shuffled: (d) => d.map((x, i) => [(i * 7) % d.length, x] as const).sort((a, b) => a[0] - b[0]).map((x) => x[1]),
  };

  // [maxDocuments, add order, pageThreshold]
  const CASES: [number, string, number][] = [
    [3, 'path order', 300],
    [3, 'reverse path order', 300],
    [3, 'shuffled', 300],
    [6, 'reverse path order', 2],
    [6, 'shuffled', 2],
    [1, 'shuffled', 300],
    [0, 'shuffled', 300],
    [100, 'reverse path order', 300],
  ];
  it.each(CASES)('maxDocuments %i, added in %s, pageThreshold %i', async (max, order, pageThreshold) => {
    const all = inPathOrder();
    const expected = all.slice(0, max);
    // compactBytes 1: the fragments file is rewritten whenever evicted fragments outweigh the kept ones
    const { dir, html } = await build(orders[order](all), { maxDocuments: max, pageThreshold, compactBytes: 1 });
    const paged = expected.length > pageThreshold;
    const pages = paged ? readdirSync(join(dir, 'report')).sort() : [];
    expect(readdirSync(dir).sort()).toEqual(paged ? ['report', 'report.html'] : ['report.html']);

    // the documents shown: exactly the first N in path order (then id), in that order
    const shownHtml = paged ? pages.map((p) => readFileSync(join(dir, 'report', p), 'utf8')).join('') : html;
    expect(shownPaths(shownHtml).sort()).toEqual(expected.map((p) => esc(p.path)).sort());
    if (!paged) expect(shownPaths(html)).toEqual(expected.map((p) => esc(p.path)));
    expect(pages.length).toBe(paged ? Math.ceil(expected.length / 50) : 0);

    // the overview counts every document
    const sum = (f: (p: ProcessedDocument) => number) => all.reduce((n, p) => n + f(p), 0);
    expect(html).toContain(`<li><b>${all.length}</b><span>documents</span></li>`);
    expect(html).toContain(`<li><b>${sum((p) => p.doc!.sentences.length)}</b><span>sentences</span></li>`);
    expect(html).toContain(`<li><b>${sum((p) => p.doc!.mentions.length)}</b><span>mentions</span></li>`);

    // every link to a document or a mention reaches a page (or an element of report.html) that has it
    const targets = [...html.matchAll(/href="(report\/[^"#]+\.html)?#?([^"]*)"/g)].filter((m) => m[1] || (m[2] && !m[2].startsWith('ent-') && !['overview', 'top', 'time', 'network', 'entities-section', 'documents'].includes(m[2])));
    if (max > 0) expect(targets.length).toBeGreaterThan(0);
    for (const [, page, anchor] of targets) {
      const target = page ? readFileSync(join(dir, page), 'utf8') : html;
      if (anchor) expect(target).toContain(`id="${anchor}"`);
    }

    // each entity lists links to shown documents only, and with "and N more" its exact number of documents
    const docsWith = new Map<string, Set<string>>();
    for (const p of all) for (const m of p.doc!.mentions) (docsWith.get(m.entityId) ?? docsWith.set(m.entityId, new Set()).get(m.entityId)!).add(p.id);
    const shownIds = new Set(expected.map((p) => p.id));
    for (const row of html.matchAll(/<tr id="ent-[0-9a-f]+"[^>]*>(.*?)<\/tr>/g)) {
      const id = row[1].match(/<span class="id">([^<]*)<\/span>/)![1];
      const entityId = [...docsWith.keys()].find((k) => esc(k) === id)!;
      const links = [...row[1].matchAll(/<li><a href=/g)].length;
      const more = Number(row[1].match(/and ([\d,]+) more documents/)?.[1].replace(/,/g, '') ?? 0);
      expect(links + more).toBe(docsWith.get(entityId)!.size);
      expect(links).toBe([...docsWith.get(entityId)!].filter((d) => shownIds.has(d)).length);
    }

    // the cap is said clearly, only when it applies
    const capped = all.length > max;
    expect(html.includes('(--report-documents to change)')).toBe(capped);
    if (capped && max > 0) expect(html).toContain(`${all.length} documents; the first ${max} in path order are shown with their text`);
    if (max === 0) expect(html).toContain(`${all.length} documents; none is shown with its text`);
    if (max === 0) expect(html).not.toContain('<article');
  });

  it('gives the same bytes whatever the order the documents were added in (capped, with compactions)', async () => {
    const all = inPathOrder();
    for (const pageThreshold of [300, 2]) {
      const outs = await Promise.all(Object.values(orders).map(async (f) => {
        const { dir, html } = await build(f(all), { maxDocuments: 4, pageThreshold, compactBytes: 1 });
        const pages = existsSync(join(dir, 'report')) ? readdirSync(join(dir, 'report')).sort().map((p) => p + readFileSync(join(dir, 'report', p), 'utf8')) : [];
        return [html, ...pages].join('\n');
      }));
      expect(outs[1]).toBe(outs[0]);
      expect(outs[2]).toBe(outs[0]);
    }
  });

  it('within the cap the report is the same as without one', async () => {
    const a = await build(seeds);
    const b = await build([...seeds].reverse(), { maxDocuments: seeds.length });
    expect(b.html).toBe(a.html);
  });

  it('a long entities table (written in pieces) has one row per line, none lost or merged', async () => {
    const extra: EntityRow[] = Array.from({ length: 2500 }, (_, i) => ({ id: `person:extra-${i}`, name: `Extra ${i}`, type: 'person', mentions: 1, documents: 1, aliases_seen: [], sources: [], country: null, wikidata: null, geonames: null, lat: null, lon: null, population: null, description: null }));
    const { html } = await build(seeds, {}, tmp(), extra);
    const table = html.slice(html.indexOf('<table id="entities">'), html.indexOf('<section id="documents">'));
    const rows = table.split('\n').filter((l) => l.startsWith('<tr id="ent-'));
    expect(rows.length).toBe(aggregates(seeds).entities.length + extra.length);
    for (const r of rows) expect(r).toMatch(/^<tr id="ent-[0-9a-f]+".*<\/tr>$/);
    expect(table).not.toContain('\n\n');
    expect(html.split('<article').length - 1).toBe(seeds.length);
  });

  it('refuses a negative or fractional cap', () => {
    expect(() => new ReportBuilder(tmp(), { maxDocuments: -1 })).toThrow(/maxDocuments/);
    expect(() => new ReportBuilder(tmp(), { maxDocuments: 2.5 })).toThrow(/maxDocuments/);
  });
});

/**
 * A second way to `listedEntities`' answer: a stable sort by mentions (so ties keep the table's
 * order), the first `max`, the linked ones, back in table order.
 */
const listedOracle = (entities: readonly EntityRow[], max: number, linked: ReadonlySet<string>) => {
  if (entities.length <= max) return entities;
  const top = new Set([...entities].sort((a, b) => b.mentions - a.mentions).slice(0, max).map((e) => e.id));
  return entities.filter((e) => top.has(e.id) || linked.has(e.id));
};

describe('maxEntities: the entities table lists the most mentioned, and every entity a chart links to', () => {
  const anchorOf = (id: string) => `ent-${shortHash(id, 10)}`;

  it.each([0, 3, 10, 1000])('maxEntities %i: the rows, the links, the note', async (max) => {
    const all = aggregates(seeds).entities;
    expect(all.length).toBeGreaterThan(10);
    const { html } = await build(seeds, { maxEntities: max, topEntities: 2, networkPairs: 4 });
    const overview = html.slice(0, html.indexOf('<section id="documents">'));
    const rows = [...overview.matchAll(/<tr id="(ent-[0-9a-f]+)"[^>]*>.*?<span class="id">([^<]*)<\/span>/g)];
    const links = new Set([...overview.matchAll(/href="#(ent-[0-9a-f]+)"/g)].map((m) => m[1]));
    expect(links.size).toBeGreaterThan(0);
    // every link from the charts lands on a row
    const anchors = new Set(rows.map((m) => m[1]));
    for (const l of links) expect(anchors.has(l)).toBe(true);
    // the rows: the most mentioned and the linked ones, in the table's order
    const linked = new Set(all.filter((e) => links.has(anchorOf(e.id))).map((e) => e.id));
    const ids = rows.map((m) => esc(m[2]));
    expect(ids).toEqual(listedOracle(all, max, linked).map((e) => esc(e.id)));
    expect(html.includes('--report-entities N')).toBe(max < all.length);
    if (max < all.length) expect(html).toContain(`${ids.length} of the ${all.length} entities are listed here`);
    // the overview still counts every entity
    expect(html).toContain(`<li><b>${all.length}</b><span>distinct entities</span></li>`);
  });

  it('refuses a negative or fractional cap', () => {
    expect(() => new ReportBuilder(tmp(), { maxEntities: -1 })).toThrow(/maxEntities/);
    expect(() => new ReportBuilder(tmp(), { maxEntities: 2.5 })).toThrow(/maxEntities/);
  });
});

describe('listedEntities', () => {
  const TYPES = ['person', 'place', 'organization', 'norp'] as const;
  /** entities in EntityTable.toRows() order: type, mentions descending, id */
  const rowsArb = fc
    .array(fc.record({ type: fc.constantFrom(...TYPES), mentions: fc.integer({ min: 1, max: 6 }) }), { maxLength: 40 })
    .map((rs) =>
      rs
        .map((r, i) => ({ id: `e${String(i).padStart(3, '0')}`, name: `E${i}`, type: r.type, mentions: r.mentions }) as unknown as EntityRow)
        .sort((a, b) => TYPES.indexOf(a.type) - TYPES.indexOf(b.type) || b.mentions - a.mentions || (a.id < b.id ? -1 : 1)),
    );

  it('lists the max most mentioned (ties in table order) and the linked ones, in table order', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(45), fc.array(fc.nat(45)), (entities, max, picks) => {
        const linked = new Set(picks.filter((k) => k < entities.length).map((k) => entities[k].id));
        const got = listedEntities(entities, max, linked);
        expect(got.map((e) => e.id)).toEqual(listedOracle(entities, max, linked).map((e) => e.id));
        if (entities.length <= max) expect(got).toBe(entities);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ShownSelection: which documents the report may show, decided before any is processed', () => {
  const byPath = (a: { path: string; id: string }, b: { path: string; id: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const key = fc.record({ path: fc.constantFrom('a.jsonl', 'b.txt', 'b/c.txt', 'z.jsonl', 'É.txt'), id: fc.string({ maxLength: 3 }) });

  it('says yes to every document among the first max in path order, then id, whatever the order they come in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { selector: (k) => `${k.path}\0${k.id}`, maxLength: 40 }), fc.nat(12), (keys, max) => {
        const s = new ShownSelection(max);
        const yes = new Set(keys.filter((k) => s.offer(k.path, k.id)));
        const first = [...keys].sort(byPath).slice(0, max);
        for (const k of first) expect(yes.has(k)).toBe(true);
      }),
    );
  });

  it('in path order, says yes to the first max only; with max 0, to none', () => {
    const keys = Array.from({ length: 30 }, (_, i) => ({ path: `d/${String(i).padStart(3, '0')}.txt`, id: `d/${i}` }));
    const s = new ShownSelection(10);
    expect(keys.map((k) => s.offer(k.path, k.id))).toEqual(keys.map((_, i) => i < 10));
    const none = new ShownSelection(0);
    expect(keys.some((k) => none.offer(k.path, k.id))).toBe(false);
  });

  it('agrees with what ReportBuilder shows: a late document with a smaller path still gets a yes', () => {
    const s = new ShownSelection(3);
    expect(['b', 'c', 'd', 'e', 'a', 'f'].map((p) => s.offer(`${p}.txt`, p))).toEqual([true, true, true, false, true, false]);
  });
});

describe('fragmentRuns (reading the shown documents back for the pages)', () => {
  // fragments written in a random order (documents arriving out of path order), read back in `docs` order
  it('yields the fragments of docs[first, last) in order, adjacent ones together, no run over the limit unless one fragment is', async () => {
    const { fragmentRuns } = await import('../../src/export/report/report-builder.js');
    const { open, writeFile } = await import('node:fs/promises');
    const dir = mkdtempSync(join(tmpdir(), 'ne-fragments-'));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 12 }),
        fc.func(fc.integer()),
        fc.integer({ min: 1, max: 80 }),
        fc.nat(),
        fc.nat(),
        async (contents, order, maxBytes, a, b) => {
          // the file holds the fragments in a permuted order; docs[k] points at content k
          const perm = contents.map((_, k) => k).sort((x, y) => order(x) - order(y) || x - y);
          const docs = contents.map(() => ({ offset: 0, length: 0 }));
          let at = 0;
          for (const k of perm) {
            docs[k] = { offset: at, length: contents[k].length };
            at += contents[k].length;
          }
          const path = join(dir, 'f.tmp');
          await writeFile(path, Buffer.concat(perm.map((k) => contents[k])));
          const first = a % docs.length;
          const last = first + (b % (docs.length - first + 1));
          const fh = await open(path, 'r');
          try {
            const runs: Buffer[] = [];
            for await (const r of fragmentRuns(fh, docs, first, last, maxBytes)) runs.push(r);
            expect(Buffer.concat(runs)).toEqual(Buffer.concat(contents.slice(first, last)));
            const single = new Set(contents.slice(first, last).map((c) => c.length));
            for (const r of runs) expect(r.length <= maxBytes || single.has(r.length)).toBe(true);
            // adjacent fragments within the limit share a read: never more reads than fragments
            expect(runs.length).toBeLessThanOrEqual(last - first);
            if (perm.every((k, i) => k === i) && contents.slice(first, last).reduce((n, c) => n + c.length, 0) <= maxBytes) expect(runs.length).toBe(last > first ? 1 : 0);
          } finally {
            await fh.close();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
