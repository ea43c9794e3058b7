import type { ProcessedDocument } from '../../pipeline.js';
import type { EntityType } from '../../model/entity.js';
import { documentStatus } from '../../model/document.js';
import { TYPE_ORDER, TYPE_STYLE, esc, num } from './html.js';
import { problemsOf } from '../../diagnostics/diagnostic.js';
import { decodeHTML } from 'entities';
import { singleSpaced } from '../../text/chars.js';
import { detach } from '../../text/tokenize.js';

/**
 * What a reader sees of a slice of a web page's markup: no comments, scripts,
 * styles or tags, character references decoded, whitespace collapsed. For
 * display only (the spans stay the file's): a slice between two of the
 * clean stage's blocks never starts or ends inside a tag, since the blocks
 * hold the page's text (src/stages/clean/html.ts).
 */
export function visibleText(markup: string): string {
  const text = markup
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?[A-Za-z!?][^>]*>?/g, ' ');
  return singleSpaced(decodeHTML(text));
}

/**
 * What the report needs of one document, as plain data: built from a
 * `ProcessedDocument` (`fromProcessed`) or from the batch's per-document
 * result (see sink.ts). Offsets are original-text offsets.
 */
export type ReportDocument = ReportFields &
  (
    | {
        /** in text order */
        readonly mentions: readonly ReportMention[];
        readonly withheld?: undefined;
      }
    | {
        /**
         * The batch's result left the text and the mentions' details out
         * (the runner judged the report will not show the document: see
         * `ShownSelection`): it only counts, by type.
         */
        readonly withheld: true;
        readonly mentions: readonly Pick<ReportMention, 'type'>[];
        readonly text: null;
      }
  );

interface ReportFields {
  readonly id: string;
  readonly path: string;
  readonly failed: boolean;
  /** read and not processed on purpose (documents.json's status `skipped`: --english-only) */
  readonly skipped: boolean;
  /** the text is a web page's markup: shown as the page's text (`visibleText`) */
  readonly html: boolean;
  /** the decoded original text (null when unavailable: a failed read, or withheld) */
  readonly text: string | null;
  readonly metadata: { readonly title: string | null; readonly date: string | null; readonly outlet: string | null; readonly dateline?: string | null; readonly url?: string | null } | null;
  readonly sentences: number;
  readonly blocks: readonly { readonly start: number; readonly end: number; readonly zone: string }[];
  readonly dropped: readonly { readonly start: number; readonly end: number; readonly reason: string }[];
  readonly problems: readonly { readonly code: string; readonly severity: string; readonly stage: string; readonly message: string }[];
}

/** A mention as the report reads it: the mentions table's field names, so the batch passes its rows as they are. */
export interface ReportMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly entity_id: string;
  readonly name: string;
  readonly role: string | null;
  readonly source: string;
  readonly confidence: number;
}

export function fromProcessed(p: ProcessedDocument): ReportDocument {
  const d = p.doc;
  return {
    id: p.id,
    path: p.path,
    failed: p.failed,
    skipped: documentStatus(p) === 'skipped',
    html: d?.format === 'html',
    text: d?.text ?? null,
    metadata: d?.metadata ?? null,
    sentences: d?.sentences.length ?? 0,
    blocks: (d?.blocks ?? []).map((b) => ({ start: b.span.start, end: b.span.end, zone: b.zone })),
    dropped: (d?.dropped ?? []).map((b) => ({ start: b.span.start, end: b.span.end, reason: b.reason })),
    mentions: (d?.mentions ?? []).map((m) => ({ start: m.start, end: m.end, type: m.type, entity_id: m.entityId, name: m.name, role: m.role, source: m.source, confidence: m.confidence })),
    problems: problemsOf(p.diagnostics),
  };
}

/** What the overview keeps of one document: a few fields, no text. */
export interface DocumentSummary {
  readonly id: string;
  readonly path: string;
  readonly anchor: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly failed: boolean;
  readonly skipped: boolean;
  readonly sentences: number;
  readonly mentions: number;
  readonly byType: Record<EntityType, number>;
}

/** `s` detached (`detach`), or null */
const nullableDetached = (s: string | null | undefined): string | null => (s == null ? null : detach(s));

/** The overview's figures for one document (no rendering). */
export function summarize(d: ReportDocument, anchor: string): DocumentSummary {
  const byType: Record<EntityType, number> = { person: 0, place: 0, organization: 0, norp: 0 };
  for (const m of d.mentions) byType[m.type]++;
  return {
    id: d.id,
    path: d.path,
    anchor,
    // detached: the report keeps a shown document's summary all run (and an entity's references to it), and in a
    // run in one thread a title is a slice of the document's text, which a kept slice keeps whole (a heap snapshot
    // of the 100 MB bench corpus's main-thread run after 40,000 documents: a 25 kB story kept by its title)
    title: nullableDetached(d.metadata?.title),
    date: nullableDetached(d.metadata?.date),
    outlet: nullableDetached(d.metadata?.outlet),
    failed: d.failed,
    skipped: d.skipped,
    sentences: d.sentences,
    mentions: d.mentions.length,
    byType,
  };
}

interface Segment {
  readonly start: number;
  readonly end: number;
  readonly kind: 'kept' | 'dropped';
  readonly zone?: string;
  readonly reason?: string;
}

export const mentionAnchor = (docAnchor: string, i: number) => `${docAnchor}-m${i}`;

/**
 * One document as an HTML fragment (`<article>`): its metadata, then the
 * original text of every block in file order: kept blocks with each mention
 * highlighted, dropped boilerplate collapsed and greyed, so the cleaning can
 * be audited. Offsets are original-text offsets, so `text.slice(m.start,
 * m.end)` is exactly what is highlighted.
 */
export function renderDocument(d: ReportDocument & { readonly withheld?: undefined }, anchor: string): { html: string; summary: DocumentSummary } {
  const summary = summarize(d, anchor);
  const byType = summary.byType;

  const out: string[] = [];
  out.push(`<article class="doc${d.failed ? ' failed' : ''}" id="${esc(anchor)}" aria-labelledby="${esc(anchor)}-h">`);
  out.push(`<h2 id="${esc(anchor)}-h">${esc(summary.title ?? d.id)}</h2>`);
  const meta: string[] = [];
  if (summary.date) meta.push(`<span>Date <b>${esc(summary.date)}</b></span>`);
  if (summary.outlet) meta.push(`<span>Outlet <b>${esc(summary.outlet)}</b></span>`);
  if (d.metadata?.dateline) meta.push(`<span>Dateline <b>${esc(d.metadata.dateline)}</b></span>`);
  meta.push(`<span>File <code>${esc(d.path)}</code></span>`);
  // a URL is shown as text, not a link: the report never points outside itself
  if (d.metadata?.url) meta.push(`<span>URL <code>${esc(d.metadata.url)}</code></span>`);
  if (d.text !== null) {
    meta.push(`<span>${num(d.sentences)} sentences, ${num(d.mentions.length)} mentions</span>`);
    const chips = TYPE_ORDER.filter((t) => byType[t] > 0).map((t) => `<span class="chip ${t}">${TYPE_STYLE[t].label} ${byType[t]}</span>`);
    if (chips.length) meta.push(`<span>${chips.join(' ')}</span>`);
  }
  out.push(`<div class="docmeta">${meta.join('')}</div>`);

  const problems = d.problems;
  if (problems.length) {
    out.push(`<details class="diags"><summary>${problems.length} problem${problems.length > 1 ? 's' : ''} reported</summary><ul>`);
    for (const x of problems) out.push(`<li><code>${esc(x.code)}</code> (${esc(x.severity)}, ${esc(x.stage)}): ${esc(x.message)}</li>`);
    out.push('</ul></details>');
  }

  const text = d.text;
  if (text !== null) {
    // a web page's spans index its markup: the reader is shown the page's text
    const shown = d.html ? visibleText : (s: string) => s;
    out.push('<div class="text">');
    const segments: Segment[] = [
      ...d.blocks.map((b) => ({ start: b.start, end: b.end, kind: 'kept' as const, zone: b.zone })),
      ...d.dropped.map((b) => ({ start: b.start, end: b.end, kind: 'dropped' as const, reason: b.reason })),
    ].sort((a, b) => a.start - b.start || a.end - b.end);
    // text outside every block with a letter or digit in it (e.g. a ` date 2020-12-28 ` header line) is shown as removed
    // too; lone punctuation between blocks (the ':' after 'Trend') is not worth a line
    const all: Segment[] = [];
    const gap = (start: number, end: number) => {
      if (end > start && /[\p{L}\p{N}]/u.test(shown(text.slice(start, end)))) all.push({ start, end, kind: 'dropped', reason: 'outside the article paragraphs' });
    };
    let pos = 0;
    for (const s of segments) {
      gap(pos, s.start);
      all.push(s);
      pos = Math.max(pos, s.end);
    }
    gap(pos, text.length);

    let mi = 0;
    for (const s of all) {
      if (s.kind === 'dropped') {
        const removed = shown(text.slice(s.start, s.end)).trim();
        out.push(
          `<details class="dropped"><summary>Removed: ${esc(s.reason ?? 'boilerplate')} <span class="muted">(${num(removed.length)} character${removed.length === 1 ? '' : 's'})</span></summary><div class="dtext">${esc(removed)}</div></details>`,
        );
        continue;
      }
      while (mi < d.mentions.length && d.mentions[mi].start < s.start) mi++; // (a mention outside any block cannot happen; skip defensively)
      let html = '';
      let at = s.start;
      while (mi < d.mentions.length && d.mentions[mi].end <= s.end) {
        const m = d.mentions[mi];
        html += esc(shown(text.slice(at, m.start))) + renderMention(m, shown(text.slice(m.start, m.end)), mentionAnchor(anchor, mi));
        at = m.end;
        mi++;
      }
      html += esc(shown(text.slice(at, s.end)));
      const zone = s.zone ?? 'body';
      out.push(`<p class="zone-${esc(zone)}"${zone === 'body' ? '' : ` data-zone="${esc(zone)}"`}>${html.trim()}</p>`);
    }
    out.push('</div>');
  }
  out.push('</article>\n');
  return { html: out.join('\n'), summary };
}

/** `<mark>` with the surface text, a visible type label, and the details the tooltip shows. */
function renderMention(m: ReportMention, surface: string, id: string): string {
  const s = TYPE_STYLE[m.type];
  return (
    `<mark class="m ${m.type}" id="${esc(id)}" tabindex="0" data-t="${esc(s.long)}" data-e="${esc(m.entity_id)}" data-n="${esc(m.name)}"` +
    `${m.role ? ` data-r="${esc(m.role)}"` : ''} data-s="${esc(m.source)}" data-c="${esc(m.confidence)}">` +
    `${esc(surface)}<span class="tl">${s.label}</span></mark>`
  );
}
