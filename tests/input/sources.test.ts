import { describe, expect, it } from 'vitest';
import { mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listInputDirectory } from '../../src/input/sources.js';
import { tempDir } from '../pipeline-helpers.js';

describe('listInputDirectory: file stamps for the result cache', () => {
  it("stamps an article's file with its size, times, inode and device once its times are settleMs old; a new file, and a file of another kind, get none", async () => {
    const input = tempDir('stamps');
    mkdirSync(join(input, 'sub'));
    writeFileSync(join(input, 'sub', 'old.txt'), 'President Ilham Aliyev visited Baku.');
    writeFileSync(join(input, 'new.txt'), 'Baku');
    writeFileSync(join(input, 'feed.jsonl'), JSON.stringify({ id: 'a', text: 'Baku' }) + '\n');
    // every file counts as settled: its times are before now + 60 s
    const all = await listInputDirectory(input, { settleMs: -60_000 });
    const old = all.files.find((f) => f.path === 'sub/old.txt')!;
    const st = statSync(join(input, 'sub', 'old.txt'));
    expect(old.stamp).toBe(`${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}:${st.dev}`);
    expect(all.files.find((f) => f.path === 'feed.jsonl')!.stamp).toBeUndefined();
    // the default: files changed in the last seconds are not stamped (their times could still tick with a write)
    const fresh = await listInputDirectory(input);
    expect(fresh.files.map((f) => f.stamp)).toEqual([undefined, undefined, undefined]);
    // a modification time set back does not settle a file: its change time is new
    utimesSync(join(input, 'new.txt'), new Date(0), new Date(0));
    expect((await listInputDirectory(input)).files.find((f) => f.path === 'new.txt')!.stamp).toBeUndefined();
    // a stamp changes with the file's times: set to the same modification time again, the change time moves on
    const before = (await listInputDirectory(input, { settleMs: -60_000 })).files.find((f) => f.path === 'new.txt')!.stamp;
    await new Promise((ok) => setTimeout(ok, 20));
    utimesSync(join(input, 'new.txt'), new Date(0), new Date(0));
    const after = (await listInputDirectory(input, { settleMs: -60_000 })).files.find((f) => f.path === 'new.txt')!.stamp;
    expect(after).not.toBe(before);
  });
});
