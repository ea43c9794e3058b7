import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { ProcessedDocument } from '../../pipeline.js';
import type { EntityType } from '../../model/entity.js';
import type { EntityRow } from '../rows.js';
import type { CooccurrenceRow } from '../cooccurrence.js';
import { CSS, JS } from './assets.js';
import { barChart, groupDates, networkChart, timelineChart, type NetEdge, type NetNode } from './charts.js';
import { fromProcessed, mentionAnchor, renderDocument, type DocumentSummary, type ReportDocument } from './document.js';
import { TYPE_ORDER, TYPE_STYLE, documentAnchor, esc, num, shortHash } from './html.js';

export interface ReportOptions {
  /** above this many documents, each document gets its own page under `report/` (the overview stays one page) */
  readonly pageThreshold?: number;
  /** bars per type in the top-entities charts */
  readonly topEntities?: number;
  /** most co-occurrence pairs drawn in the network chart */
  readonly networkPairs?: number;
  /** documents listed under each entity in the entities table (its counts stay exact) */
  readonly mentionLinks?: number;
  /** page heading */
  readonly title?: string;
}

export interface ReportInputs {
  /** `EntityTable.toRows()` */
  readonly entities: readonly EntityRow[];
  /** `CooccurrenceTable.toRows()`, or just its rows with `sentences > 0` (`sentenceRows()`): the network draws only those */
  readonly cooccurrences: readonly CooccurrenceRow[];
}

const DEFAULTS: Required<ReportOptions> = { pageThreshold: 300, topEntities: 10, networkPairs: 30, mentionLinks: 100, title: 'News entities report' };

interface StoredDocument extends DocumentSummary {
  /** byte range of its fragment in the fragments file */
  readonly offset: number;
  readonly length: number;
}

/** A document an entity appears in: [document number (arrival order), mentions, first mention index]. */
type EntityRef = [doc: number, count: number, first: number];

/** report pages written at the same time */
const PAGE_WRITES = 8;

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds `report.html`: one self-contained page (inline CSS, JS and SVG; no
 * request leaves the file) with the corpus overview, charts, the entities
 * table and every document with its mentions highlighted.
 *
 * Memory stays bounded for large corpora: each document's HTML is rendered
 * when it arrives and appended to a temporary file; only small aggregates
 * are kept (a summary per document, mentions per type and date, at most
 * `mentionLinks` document references per entity). `write` then streams the
 * fragments back, in path order, into `report.html` (up to `pageThreshold`
 * documents) or into one page per document under `report/`.
 *
 * Like the tables, everything is written to temporary names and renamed into
 * place at the end; `abort()` removes them. The output depends only on the
 * set of documents, not on the order they were added in.
 */
export class ReportBuilder {
  private readonly opts: Required<ReportOptions>;
  private readonly docs: StoredDocument[] = [];
  private readonly ids = new Set<string>();
  private readonly perDay = new Map<string, Record<EntityType, number>>();
  private readonly refs = new Map<string, { docs: number; list: EntityRef[] }>();
  private fragments: WriteStream | undefined;
  private fragmentsDone: Promise<unknown> | undefined;
  private bytes = 0;

  constructor(
    readonly outputDir: string,
    options: ReportOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...options };
  }

  private get fragmentsPath() {
    return join(this.outputDir, 'report.fragments.tmp');
  }

  /** Renders one document now and keeps only its summary. Call once per document, in any order. */
  async addDocument(input: ProcessedDocument | ReportDocument): Promise<void> {
    const p: ReportDocument = 'doc' in input ? fromProcessed(input) : input;
    if (this.ids.has(p.id)) throw new Error(`ReportBuilder: document ${JSON.stringify(p.id)} added twice`);
    this.ids.add(p.id);
    if (!this.fragments) {
      await mkdir(this.outputDir, { recursive: true });
      this.fragments = createWriteStream(this.fragmentsPath);
      this.fragmentsDone = once(this.fragments, 'finish');
      this.fragmentsDone.catch(() => undefined);
    }
    const anchor = documentAnchor(p.id);
    const { html, summary } = renderDocument(p, anchor);
    const buf = Buffer.from(html, 'utf8');
    const n = this.docs.push({ ...summary, offset: this.bytes, length: buf.length }) - 1;
    this.bytes += buf.length;

    if (p.text !== null) {
      if (summary.date && /^\d{4}-\d{2}-\d{2}/.test(summary.date)) {
        const day = summary.date.slice(0, 10);
        let c = this.perDay.get(day);
        if (!c) this.perDay.set(day, (c = { person: 0, place: 0, organization: 0, norp: 0 }));
        for (const t of TYPE_ORDER) c[t] += summary.byType[t];
      }
      const inDoc = new Map<string, EntityRef>();
      p.mentions.forEach((m, i) => {
        const r = inDoc.get(m.entityId);
        if (r) r[1]++;
        else inDoc.set(m.entityId, [n, 1, i]);
      });
      for (const [id, ref] of inDoc) {
        let e = this.refs.get(id);
        if (!e) this.refs.set(id, (e = { docs: 0, list: [] }));
        e.docs++;
        e.list.push(ref);
        // keep the `mentionLinks` documents first in path order, whatever the arrival order
        if (e.list.length >= 2 * this.opts.mentionLinks) e.list = this.firstInPathOrder(e.list);
      }
    }
    if (!this.fragments.write(buf)) await once(this.fragments, 'drain');
  }

  /** Writes `report.html` (and `report/` for large corpora) and removes the temporary files. */
  async write(inputs: ReportInputs): Promise<void> {
    await mkdir(this.outputDir, { recursive: true });
    if (this.fragments) {
      this.fragments.end();
      await this.fragmentsDone;
    }
    const order = this.docs.map((_, i) => i).sort((a, b) => byCodeUnit(this.docs[a].path, this.docs[b].path) || byCodeUnit(this.docs[a].id, this.docs[b].id));
    const paged = this.docs.length > this.opts.pageThreshold;
    const docHref = (d: StoredDocument) => (paged ? `report/${d.anchor}.html` : `#${d.anchor}`);
    const mentionHref = (d: StoredDocument, i: number) => (paged ? `report/${d.anchor}.html#${mentionAnchor(d.anchor, i)}` : `#${mentionAnchor(d.anchor, i)}`);

    const htmlPath = join(this.outputDir, 'report.html');
    const pagesDir = join(this.outputDir, 'report');
    const pagesTmp = join(this.outputDir, 'report.tmp');
    const out = createWriteStream(`${htmlPath}.tmp`);
    const outDone = once(out, 'finish');
    outDone.catch(() => undefined);
    const put = async (s: string | Buffer) => {
      if (!out.write(s)) await once(out, 'drain');
    };
    const fh = this.fragments ? await open(this.fragmentsPath, 'r') : undefined;
    const fragment = async (d: StoredDocument) => {
      const buf = Buffer.alloc(d.length);
      await fh!.read(buf, 0, d.length, d.offset);
      return buf;
    };
    try {
      await put(pageStart(this.opts.title, this.overviewHeader(paged)));
      await put(this.overview(inputs, order, docHref, mentionHref, paged));
      if (!paged) {
        for (const i of order) await put(await fragment(this.docs[i]));
        await put('</section>\n');
      }
      await put(pageEnd());
      out.end();
      await outDone;

      await rm(pagesTmp, { recursive: true, force: true });
      if (paged) {
        await mkdir(pagesTmp, { recursive: true });
        // pages are independent files: a few written at once hide the file system's latency
        // (one after another, 97k pages of the 100 MB benchmark corpus took most of the report's time)
        const limit = pLimit(PAGE_WRITES);
        const pending: Promise<void>[] = [];
        for (let k = 0; k < order.length; k++) {
          const d = this.docs[order[k]];
          const prev = k > 0 ? this.docs[order[k - 1]] : undefined;
          const next = k + 1 < order.length ? this.docs[order[k + 1]] : undefined;
          const pager =
            `<nav class="pager" aria-label="Documents"><span>${prev ? `<a href="${esc(prev.anchor)}.html" rel="prev">← ${esc(prev.title ?? prev.id)}</a>` : ''}</span>` +
            `<a href="../report.html#documents">Overview</a><span>${next ? `<a href="${esc(next.anchor)}.html" rel="next">${esc(next.title ?? next.id)} →</a>` : ''}</span></nav>`;
          const page =
            pageStart(`${d.title ?? d.id} · ${this.opts.title}`, `<h1>${esc(this.opts.title)}</h1><p>Document ${num(k + 1)} of ${num(order.length)} · <a href="../report.html">overview</a></p>`) +
            pager;
          const written = limit(async () => writeFile(join(pagesTmp, `${d.anchor}.html`), Buffer.concat([Buffer.from(page), await fragment(d), Buffer.from(pager + pageEnd())])));
          written.catch(() => undefined); // awaited below; this only keeps a failure from being reported twice
          pending.push(written);
          // a short queue (the oldest page is awaited first): a queued page's strings wait in memory
          if (pending.length >= 4 * PAGE_WRITES) await pending.shift();
        }
        await Promise.all(pending);
      }
      await rm(pagesDir, { recursive: true, force: true });
      if (paged) await rename(pagesTmp, pagesDir);
      await rename(`${htmlPath}.tmp`, htmlPath);
    } catch (e) {
      out.destroy();
      await rm(`${htmlPath}.tmp`, { force: true });
      await rm(pagesTmp, { recursive: true, force: true });
      throw e;
    } finally {
      await fh?.close();
      await rm(this.fragmentsPath, { force: true });
    }
  }

  /** Abandons the temporary files (on a failed run). */
  async abort(): Promise<void> {
    this.fragments?.destroy();
    await rm(this.fragmentsPath, { force: true });
    await rm(join(this.outputDir, 'report.html.tmp'), { force: true });
    await rm(join(this.outputDir, 'report.tmp'), { recursive: true, force: true });
  }

  private firstInPathOrder(list: readonly EntityRef[]): EntityRef[] {
    const docs = this.docs;
    return [...list].sort((a, b) => byCodeUnit(docs[a[0]].path, docs[b[0]].path) || byCodeUnit(docs[a[0]].id, docs[b[0]].id)).slice(0, this.opts.mentionLinks);
  }

  private overviewHeader(paged: boolean): string {
    const n = this.docs.length;
    return (
      `<h1>${esc(this.opts.title)}</h1>` +
      `<p>${num(n)} document${n === 1 ? '' : 's'}${paged ? ' · one page per document (large corpus)' : ''} · entities highlighted by type; hover or focus a mention for its details</p>` +
      '<nav class="toc" aria-label="Sections"><a href="#overview">Overview</a><a href="#top">Top entities</a><a href="#time">Over time</a><a href="#network">Who appears with whom</a><a href="#entities-section">Entities</a><a href="#documents">Documents</a></nav>'
    );
  }

  private overview(
    inputs: ReportInputs,
    order: readonly number[],
    docHref: (d: StoredDocument) => string,
    mentionHref: (d: StoredDocument, i: number) => string,
    paged: boolean,
  ): string {
    const o = this.opts;
    const docs = order.map((i) => this.docs[i]);
    const mentionsByType: Record<EntityType, number> = { person: 0, place: 0, organization: 0, norp: 0 };
    let sentences = 0;
    let mentions = 0;
    let failed = 0;
    for (const d of docs) {
      sentences += d.sentences;
      mentions += d.mentions;
      if (d.failed) failed++;
      for (const t of TYPE_ORDER) mentionsByType[t] += d.byType[t];
    }
    const entitiesByType: Record<EntityType, number> = { person: 0, place: 0, organization: 0, norp: 0 };
    for (const e of inputs.entities) entitiesByType[e.type]++;
    const entityAnchor = (id: string) => `ent-${shortHash(id, 10)}`;
    const out: string[] = [];

    // overview numbers and legend
    out.push('<section class="card" id="overview"><h2>Overview</h2><ul class="stats">');
    out.push(`<li><b>${num(docs.length)}</b><span>documents${failed ? ` (${num(failed)} failed)` : ''}</span></li>`);
    out.push(`<li><b>${num(sentences)}</b><span>sentences</span></li>`);
    out.push(`<li><b>${num(mentions)}</b><span>mentions</span></li>`);
    out.push(`<li><b>${num(inputs.entities.length)}</b><span>distinct entities</span></li>`);
    out.push('</ul><table class="small" style="margin-top:14px;max-width:640px"><thead><tr><th>Type</th><th>How it looks in the text</th><th class="n">Mentions</th><th class="n">Entities</th></tr></thead><tbody>');
    for (const t of TYPE_ORDER) {
      const s = TYPE_STYLE[t];
      out.push(
        `<tr><td>${esc(s.long)}</td><td><span class="m ${t}" style="cursor:default">Example<span class="tl">${s.label}</span></span></td><td class="n">${num(mentionsByType[t])}</td><td class="n">${num(entitiesByType[t])}</td></tr>`,
      );
    }
    out.push('</tbody></table></section>');

    // top entities per type
    out.push('<section class="card" id="top"><h2>Top entities by mentions</h2><div class="grid2">');
    for (const t of TYPE_ORDER) {
      const top = inputs.entities.filter((e) => e.type === t).slice(0, o.topEntities);
      if (!top.length) continue;
      out.push(`<div><h3><span class="key ${t}">${TYPE_STYLE[t].label}</span> ${esc(TYPE_STYLE[t].long)}</h3>`);
      out.push(barChart(top.map((e) => ({ label: e.name, value: e.mentions, href: `#${entityAnchor(e.id)}` })), t, `Top ${TYPE_STYLE[t].long} entities by mentions`));
      out.push('</div>');
    }
    if (!inputs.entities.length) out.push('<p class="muted">No entity was found.</p>');
    out.push('</div></section>');

    // mentions over publication dates
    out.push('<section class="card" id="time"><h2>Mentions over publication dates</h2>');
    const dated = docs.filter((d) => d.date && /^\d{4}-\d{2}-\d{2}/.test(d.date)).length;
    if (this.perDay.size) {
      const series = groupDates(this.perDay);
      const unit = series[0].key.length === 10 ? 'day' : series[0].key.length === 7 ? 'month' : 'year';
      out.push(`<p class="muted small">${num(dated)} of ${num(docs.length)} documents have a publication date. One column per ${unit} that has documents (days without documents are left out), stacked by type.</p>`);
      out.push(timelineChart(series));
      out.push(`<ul class="legend">${TYPE_ORDER.map((t) => `<li><span class="key ${t}">${TYPE_STYLE[t].label}</span> ${esc(TYPE_STYLE[t].long)}</li>`).join('')}</ul>`);
    } else out.push('<p class="muted">No document has a publication date.</p>');
    out.push('</section>');

    // co-occurrence network
    out.push('<section class="card" id="network"><h2>Who appears with whom</h2>');
    const strong = inputs.cooccurrences.filter((r) => r.sentences > 0);
    const edges: NetEdge[] = [];
    const nodes = new Map<string, NetNode>();
    for (const r of strong) {
      if (edges.length >= o.networkPairs) break;
      const add = [r.source, r.target].filter((id) => !nodes.has(id)).length;
      if (nodes.size + add > o.networkPairs) continue;
      nodes.set(r.source, { id: r.source, name: r.source_name, type: r.source_type, href: `#${entityAnchor(r.source)}` });
      nodes.set(r.target, { id: r.target, name: r.target_name, type: r.target_type, href: `#${entityAnchor(r.target)}` });
      edges.push({ a: r.source, b: r.target, weight: r.sentences });
    }
    if (edges.length) {
      out.push(`<p class="muted small">The ${num(edges.length)} entity pairs that most often share a sentence (of ${num(strong.length)} pairs that share at least one); thicker, darker lines mean more shared sentences. Every pair, with sentence and document counts, is in <code>cooccurrences.csv</code>.</p>`);
      out.push('<div class="network-wrap"><div>');
      out.push(networkChart([...nodes.values()], edges));
      out.push(`<ul class="legend">${TYPE_ORDER.map((t) => `<li><span class="key ${t}">${TYPE_STYLE[t].label}</span> ${esc(TYPE_STYLE[t].long)}</li>`).join('')}</ul>`);
      out.push('</div><table class="small"><thead><tr><th>Pair</th><th class="n">Sentences</th><th class="n">Documents</th></tr></thead><tbody>');
      for (const r of strong.slice(0, 12)) {
        out.push(
          `<tr><td><a href="#${entityAnchor(r.source)}">${esc(r.source_name)}</a> <span class="chip ${r.source_type}">${TYPE_STYLE[r.source_type].label}</span> &amp; <a href="#${entityAnchor(r.target)}">${esc(r.target_name)}</a> <span class="chip ${r.target_type}">${TYPE_STYLE[r.target_type].label}</span></td><td class="n">${num(r.sentences)}</td><td class="n">${num(r.documents)}</td></tr>`,
        );
      }
      out.push('</tbody></table></div>');
    } else out.push('<p class="muted">No two entities share a sentence.</p>');
    out.push('</section>');

    // entities table
    out.push('<section class="card" id="entities-section"><h2>Entities</h2>');
    out.push('<div class="filters" role="group" aria-label="Filter entities"><span>Show:</span>');
    for (const t of TYPE_ORDER) out.push(`<label><input type="checkbox" name="etype" value="${t}" checked> <span class="key ${t}">${TYPE_STYLE[t].label}</span> ${esc(TYPE_STYLE[t].long)}</label>`);
    out.push(`<label>Search <input type="search" id="entity-search" placeholder="name, alias or id"></label><span class="muted small" aria-live="polite">showing <span id="entity-count">${num(inputs.entities.length)} of ${num(inputs.entities.length)}</span></span></div>`);
    out.push('<div class="table-scroll"><table id="entities"><thead><tr>');
    out.push('<th data-kind="text"><button type="button">Entity</button></th><th data-kind="text"><button type="button">Type</button></th><th class="n" data-kind="num" aria-sort="descending"><button type="button">Mentions</button></th><th class="n" data-kind="num"><button type="button">Documents</button></th><th data-kind="text"><button type="button">Id</button></th><th>Written as</th>');
    out.push('</tr></thead><tbody>');
    inputs.entities.forEach((e, i) => {
      const ref = this.refs.get(e.id);
      const list = ref ? this.firstInPathOrder(ref.list) : [];
      const links = list
        .map(([n, count, first]) => {
          const d = this.docs[n];
          return `<li><a href="${esc(mentionHref(d, first))}">${esc(d.title ?? d.id)}</a> <span class="muted">(${count})</span></li>`;
        })
        .join('');
      const more = ref && ref.docs > list.length ? `<li class="muted">and ${num(ref.docs - list.length)} more documents</li>` : '';
      const search = [e.name, e.id, ...e.aliases_seen].join(' ').toLowerCase();
      out.push(
        `<tr id="${entityAnchor(e.id)}" data-type="${e.type}" data-i="${i}" data-search="${esc(search)}">` +
          `<td data-v="${esc(e.name.toLowerCase())}"><details><summary>${esc(e.name)}</summary><ul>${links}${more}</ul></details></td>` +
          `<td data-v="${e.type}"><span class="chip ${e.type}">${TYPE_STYLE[e.type].label}</span></td>` +
          `<td class="n" data-v="${e.mentions}">${num(e.mentions)}</td><td class="n" data-v="${e.documents}">${num(e.documents)}</td>` +
          `<td data-v="${esc(e.id)}"><span class="id">${esc(e.id)}</span></td><td class="small">${esc(e.aliases_seen.join(' · '))}</td></tr>`,
      );
    });
    out.push('</tbody></table></div><p class="muted small">Click a column to sort; open an entity to jump to its mentions in each document (all its mentions in that document are outlined).</p></section>');

    // documents
    out.push(`<section id="documents"><section class="card"><h2>Documents</h2>`);
    out.push('<div class="table-scroll" style="max-height:360px"><table><thead><tr><th>Title</th><th>Date</th><th>Outlet</th><th class="n">Mentions</th><th>By type</th></tr></thead><tbody>');
    for (const d of docs) {
      const chips = TYPE_ORDER.filter((t) => d.byType[t]).map((t) => `<span class="chip ${t}">${TYPE_STYLE[t].label} ${d.byType[t]}</span>`).join(' ');
      out.push(
        `<tr${d.failed ? ' class="failed"' : ''}><td><a href="${esc(docHref(d))}">${esc(d.title ?? d.id)}</a>${d.failed ? ' <b>(failed)</b>' : ''}<br><code>${esc(d.path)}</code></td><td>${esc(d.date ?? '')}</td><td>${esc(d.outlet ?? '')}</td><td class="n">${num(d.mentions)}</td><td>${chips}</td></tr>`,
      );
    }
    out.push('</tbody></table></div></section>\n');
    if (paged) out.push('</section>\n');
    return out.join('\n');
  }
}

function pageStart(title: string, header: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    // no request may leave the file: forbid every fetch except inline style/script and data: images
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">\n` +
    `<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<header class="top">${header}</header>\n<main>\n`
  );
}

function pageEnd(): string {
  return `</main>\n<div id="tip" role="tooltip" hidden></div>\n<script>${JS}</script>\n</body>\n</html>\n`;
}
