import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { gzipHeaderLength, gzipSegments, type GzipDamage } from '../../src/input/gzip-members.js';
import { tempDir } from '../pipeline-helpers.js';

const HAVE_CRC32 = typeof (zlib as { crc32?: unknown }).crc32 === 'function';
const opens = (head: Buffer) => head.subarray(0, 5).toString('latin1') === 'WARC/';
const unit = (i: number, body = 'x'.repeat(200)) => Buffer.from(`WARC/1.0\r\nrecord ${i} ${body}\r\n\r\n`);

/** What `gzipSegments` gives for a file of these bytes: each segment's data, and its damage. */
async function segmentsOf(bytes: Buffer): Promise<{ data: string; damage: GzipDamage | undefined }[]> {
  const path = join(tempDir('gzm'), 'f.gz');
  writeFileSync(path, bytes);
  const out = [];
  for await (const seg of gzipSegments(path, { resumesWith: opens })) {
    const chunks: Buffer[] = [];
    for await (const c of seg.data) chunks.push(c);
    out.push({ data: Buffer.concat(chunks).toString('latin1'), damage: seg.damage() });
  }
  return out;
}

const offsets = (members: Buffer[]) => members.map((_, i) => members.slice(0, i).reduce((n, m) => n + m.length, 0));

describe('gzipSegments: a gzip file read member by member', () => {
  const units = [0, 1, 2, 3, 4].map((i) => unit(i));
  const members = units.map((u) => zlib.gzipSync(u));
  const at = offsets(members);
  const text = (...idx: number[]) => idx.map((i) => units[i].toString('latin1')).join('');

  it('gives a file without damage as one segment, whatever its members hold (one member, many, zeros after the last)', async () => {
    expect(await segmentsOf(Buffer.concat(members))).toEqual([{ data: text(0, 1, 2, 3, 4), damage: undefined }]);
    expect(await segmentsOf(zlib.gzipSync(Buffer.concat(units)))).toEqual([{ data: text(0, 1, 2, 3, 4), damage: undefined }]);
    expect(await segmentsOf(Buffer.concat([...members, Buffer.alloc(512)]))).toEqual([{ data: text(0, 1, 2, 3, 4), damage: undefined }]);
    // an empty member gives nothing, and is no damage
    expect(await segmentsOf(Buffer.concat([members[0], zlib.gzipSync(Buffer.alloc(0)), members[1]]))).toEqual([{ data: text(0, 1), damage: undefined }]);
  });

  it('reads a header with its optional fields (extra, name, comment, header CRC)', () => {
    // FLG 0x1e: FHCRC, FEXTRA (4 bytes), FNAME 'a.warc', FCOMMENT 'c'
    const header = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0x1e, 0, 0, 0, 0, 0, 3, 4, 0, 1, 2, 3, 4]), Buffer.from('a.warc\0c\0'), Buffer.from([0xaa, 0xbb])]);
    expect(gzipHeaderLength(header)).toBe(header.length);
    expect(gzipHeaderLength(header.subarray(0, 20))).toBe('unexpected end of file');
    expect(gzipHeaderLength(Buffer.from('WARC/1.0\r\nWARC-Type'))).toBe('not a gzip member (no 1f 8b)');
  });

  it('a member whose deflate data zlib refuses: the segments before and after it, its damage between them', async () => {
    const bad = Buffer.from(members[2]);
    bad[10] = 0x07; // a final block of the reserved type 3
    expect(await segmentsOf(Buffer.concat([members[0], members[1], bad, members[3], members[4]]))).toEqual([
      { data: text(0, 1), damage: { offset: at[2], reason: 'invalid block type', resume: at[3] } },
      { data: text(3, 4), damage: undefined },
    ]);
  });

  it.skipIf(!HAVE_CRC32)('a member whose CRC-32 does not match what it inflates to: nothing of it is given', async () => {
    const bad = Buffer.from(members[1]);
    bad[bad.length - 8] ^= 0x10;
    expect(await segmentsOf(Buffer.concat([members[0], bad, ...members.slice(2)]))).toEqual([
      { data: text(0), damage: { offset: at[1], reason: 'incorrect data check', resume: at[2] } },
      { data: text(2, 3, 4), damage: undefined },
    ]);
  });

  it('a size in the trailer that does not match; a file cut inside a member; bytes after the last member that are none', async () => {
    const size = Buffer.from(members[4]);
    size[size.length - 1] ^= 0x01;
    expect(await segmentsOf(Buffer.concat([...members.slice(0, 4), size]))).toEqual([{ data: text(0, 1, 2, 3), damage: { offset: at[4], reason: 'incorrect length check', resume: null } }]);
    const all = Buffer.concat(members);
    expect(await segmentsOf(all.subarray(0, at[3] + 20))).toEqual([{ data: text(0, 1, 2), damage: { offset: at[3], reason: 'unexpected end of file', resume: null } }]);
    expect(await segmentsOf(all.subarray(0, at[3] + 5))).toEqual([{ data: text(0, 1, 2), damage: { offset: at[3], reason: 'not a gzip member (too short)', resume: null } }]);
    expect(await segmentsOf(Buffer.concat([all, Buffer.from('trailing words')]))).toEqual([{ data: text(0, 1, 2, 3, 4), damage: { offset: all.length, reason: 'not a gzip member (no 1f 8b)', resume: null } }]);
  });

  it('resumes at the next member whose data opens a unit, passing over members that do not (the rest of a record gzipped in pieces)', async () => {
    const bad = Buffer.from(members[1]);
    bad[10] = 0x07;
    const tail = zlib.gzipSync(Buffer.from('the rest of record 1\r\n\r\n'));
    const bytes = Buffer.concat([members[0], bad, tail, members[2]]);
    expect(await segmentsOf(bytes)).toEqual([
      { data: text(0), damage: { offset: at[1], reason: 'invalid block type', resume: at[1] + bad.length + tail.length } },
      { data: text(2), damage: undefined },
    ]);
  });

  it('inflates members too large for one call as a stream: many MB in, or 40 MB out; and finds damage in them', async () => {
    const big = unit(1, randomBytes(6e6).toString('base64')); // ~8 MB that do not compress below 4 MB
    const wide = unit(2, 'z'.repeat(40e6)); // 40 MB out of ~40 kB
    const m = [members[0], zlib.gzipSync(big), zlib.gzipSync(wide), members[3]];
    expect(m[1].length).toBeGreaterThan(4 << 20);
    const got = await segmentsOf(Buffer.concat(m));
    expect(got.map((s) => [s.data.length, s.damage])).toEqual([[units[0].length + big.length + wide.length + units[3].length, undefined]]);
    expect(got[0].data === text(0) + big.toString('latin1') + wide.toString('latin1') + text(3)).toBe(true);
    // the large member cut short: what it gave before the cut, then its damage
    const cut = await segmentsOf(Buffer.concat(m).subarray(0, m[0].length + 5e6));
    expect(cut.map((s) => [s.data.startsWith(text(0)), s.damage])).toEqual([[true, { offset: m[0].length, reason: 'unexpected end of file', resume: null }]]);
  });

  it('a streamed member whose deflate data ends exactly where a read of the file ends, then the next member', async () => {
    // stored (level 0) blocks: 5 MiB of deflate data exactly, read in pieces of 1 MiB
    const body = Buffer.alloc(5_242_085, 0x61);
    const big = zlib.gzipSync(body, { level: 0 });
    expect(big.length - 18).toBe(5 << 20);
    const got = await segmentsOf(Buffer.concat([members[0], big, members[1]]));
    expect(got.map((s) => [s.data.length, s.damage])).toEqual([[units[0].length + body.length + units[1].length, undefined]]);
    expect(got[0].data.endsWith(text(1))).toBe(true);
  });

  it.skipIf(!HAVE_CRC32)('property: with one member damaged (a byte changed in its deflate data or trailer), every other member is read, in order, and the damage names that member', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ minLength: 0, maxLength: 300 }), { minLength: 2, maxLength: 7 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (bodies, which, where, xor) => {
          const us = bodies.map((b, i) => unit(i, b));
          const ms = us.map((u) => zlib.gzipSync(u));
          const k = which % ms.length;
          const pos = 10 + (where % (ms[k].length - 10)); // past the 10-byte header
          const bad = Buffer.from(ms[k]);
          bad[pos] ^= xor;
          const got = await segmentsOf(Buffer.concat([...ms.slice(0, k), bad, ...ms.slice(k + 1)]));
          const off = offsets(ms);
          const before = us.slice(0, k).map((u) => u.toString('latin1')).join('');
          const after = us.slice(k + 1).map((u) => u.toString('latin1')).join('');
          const damage = { offset: off[k], resume: k + 1 < ms.length ? off[k + 1] : null };
          const seen = got.map((s) => [s.data, s.damage && { offset: s.damage.offset, resume: s.damage.resume }]);
          // a change in the unused bits after the deflate data's last code changes nothing: then every member is read whole
          if (got.length === 1 && got[0].damage === undefined) expect(got[0].data).toBe(us.map((u) => u.toString('latin1')).join(''));
          else if (k + 1 < ms.length)
            expect(seen).toEqual([
              [before, damage],
              [after, undefined],
            ]);
          else expect(seen).toEqual([[before, damage]]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
