import type { ProcessedDocument } from '../../pipeline.js';
import type { Mention } from '../../model/entity.js';
import type { EntityType } from '../../model/entity.js';
import { TYPE_ORDER, TYPE_STYLE, esc, num } from './html.js';

/** What the overview keeps of one document: a few fields, no text. */
export interface DocumentSummary {
  readonly id: string;
  readonly path: string;
  readonly anchor: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly outlet: string | null;
  readonly failed: boolean;
  readonly sentences: number;
  readonly mentions: number;
  readonly byType: Record<EntityType, number>;
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
export function renderDocument(p: ProcessedDocument, anchor: string): { html: string; summary: DocumentSummary } {
  const d = p.doc;
  const byType: Record<EntityType, number> = { person: 0, place: 0, organization: 0, norp: 0 };
  for (const m of d?.mentions ?? []) byType[m.type]++;
  const summary: DocumentSummary = {
    id: p.id,
    path: p.path,
    anchor,
    title: d?.metadata.title ?? null,
    date: d?.metadata.date ?? null,
    outlet: d?.metadata.outlet ?? null,
    failed: p.failed,
    sentences: d?.sentences.length ?? 0,
    mentions: d?.mentions.length ?? 0,
    byType,
  };

  const out: string[] = [];
  out.push(`<article class="doc${p.failed ? ' failed' : ''}" id="${esc(anchor)}" aria-labelledby="${esc(anchor)}-h">`);
  out.push(`<h2 id="${esc(anchor)}-h">${esc(summary.title ?? p.id)}</h2>`);
  const meta: string[] = [];
  if (summary.date) meta.push(`<span>Date <b>${esc(summary.date)}</b></span>`);
  if (summary.outlet) meta.push(`<span>Outlet <b>${esc(summary.outlet)}</b></span>`);
  if (d?.metadata.dateline) meta.push(`<span>Dateline <b>${esc(d.metadata.dateline)}</b></span>`);
  meta.push(`<span>File <code>${esc(p.path)}</code></span>`);
  if (d) {
    meta.push(`<span>${num(d.sentences.length)} sentences, ${num(d.mentions.length)} mentions</span>`);
    const chips = TYPE_ORDER.filter((t) => byType[t] > 0).map((t) => `<span class="chip ${t}">${TYPE_STYLE[t].label} ${byType[t]}</span>`);
    if (chips.length) meta.push(`<span>${chips.join(' ')}</span>`);
  }
  out.push(`<div class="docmeta">${meta.join('')}</div>`);

  const problems = p.diagnostics.filter((x) => x.severity !== 'info');
  if (problems.length) {
    out.push(`<details class="diags"><summary>${problems.length} problem${problems.length > 1 ? 's' : ''} reported</summary><ul>`);
    for (const x of problems) out.push(`<li><code>${esc(x.code)}</code> (${esc(x.severity)}, ${esc(x.stage)}): ${esc(x.message)}</li>`);
    out.push('</ul></details>');
  }

  if (d) {
    out.push('<div class="text">');
    const segments: Segment[] = [
      ...d.blocks.map((b) => ({ start: b.span.start, end: b.span.end, kind: 'kept' as const, zone: b.zone })),
      ...d.dropped.map((b) => ({ start: b.span.start, end: b.span.end, kind: 'dropped' as const, reason: b.reason })),
    ].sort((a, b) => a.start - b.start || a.end - b.end);
    // text outside every block with a letter or digit in it (e.g. a ` date 2020-12-28 ` header line) is shown as removed
    // too; lone punctuation between blocks (the ':' after 'Trend') is not worth a line
    const all: Segment[] = [];
    const gap = (start: number, end: number) => {
      if (end > start && /[\p{L}\p{N}]/u.test(d.text.slice(start, end))) all.push({ start, end, kind: 'dropped', reason: 'outside the article paragraphs' });
    };
    let pos = 0;
    for (const s of segments) {
      gap(pos, s.start);
      all.push(s);
      pos = Math.max(pos, s.end);
    }
    gap(pos, d.text.length);

    let mi = 0;
    for (const s of all) {
      if (s.kind === 'dropped') {
        const text = d.text.slice(s.start, s.end).trim();
        out.push(
          `<details class="dropped"><summary>Removed: ${esc(s.reason ?? 'boilerplate')} <span class="muted">(${num(text.length)} character${text.length === 1 ? '' : 's'})</span></summary><div class="dtext">${esc(text)}</div></details>`,
        );
        continue;
      }
      while (mi < d.mentions.length && d.mentions[mi].start < s.start) mi++; // (a mention outside any block cannot happen; skip defensively)
      let html = '';
      let at = s.start;
      while (mi < d.mentions.length && d.mentions[mi].end <= s.end) {
        const m = d.mentions[mi];
        html += esc(d.text.slice(at, m.start)) + renderMention(m, mentionAnchor(anchor, mi));
        at = m.end;
        mi++;
      }
      html += esc(d.text.slice(at, s.end));
      const zone = s.zone ?? 'body';
      out.push(`<p class="zone-${esc(zone)}"${zone === 'body' ? '' : ` data-zone="${esc(zone)}"`}>${html.trim()}</p>`);
    }
    out.push('</div>');
  }
  out.push('</article>\n');
  return { html: out.join('\n'), summary };
}

/** `<mark>` with the surface text, a visible type label, and the details the tooltip shows. */
function renderMention(m: Mention, id: string): string {
  const s = TYPE_STYLE[m.type];
  return (
    `<mark class="m ${m.type}" id="${esc(id)}" tabindex="0" data-t="${esc(s.long)}" data-e="${esc(m.entityId)}" data-n="${esc(m.name)}"` +
    `${m.role ? ` data-r="${esc(m.role)}"` : ''} data-s="${esc(m.source)}" data-c="${esc(m.confidence)}">` +
    `${esc(m.text)}<span class="tl">${s.label}</span></mark>`
  );
}
