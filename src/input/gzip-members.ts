import { open, type FileHandle } from 'node:fs/promises';
import * as zlib from 'node:zlib';

/**
 * A gzip file read member by member, so that damage costs only the member it
 * is in: how a web archive's `.warc.gz` is read once its zlib stream has
 * failed (src/input/warc.ts; the stream first, because this reader inflates on
 * the calling thread, a stream in libuv's thread pool). The WARC standard gzips each
 * record as a member of its own (Common Crawl, wget and warcio do),
 * so a byte flipped in transfer or storage spoils one record; read as one
 * gzip stream (`createGunzip`), it ends the file there, and a stream's error
 * also takes the good members inflated in the same input chunk with it. Here,
 * past a damaged member the file is searched for the next member that opens a
 * record (`resumesWith`), and reading goes on from it.
 *
 * Written by hand: no npm package reads gzip members one at a time with their
 * offsets (zlib gives the pieces: a raw inflate says how many bytes a member's
 * deflate data took, `engine.bytesWritten`; the trailer's CRC-32 and size are
 * checked here, as gunzip checks them).
 *
 *   file: [member 0: record 1][member 1: record 2, a byte flipped][member 2: record 3]
 *   ->    segment { record 1 } | damage at member 1's offset, resumed at member 2's | segment { record 3 }
 */

/** Where a gzip file's members could not be read, in bytes of the file (the compressed offsets a CDX index gives). */
export interface GzipDamage {
  /** the member (or the bytes) that could not be read */
  readonly offset: number;
  /** what was wrong: zlib's message, 'incorrect data check' (CRC-32), 'unexpected end of file', ... */
  readonly reason: string;
  /** where reading went on: the next member that opens a record; null when none follows */
  readonly resume: number | null;
}

/** A run of members read without damage, as one stream of inflated bytes. */
export interface GzipSegment {
  readonly data: AsyncIterable<Buffer>;
  /** once `data` is read to its end: the damage that ended the run, or undefined at the file's end */
  damage(): GzipDamage | undefined;
}

export interface GzipMemberOptions {
  /** does inflated data that starts with these bytes open a unit of the file (a WARC record: 'WARC/')? Where reading resumes after damage. */
  readonly resumesWith: (head: Buffer) => boolean;
}

/** compressed bytes first given to a one-call inflate (most records' members are shorter), then at most `WHOLE_MEMBER_IN` */
const FIRST_TRY_IN = 64 << 10;
/** compressed bytes of a member inflated in one call; a longer member is inflated as a stream */
const WHOLE_MEMBER_IN = 4 << 20;
/** inflated bytes of a member inflated in one call (a record larger than that, a video, is streamed) */
const WHOLE_MEMBER_OUT = 32 << 20;
/** bytes read from the file at a time */
const READ_SIZE = 512 << 10;
/** the longest gzip header read (its optional extra field, name and comment) */
const HEADER_MAX = 64 << 10;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/** zlib.crc32 is in Node 20.15 and later; before that the trailer's size is checked alone (and inflate's own errors) */
const crc32: ((data: Uint8Array, value?: number) => number) | undefined = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** A file's bytes, read forward in large pieces and kept until they are passed. */
class FileWindow {
  private buf = Buffer.alloc(0);
  private start = 0;
  private constructor(
    private readonly fh: FileHandle,
    readonly size: number,
  ) {}

  static async open(path: string): Promise<FileWindow> {
    const fh = await open(path, 'r');
    try {
      return new FileWindow(fh, (await fh.stat()).size);
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  /** up to `n` bytes from `pos` (fewer only at the file's end) */
  async at(pos: number, n: number): Promise<Buffer> {
    const want = Math.min(n, this.size - pos);
    if (want <= 0) return Buffer.alloc(0);
    if (pos < this.start || pos + want > this.start + this.buf.length) {
      const len = Math.min(Math.max(want, READ_SIZE), this.size - pos);
      const buf = Buffer.allocUnsafe(len);
      let got = 0;
      while (got < len) {
        const { bytesRead } = await this.fh.read(buf, got, len - got, pos + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      this.buf = buf.subarray(0, got);
      this.start = pos;
    }
    return this.buf.subarray(pos - this.start, Math.min(pos - this.start + want, this.buf.length));
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}

/** The length of the gzip header at the start of `b`, or why it is none. */
export function gzipHeaderLength(b: Buffer): number | string {
  if (b.length < 10) return 'not a gzip member (too short)';
  if (b[0] !== 0x1f || b[1] !== 0x8b) return 'not a gzip member (no 1f 8b)';
  if (b[2] !== 8) return `not a gzip member (compression method ${b[2]}, not deflate)`;
  const flags = b[3];
  if (flags & 0xe0) return 'not a gzip member (reserved flags set)';
  let p = 10;
  if (flags & FEXTRA) {
    if (b.length < p + 2) return 'unexpected end of file';
    p += 2 + b.readUInt16LE(p);
  }
  for (const f of [FNAME, FCOMMENT]) {
    if (flags & f) {
      const z = b.indexOf(0, p);
      if (z < 0) return 'unexpected end of file';
      p = z + 1;
    }
  }
  if (flags & FHCRC) p += 2;
  return p <= b.length ? p : 'unexpected end of file';
}

type Piece = { readonly data: Buffer } | { readonly damage: GzipDamage };

/** The trailer's check: the CRC-32 (when this Node has zlib.crc32) and the size of what was inflated. */
function trailerProblem(trailer: Buffer, crc: number | undefined, size: number): string | undefined {
  if (trailer.length < 8) return 'unexpected end of file';
  if (crc !== undefined && trailer.readUInt32LE(0) !== crc >>> 0) return 'incorrect data check';
  if (trailer.readUInt32LE(4) !== size % 2 ** 32) return 'incorrect length check';
  return undefined;
}

/**
 * The members of a gzip file as pieces of inflated data and damages. A member
 * is inflated whole when small (a record, typically: nothing of a damaged one
 * is given), else as a stream (its data given as it comes, then its damage if
 * the trailer does not match).
 */
async function* pieces(win: FileWindow, opts: GzipMemberOptions): AsyncGenerator<Piece> {
  let pos = 0;
  while (pos < win.size) {
    const head = await win.at(pos, HEADER_MAX);
    const hlen = gzipHeaderLength(head);
    let problem: string | undefined;
    if (typeof hlen === 'string') {
      // zeros after the last member (some writers pad a file to a block): no damage
      if (head.every((x) => x === 0) && (await allZeros(win, pos))) return;
      problem = hlen;
    } else {
      const member = inflateMember(win, pos, hlen);
      let r = await member.next();
      for (; !r.done; r = await member.next()) yield { data: r.value };
      if (r.value.problem === undefined) {
        pos = r.value.next;
        continue;
      }
      problem = r.value.problem;
    }
    const damage: GzipDamage = { offset: pos, reason: problem, resume: await nextMember(win, pos + 1, opts) };
    yield { damage };
    if (damage.resume === null) return;
    pos = damage.resume;
  }
}

async function allZeros(win: FileWindow, pos: number): Promise<boolean> {
  for (let p = pos; p < win.size; p += READ_SIZE) if (!(await win.at(p, READ_SIZE)).every((x) => x === 0)) return false;
  return true;
}

/** zlib's error as a damage's reason: its data ran out (Z_BUF_ERROR) is 'unexpected end of file', as gunzip says it */
const zlibProblem = (err: NodeJS.ErrnoException) => (err.code === 'Z_BUF_ERROR' ? 'unexpected end of file' : err.message);

type MemberEnd = { readonly next: number; readonly problem?: undefined } | { readonly problem: string };

/**
 * Inflates the member at `pos` (its header `hlen` bytes long): gives its data, returns where the next member
 * starts or what was wrong with it.
 */
async function* inflateMember(win: FileWindow, pos: number, hlen: number): AsyncGenerator<Buffer, MemberEnd> {
  let out: Buffer | undefined;
  let used = 0;
  for (const n of [FIRST_TRY_IN, WHOLE_MEMBER_IN]) {
    const input = await win.at(pos + hlen, n);
    const atEnd = pos + hlen + input.length >= win.size;
    try {
      const r = zlib.inflateRawSync(input, { info: true, maxOutputLength: WHOLE_MEMBER_OUT }) as unknown as { buffer: Buffer; engine: zlib.InflateRaw };
      out = r.buffer;
      used = r.engine.bytesWritten;
      // (with `info` the engine is handed back open: its native state is freed when it is closed, not by V8's heap collections)
      r.engine.close();
      break;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      // more out than a call takes: inflated as a stream
      if (err.code === 'ERR_BUFFER_TOO_LARGE') break;
      // the data ran out: at the file's end, cut; else more in than given, tried with more, then streamed
      if (err.code !== 'Z_BUF_ERROR' || atEnd) return { problem: zlibProblem(err) };
    }
  }
  if (out === undefined) return yield* streamMember(win, pos, hlen);
  const end = pos + hlen + used;
  const problem = trailerProblem(await win.at(end, 8), crc32?.(out), out.length);
  if (problem !== undefined) return { problem };
  if (out.length > 0) yield out;
  return { next: end + 8 };
}

/**
 * A member too large to inflate in one call (a large record; a WARC gzipped as one member), inflated as a
 * stream: its data given a read of the file at a time, before its trailer is checked.
 */
async function* streamMember(win: FileWindow, pos: number, hlen: number): AsyncGenerator<Buffer, MemberEnd> {
  const inflate = zlib.createInflateRaw();
  let data: Buffer[] = [];
  let crc: number | undefined = crc32 ? 0 : undefined;
  let size = 0;
  inflate.on('data', (c: Buffer) => {
    data.push(c);
    size += c.length;
    if (crc !== undefined) crc = crc32!(c, crc);
  });
  let finished = false;
  const ended = new Promise<string | undefined>((resolve) => {
    inflate.once('end', () => resolve(undefined));
    // (`on`, not `once`: an error after the first must not go unheard, which would end the process)
    inflate.on('error', (e: NodeJS.ErrnoException) => resolve(zlibProblem(e)));
  }).finally(() => (finished = true));
  let fed = 0;
  for (let p = pos + hlen; ; ) {
    const chunk = await win.at(p, 1 << 20);
    if (chunk.length === 0) {
      // the file ends inside the member: zlib says so ('unexpected end of file')
      inflate.end();
      break;
    }
    await Promise.race([new Promise<void>((resolve) => inflate.write(chunk, () => resolve())), ended]);
    fed += chunk.length;
    p += chunk.length;
    for (const c of data) yield c;
    data = [];
    // an error, or the deflate data ended inside what was written (zlib took no more of it)
    if (finished || inflate.bytesWritten < fed) {
      if (!finished) inflate.end();
      break;
    }
  }
  const problem = await ended;
  for (const c of data) yield c;
  if (problem !== undefined) return { problem };
  const end = pos + hlen + inflate.bytesWritten;
  const bad = trailerProblem(await win.at(end, 8), crc, size);
  return bad === undefined ? { next: end + 8 } : { problem: bad };
}

/** The offset of the next member from `from` on whose data opens a unit (`resumesWith`), or null. */
async function nextMember(win: FileWindow, from: number, opts: GzipMemberOptions): Promise<number | null> {
  for (let p = from; p < win.size; ) {
    const chunk = await win.at(p, READ_SIZE);
    let i = chunk.indexOf(GZIP_MAGIC);
    while (i >= 0) {
      if (await opensUnit(win, p + i, opts)) return p + i;
      i = chunk.indexOf(GZIP_MAGIC, i + 1);
    }
    // a magic split between two chunks is found by the next one, which starts two bytes back
    p += Math.max(1, chunk.length - 2);
    if (chunk.length < 3) break;
  }
  return null;
}

/** Whether a member starts at `pos` whose first inflated bytes open a unit of the file. */
async function opensUnit(win: FileWindow, pos: number, opts: GzipMemberOptions): Promise<boolean> {
  const head = await win.at(pos, HEADER_MAX);
  const hlen = gzipHeaderLength(head);
  if (typeof hlen === 'string') return false;
  try {
    // the first few kB inflated as far as they go (a sync flush gives what there is without an error)
    const start = zlib.inflateRawSync(await win.at(pos + hlen, 4096), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    return opts.resumesWith(start);
  } catch {
    return false;
  }
}

/**
 * The segments of a gzip file: runs of members read without damage, each
 * ended by the damage that stopped it (or the file's end). Read each
 * segment's `data` to its end before the next segment.
 */
export async function* gzipSegments(path: string, opts: GzipMemberOptions): AsyncGenerator<GzipSegment> {
  const win = await FileWindow.open(path);
  try {
    const it = pieces(win, opts);
    let done = false;
    while (!done) {
      let damage: GzipDamage | undefined;
      const data = (async function* () {
        for (;;) {
          const n = await it.next();
          if (n.done) {
            done = true;
            return;
          }
          if ('damage' in n.value) {
            damage = n.value.damage;
            return;
          }
          yield n.value.data;
        }
      })();
      yield { data, damage: () => damage };
      // a segment's reader that stopped early (a WARC that is no WARC): the rest is not read; nor after
      // a damage that no member follows
      if ((damage === undefined && !done) || damage?.resume === null) return;
    }
  } finally {
    await win.close();
  }
}
