import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { publishWith, type Publication } from '../publication.js';
import { once } from 'node:events';
import { join } from 'node:path';
import type { ProcessedDocument } from '../../pipeline.js';
import type { EntityType } from '../../model/entity.js';
import { arrayListing, type EntityListing, type EntityRow } from '../rows.js';
import type { CooccurrenceRow } from '../cooccurrence.js';
import { CSS, JS } from './assets.js';
import { destroyStream } from '../table-writer.js';
import { barChart, groupDates, networkChart, timelineChart, type NetEdge, type NetNode } from './charts.js';
import { fromProcessed, mentionAnchor, renderDocument, summarize, type DocumentSummary, type ReportDocument } from './document.js';
import { TYPE_ORDER, TYPE_STYLE, documentAnchor, esc, num, shortHash } from './html.js';
import { byCodeUnit } from '../../util/order.js';

/**
 * Documents shown with their text by default (`--report-documents`). 5,000
 * short news articles are about 100 MB of pages (about 20 KB of HTML each)
 * written in a few seconds, and their summaries a few MB of memory: every
 * corpus of up to ~10 MB is shown whole, and past that nobody reads page by
 * page, while the overview still counts every document.
 */
export const DEFAULT_MAX_DOCUMENTS = 5000;

/**
 * Entities listed in the report's entities table by default. Each row is
 * ~0.7 kB of HTML: a name-changing 1.1 GB corpus (656,000 entities) made a
 * 451 MB report.html, which no browser opens usefully, while 10,000 rows are
 * ~7 MB. entities.csv and entities.json always have every entity.
 */
export const DEFAULT_MAX_ENTITIES = 10_000;

export interface ReportOptions {
  /**
   * Documents shown with their text: the first this many in path order (then
   * id). Every document still counts in the overview (numbers, charts, the
   * entities table's counts). 0: no document is shown, only the overview.
   */
  readonly maxDocuments?: number;
  /** above this many shown documents, they go to pages under `report/`, `pageSize` to a page (the overview stays one page) */
  readonly pageThreshold?: number;
  /** shown documents per page under `report/` (in path order) */
  readonly pageSize?: number;
  /**
   * Entities listed in the entities table: all of them up to this many; past
   * that, the this-many most mentioned, plus every entity the charts link to
   * (see `listedEntities`). The overview's numbers count every entity.
   */
  readonly maxEntities?: number;
  /** bars per type in the top-entities charts */
  readonly topEntities?: number;
  /** most co-occurrence pairs drawn in the network chart */
  readonly networkPairs?: number;
  /** documents listed under each entity in the entities table (its counts stay exact) */
  readonly mentionLinks?: number;
  /** page heading */
  readonly title?: string;
  /**
   * The temporary fragments file is rewritten without the fragments of
   * evicted documents once these exceed both this many bytes and the kept
   * ones (only when documents arrive out of path order).
   */
  readonly compactBytes?: number;
}

export interface ReportInputs {
  /** `EntityTable.toRows()`, or its `listing()` (what a table that spilled to disk gives) */
  readonly entities: readonly EntityRow[] | EntityListing;
  /**
   * `CooccurrenceTable.toRows()`, or just its rows with `sentences > 0`, strongest first (the network
   * draws only those, and only the first few): read once, as far as needed, so it can be a generator
   * (`CooccurrenceTable.sentenceRows()`: a large corpus has millions of pairs, never made into row
   * objects all at once)
   */
  readonly cooccurrences: Iterable<CooccurrenceRow>;
  /** how many pairs share a sentence; when absent, counted from `cooccurrences` (which are then all read at once) */
  readonly sentencePairs?: number;
}

const DEFAULTS: Required<ReportOptions> = {
  maxDocuments: DEFAULT_MAX_DOCUMENTS,
  maxEntities: DEFAULT_MAX_ENTITIES,
  pageThreshold: 300,
  pageSize: 50,
  topEntities: 10,
  networkPairs: 30,
  mentionLinks: 100,
  title: 'News entities report',
  compactBytes: 64 * 2 ** 20,
};

interface StoredDocument extends DocumentSummary {
  /** byte range of its fragment in the fragments file (moved by a compaction) */
  offset: number;
  readonly length: number;
  /** pushed out of the shown documents by one earlier in path order */
  evicted: boolean;
}

/** A shown document an entity appears in: [document, mentions, first mention index]. */
type EntityRef = [doc: StoredDocument, count: number, first: number];

/** The page under `report/` of the shown document at `index` (path order): `documents-1.html` holds the first `pageSize`. */
const pageFile = (index: number, pageSize: number) => `documents-${Math.floor(index / pageSize) + 1}.html`;

/** A file written piece by piece: `put` waits when the stream asks for it (backpressure); `end` resolves once it is all written. */
function streamedFile(path: string) {
  const stream = createWriteStream(path);
  const done = once(stream, 'finish');
  done.catch(() => undefined); // awaited by `end`; a failure is reported there
  return {
    stream,
    put: async (s: string | Buffer) => {
      if (!stream.write(s)) await once(stream, 'drain');
    },
    end: async (last: string) => {
      stream.end(last);
      await done;
    },
  };
}

/** The most bytes of fragments read back at once (`fragmentRuns`); a larger fragment is read alone. */
export const FRAGMENT_RUN_BYTES = 2 ** 20;

/**
 * The fragments of `docs[first, last)`, in that order: each run of fragments
 * that lie next to each other in the file (the usual case: documents arrive
 * in path order) read with one call, up to FRAGMENT_RUN_BYTES, so at most
 * that much (or one larger fragment) is in memory. One read per document, as
 * before, awaited 5,000 round trips to the file system in the run's serial
 * end, where the main thread has nothing else to do.
 */
export async function* fragmentRuns(
  fh: FileHandle,
  docs: readonly { readonly offset: number; readonly length: number }[],
  first: number,
  last: number,
  maxBytes = FRAGMENT_RUN_BYTES,
): AsyncGenerator<Buffer> {
  for (let k = first; k < last; ) {
    const start = docs[k].offset;
    let end = start + docs[k].length;
    let j = k + 1;
    while (j < last && docs[j].offset === end && end + docs[j].length - start <= maxBytes) end += docs[j++].length;
    const buf = Buffer.alloc(end - start);
    for (let got = 0; got < buf.length; ) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, start + got);
      if (bytesRead === 0) throw new Error(`internal error: the report's fragments file ends before byte ${start + buf.length}`);
      got += bytesRead;
    }
    yield buf;
    k = j;
  }
}

type PathKey = { readonly path: string; readonly id: string };
const byPath = (a: PathKey, b: PathKey) => byCodeUnit(a.path, b.path) || byCodeUnit(a.id, b.id);

/** Where `key` goes in `sorted` (by path, then id) to keep it sorted: after every entry less than it (binary search). */
function insertionPoint(sorted: readonly PathKey[], key: PathKey): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byPath(sorted[mid], key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first `max` items in path order (then id) of those inserted so far, in
 * that order: what the report shows (`ReportBuilder`) and what the runner
 * lets cross whole (`ShownSelection`). A sorted array (binary search, splice)
 * rather than a heap: inserts are rare (in-order arrival only appends) and
 * the report needs them in this order anyway.
 */
class FirstInPathOrder<T extends PathKey> {
  readonly items: T[] = [];
  constructor(readonly max: number) {}

  /** whether `key` would be among them now */
  admits(key: PathKey): boolean {
    const last = this.items.at(-1);
    return this.items.length < this.max || (last !== undefined && byPath(key, last) < 0);
  }

  /** Inserts `item` (one `admits` said yes to); returns the item it pushed out past `max`, if any. */
  insert(item: T): T | undefined {
    this.items.splice(insertionPoint(this.items, item), 0, item);
    return this.items.length > this.max ? this.items.pop() : undefined;
  }
}

/**
 * Which documents the report may show, asked as they are dispatched, in
 * input order, before any is processed: `offer` says yes to a document that
 * is among the first `max` in path order (then id) of those offered so far.
 * The report shows the first `max` of all (`ReportBuilder`), and each of
 * those is among the first `max` of the documents offered up to it, so every
 * document the report shows got a yes. In a batch documents are dispatched
 * in path order, so past the first `max` nearly every answer is no: the
 * runner then has the worker leave out the text and the mentions' details
 * (`formatResult`, `WithheldResult` in pipeline.ts), which the report would
 * never read. Keeps `max` keys, as `ReportBuilder` keeps its shown documents.
 */
export class ShownSelection {
  private readonly first: FirstInPathOrder<PathKey>;
  constructor(readonly max: number) {
    this.first = new FirstInPathOrder(max);
  }

  offer(path: string, id: string): boolean {
    const key = { path, id };
    if (!this.first.admits(key)) return false;
    this.first.insert(key);
    return true;
  }
}

/**
 * Builds `report.html`: one self-contained page (inline CSS, JS and SVG; no
 * request leaves the file) with the corpus overview, charts, the entities
 * table and the documents with their mentions highlighted.
 *
 * Memory does not grow with the corpus: only the first `maxDocuments`
 * documents in path order (then id) are shown with their text. Each of them
 * is rendered when it arrives and appended to a temporary file, and keeps a
 * small summary; every other document only adds to counters (documents,
 * sentences, mentions per type and per day, documents per entity). In the
 * batch documents arrive in path order, so once `maxDocuments` are kept a new
 * one is just counted; one that arrives late with a smaller path pushes out
 * the last kept one. `write` then streams the fragments back, in path order,
 * into `report.html` (up to `pageThreshold` documents) or into pages of
 * `pageSize` documents under `report/` (`documents-1.html` ...), written
 * after the last document, when the order and the counts are known.
 *
 * Pages of many documents rather than one file per document: creating the
 * files is what costs, not writing the bytes. On this machine's ext4, a new
 * file takes ~0.05 ms of system time, but 0.4-0.9 ms for a minute or more
 * after many files were deleted (as a rerun deletes the previous report's
 * pages: `perf` shows ext4's `recently_deleted` reading inode tables). With
 * one file per document (5,000 at the default cap, created empty during the
 * run and filled at the end), 20 MB bench corpus, alternating runs: 2
 * workers wall 21.5-22.8 s, CPU 39.5-41.5 s (system 4.5-6.1 s); pages of 50
 * (100 files): 19.0-20.4 s, 34.5-37.3 s (system 2.2-2.6 s). 1 worker:
 * 24.1-24.3 -> 22.3-22.5 s. `report/` also went from 88 to 26 MB, as every
 * page carries the report's CSS and script.
 *
 * Like the tables, everything is written to temporary names and renamed into
 * place at the end; `abort()` removes them. The output depends only on the
 * set of documents, not on the order they were added in.
 */
export class ReportBuilder {
  private readonly opts: Required<ReportOptions>;
  /** the shown documents, the first `maxDocuments` in path order then id */
  private readonly shown: FirstInPathOrder<StoredDocument>;
  /** the anchors of the documents shown (two inputs may share an id: two JSONL lines, `a.txt` and `a.html`) */
  private readonly keptAnchors = new Set<string>();
  private readonly totals = { documents: 0, failed: 0, skipped: 0, sentences: 0, mentions: 0, dated: 0, byType: { person: 0, place: 0, organization: 0, norp: 0 } as Record<EntityType, number> };
  private readonly perDay = new Map<string, Record<EntityType, number>>();
  /** per entity that appears in a shown document: references to the first shown ones */
  private readonly refs = new Map<string, { list: EntityRef[] }>();
  private fragments: WriteStream | undefined;
  private fragmentsDone: Promise<unknown> | undefined;
  /** the current fragments file (a compaction writes the other name) */
  private fragmentsName = 'report.fragments.tmp';
  private bytes = 0;
  /** bytes of evicted documents' fragments still in the file */
  private deadBytes = 0;
  constructor(
    readonly outputDir: string,
    options: ReportOptions = {},
  ) {
    this.opts = { ...DEFAULTS, ...options };
    if (!Number.isInteger(this.opts.maxDocuments) || this.opts.maxDocuments < 0) throw new Error(`ReportBuilder: maxDocuments must be an integer >= 0, got ${this.opts.maxDocuments}`);
    if (!Number.isInteger(this.opts.maxEntities) || this.opts.maxEntities < 0) throw new Error(`ReportBuilder: maxEntities must be an integer >= 0, got ${this.opts.maxEntities}`);
    if (!Number.isInteger(this.opts.pageSize) || this.opts.pageSize < 1) throw new Error(`ReportBuilder: pageSize must be an integer >= 1, got ${this.opts.pageSize}`);
    this.shown = new FirstInPathOrder(this.opts.maxDocuments);
  }

  /** the shown documents, in path order */
  private get kept(): readonly StoredDocument[] {
    return this.shown.items;
  }

  private get fragmentsPath() {
    return join(this.outputDir, this.fragmentsName);
  }

  private get pagesTmp() {
    return join(this.outputDir, 'report.tmp');
  }

  /**
   * A document's anchor: from its id, and for a second shown document with the same id (a corpus that
   * holds an article twice) from the id and a number, `a` then `a\u00002`, ...: documents arrive in
   * input order, so the numbers are the same in every run.
   */
  private freeAnchor(id: string): string {
    let anchor = documentAnchor(id);
    for (let k = 2; this.keptAnchors.has(anchor); k++) anchor = documentAnchor(`${id}\u0000${k}`);
    return anchor;
  }

  /** Counts one document; renders it now if it is among the first `maxDocuments` in path order. Call once per document, in any order. */
  async addDocument(input: ProcessedDocument | ReportDocument): Promise<void> {
    const p: ReportDocument = 'doc' in input ? fromProcessed(input) : input;
    const keep = this.shown.admits(p);

    let stored: StoredDocument | undefined;
    let summary: DocumentSummary;
    let html: Buffer | undefined;
    if (keep) {
      // the runner asks a `ShownSelection` which documents' results keep what rendering needs; every
      // document kept here is one it said yes to, so this is a bug, not bad input
      if (p.withheld) throw new Error(`internal error: the report shows ${JSON.stringify(p.path)} (${JSON.stringify(p.id)}), whose text and mention details were withheld`);
      const anchor = this.freeAnchor(p.id);
      const r = renderDocument(p, anchor);
      summary = r.summary;
      html = Buffer.from(r.html, 'utf8');
      stored = { ...summary, offset: 0, length: html.length, evicted: false };
    } else summary = summarize(p, '');

    const t = this.totals;
    t.documents++;
    if (summary.failed) t.failed++;
    else if (summary.skipped) t.skipped++;
    t.sentences += summary.sentences;
    t.mentions += summary.mentions;
    for (const k of TYPE_ORDER) t.byType[k] += summary.byType[k];
    const dated = summary.date !== null && /^\d{4}-\d{2}-\d{2}/.test(summary.date);
    if (dated) t.dated++;

    // (a dated document is one that was read: its date comes from its text or its JSONL record, and a
    // document that failed before its metadata was read has none; a withheld text counts the same)
    if (dated) {
      const day = summary.date!.slice(0, 10);
      let c = this.perDay.get(day);
      if (!c) this.perDay.set(day, (c = { person: 0, place: 0, organization: 0, norp: 0 }));
      for (const k of TYPE_ORDER) c[k] += summary.byType[k];
    }
    // only entities of shown documents get an entry: on a large corpus most appear in none of them,
    // and the number of documents an entity is in is the entity table's (`EntityRow.documents`)
    if (stored && p.text !== null) {
      const inDoc = new Map<string, [count: number, first: number]>();
      p.mentions.forEach((m, i) => {
        const r = inDoc.get(m.entity_id);
        if (r) r[0]++;
        else inDoc.set(m.entity_id, [1, i]);
      });
      for (const [id, [count, first]] of inDoc) {
        let e = this.refs.get(id);
        if (!e) this.refs.set(id, (e = { list: [] }));
        e.list.push([stored, count, first]);
        // keep the `mentionLinks` shown documents first in path order, whatever the arrival order
        if (e.list.length >= 2 * this.opts.mentionLinks) e.list = this.firstInPathOrder(e.list);
      }
    }
    if (!stored || !html) return;

    // insert in path order; past the cap, the last one goes (its fragment stays in the file, dead)
    const out = this.shown.insert(stored);
    this.keptAnchors.add(stored.anchor);
    if (out) {
      out.evicted = true;
      this.keptAnchors.delete(out.anchor);
      this.deadBytes += out.length;
    }

    if (!this.fragments) {
      await mkdir(this.outputDir, { recursive: true });
      this.openFragments();
    }

    stored.offset = this.bytes;
    this.bytes += html.length;
    if (!this.fragments!.write(html)) await once(this.fragments!, 'drain');
    if (this.deadBytes > this.opts.compactBytes && this.deadBytes > this.bytes - this.deadBytes) await this.compact();
  }

  private openFragments(): void {
    this.fragments = createWriteStream(this.fragmentsPath);
    this.fragmentsDone = once(this.fragments, 'finish');
    this.fragmentsDone.catch(() => undefined);
  }

  private async closeFragments(): Promise<void> {
    if (!this.fragments) return;
    this.fragments.end();
    await this.fragmentsDone;
  }

  /**
   * Rewrites the fragments file with only the kept documents' fragments, so
   * the temporary file stays within about twice their size even when
   * documents arrive in reverse path order.
   */
  private async compact(): Promise<void> {
    await this.closeFragments();
    const oldPath = this.fragmentsPath;
    this.fragmentsName = this.fragmentsName === 'report.fragments.tmp' ? 'report.fragments.1.tmp' : 'report.fragments.tmp';
    this.openFragments();
    const fh = await open(oldPath, 'r');
    try {
      let at = 0;
      for (const d of this.kept) {
        const buf = Buffer.alloc(d.length);
        await fh.read(buf, 0, d.length, d.offset);
        d.offset = at;
        at += d.length;
        if (!this.fragments!.write(buf)) await once(this.fragments!, 'drain');
      }
      this.bytes = at;
      this.deadBytes = 0;
    } finally {
      await fh.close();
    }
    await rm(oldPath, { force: true });
  }

  /**
   * Writes `report.html` (and `report/` for large corpora) and removes the temporary files; they are moved into
   * place at once, or with the run's other outputs (`publication`).
   */
  async write(inputs: ReportInputs, publication?: Publication): Promise<void> {
    await mkdir(this.outputDir, { recursive: true });
    await this.closeFragments();
    const docs = this.kept;
    const paged = docs.length > this.opts.pageThreshold;
    const size = this.opts.pageSize;
    const index = new Map(docs.map((d, k) => [d, k]));
    const pageOf = (d: StoredDocument) => `report/${pageFile(index.get(d)!, size)}`;
    const docHref = (d: StoredDocument) => (paged ? `${pageOf(d)}#${d.anchor}` : `#${d.anchor}`);
    const mentionHref = (d: StoredDocument, i: number) => (paged ? `${pageOf(d)}#${mentionAnchor(d.anchor, i)}` : `#${mentionAnchor(d.anchor, i)}`);

    const htmlPath = join(this.outputDir, 'report.html');
    const pagesDir = join(this.outputDir, 'report');
    const pagesTmp = join(this.outputDir, 'report.tmp');
    const out = streamedFile(`${htmlPath}.tmp`);
    const fh = this.fragments ? await open(this.fragmentsPath, 'r') : undefined;
    const fragments = (first: number, last: number) => fragmentRuns(fh!, docs, first, last);
    try {
      await out.put(pageStart(this.opts.title, this.overviewHeader(paged)));
      await this.overview(inputs, docHref, mentionHref, paged, out.put);
      if (!paged) {
        for await (const run of fragments(0, docs.length)) await out.put(run);
        await out.put('</section>\n');
      }
      await out.end(pageEnd());

      await rm(pagesTmp, { recursive: true, force: true });
      if (paged) {
        await mkdir(pagesTmp);
        for (let first = 0; first < docs.length; first += size) await this.writePage(pagesTmp, first, fragments);
      }
      await publishWith(publication, (p) => {
        p.remove(pagesDir);
        if (paged) p.rename(pagesTmp, pagesDir);
        p.rename(`${htmlPath}.tmp`, htmlPath);
      });
    } catch (e) {
      await destroyStream(out.stream);
      await rm(`${htmlPath}.tmp`, { force: true });
      await rm(pagesTmp, { recursive: true, force: true });
      throw e;
    } finally {
      await fh?.close();
      await rm(this.fragmentsPath, { force: true });
    }
  }

  /** Writes the page of the shown documents from `first` (at most `pageSize`) into `dir`. */
  private async writePage(dir: string, first: number, fragments: (first: number, last: number) => AsyncIterable<Buffer>): Promise<void> {
    const docs = this.kept;
    const last = Math.min(docs.length, first + this.opts.pageSize);
    const pager = this.pager(first, last, docs.length);
    const range = `${num(first + 1)}–${num(last)}`;
    const page = streamedFile(join(dir, pageFile(first, this.opts.pageSize)));
    await page.put(
      pageStart(
        `Documents ${range} · ${this.opts.title}`,
        `<h1>${esc(this.opts.title)}</h1><p>Documents ${range} of ${num(docs.length)}${this.capped ? ` shown (${num(this.totals.documents)} in the corpus)` : ''}, in path order · <a href="../report.html">overview</a></p>`,
      ) +
        pager +
        `<nav class="onpage" aria-label="Documents on this page"><ol start="${first + 1}">${docs
          .slice(first, last)
          .map((d) => `<li><a href="#${esc(d.anchor)}">${esc(d.title ?? d.id)}</a></li>`)
          .join('')}</ol></nav>`,
    );
    for await (const run of fragments(first, last)) await page.put(run);
    await page.end(pager + pageEnd());
  }

  /** Links to the previous and next pages of documents and to the overview, for the page of documents [first, last). */
  private pager(first: number, last: number, total: number): string {
    const size = this.opts.pageSize;
    const link = (from: number, rel: string, label: (range: string) => string) =>
      `<a href="${pageFile(from, size)}" rel="${rel}">${label(`${num(from + 1)}–${num(Math.min(total, from + size))}`)}</a>`;
    return (
      `<nav class="pager" aria-label="Pages of documents"><span>${first > 0 ? link(first - size, 'prev', (r) => `← documents ${r}`) : ''}</span>` +
      `<a href="../report.html#documents">Overview</a><span>${last < total ? link(last, 'next', (r) => `documents ${r} →`) : ''}</span></nav>`
    );
  }

  /** Abandons the temporary files (on a failed run). */
  async abort(): Promise<void> {
    if (this.fragments) await destroyStream(this.fragments);
    for (const f of ['report.fragments.tmp', 'report.fragments.1.tmp', 'report.html.tmp']) await rm(join(this.outputDir, f), { force: true });
    await rm(join(this.outputDir, 'report.tmp'), { recursive: true, force: true });
  }

  /** true when some documents are not shown with their text */
  private get capped(): boolean {
    return this.totals.documents > this.kept.length;
  }

  /** The refs to documents still shown, the first `mentionLinks` in path order. */
  private firstInPathOrder(list: readonly EntityRef[]): EntityRef[] {
    return list
      .filter((r) => !r[0].evicted)
      .sort((a, b) => byPath(a[0], b[0]))
      .slice(0, this.opts.mentionLinks);
  }

  /** What the header says about the documents shown. */
  private shownNote(): string {
    const n = this.totals.documents;
    if (!this.capped) return `${num(n)} document${n === 1 ? '' : 's'}`;
    if (this.kept.length === 0) return `${num(n)} document${n === 1 ? '' : 's'}; none is shown with its text (--report-documents to change)`;
    return `${num(n)} documents; the first ${num(this.kept.length)} in path order are shown with their text (--report-documents to change)`;
  }

  private overviewHeader(paged: boolean): string {
    return (
      `<h1>${esc(this.opts.title)}</h1>` +
      `<p>${this.shownNote()}${paged ? ` · documents on pages of ${num(this.opts.pageSize)} under report/ (large corpus)` : ''} · entities highlighted by type; hover or focus a mention for its details</p>` +
      '<nav class="toc" aria-label="Sections"><a href="#overview">Overview</a><a href="#top">Top entities</a><a href="#time">Over time</a><a href="#network">Who appears with whom</a><a href="#entities-section">Entities</a><a href="#documents">Documents</a></nav>'
    );
  }

  /**
   * The overview part of report.html, handed to `put` in pieces: the entities
   * table has a row per entity (tens of MB of HTML for a large corpus), so it
   * is never built as one string.
   */
  private async overview(
    inputs: ReportInputs,
    docHref: (d: StoredDocument) => string,
    mentionHref: (d: StoredDocument, i: number) => string,
    paged: boolean,
    put: (s: string) => Promise<void>,
  ): Promise<void> {
    const o = this.opts;
    const docs = this.kept;
    // every document counts here, shown or not
    const { documents, failed, skipped, sentences, mentions, dated, byType: mentionsByType } = this.totals;
    const entities = isListing(inputs.entities) ? inputs.entities : arrayListing(inputs.entities);
    const entitiesByType = entities.byType;
    const entityAnchor = (id: string) => `ent-${shortHash(id, 10)}`;
    /** the entities the charts link to (the entities table lists them all, whatever its cap) */
    const linked = new Set<string>();
    const linkTo = (id: string) => {
      linked.add(id);
      return `#${entityAnchor(id)}`;
    };
    // the pieces are joined with '\n' (a flushed chunk ends with one, since more always follows);
    // a hundred at a time keeps each chunk (an entity row is ~0.5 kB) an ordinary heap string rather than
    // a large object, as TableWriter's batches (ROWS_PER_BATCH in table-writer.ts)
    const out: string[] = [];
    const flush = async () => {
      if (out.length < 100) return;
      await put(out.join('\n') + '\n');
      out.length = 0;
    };

    // overview numbers and legend
    out.push('<section class="card" id="overview"><h2>Overview</h2><ul class="stats">');
    const apart = [failed ? `${num(failed)} failed` : '', skipped ? `${num(skipped)} not processed` : ''].filter(Boolean).join(', ');
    out.push(`<li><b>${num(documents)}</b><span>documents${apart ? ` (${apart})` : ''}</span></li>`);
    out.push(`<li><b>${num(sentences)}</b><span>sentences</span></li>`);
    out.push(`<li><b>${num(mentions)}</b><span>mentions</span></li>`);
    out.push(`<li><b>${num(entities.total)}</b><span>distinct entities</span></li>`);
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
      const top = entities.top(t, o.topEntities);
      if (!top.length) continue;
      out.push(`<div><h3><span class="key ${t}">${TYPE_STYLE[t].label}</span> ${esc(TYPE_STYLE[t].long)}</h3>`);
      out.push(barChart(top.map((e) => ({ label: e.name, value: e.mentions, href: linkTo(e.id) })), t, `Top ${TYPE_STYLE[t].long} entities by mentions`));
      out.push('</div>');
    }
    if (!entities.total) out.push('<p class="muted">No entity was found.</p>');
    out.push('</div></section>');

    // mentions over publication dates
    out.push('<section class="card" id="time"><h2>Mentions over publication dates</h2>');
    if (this.perDay.size) {
      const series = groupDates(this.perDay);
      const unit = series[0].key.length === 10 ? 'day' : series[0].key.length === 7 ? 'month' : 'year';
      out.push(`<p class="muted small">${num(dated)} of ${num(documents)} documents have a publication date. One column per ${unit} that has documents (days without documents are left out), stacked by type.</p>`);
      out.push(timelineChart(series));
      out.push(`<ul class="legend">${TYPE_ORDER.map((t) => `<li><span class="key ${t}">${TYPE_STYLE[t].label}</span> ${esc(TYPE_STYLE[t].long)}</li>`).join('')}</ul>`);
    } else out.push('<p class="muted">No document has a publication date.</p>');
    out.push('</section>');

    // co-occurrence network
    out.push('<section class="card" id="network"><h2>Who appears with whom</h2>');
    let pairs = inputs.cooccurrences;
    let strongCount = inputs.sentencePairs;
    if (strongCount === undefined) {
      // no count given: read them all (an array, as tests pass, or a generator read once here)
      const all = [...pairs];
      strongCount = all.filter((r) => r.sentences > 0).length;
      pairs = all;
    }
    /** the strongest pairs, for the table beside the chart */
    const top: CooccurrenceRow[] = [];
    const edges: NetEdge[] = [];
    const nodes = new Map<string, NetNode>();
    for (const r of pairs) {
      if (r.sentences === 0) continue;
      if (top.length < 12) top.push(r);
      if (edges.length >= o.networkPairs) {
        if (top.length >= 12) break;
        continue;
      }
      const add = [r.source, r.target].filter((id) => !nodes.has(id)).length;
      if (nodes.size + add > o.networkPairs) continue;
      nodes.set(r.source, { id: r.source, name: r.source_name, type: r.source_type, href: linkTo(r.source) });
      nodes.set(r.target, { id: r.target, name: r.target_name, type: r.target_type, href: linkTo(r.target) });
      edges.push({ a: r.source, b: r.target, weight: r.sentences });
    }
    if (edges.length) {
      out.push(`<p class="muted small">The ${num(edges.length)} entity pairs that most often share a sentence (of ${num(strongCount)} pairs that share at least one); thicker, darker lines mean more shared sentences. Every pair, with sentence and document counts, is in <code>cooccurrences.csv</code>.</p>`);
      out.push('<div class="network-wrap"><div>');
      out.push(networkChart([...nodes.values()], edges));
      out.push(`<ul class="legend">${TYPE_ORDER.map((t) => `<li><span class="key ${t}">${TYPE_STYLE[t].label}</span> ${esc(TYPE_STYLE[t].long)}</li>`).join('')}</ul>`);
      out.push('</div><table class="small"><thead><tr><th>Pair</th><th class="n">Sentences</th><th class="n">Documents</th></tr></thead><tbody>');
      for (const r of top) {
        out.push(
          `<tr><td><a href="${linkTo(r.source)}">${esc(r.source_name)}</a> <span class="chip ${r.source_type}">${TYPE_STYLE[r.source_type].label}</span> &amp; <a href="${linkTo(r.target)}">${esc(r.target_name)}</a> <span class="chip ${r.target_type}">${TYPE_STYLE[r.target_type].label}</span></td><td class="n">${num(r.sentences)}</td><td class="n">${num(r.documents)}</td></tr>`,
        );
      }
      out.push('</tbody></table></div>');
    } else out.push('<p class="muted">No two entities share a sentence.</p>');
    out.push('</section>');

    // entities table
    out.push('<section class="card" id="entities-section"><h2>Entities</h2>');
    const rows = entities.listed(o.maxEntities, linked);
    if (rows.length < entities.total) out.push(`<p class="muted small">${listedNote(rows.length, entities.total, o.maxEntities)}</p>`);
    out.push('<div class="filters" role="group" aria-label="Filter entities"><span>Show:</span>');
    for (const t of TYPE_ORDER) out.push(`<label><input type="checkbox" name="etype" value="${t}" checked> <span class="key ${t}">${TYPE_STYLE[t].label}</span> ${esc(TYPE_STYLE[t].long)}</label>`);
    out.push(`<label>Search <input type="search" id="entity-search" placeholder="name, alias or id"></label><span class="muted small" aria-live="polite">showing <span id="entity-count">${num(rows.length)} of ${num(rows.length)}</span></span></div>`);
    out.push('<div class="table-scroll"><table id="entities"><thead><tr>');
    out.push('<th data-kind="text"><button type="button">Entity</button></th><th data-kind="text"><button type="button">Type</button></th><th class="n" data-kind="num" aria-sort="descending"><button type="button">Mentions</button></th><th class="n" data-kind="num"><button type="button">Documents</button></th><th data-kind="text"><button type="button">Id</button></th><th>Written as</th>');
    out.push('</tr></thead><tbody>');
    for (let i = 0; i < rows.length; i++) {
      const e = rows[i];
      const ref = this.refs.get(e.id);
      const list = ref ? this.firstInPathOrder(ref.list) : [];
      const links = list
        .map(([d, count, first]) => {
          return `<li><a href="${esc(mentionHref(d, first))}">${esc(d.title ?? d.id)}</a> <span class="muted">(${count})</span></li>`;
        })
        .join('');
      const more = e.documents > list.length ? `<li class="muted">and ${num(e.documents - list.length)} more documents</li>` : '';
      const search = [e.name, e.id, ...e.aliases_seen].join(' ').toLowerCase();
      out.push(
        `<tr id="${entityAnchor(e.id)}" data-type="${e.type}" data-i="${i}" data-search="${esc(search)}">` +
          `<td data-v="${esc(e.name.toLowerCase())}"><details><summary>${esc(e.name)}</summary><ul>${links}${more}</ul></details></td>` +
          `<td data-v="${e.type}"><span class="chip ${e.type}">${TYPE_STYLE[e.type].label}</span></td>` +
          `<td class="n" data-v="${e.mentions}">${num(e.mentions)}</td><td class="n" data-v="${e.documents}">${num(e.documents)}</td>` +
          `<td data-v="${esc(e.id)}"><span class="id">${esc(e.id)}</span></td><td class="small">${esc(e.aliases_seen.join(' · '))}</td></tr>`,
      );
      await flush();
    }
    out.push('</tbody></table></div><p class="muted small">Click a column to sort; open an entity to jump to its mentions in each document (all its mentions in that document are outlined).</p></section>');

    // documents
    out.push(`<section id="documents"><section class="card"><h2>Documents</h2>`);
    if (this.capped) {
      out.push(
        `<p class="muted small">${docs.length ? `The first ${num(docs.length)} of ${num(documents)} documents in path order are listed here and shown with their text` : `None of the ${num(documents)} documents is shown with its text`} ` +
          '(<code>--report-documents N</code> to change); the overview above counts all of them, and the tables (<code>documents.json</code>, <code>mentions.csv</code>) have every document.</p>',
      );
    }
    const listed = docs.length > 0 || !this.capped;
    if (listed) out.push('<div class="table-scroll" style="max-height:360px"><table><thead><tr><th>Title</th><th>Date</th><th>Outlet</th><th class="n">Mentions</th><th>By type</th></tr></thead><tbody>');
    for (const d of docs) {
      const chips = TYPE_ORDER.filter((t) => d.byType[t]).map((t) => `<span class="chip ${t}">${TYPE_STYLE[t].label} ${d.byType[t]}</span>`).join(' ');
      out.push(
        `<tr${d.failed ? ' class="failed"' : ''}><td><a href="${esc(docHref(d))}">${esc(d.title ?? d.id)}</a>${d.failed ? ' <b>(failed)</b>' : d.skipped ? ' <i>(not processed)</i>' : ''}<br><code>${esc(d.path)}</code></td><td>${esc(d.date ?? '')}</td><td>${esc(d.outlet ?? '')}</td><td class="n">${num(d.mentions)}</td><td>${chips}</td></tr>`,
      );
      await flush();
    }
    out.push(listed ? '</tbody></table></div></section>\n' : '</section>\n');
    if (paged) out.push('</section>\n');
    await put(out.join('\n'));
  }
}

/**
 * The entities the report's entities table lists, in the table's order: all
 * of them when there are at most `max`; otherwise the `max` most mentioned
 * (at the cut, ties go in the table's order: type, then id) and every entity
 * in `linked` (what the charts link to, so no link points nowhere).
 * `entities` is in `EntityTable.toRows()` order (type, mentions descending,
 * id); `EntityListing.listed` for a table that spilled to disk.
 */
export function listedEntities(entities: readonly EntityRow[], max: number, linked: ReadonlySet<string>): readonly EntityRow[] {
  return arrayListing(entities).listed(max, linked);
}

const isListing = (e: readonly EntityRow[] | EntityListing): e is EntityListing => !Array.isArray(e);

/** The line above a capped entities table. */
function listedNote(listed: number, total: number, max: number): string {
  const extra = listed - max;
  const which =
    max === 0
      ? `only the ${num(listed)} that the charts above link to`
      : `the ${num(max)} most mentioned${extra > 0 ? `, and ${num(extra)} more that the charts above link to` : ''}`;
  return `${num(listed)} of the ${num(total)} entities are listed here: ${which} (<code>--report-entities N</code> to change). <code>entities.csv</code> and <code>entities.json</code> have every one.`;
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
