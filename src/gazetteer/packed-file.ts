import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { SharedResources } from './shared.js';

/**
 * The shared gazetteers (`SharedResources`) saved in the run cache, so that a
 * run whose gazetteers and code have not changed reads them back instead of
 * loading the files again: 0.17-0.2 s to read the 31 MB file (docs/BENCHMARKS.md).
 * The file lives in the result cache's folder for the run fingerprint, which
 * hashes the code and every gazetteer file (src/cache/result-cache.ts): an
 * edit to either gives another folder, and the old one is deleted with its
 * results. `--no-cache` neither reads nor writes it.
 *
 * Layout: MAGIC, a 4-byte little-endian header length, the header (JSON:
 * the small fields, the buffers' byte lengths and a CRC-32 of their bytes),
 * then the buffers one after another, read straight into shared memory.
 * Written to a temporary name and renamed, so a reader never sees half a
 * file; a file that does not match its header or checksum is ignored (the
 * gazetteers are loaded from their files, and the file written again).
 */
const MAGIC = Buffer.from('news-entities-gazetteers/2\n');

interface Header {
  readonly small: Omit<SharedResources, 'entries' | 'matcher' | 'loadSeconds' | 'cached'>;
  readonly count: number;
  readonly aliases: number;
  readonly files: readonly Omit<SharedResources['entries']['files'][number], 'text'>[];
  /** byte lengths: each file's text, then json, records, keys, values, filter */
  readonly lengths: readonly number[];
  readonly crc: number;
}

function buffers(r: SharedResources): Uint8Array[] {
  const { entries: e, matcher: m } = r;
  const bytes = (a: Int32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return [...[...e.files.map((f) => f.text), e.json, e.records].map((b) => new Uint8Array(b)), ...[m.keys, m.values, m.filter].map(bytes)];
}

/** Saves `r` at `path` (creating its folder). A cache that cannot be written costs only time: errors are ignored. */
export function writePacked(path: string, r: SharedResources): void {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const parts = buffers(r);
    let crc = 0;
    for (const p of parts) crc = crc32(p, crc);
    const { entries, matcher, roles, qualifiers, nationalities, countries, names, stats } = r;
    const small = { roles, qualifiers, nationalities, countries, names, stats };
    const header: Header = { small, count: entries.count, aliases: matcher.aliases, files: entries.files.map(({ text: _, ...f }) => f), lengths: parts.map((p) => p.byteLength), crc };
    const json = Buffer.from(JSON.stringify(header));
    const size = Buffer.alloc(4);
    size.writeUInt32LE(json.length);
    const fd = openSync(tmp, 'w');
    try {
      for (const p of [MAGIC, size, json, ...parts]) for (let at = 0; at < p.byteLength; ) at += writeSync(fd, p, at);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was created
    }
  }
}

/** The resources saved at `path`, or undefined when there is none or it is damaged. `loadSeconds` is the time to read them. */
export function readPacked(path: string): SharedResources | undefined {
  const t0 = performance.now();
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const fileSize = fstatSync(fd).size;
    const read = (into: Uint8Array, at: number): boolean => {
      let got = 0;
      while (got < into.byteLength) {
        const n = readSync(fd, into, got, into.byteLength - got, at + got);
        if (n === 0) return false;
        got += n;
      }
      return true;
    };
    const head = Buffer.alloc(MAGIC.length + 4);
    if (!read(head, 0) || !head.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const headerLength = head.readUInt32LE(MAGIC.length);
    if (MAGIC.length + 4 + headerLength > fileSize) return undefined;
    const json = Buffer.alloc(headerLength);
    if (!read(json, MAGIC.length + 4)) return undefined;
    const h = JSON.parse(json.toString('utf8')) as Header;
    let at = MAGIC.length + 4 + headerLength;
    if (at + h.lengths.reduce((a, b) => a + b, 0) !== fileSize || h.lengths.length !== h.files.length + 5) return undefined;
    let crc = 0;
    const shared = h.lengths.map((n) => {
      const b = new SharedArrayBuffer(n);
      const view = new Uint8Array(b);
      if (!read(view, at)) throw new Error('short read');
      crc = crc32(view, crc);
      at += n;
      return b;
    });
    if (crc !== h.crc) return undefined;
    const [json2, records, keys, values, filter] = shared.slice(h.files.length);
    return {
      ...h.small,
      entries: { files: h.files.map((f, i) => ({ ...f, text: shared[i] })), json: json2, records, count: h.count },
      matcher: { keys: new Int32Array(keys), values: new Int32Array(values), filter: new Int32Array(filter), aliases: h.aliases },
      loadSeconds: (performance.now() - t0) / 1000,
    };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
