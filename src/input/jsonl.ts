import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * JSON Lines input: one article per line, the common shape of scraped news
 * corpora (and of what Spark `RDD.pipe` / Hadoop Streaming hand to a process).
 *
 *   {"id": "a1", "text": "BAKU, Dec 28 ...", "title": "...", "date": "2020-12-28", "url": "https://...", "source": "Trend"}
 *
 * `id` (string or number) and `text` (string) are required; `title`, `date`,
 * `url`, `source` are optional strings; other keys are ignored. A scraped page
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
}

export type JsonlParse = { ok: true; record: JsonlRecord } | { ok: false; error: string };

const OPTIONAL = ['title', 'date', 'url', 'source'] as const;

export function parseJsonlLine(line: string): JsonlParse {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, error: `expected a JSON object with "id" and "text", got ${Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'null' : typeof v}` };
  const o = v as Record<string, unknown>;
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
  const common = { id, title: opt.title, date: opt.date, url: opt.url, source: opt.source };
  return { ok: true, record: page ? { ...common, text: o.html as string, html: true } : { ...common, text: o.text as string } };
}

/** True for lines that hold nothing (skipped, not reported). */
export const isBlankLine = (line: string): boolean => line.trim() === '';
