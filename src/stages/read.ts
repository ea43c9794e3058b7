import { readFile } from 'node:fs/promises';
import type { SourceDocument } from '../model/document.js';
import type { Reporter } from '../diagnostics/diagnostic.js';

/**
 * The read stage: bytes -> decoded text. UTF-8 (a BOM is dropped: offsets
 * count JS string indices of the decoded text, after the BOM). Invalid byte
 * sequences become U+FFFD with a warning giving the byte offset. Files with
 * NUL bytes are treated as binary and fail.
 */
export function decode(bytes: Uint8Array, ctx: { report: Reporter }): { text: string; encoding: string } | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    ctx.report.fail('read/binary', `NUL byte at byte offset ${nul}: this is not a text file; skipped`, { byteOffset: nul });
    return undefined;
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    const bad = firstInvalidUtf8(body);
    ctx.report.warn('read/invalid-utf8', `invalid UTF-8 at byte offset ${bad + (hasBom ? 3 : 0)}; replaced with U+FFFD`, { byteOffset: bad + (hasBom ? 3 : 0) });
    return { text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body), encoding: 'utf-8 (with replacements)' };
  }
}

/** Byte offset of the first invalid UTF-8 sequence (validated by decoding growing prefixes would be quadratic; this scans once). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}

export async function readDocument(absPath: string, relPath: string, ctx: { report: Reporter }): Promise<SourceDocument | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absPath);
  } catch (e) {
    ctx.report.fail('read/unreadable', `cannot read ${relPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return undefined;
  }
  return decodeDocument(bytes, relPath, ctx);
}

/** The read stage on bytes already read (the batch reads a file once to hash it for the cache). */
export function decodeDocument(bytes: Uint8Array, relPath: string, ctx: { report: Reporter }): SourceDocument | undefined {
  const decoded = decode(bytes, ctx);
  if (!decoded) return undefined;
  if (decoded.text.trim() === '') ctx.report.warn('read/empty', bytes.length === 0 ? 'the file is empty' : 'the file holds only whitespace');
  return { id: documentId(relPath), path: relPath, text: decoded.text, encoding: decoded.encoding, bytes: bytes.length };
}

/**
 * The read stage for a JSON Lines article: the `text` field is the original
 * text (every span indexes into it); the id is the article's own id and the
 * path is the JSONL file's.
 */
export function recordDocument(record: { readonly id: string; readonly text: string }, path: string, ctx: { report: Reporter }): SourceDocument {
  if (record.text.trim() === '') ctx.report.warn('read/empty', record.text === '' ? 'the article text is empty' : 'the article text holds only whitespace');
  return { id: record.id, path, text: record.text, encoding: 'utf-8', bytes: Buffer.byteLength(record.text) };
}

/** Document id: the path relative to the input directory, without its extension. */
export function documentId(relPath: string): string {
  return relPath.replace(/\.[^./]+$/, '');
}
