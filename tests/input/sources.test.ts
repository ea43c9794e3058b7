import { describe, expect, it } from 'vitest';
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAX_DEFLATE_RATIO, listInputDirectory, type ListOptions } from '../../src/input/sources.js';
import { tempDir } from '../pipeline-helpers.js';

describe('listInputDirectory: file stamps for the result cache', () => {
  it("stamps an article's file once its times are settleMs old, only when asked; a new file, and a file of another kind, get none", async () => {
    const input = tempDir('stamps');
    mkdirSync(join(input, 'sub'));
    writeFileSync(join(input, 'sub', 'old.txt'), 'President Ilham Aliyev visited Baku.');
    writeFileSync(join(input, 'new.txt'), 'Baku');
    writeFileSync(join(input, 'feed.jsonl'), JSON.stringify({ id: 'a', text: 'Baku' }) + '\n');
    const stamps = async (opts: ListOptions) => Object.fromEntries((await listInputDirectory(input, opts)).files.map((f) => [f.path, f.stamp]));
    // every file counts as settled: its times are before now + 60 s
    const all = await stamps({ stamps: true, settleMs: -60_000 });
    expect(all['sub/old.txt']).toMatch(/^[0-9a-z]+(:-?[0-9a-z]+){4}$/);
    expect(all['feed.jsonl']).toBeUndefined();
    // the same file system facts, the same stamp
    expect(await stamps({ stamps: true, settleMs: -60_000 })).toEqual(all);
    // not asked (a run without a cache), or by default the files changed in the last seconds: no stamps
    expect(Object.values(await stamps({ settleMs: -60_000 }))).toEqual([undefined, undefined, undefined]);
    expect(Object.values(await stamps({ stamps: true }))).toEqual([undefined, undefined, undefined]);
    // a modification time set back does not settle a file: its change time is new
    utimesSync(join(input, 'new.txt'), new Date(0), new Date(0));
    expect((await stamps({ stamps: true }))['new.txt']).toBeUndefined();
  });

  it('a stamp changes with the file: the same size and modification time written again still move its change time', async () => {
    const input = tempDir('stamps');
    const file = join(input, 'a.txt');
    writeFileSync(file, 'Baku');
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    const stamp = async () => (await listInputDirectory(input, { stamps: true, settleMs: -60_000 })).files[0].stamp;
    const before = await stamp();
    await new Promise((ok) => setTimeout(ok, 20));
    writeFileSync(file, 'Bako');
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    const after = await stamp();
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    await new Promise((ok) => setTimeout(ok, 20));
    utimesSync(file, 1_600_000_000, 1_600_000_000);
    expect(await stamp()).not.toBe(after);
  });
});

describe('listInputDirectory: the text size of a gzipped file', () => {
  it('is its trailer\'s size, but never more than deflate unpacks from its bytes (a file cut short has no trailer)', async () => {
    const input = tempDir('gz-size');
    const story = 'Ilham Aliyev spoke in Baku on Monday about the talks with Armenia.\n'.repeat(50);
    const gz = gzipSync(story);
    writeFileSync(join(input, 'whole.txt.gz'), gz);
    // cut short, its last four bytes made the largest size a trailer can hold (4 GiB - 1)
    const cut = Buffer.concat([gz.subarray(0, 100), Buffer.from([0xff, 0xff, 0xff, 0xff])]);
    writeFileSync(join(input, 'cut.txt.gz'), cut);
    const sizes = Object.fromEntries((await listInputDirectory(input)).files.map((f) => [f.path, f.size]));
    expect(sizes['whole.txt.gz']).toBe(Buffer.byteLength(story));
    expect(sizes['cut.txt.gz']).toBe(cut.length * MAX_DEFLATE_RATIO);
  });
});
