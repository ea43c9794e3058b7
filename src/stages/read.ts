import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { SourceDocument } from '../model/document.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { isGzPath, isHtmlPath, looksLikeHtmlPage, withoutGz } from '../input/formats.js';
import type { JsonlRecord } from '../input/jsonl.js';

/**
 * The read stage: bytes -> decoded text (see docs/INPUT.md for every case).
 *
 * - A byte-order mark decides: UTF-8 (`utf-8-bom`), UTF-16 LE/BE (`utf-16le`,
 *   `utf-16be`); the BOM itself is not part of the text.
 * - Without a BOM: NUL bytes or a known binary signature (PDF, ZIP/DOCX, PNG,
 *   ...) -> `read/binary`, the document is skipped (never fed to the tagger).
 * - Valid UTF-8 -> `utf-8`.
 * - Not valid UTF-8 but holding valid multi-byte UTF-8 sequences (a UTF-8 file
 *   with a few broken bytes) -> UTF-8 with U+FFFD replacements,
 *   `read/invalid-utf8` with the byte offset of the first bad sequence.
 * - Otherwise a legacy encoding, detected by chardet and decoded by iconv-lite
 *   (`read/legacy-encoding`): ISO-8859-1 is read as its superset
 *   windows-1252, as browsers do (C1 controls are never meant in news text).
 *
 * Offsets everywhere else count JS string indices (UTF-16 code units) of the
 * decoded text, after the BOM; byte offsets appear only in read diagnostics.
 */
export interface Decoded {
  readonly text: string;
  /** the encoding the text was decoded with: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, ... */
  readonly encoding: string;
}

/** Default refusal limit for one input file or JSONL line (`--max-bytes`): 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Signatures of common binary formats that may hold no NUL byte in their
 * first bytes (a hand-written table: a file-type library would need the whole
 * async stream machinery for these eight prefixes).
 */
const BINARY_SIGNATURES: readonly [string, readonly number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['ZIP (docx, xlsx, epub, ...)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['OLE2 (doc, xls)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['bzip2', [0x42, 0x5a, 0x68]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
];
const startsWith = (b: Uint8Array, sig: readonly number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** Share of C0 control characters (other than tab, LF, VT, FF, CR, ESC) above which a file is binary. */
const CONTROL_RATIO = 0.1;

/** chardet names -> what iconv-lite decodes them as. */
const LEGACY_ALIASES: Record<string, string> = { 'ISO-8859-1': 'windows-1252' };

export function decode(bytes: Uint8Array, ctx: { report: Reporter }, opts: DecodeOptions = {}): Decoded | undefined {
  // byte-order marks: UTF-8, UTF-16 LE, UTF-16 BE ('\xff\xfe\x00\x00' would be UTF-32 LE: unsupported, NULs make it binary)
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3), 3, 'utf-8-bom', ctx);
  const utf32 = startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]);
  if (!utf32 && (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))) return decodeUtf16(bytes, bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', ctx);

  for (const [name, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) {
      ctx.report.fail('read/binary', `the file starts like a ${name} file: this is not a text file; skipped`, { byteOffset: 0 });
      return undefined;
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    ctx.report.fail('read/binary', `NUL byte at byte offset ${nul}: this is not a text file (UTF-16 and UTF-32 need a byte-order mark); skipped`, { byteOffset: nul });
    return undefined;
  }
  const sample = bytes.subarray(0, 65536);
  let controls = 0;
  for (const c of sample) if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) controls++;
  if (sample.length >= 16 && controls / sample.length > CONTROL_RATIO) {
    ctx.report.fail('read/binary', `${controls} control bytes in the first ${sample.length} bytes: this is not a text file; skipped`, { byteOffset: 0 });
    return undefined;
  }

  const bad = invalidUtf8(bytes);
  if (bad.count === 0) return { text: utf8Strict(bytes), encoding: 'utf-8' };
  // a UTF-8 file with some broken bytes: the valid multi-byte sequences show it is UTF-8
  if (bad.multiByte >= bad.count) return decodeUtf8(bytes, 0, 'utf-8', ctx);
  // a web page not in UTF-8 declares its encoding (what a browser reads before guessing): in the HTTP
  // response's Content-Type, which wins as it does in a browser, else in its <meta charset>
  const transport = opts.charset === undefined ? undefined : charsetName(opts.charset);
  const declared = transport ?? (opts.html ? declaredCharset(bytes) : undefined);
  if (declared) {
    const where = transport ? "the HTTP Content-Type's charset" : "the page's <meta charset>";
    ctx.report.warn('read/legacy-encoding', `not UTF-8 (first non-UTF-8 byte at byte offset ${bad.first}); decoded as ${declared} (${where})`, { byteOffset: bad.first });
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), declared), encoding: declared };
  }
  return decodeLegacy(bytes, bad.first, ctx);
}

export interface DecodeOptions {
  /** the bytes are a web page's: its `<meta charset>` names its encoding when they are not UTF-8 */
  readonly html?: boolean;
  /** the encoding the transport declared (an HTTP response's `Content-Type: text/html; charset=...`), used when the bytes are not UTF-8 */
  readonly charset?: string;
}

const utf8Strict = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
const utf8Lenient = (b: Uint8Array) => new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(b);

/** UTF-8 (after a BOM of `skip` bytes); invalid sequences -> U+FFFD and a warning with the first byte offset. */
function decodeUtf8(body: Uint8Array, skip: number, encoding: string, ctx: { report: Reporter }): Decoded {
  const bad = invalidUtf8(body);
  if (bad.count === 0) return { text: utf8Strict(body), encoding };
  const text = utf8Lenient(body);
  // the first bad sequence follows a valid prefix: its decoded length is the string index of the first U+FFFD
  const at = utf8Lenient(body.subarray(0, bad.first)).length;
  const offset = bad.first + skip;
  ctx.report.warn('read/invalid-utf8', `${bad.count} invalid UTF-8 sequence(s), the first at byte offset ${offset}; replaced with U+FFFD`, { byteOffset: offset, span: { start: at, end: at + 1 } });
  return { text, encoding: `${encoding} (with replacements)` };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', ctx: { report: Reporter }): Decoded {
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + 2, bytes.length - 2);
  if (body.length % 2 === 1) ctx.report.warn('read/invalid-utf16', `odd number of bytes in a ${encoding} file: the last byte (byte offset ${bytes.length - 1}) is dropped`, { byteOffset: bytes.length - 1 });
  const text = iconv.decode(body.subarray(0, body.length - (body.length % 2)), encoding, { stripBOM: false });
  return { text, encoding };
}

/**
 * The encoding a page declares in its first 1024 bytes (`<meta charset="windows-1251">`, `<meta
 * http-equiv="Content-Type" content="text/html; charset=koi8-r">`), as iconv-lite names it; undefined
 * when there is none, it names UTF-8 or UTF-16 (the bytes are not UTF-8: the declaration is wrong), or
 * iconv-lite does not know it. Latin-1 and ASCII labels are read as windows-1252, as browsers do.
 * (A regex over the prescan window, not the WHATWG prescan algorithm: enough for the declarations pages write.)
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head);
  return m ? charsetName(m[1]) : undefined;
}

/**
 * A declared charset label as iconv-lite names it: undefined for UTF-8 and UTF-16 (bytes that are
 * not UTF-8 prove such a label wrong) and for labels iconv-lite does not know; Latin-1 and ASCII
 * labels read as windows-1252, as browsers do.
 */
function charsetName(label: string): string | undefined {
  const l = label.trim().toLowerCase();
  if (/^(utf-?8|utf-?16|unicode)/.test(l)) return undefined;
  const name = /^(iso-?8859-1|latin-?1|l1|us-ascii|ascii|iso_8859-1)$/.test(l) ? 'windows-1252' : l;
  return iconv.encodingExists(name) ? name : undefined;
}

/** Not UTF-8: chardet guesses the encoding, iconv-lite decodes it; windows-1252 when chardet has no usable guess. */
function decodeLegacy(bytes: Uint8Array, firstBad: number, ctx: { report: Reporter }): Decoded {
  const guesses = chardet.analyse(bytes);
  const best = guesses.find((m) => !/^(UTF-|ASCII|ISO-2022)/i.test(m.name) && iconv.encodingExists(LEGACY_ALIASES[m.name] ?? m.name));
  const encoding = best ? (LEGACY_ALIASES[best.name] ?? best.name) : 'windows-1252';
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  const how = best ? `chardet: ${best.name}, confidence ${best.confidence}` : 'no confident guess, the default';
  ctx.report.warn('read/legacy-encoding', `not UTF-8 (first non-UTF-8 byte at byte offset ${firstBad}); decoded as ${encoding} (${how})`, { byteOffset: firstBad });
  return { text, encoding };
}

/**
 * Invalid UTF-8 sequences (count, byte offset of the first) and valid
 * multi-byte ones, in one pass (TextDecoder's fatal mode gives no position).
 * Overlongs, surrogates and code points above U+10FFFF count as invalid, as
 * the WHATWG decoder treats them.
 */
function invalidUtf8(b: Uint8Array): { count: number; first: number; multiByte: number } {
  let count = 0;
  let first = -1;
  let multiByte = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    let ok = n > 0;
    if (ok) {
      // second-byte ranges that exclude overlongs (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and > U+10FFFF (F4 90..)
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      for (let k = 1; k <= n && ok; k++) {
        const x = b[i + k];
        ok = x !== undefined && (k === 1 ? x >= lo && x <= hi : (x & 0xc0) === 0x80);
      }
    }
    if (ok) {
      multiByte++;
      i += n + 1;
    } else {
      if (first < 0) first = i;
      count++;
      i++;
    }
  }
  return { count, first, multiByte };
}

export interface ReadOptions {
  /**
   * files above this many bytes are refused (`read/too-large`) without being
   * read; default: no limit here (the batch applies `--max-bytes` when it
   * lists the inputs, so a big file is never read at all)
   */
  readonly maxBytes?: number;
  /** `--english-only`: a document that declares another language is not processed (the read stage gives no document) */
  readonly englishOnly?: boolean;
}

/**
 * The read stage of a file, in one blocking call: it runs in a worker thread
 * (or in the main thread with --workers 0), which has nothing else to do
 * while its file is read; an awaited read made a worker wait for the thread
 * pool's round trips (open, stat, read, close) between two documents (37% of
 * its time idle on the 20 MB bench corpus).
 */
export function readDocument(absPath: string, relPath: string, ctx: { report: Reporter }, opts: ReadOptions = {}): SourceDocument | undefined {
  const maxBytes = opts.maxBytes ?? Infinity;
  let bytes: Uint8Array;
  try {
    // one open, then the size from the descriptor (fstat) and the read: a stat of the path first looked
    // the path up a second time (the 19,082 files of the 20 MB bench corpus, warm page cache, three
    // alternating rounds: 282-341 ms against 313-464 ms)
    const fd = openSync(absPath, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > maxBytes) {
        ctx.report.fail('read/too-large', tooLarge(size, maxBytes));
        return undefined;
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    ctx.report.fail('read/unreadable', `cannot read ${relPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return undefined;
  }
  return decodeDocument(bytes, relPath, ctx, opts);
}

/** zlib's options to unpack a gzipped input at most to `maxBytes` (zlib stops there and throws ERR_BUFFER_TOO_LARGE) */
export const unpackLimit = (maxBytes: number) => ({ maxOutputLength: Math.min(maxBytes, 2 ** 32 - 1) });

/** Why a gzipped input (unpacked with `unpackLimit`) failed: above `maxBytes` unpacked (read/too-large), else not gzip or damaged (read/unreadable). */
export function unpackFailure(e: unknown, maxBytes: number): { code: 'read/too-large' | 'read/unreadable'; message: string } {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'ERR_BUFFER_TOO_LARGE'
    ? { code: 'read/too-large', message: `the file unpacks to more than ${maxBytes} bytes, the limit (--max-bytes); skipped` }
    : { code: 'read/unreadable', message: `not a complete gzip file (${err.message}); skipped` };
}

/** `bytes` gunzipped, or undefined after a failure (`unpackFailure`). */
function gunzipped(bytes: Uint8Array, maxBytes: number, ctx: { report: Reporter }): Uint8Array | undefined {
  try {
    return gunzipSync(bytes, unpackLimit(maxBytes));
  } catch (e) {
    const { code, message } = unpackFailure(e, maxBytes);
    ctx.report.fail(code, message);
    return undefined;
  }
}

export const tooLarge = (size: number, maxBytes: number) => `the file has ${size} bytes, above the limit of ${maxBytes} (--max-bytes); skipped`;

/** The read stage on bytes already read (the batch reads a file once to hash it for the cache). */
export function decodeDocument(packed: Uint8Array, relPath: string, ctx: { report: Reporter }, opts: ReadOptions = {}): SourceDocument | undefined {
  const maxBytes = opts.maxBytes ?? Infinity;
  if (packed.length > maxBytes) {
    ctx.report.fail('read/too-large', tooLarge(packed.length, maxBytes));
    return undefined;
  }
  // an article gzipped on its own (`story.txt.gz`, `page.html.gz`): unpacked, at most --max-bytes of it
  // (a file that unpacks to more, a decompression bomb included, is refused); offsets index the unpacked text
  const bytes = isGzPath(relPath) ? gunzipped(packed, maxBytes, ctx) : packed;
  if (!bytes) return undefined;
  // a page by its name, or by its first bytes (a crawler's page saved as .txt): read for its text, in its declared encoding
  const html = isHtmlPath(relPath) || looksLikeHtmlPage(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1'));
  const decoded = decode(bytes, ctx, { html });
  if (!decoded) return undefined;
  if (decoded.text.trim() === '') ctx.report.warn('read/empty', bytes.length === 0 ? 'the file is empty' : 'the file holds only whitespace');
  const doc: SourceDocument = { id: documentId(relPath), path: relPath, text: decoded.text, encoding: decoded.encoding, bytes: bytes.length };
  if (html && noteLanguage(declaredLanguage(decoded.text), '<html lang>', ctx.report, opts.englishOnly) && opts.englishOnly) return undefined;
  return html ? { ...doc, format: 'html' } : doc;
}

/** The language a page declares on its root element (`<html lang="ru">` -> 'ru'), from its first 4 KB; undefined when it declares none. */
export function declaredLanguage(html: string): string | undefined {
  return /<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)/i.exec(html.slice(0, 4096))?.[1];
}

/**
 * A warning when an input declares a language other than English (`lang`: a BCP 47 tag, `ru`, `en-GB`, or
 * ISO 639-3 codes as Common Crawl writes them, `rus,eng`, the first the main one): the gazetteers and the rules
 * read English news, and users of a multilingual crawl (CC-NEWS) should see why a page gives odd names.
 * Returns whether it warned; `skip`: the message says the document is not processed (`--english-only`).
 */
export function noteLanguage(lang: string | undefined, where: string, report: Reporter, skip = false): boolean {
  if (!otherLanguage(lang)) return false;
  report.warn('read/other-language', `the page declares its language as "${lang}" (${where}); ${skip ? 'not processed (--english-only)' : 'the gazetteers and rules read English news: its names may be missed or wrong'}`);
  return true;
}

/** `lang` (a BCP 47 tag, or Common Crawl's ISO 639-3 list, the main one first) names a language other than English: 'ru', 'rus,eng' -> true; 'en-GB', 'eng', 'und', '' -> false */
export function otherLanguage(lang: string | undefined): boolean {
  if (!lang) return false;
  const primary = lang.split(/[,\s]/)[0].split(/[-_]/)[0].toLowerCase();
  return !(primary === '' || primary === 'en' || primary === 'eng' || primary === 'und' || primary === 'mul');
}

/**
 * The read stage for a JSON Lines article: the `text` field (or `html`, a
 * page's markup) is the original text (every span indexes into it); the id is
 * the article's own id and the path is the JSONL file's.
 */
export function recordDocument(record: Pick<JsonlRecord, 'id' | 'text' | 'html' | 'encoding' | 'notes' | 'language' | 'part'>, path: string, ctx: { report: Reporter }, opts: Pick<ReadOptions, 'englishOnly'> = {}): SourceDocument | undefined {
  for (const note of record.notes ?? []) ctx.report.messages.push(note);
  if (record.text.trim() === '') ctx.report.warn('read/empty', record.text === '' ? 'the article text is empty' : 'the article text holds only whitespace');
  const doc: SourceDocument = { id: record.id, path, text: record.text, encoding: record.encoding ?? 'utf-8', bytes: Buffer.byteLength(record.text), ...(record.part ? { part: record.part } : {}) };
  // a part of a long text is text, whatever it opens with (src/input/parts.ts: a web page's markup is never cut)
  const html = !record.part && (record.html || looksLikeHtmlPage(record.text));
  // the article's own "language" (news-please writes one), else a page's <html lang>; a web archive's record
  // may have said so already, from its own header: one warning is enough
  const other =
    record.notes?.some((n) => n.code === 'read/other-language') ||
    (record.language !== undefined ? noteLanguage(record.language, 'its "language" field', ctx.report, opts.englishOnly) : html && noteLanguage(declaredLanguage(record.text), '<html lang>', ctx.report, opts.englishOnly));
  if (other && opts.englishOnly) return undefined;
  return html ? { ...doc, format: 'html' } : doc;
}

/** Document id: the path relative to the input directory, without its extension (`a/story.txt.gz` -> `a/story`). */
export function documentId(relPath: string): string {
  return withoutGz(relPath).replace(/\.[^./]+$/, '');
}
