import type { GzipSegment } from './gzip-members.js';
import { brotliDecompressSync } from 'node:zlib';
import type { WARCRecord } from 'warcio';
import { Reporter } from '../diagnostics/diagnostic.js';
import { decode, noteLanguage, otherLanguage } from '../stages/read.js';
import { looksLikeHtmlPage } from './formats.js';
import type { JsonlRecord } from './jsonl.js';
import type { InputItem } from './sources.js';

/**
 * WARC input: web archives, the shape in which crawled news is kept and
 * shared (Common Crawl's CC-NEWS, the Internet Archive, a newsroom's own
 * crawls with wget --warc-file, Heritrix, Browsertrix). One article per
 * record that holds a page or a text:
 *
 *   - `response` records of an HTTP 2xx response whose Content-Type is
 *     `text/html` or `application/xhtml+xml` (read as a web page, as a
 *     `.html` file is: src/stages/clean/html.ts) or `text/plain`;
 *   - `resource` and `conversion` records of those types (a conversion is
 *     what Common Crawl's WET files hold: each page's extracted text);
 *   - a record without a Content-Type when its payload opens as a page does;
 *
 * and only records of web pages: a record whose WARC-Target-URI has a scheme
 * other than http or https (a crawler's own log, `metadata://...`; `dns:`) is
 * none, and one without a target is taken.
 *
 * Everything else (requests, metadata, revisits, redirects and errors, images,
 * scripts, PDFs) is no article and is passed over, as is a page the same file
 * already gave (the same URL and WARC-Payload-Digest: fetched twice); `WarcTally` counts it by
 * kind for the run's summary. warcio (the Webrecorder project's parser) reads
 * the records and undoes the HTTP transfer and content encodings (chunked,
 * gzip, deflate; brotli is undone here by zlib); the payload's bytes are then decoded as a page's are (src/stages/read.ts):
 * UTF-8 when they are, else the HTTP Content-Type's charset, the page's
 * `<meta charset>`, or a guess, noted in the document's diagnostics.
 *
 * The article's id is the record's WARC-Target-URI (its url too), or
 * `file.warc.gz@N` for the N-th record when it has none; every span indexes the
 * decoded payload, as a JSON Lines article's spans index its `text`. The
 * WARC-Date is when the page was fetched, not when it was published, so it is
 * not taken as the article's date (the page's own metadata gives that).
 *
 * A `.warc.gz` is inflated by zlib, as one stream, before warcio sees it:
 * byte offsets in messages about records count the uncompressed WARC. A file
 * that is no WARC, or that ends inside a record (a download cut short), gives
 * one failed document (`read/bad-warc`) that says where; the records before it
 * are read, and the run goes on with the next input. When the stream fails on
 * a damaged gzip member (a record gzipped on its own, as the WARC standard has
 * it), the file is read again member by member (src/input/gzip-members.ts):
 * the damaged member gives one failed document that names its byte offset in
 * the file, and the records after it are read, each run of good members
 * parsed as a WARC of its own.
 */

/** warcio, loaded when a run has a WARC file to read (its import takes ~60 ms, and pipeline.ts, which every worker loads, imports this module) */
const warcio = () => import('warcio');

export interface WarcOptions {
  /** records whose payload has more bytes than this are refused (`read/too-large`) */
  readonly maxBytes: number;
  /** `--english-only`: a record whose WARC-Identified-Content-Language names another language first is passed over, counted as 'other language' */
  readonly englishOnly?: boolean;
}

/** What the WARC files of a run held besides articles: record kinds passed over, and how many of each. */
export class WarcTally {
  articles = 0;
  readonly passedOver = new Map<string, number>();

  add(kind: string): void {
    this.passedOver.set(kind, (this.passedOver.get(kind) ?? 0) + 1);
  }

  get passedOverCount(): number {
    let n = 0;
    for (const c of this.passedOver.values()) n += c;
    return n;
  }
}

type Article = { readonly format: 'html' | 'text' | 'sniff'; readonly charset?: string };

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * What a record is: an article (a page or a text, with the charset its HTTP
 * headers declare) or, as a string, the kind of record passed over.
 *
 *   response, HTTP 200, text/html; charset=windows-1251  -> { format: 'html', charset: 'windows-1251' }
 *   response, HTTP 301                                     -> 'response 3xx'
 *   response, HTTP 200, image/jpeg                         -> 'response image/jpeg'
 *   conversion, text/plain (a WET record)                  -> { format: 'text' }
 *   request                                                -> 'request'
 *   resource, metadata://gnu.org/software/wget/warc/wget.log -> 'resource metadata:'
 */
export function classifyRecord(rec: WARCRecord): Article | string {
  const type = rec.warcType ?? 'unknown';
  // what a crawler notes about itself (wget's 'metadata://gnu.org/software/wget/warc/wget.log' resource), a DNS lookup: no web page
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(rec.warcTargetURI ?? '')?.[1].toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return `${type} ${scheme}:`;
  let contentType: string | null | undefined;
  if (type === 'response') {
    const info = rec.getResponseInfo();
    // a response that is not HTTP (dns:, whois:) has no status line warcio can read
    const status = Number(info?.status);
    if (!info || !Number.isFinite(status)) return 'response (not HTTP)';
    if (status < 200 || status >= 300) return `response ${Math.floor(status / 100)}xx`;
    contentType = info.headers.get('content-type');
  } else if (type === 'resource' || type === 'conversion') {
    contentType = rec.warcContentType;
  } else {
    return type;
  }
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const charset = /;\s*charset\s*=\s*["']?([^\s;"']+)/i.exec(contentType ?? '')?.[1];
  if (PAGE_TYPES.has(mime)) return { format: 'html', charset };
  if (mime === 'text/plain') return { format: 'text', charset };
  if (mime === '') return { format: 'sniff', charset };
  return `${type} ${mime}`;
}

/** Runs of a WARC file's bytes: a `.warc.gz` read member by member (`gzipSegments`) gives one per run of good members. */
export type WarcSegments = AsyncIterable<{ readonly data: AsyncIterable<Uint8Array>; readonly damage?: GzipSegment['damage'] }>;

/** A plain stream as the one segment of a file. */
async function* oneSegment(stream: AsyncIterable<Uint8Array>): AsyncGenerator<{ data: AsyncIterable<Uint8Array> }> {
  yield { data: stream };
}

/** The inflated data of a `.warc.gz` opens a WARC record here: where reading resumes after a damaged gzip member. */
export const opensWarcRecord = (head: Buffer) => head.subarray(0, 5).toString('latin1') === 'WARC/';

/** How a WARC file is read. */
export interface WarcInput {
  /** its bytes as one stream (inflated by zlib, in libuv's thread pool, when gzipped) */
  readonly stream: () => AsyncIterable<Uint8Array>;
  /**
   * a `.warc.gz` read member by member (`gzipSegments`), which reads past a damaged member: taken when the
   * stream fails with damage other than a cut end. It inflates on the reading thread, so the stream is
   * read first (a clean file costs nothing more).
   */
  readonly members?: () => WarcSegments;
}

/**
 * Items of one WARC file (`gzipped` says so in messages). `tally` counts what was passed over. When a `.warc.gz`'s
 * stream fails (a damaged gzip member) it is read again member by member from its start, the records already
 * given passed over: the damaged member gives one failed document (where it is, in bytes of the file, and where
 * reading went on), and the records after it are read (a record the damage cut is that document's).
 */
export async function* warcItems(input: WarcInput, path: string, opts: WarcOptions & { readonly gzipped?: boolean; readonly tally?: WarcTally }): AsyncGenerator<InputItem> {
  const fresh = (): ReadState => ({ n: 0, done: 0, seen: new Set() });
  const state = fresh();
  const err = yield* recordsOf(oneSegment(input.stream()), path, opts, state, 0);
  if (!err) return;
  if (input.members && readsPast(err)) {
    const again = fresh();
    const err2 = yield* recordsOf(input.members(), path, opts, again, state.done);
    if (err2) yield failure(path, err2, again.done);
    return;
  }
  yield failure(path, err, state.done);
}

/** After the stream failed with `err`: the member reader reads on past it. A cut end (zlib's Z_BUF_ERROR) has nothing after it. */
const readsPast = (err: StreamError) => err.code !== 'Z_BUF_ERROR';

/**
 * What a record is to the run: an article, or, as a string, the kind passed over (`classifyRecord`); with
 * `englishOnly` a record whose header names another language; a page this file already gave (`seen`, by
 * payload digest and URL: a crawler that fetched a page twice, through a redirect or from two links, stores
 * it twice, and its names would count twice).
 */
function recordKind(rec: WARCRecord, englishOnly: boolean | undefined, seen: Set<string>): Article | string {
  const kind = classifyRecord(rec);
  if (typeof kind === 'string') return kind;
  if (englishOnly && otherLanguage(rec.warcHeader('WARC-Identified-Content-Language') ?? undefined)) return 'other language';
  if (rec.warcPayloadDigest && rec.warcTargetURI) {
    const key = `${rec.warcPayloadDigest} ${rec.warcTargetURI}`;
    if (seen.has(key)) return 'duplicate capture';
    seen.add(key);
  }
  return kind;
}

type ReadState = { n: number; done: number; readonly seen: Set<string> };
type StreamError = NodeJS.ErrnoException;

/** One failed document for a stream that failed part-way, after `n` records. */
function failure(path: string, err: StreamError, n: number): InputItem {
  const why = err.code?.startsWith('Z_') ? `not a complete gzip file (${err.message})` : `read failed (${err.code ?? err.message})`;
  return { kind: 'refused', path, id: `${path}@${n + 1}`, code: 'read/bad-warc', message: `${path}: ${why} after ${n} record(s); the records before were read`, bytes: 0 };
}

/**
 * The items of a WARC's segments, the first `skip` records passed over (read already). Returns the error that
 * ended the stream part-way (zlib's, the file system's), or undefined.
 */
async function* recordsOf(segments: WarcSegments, path: string, opts: WarcOptions & { readonly gzipped?: boolean; readonly tally?: WarcTally }, state: ReadState, skip: number): AsyncGenerator<InputItem, StreamError | undefined> {
  // uncompressed bytes of the segments before this one: offsets in messages count the inflated WARC
  let base = 0;
  const at = (offset: number) => `${path}: byte offset ${base + offset}${opts.gzipped ? ' of the uncompressed WARC' : ''}`;
  const bad = (offset: number, n: number, message: string): InputItem => ({ kind: 'refused', path, id: `${path}@${n}`, code: 'read/bad-warc', message: `${at(offset)}: ${message}`, bytes: 0 });
  const seen = state.seen;
  const { WARCParser } = await warcio();
  for await (const segment of segments) {
    const parser = new WARCParser(segment.data);
    // the record being read when the segment ended (cut by a damaged gzip member)
    let cut: string | undefined;
    let stop = false;
    try {
      for await (const rec of parser) {
        const n = ++state.n;
        const offset = parser.offset;
        const first = rec.warcHeaders.statusline ?? '';
        const length = rec.warcContentLength;
        const noWarcLine = !first.startsWith('WARC/');
        const noLength = !Number.isFinite(length) || rec.warcHeaders.headers.get('content-length') == null;
        // a header that the end of a segment cut: the damage that ended the segment is what is reported
        if ((noWarcLine || noLength) && segment.damage?.()) {
          cut = rec.warcTargetURI ?? '';
          break;
        }
        if (noWarcLine) {
          const what = n === 1 ? 'this is not a WARC file' : 'the records before it were read';
          yield bad(offset, n, `expected a WARC record (a line 'WARC/1.0' or 'WARC/1.1'), found ${JSON.stringify(first.slice(0, 60))}; ${what}`);
          stop = true;
          break;
        }
        if (noLength) {
          yield bad(offset, n, `the record (WARC-Type ${rec.warcType ?? 'none'}) has no Content-Length, so where it ends is unknown; the records before it were read`);
          stop = true;
          break;
        }
        const kind = recordKind(rec, opts.englishOnly, seen);
        const id = rec.warcTargetURI || `${path}@${n}`;
        // given before the stream failed: read over again (its page noted as seen, above)
        if (n <= skip) {
          await rec.skipFully();
          state.done++;
          continue;
        }
        let read = typeof kind === 'string' || length > opts.maxBytes ? (await rec.skipFully(), undefined) : await readPayload(rec, opts.maxBytes);
        // a block cut short: warcio gives what there is. Where the block should end: the end of the record's
        // header (warcio's `_warcHeadersLength` counts from the stream's start) plus its Content-Length
        const missing = parser._warcHeadersLength + length - (offset + parser.recordLength);
        if (missing > 0) {
          if (segment.damage?.()) {
            cut = id;
            break;
          }
          yield bad(offset, n, `the record of ${id} is cut short: its Content-Length is ${length} bytes, the file ends ${missing} bytes before its end; the records before it were read`);
          stop = true;
          break;
        }
        if (typeof kind === 'string') {
          opts.tally?.add(kind);
        } else if (!read || read === TOO_LARGE || (read = undoBrotli(read, rec, opts.maxBytes)) === TOO_LARGE) {
          const what = length > opts.maxBytes ? `has ${length} bytes` : 'decompresses to more bytes than that';
          yield { kind: 'refused', path, id, code: 'read/too-large', message: `${at(offset)}: the record of ${id} ${what}, above the limit of ${opts.maxBytes} (--max-bytes); skipped`, bytes: length };
        } else {
          const item = articleItem(read, kind, { path, id, n, url: rec.warcTargetURI || null, where: at(offset), truncated: rec.warcHeader('WARC-Truncated') ?? undefined, language: rec.warcHeader('WARC-Identified-Content-Language') ?? undefined });
          if (item) {
            if (item.kind === 'record' && opts.tally) opts.tally.articles++;
            yield item;
          } else {
            // no content type and not a page: passed over as what it is
            opts.tally?.add(`${rec.warcType} (no Content-Type)`);
          }
        }
        state.done++;
      }
    } catch (e) {
      return e as StreamError;
    }
    // Bytes after the last record: warcio skips blank lines, and reads anything else as a record, which the
    // checks above refuse (no WARC line, no Content-Length); a header cut short is one of those.
    if (stop) return undefined;
    const damage = segment.damage?.();
    if (!damage) continue;
    // the record the damage cut is not one read: the failed document takes its number
    if (cut === undefined) state.n++;
    const what = damage.reason.startsWith('not a gzip member')
      ? damage.reason.replace('not a gzip member', 'bytes that are no gzip member')
      : damage.reason === 'unexpected end of file' && damage.resume === null
        ? 'the file ends inside a gzip member (cut short)'
        : `a damaged gzip member (${damage.reason})`;
    const next = damage.resume !== null ? `read on from the next gzip member that opens a record, at byte offset ${damage.resume}` : 'the records before it were read';
    yield { kind: 'refused', path, id: `${path}@${state.n}`, code: 'read/bad-warc', message: `${path}: byte offset ${damage.offset} of the gzip file: ${what}, after ${state.n - 1} record(s)${cut ? `; the record of ${cut} is lost` : ''}; ${next}`, bytes: 0 };
    base += parser.offset + parser.recordLength;
  }
  return undefined;
}

/**
 * warcio undoes gzip and deflate (and leaves a payload as it is when it will not inflate: a crawler that
 * stored the body decoded but kept the header), not brotli, which servers also send: that is
 * done here, by zlib, and the payload is kept as it is when it is no brotli stream. An encoding neither
 * knows (zstd) stays as it is, and the read stage refuses bytes that are no text.
 */
function undoBrotli(payload: Uint8Array, rec: WARCRecord, maxBytes: number): Uint8Array | typeof TOO_LARGE {
  const encoding = rec.httpHeaders?.headers.get('content-encoding')?.trim().toLowerCase();
  if (encoding !== 'br') return payload;
  try {
    return brotliDecompressSync(payload, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? TOO_LARGE : payload;
  }
}

/** a payload above --max-bytes once decoded */
const TOO_LARGE = Symbol('too large');

/**
 * A record's payload, its transfer and content encodings undone, read chunk by chunk up to `maxBytes`: a
 * few compressed bytes can inflate to gigabytes (a page served gzipped, or a decompression bomb in a crawl
 * of the open web), and warcio's `readFully` would hold all of them. Past the limit the rest of the record
 * is skipped by the parser, which moves on to the next record.
 */
async function readPayload(rec: WARCRecord, maxBytes: number): Promise<Uint8Array | typeof TOO_LARGE> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of rec as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) return TOO_LARGE;
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

/** A record's payload as an article item: decoded, or a failed document when its bytes are no text; undefined when a record without Content-Type is no page. */
function articleItem(payload: Uint8Array, kind: Article, at: { path: string; id: string; n: number; url: string | null; where: string; truncated?: string; language?: string }): InputItem | undefined {
  const head = () => Buffer.from(payload.buffer, payload.byteOffset, Math.min(payload.length, 4096)).toString('latin1');
  if (kind.format === 'sniff' && !looksLikeHtmlPage(head())) return undefined;
  const html = kind.format !== 'text';
  const report = new Reporter();
  report.stage = 'read';
  // a crawler stops at its size or time limit (Common Crawl's and others'): the record says so
  if (at.truncated !== undefined) report.warn('read/truncated-record', `the crawler cut this page short (WARC-Truncated: ${at.truncated || 'unspecified'}): the article may end mid-text`);
  // Common Crawl's language identification (ISO 639-3 codes, the main one first)
  noteLanguage(at.language, 'WARC-Identified-Content-Language', report);
  const decoded = decode(payload, { report }, { html, charset: kind.charset });
  if (!decoded) {
    const why = report.messages.find((m) => m.severity === 'fail');
    return { kind: 'refused', path: at.path, id: at.id, code: why?.code ?? 'read/binary', message: `${at.where}: the record of ${at.id}: ${why?.message ?? 'not text'}`, bytes: payload.length };
  }
  const record: JsonlRecord = {
    id: at.id,
    text: decoded.text,
    ...(html ? { html: true as const } : {}),
    title: null,
    date: null,
    url: at.url,
    source: null,
    encoding: decoded.encoding,
    ...(report.messages.length > 0 ? { notes: report.messages.map((m) => (m.byteOffset === undefined ? m : { ...m, message: `${m.message} (a byte offset in the record's payload)` })) } : {}),
  };
  // the cache's key hashes `raw`: everything the record gives the document
  return { kind: 'record', path: at.path, line: at.n, raw: JSON.stringify(record), record, bytes: payload.length };
}

/**
 * How many articles a WARC file holds and their bytes (for the progress total: what the run counts is the
 * payloads' bytes, not the archive's, which holds requests, images and gzip): its records classified, payloads
 * skipped, a record's block length taken for its payload's size, a page fetched twice and (`englishOnly`) a record
 * in another language not counted, as the run does not read them; what it read when it cannot be read to the end
 * (a file the run reads past a damaged gzip member is counted again that way).
 */
export async function countWarcArticles(input: WarcInput, signal?: AbortSignal, opts: Pick<WarcOptions, 'englishOnly'> = {}): Promise<{ articles: number; bytes: number }> {
  const { WARCParser } = await warcio();
  const count = async (segments: WarcSegments) => {
    let articles = 0;
    let bytes = 0;
    // what the reading passes over, as `recordsOf` does: a page fetched twice, a record in another language
    const seen = new Set<string>();
    try {
      for await (const segment of segments) {
        for await (const rec of new WARCParser(segment.data)) {
          if (signal?.aborted) return { articles, bytes };
          if (typeof recordKind(rec, opts.englishOnly, seen) !== 'string') {
            articles++;
            bytes += rec.warcContentLength || 0;
          }
          await rec.skipFully();
        }
      }
    } catch (e) {
      // the run reports it when it reads the file
      return { articles, bytes, error: e as StreamError };
    }
    return { articles, bytes };
  };
  const first = await count(oneSegment(input.stream()));
  // damage that the member reader reads past, as the run will: counted again that way
  if (first.error && readsPast(first.error) && input.members && !signal?.aborted) {
    const { articles, bytes } = await count(input.members());
    return { articles, bytes };
  }
  return { articles: first.articles, bytes: first.bytes };
}
