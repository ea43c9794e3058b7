import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { documentId, unpackFailure, unpackLimit } from '../stages/read.js';
import { isGzPath } from './formats.js';
import { articleRecord } from './jsonl.js';
import type { InputItem } from './sources.js';

/**
 * JSON input: a `.json` file holding one article as an object, or an array
 * of them: what news crawlers and news APIs save. The fields are those of a
 * JSON Lines article (src/input/jsonl.ts), and the names news-please, the
 * common open-source news crawler, writes are read as them:
 *
 *   news-please      ->  here
 *   maintext         ->  text
 *   date_publish     ->  date     ('2020-12-28 10:15:00')
 *   source_domain    ->  source
 *   (id, title, url as they are)
 *
 * `text` wins over `maintext` when both are given, as `text` wins over
 * `html`. A news API's `source: { "name": "Trend" }` gives its name. The id
 * is the article's own (`id`, a string or a number), else the file's path
 * without `.json` for a single article (as a `.txt` file's), or `file.json#N`
 * for the N-th article of an array (from 1). Spans index the article's text,
 * as a JSON Lines line's do.
 *
 * The file is read whole (it is refused above `--max-bytes` before that, as a
 * `.txt` file is): an archive of many articles belongs in JSON Lines, which is
 * streamed. A file that is no JSON is one failed document that says where
 * JSON.parse stopped; an element of an array that is no article is one failed
 * document `file.json#N`, and the others go on.
 */

/** the keys that make an object an article: one of them is there, even if empty (news-please writes `maintext: null` when it found no text) */
const TEXT_KEYS = ['text', 'html', 'maintext'];
const hasTextKey = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && TEXT_KEYS.some((k) => k in v);

export interface JsonFileOptions {
  /** told of a file whose object (or every element of whose array) has none of the text keys */
  readonly notArticles?: (path: string) => void;
  /** the items of the file's text read as JSON Lines (the JSON Lines reader, `jsonlItems`), for JSON Lines under a `.json` name */
  readonly asJsonLines: (text: string) => AsyncIterable<InputItem>;
  /** `--max-bytes`: what a `.json.gz` file may unpack to */
  readonly maxBytes?: number;
}

/**
 * Items of one `.json` file (`path` relative to the input folder; `abs` its location). A file whose object
 * (or every element of whose array) has none of the text keys holds no article (a manifest or a settings file
 * beside the articles): it gives no item, and `notArticles` is told, for the run's warning.
 */
export async function* jsonItems(abs: string, path: string, size: number, opts: JsonFileOptions): AsyncGenerator<InputItem> {
  let text: string;
  try {
    text = await readJsonText(abs, opts.maxBytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // a .json.gz that unpacks past --max-bytes, or whose gzip is damaged
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err.code?.startsWith('Z_')) {
      const { code, message } = unpackFailure(err, opts.maxBytes ?? Infinity);
      yield { kind: 'refused', path, id: path, code, message: `${path}: ${message}${code === 'read/too-large' ? ' (a .json file is read whole: JSON Lines, .jsonl.gz, is read a line at a time)' : ''}`, bytes: size };
    } else yield { kind: 'refused', path, id: path, code: 'read/unreadable', message: `cannot read ${path}: ${err.code ?? err.message}`, bytes: size };
    return;
  }
  const parsed = parseJsonText(text);
  // JSON Lines under a .json name (as many dataset dumps are): read line by line
  if ('lines' in parsed) return yield* opts.asJsonLines(text);
  if ('error' in parsed) {
    yield { kind: 'refused', path, id: path, code: 'read/bad-json', message: `${path}: not valid JSON (${parsed.error}); a .json input holds one article object or an array of them (or an object per line)`, bytes: size };
    return;
  }
  const { single, articles } = parsed;
  if (!articles.some(hasTextKey)) {
    opts.notArticles?.(path);
    return;
  }
  for (let k = 0; k < articles.length; k++) {
    const id = single ? documentId(path) : `${path}#${k + 1}`;
    const article = articleRecord(articles[k], id);
    if (article.ok) {
      const raw = JSON.stringify(article.record);
      yield { kind: 'record', path, line: k + 1, raw, record: article.record, bytes: Buffer.byteLength(article.record.text) };
    } else {
      yield { kind: 'refused', path, id, code: 'read/bad-json', message: `${single ? path : `${path}#${k + 1}`}: ${article.error}`, bytes: 0 };
    }
  }
}

/**
 * A `.json` file's text read: its articles (one object, or an array's elements), or JSON Lines (no JSON as a whole,
 * and its first line is an object on its own), or why it is neither (JSON.parse's message).
 */
function parseJsonText(text: string): { single: boolean; articles: readonly unknown[] } | { lines: true } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return looksLikeJsonLines(text) ? { lines: true } : { error: (e as Error).message };
  }
  return Array.isArray(value) ? { single: false, articles: value } : { single: true, articles: [value] };
}

/** Its first line is a JSON object on its own, and more follows: JSON Lines. */
function looksLikeJsonLines(text: string): boolean {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const end = body.indexOf('\n');
  if (end < 0) return false;
  try {
    const first: unknown = JSON.parse(body.slice(0, end));
    return typeof first === 'object' && first !== null && !Array.isArray(first);
  } catch {
    return false;
  }
}

const gunzipAsync = promisify(gunzip);

/**
 * A `.json` file's text; a `.json.gz` file's unpacked, at most `maxBytes` of it (zlib stops there and throws
 * ERR_BUFFER_TOO_LARGE: a gzip trailer, which the listing reads for the size, is made up in a file cut short).
 */
async function readJsonText(abs: string, maxBytes = Infinity): Promise<string> {
  if (!isGzPath(abs)) return readFile(abs, 'utf8');
  return (await gunzipAsync(await readFile(abs), unpackLimit(maxBytes))).toString('utf8');
}

/** How many articles a `.json` file holds (for the progress total): 1 for an object, an array's length; 0 when it cannot be read. */
export async function countJsonArticles(abs: string, maxBytes?: number): Promise<number> {
  try {
    const text = await readJsonText(abs, maxBytes);
    const parsed = parseJsonText(text);
    if ('lines' in parsed) return text.split('\n').filter((l) => l.trim() !== '').length;
    return 'articles' in parsed && parsed.articles.some(hasTextKey) ? parsed.articles.length : 0;
  } catch {
    return 0;
  }
}
