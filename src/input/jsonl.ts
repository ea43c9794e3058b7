import type { TextPart } from './parts.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * JSON Lines input: one article per line, the common shape of scraped news
 * corpora (and of what Spark `RDD.pipe` / Hadoop Streaming hand to a process).
 *
 *   {"id": "a1", "text": "BAKU, Dec 28 ...", "title": "...", "date": "2020-12-28", "url": "https://...", "source": "Trend"}
 *
 * `text` (string) is required, and `id` (string or number), which a line
 * without one gets from its place (`file.jsonl:LINE`); `title`, `date`,
 * `url`, `source` are optional strings; other keys are ignored. news-please's
 * names are read as these (`maintext`, `date_publish`, `source_domain`). A scraped page
 * may come as its markup instead: `html` (string) in place of `text`, read as
 * a `.html` file is (src/stages/clean/html.ts; `text` wins when both are
 * given). Blank lines are skipped. A line that is not such an object is a bad line: the caller reports
 * it with the file and line number and goes on with the next.
 */
export interface JsonlRecord {
  readonly id: string;
  /** the article's text, or with `html` the page's markup */
  readonly text: string;
  /** `text` is a web page's markup (the line gave `html`, not `text`) */
  readonly html?: true;
  readonly title: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly source: string | null;
  /** set by a reader that decodes bytes itself (a WARC record's payload: src/input/warc.ts): the encoding the text was decoded from (else UTF-8) */
  readonly encoding?: string;
  /** and what decoding it noted (a legacy encoding, invalid UTF-8), with the payload's byte offsets: they join the document's diagnostics */
  readonly notes?: readonly Diagnostic[];
  /** the language the article declares (its `language` field, as news-please writes it: 'en'), when it is a string */
  readonly language?: string;
  /**
   * set for a part of a long plain-text file (src/input/parts.ts): `text` is the part, `id` the file's id with
   * `#part-N`, and the result's offsets are shifted by `part.start` (and lines by `part.line`) into the file's text
   */
  readonly part?: TextPart;
}

export type JsonlParse = { ok: true; record: JsonlRecord } | { ok: false; error: string };

const OPTIONAL = ['title', 'date', 'url', 'source'] as const;

/**
 * A line as an article. `fallbackId` names an article whose line gives no id (`file.jsonl:LINE`, as a CSV row
 * without one is named); without it, the id is required.
 */
export function parseJsonlLine(line: string, fallbackId?: string): JsonlParse {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  return articleRecord(v, fallbackId);
}

/** news-please's names (the common open-source news crawler's) -> the article's */
const ALIASES: readonly (readonly [from: string, to: string])[] = [
  ['maintext', 'text'],
  ['date_publish', 'date'],
  ['source_domain', 'source'],
];

/**
 * An article object's fields with news-please's names read as the article's (the article's own win when both
 * are there), a news API's `source: { "name": ... }` as its name, and `id` filled in with `id` when it has none.
 *
 *   normaliseArticle({ maintext: 'BAKU ...', date_publish: '2020-12-28 10:15:00', source_domain: 'trend.az' }, 'a')
 *     -> { id: 'a', text: 'BAKU ...', date: '2020-12-28 10:15:00', source: 'trend.az', ... }
 */
export function normaliseArticle(value: unknown, id?: string): Record<string, unknown> | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `expected an article object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`;
  const o: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [from, to] of ALIASES) if ((o[to] === undefined || o[to] === null) && o[from] !== undefined) o[to] = o[from];
  if (typeof o.source === 'object' && o.source !== null && typeof (o.source as { name?: unknown }).name === 'string') o.source = (o.source as { name: string }).name;
  if (id !== undefined && (o.id === undefined || o.id === null || o.id === '')) o.id = id;
  return o;
}

/** An object as an article (`normaliseArticle`, then the checks of a JSON Lines line), or why it is none. */
export function articleRecord(v: unknown, fallbackId?: string): JsonlParse {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    const got = Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'null' : typeof v;
    return { ok: false, error: fallbackId === undefined ? `expected a JSON object with "id" and "text", got ${got}` : `expected an article object with "text", got ${got}` };
  }
  const o = normaliseArticle(v, fallbackId) as Record<string, unknown>;
  // '{"id": 17, ...}' -> id '17'; an empty or missing id cannot name the document
  const id = typeof o.id === 'number' && Number.isFinite(o.id) ? String(o.id) : o.id;
  if (typeof id !== 'string' || id.trim() === '') return { ok: false, error: `"id" must be a non-empty string or a number, got ${JSON.stringify(o.id) ?? 'nothing'}` };
  const page = typeof o.text !== 'string' && typeof o.html === 'string';
  if (typeof o.text !== 'string' && !page) return { ok: false, error: `"text" (or "html") must be a string, got ${JSON.stringify(o.text ?? o.html)?.slice(0, 40) ?? 'nothing'}` };
  const opt: Record<string, string | null> = {};
  for (const k of OPTIONAL) {
    const x = o[k];
    if (x === undefined || x === null) opt[k] = null;
    else if (typeof x === 'string') opt[k] = x;
    else return { ok: false, error: `"${k}" must be a string when given, got ${JSON.stringify(x).slice(0, 40)}` };
  }
  const common = { id, title: opt.title, date: opt.date, url: opt.url, source: opt.source, ...(typeof o.language === 'string' && o.language.trim() !== '' ? { language: o.language } : {}) };
  return { ok: true, record: page ? { ...common, text: o.html as string, html: true } : { ...common, text: o.text as string } };
}

/** True for lines that hold nothing (skipped, not reported). */
export const isBlankLine = (line: string): boolean => line.trim() === '';
