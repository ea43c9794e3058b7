import type { EntityType } from '../../model/entity.js';
import { TYPE_ORDER, TYPE_STYLE, esc, num } from './html.js';

/**
 * Small static SVG charts, drawn here rather than with a charting library:
 * the report must be one offline file with no script from outside, and these
 * are a few rectangles and lines. Coordinates are rounded to 0.1 so the
 * output is byte-stable.
 */
const r1 = (x: number) => (Math.round(x * 10) / 10).toString();

/** Cuts a label to `max` characters with an ellipsis. */
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly href?: string;
}

/** Horizontal bar chart: one labelled bar per item, value written at the bar's end. */
export function barChart(bars: readonly Bar[], type: EntityType, title: string): string {
  const rowH = 24;
  const labelW = 170;
  const barMax = 190;
  const w = labelW + barMax + 50;
  const h = bars.length * rowH + 4;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const color = TYPE_STYLE[type].bar;
  const rows = bars.map((b, i) => {
    const y = i * rowH + 2;
    const bw = Math.max(2, (b.value / max) * barMax);
    const label = `<text x="${labelW - 8}" y="${r1(y + 16)}" text-anchor="end">${esc(cut(b.label, 24))}</text>`;
    return (
      `<g><title>${esc(b.label)}: ${num(b.value)} mentions</title>` +
      (b.href ? `<a href="${esc(b.href)}">${label}</a>` : label) +
      `<rect x="${labelW}" y="${y + 3}" width="${r1(bw)}" height="${rowH - 7}" rx="3" fill="${color}"/>` +
      `<text x="${r1(labelW + bw + 6)}" y="${r1(y + 16)}">${num(b.value)}</text></g>`
    );
  });
  return `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${esc(title)}">${rows.join('')}</svg>`;
}

export interface DatedCounts {
  /** `2020-12-28`, `2020-12` or `2020` */
  readonly key: string;
  readonly byType: Record<EntityType, number>;
}

/**
 * Mentions per publication date as stacked columns, one per day present in
 * the corpus; with more than 60 distinct days they are grouped by month, then
 * by year. Days without documents are not drawn (the axis is the list of
 * dates, not a calendar): labelled so.
 */
export function groupDates(perDay: ReadonlyMap<string, Record<EntityType, number>>): DatedCounts[] {
  const keys = [...perDay.keys()].sort();
  const cutAt = keys.length > 60 ? (new Set(keys.map((k) => k.slice(0, 7))).size > 60 ? 4 : 7) : 10;
  const grouped = new Map<string, Record<EntityType, number>>();
  for (const k of keys) {
    const g = k.slice(0, cutAt);
    let c = grouped.get(g);
    if (!c) grouped.set(g, (c = { person: 0, place: 0, organization: 0, norp: 0 }));
    for (const t of TYPE_ORDER) c[t] += perDay.get(k)![t];
  }
  return [...grouped.entries()].map(([key, byType]) => ({ key, byType }));
}

export function timelineChart(series: readonly DatedCounts[]): string {
  const left = 46;
  const bottom = 58;
  const top = 10;
  const plotH = 180;
  const colW = Math.max(10, Math.min(56, Math.floor(760 / Math.max(1, series.length))));
  const w = left + series.length * colW + 12;
  const h = top + plotH + bottom;
  const totals = series.map((s) => TYPE_ORDER.reduce((a, t) => a + s.byType[t], 0));
  const max = Math.max(1, ...totals);
  const step = niceStep(max);
  const parts: string[] = [];
  for (let v = 0; v <= max; v += step) {
    const y = top + plotH - (v / max) * plotH;
    parts.push(`<line x1="${left}" x2="${w - 8}" y1="${r1(y)}" y2="${r1(y)}" stroke="#e2e8f0"/><text x="${left - 6}" y="${r1(y + 4)}" text-anchor="end">${num(v)}</text>`);
  }
  // slanted labels need about 20 px between them
  const labelEvery = Math.max(1, Math.ceil(20 / colW));
  series.forEach((s, i) => {
    const x = left + i * colW + 3;
    let y = top + plotH;
    const segs: string[] = [];
    for (const t of TYPE_ORDER) {
      const v = s.byType[t];
      if (!v) continue;
      const hh = (v / max) * plotH;
      y -= hh;
      segs.push(`<rect x="${x}" y="${r1(y)}" width="${colW - 6}" height="${r1(hh)}" fill="${TYPE_STYLE[t].bar}"/>`);
    }
    const detail = TYPE_ORDER.filter((t) => s.byType[t]).map((t) => `${TYPE_STYLE[t].long.toLowerCase()} ${s.byType[t]}`).join(', ');
    parts.push(`<g><title>${esc(s.key)}: ${num(totals[i])} mentions (${esc(detail)})</title>${segs.join('')}</g>`);
    if (i % labelEvery === 0) {
      const lx = x + (colW - 6) / 2;
      parts.push(`<text x="${r1(lx)}" y="${top + plotH + 14}" text-anchor="end" transform="rotate(-40 ${r1(lx)} ${top + plotH + 14})">${esc(s.key)}</text>`);
    }
  });
  parts.push(`<line x1="${left}" x2="${w - 8}" y1="${top + plotH}" y2="${top + plotH}" stroke="#64748b"/>`);
  return `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Mentions per publication date, stacked by type">${parts.join('')}</svg>`;
}

function niceStep(max: number): number {
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return Math.max(1, m * p);
  return Math.max(1, 10 * p);
}

export interface NetNode {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly href?: string;
}
export interface NetEdge {
  readonly a: string;
  readonly b: string;
  readonly weight: number;
}

/**
 * The strongest co-occurrence pairs as a circle graph: nodes on a circle,
 * grouped by type then name (a deterministic layout, no physics), edges
 * thicker and darker with more shared sentences.
 */
export function networkChart(nodes: readonly NetNode[], edges: readonly NetEdge[]): string {
  // room for labels of about 22 characters on either side
  const w = 660;
  const h = 480;
  const cx = w / 2;
  const cy = h / 2;
  const radius = Math.min(cx - 150, cy - 28);
  const sorted = [...nodes].sort((x, y) => TYPE_ORDER.indexOf(x.type) - TYPE_ORDER.indexOf(y.type) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) || (x.id < y.id ? -1 : 1));
  const pos = new Map<string, { x: number; y: number; angle: number }>();
  sorted.forEach((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, sorted.length);
    pos.set(n.id, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle });
  });
  const max = Math.max(1, ...edges.map((e) => e.weight));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const lines = edges.map((e) => {
    const p = pos.get(e.a)!;
    const q = pos.get(e.b)!;
    const k = e.weight / max;
    return `<line x1="${r1(p.x)}" y1="${r1(p.y)}" x2="${r1(q.x)}" y2="${r1(q.y)}" stroke="#334155" stroke-opacity="${r1(0.25 + 0.6 * k)}" stroke-width="${r1(1 + 6 * k)}" stroke-linecap="round"><title>${esc(byId.get(e.a)!.name)} – ${esc(byId.get(e.b)!.name)}: ${num(e.weight)} shared sentence${e.weight === 1 ? '' : 's'}</title></line>`;
  });
  const circles = sorted.map((n) => {
    const p = pos.get(n.id)!;
    const cos = Math.cos(p.angle);
    const lx = p.x + 12 * cos;
    const ly = p.y + 12 * Math.sin(p.angle) + 4;
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const label = `<text x="${r1(lx)}" y="${r1(ly)}" text-anchor="${anchor}">${esc(cut(n.name, 22))}</text>`;
    return (
      `<g><title>${esc(n.name)} (${esc(TYPE_STYLE[n.type].long)}, ${esc(n.id)})</title>` +
      `<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="7" fill="${TYPE_STYLE[n.type].bar}" stroke="#fff" stroke-width="2"/>` +
      (n.href ? `<a href="${esc(n.href)}">${label}</a>` : label) +
      '</g>'
    );
  });
  return `<svg viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="Network of the entity pairs that most often share a sentence">${lines.join('')}${circles.join('')}</svg>`;
}
