/**
 * Outputs are published by rename only when the run is complete: a run
 * killed mid-way (SIGKILL, Ctrl-C) leaves the previous output byte-identical;
 * file-system failures give a clear message and exit 2.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';
import { MINI_GAZETTEERS, makeCorpus, tempDir } from '../pipeline-helpers.js';
import { TableWriter } from '../../src/export/table-writer.js';
import { cli } from './helpers.js';

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
const published = (dir: string) => readdirSync(dir).filter((f) => !f.endsWith('.tmp') && statSync(join(dir, f)).isFile()).sort();
const run = (input: string, out: string) => cli(['-i', input, '-o', out, '-g', MINI_GAZETTEERS, '--workers', '0', '--no-cache', '-q']);

/** A run of `input` into `out`, which a run of `first` filled, with its temporary file `tmp` a link to /dev/full: its result, and what `out` held before. */
async function fullDiskRun(first: string, input: string, out: string, tmp: string): Promise<{ r: Awaited<ReturnType<typeof cli>>; before: Record<string, string> }> {
  expect((await run(first, out)).code).toBe(0);
  const before = snapshot(out);
  symlinkSync('/dev/full', join(out, tmp));
  return { r: await run(input, out), before };
}

/** Starts a real run (tsx src/cli.ts) and sends `signal` once rows are being written into the temporary files. */
async function interrupted(input: string, out: string, signal: NodeJS.Signals, cache = false): Promise<{ code: number | null; signal: NodeJS.Signals | null; sawTmp: boolean; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), '-i', input, '-o', out, '-g', MINI_GAZETTEERS, '--workers', '0', ...(cache ? [] : ['--no-cache']), '-q'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on('close', (code, sig) => ok({ code, signal: sig })));
  let sawTmp = false;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const tmp = join(out, 'mentions.csv.tmp');
    if (existsSync(tmp) && statSync(tmp).size > 4096) {
      sawTmp = true;
      break;
    }
    await new Promise((ok) => setTimeout(ok, 20));
  }
  child.kill(signal);
  return { ...(await exited), sawTmp, err };
}

describe('a killed run leaves the previous output intact', () => {
  const previous = makeCorpus(5);
  const big = makeCorpus(600);

  it.each([['SIGKILL' as const], ['SIGINT' as const], ['SIGTERM' as const]])('%s mid-run', async (signal) => {
    const out = tempDir('atomic-out');
    expect((await cli(['-i', previous, '-o', out, '-g', MINI_GAZETTEERS, '--workers', '0', '--no-cache', '-q'])).code).toBe(0);
    const before = snapshot(out);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['mentions.csv', 'mentions.json', 'entities.csv', 'documents.json', 'diagnostics.csv', 'report.html']));
    const r = await interrupted(big, out, signal);
    expect(r.sawTmp, 'the run was writing when it was killed').toBe(true);
    expect(r.signal ?? r.code).not.toBe(0);
    // every published file is byte-identical: no half-written CSV under a final name
    expect(published(out)).toEqual(Object.keys(before));
    const after = snapshot(out);
    for (const f of Object.keys(before)) expect(after[f], f).toBe(before[f]);
    if (signal !== 'SIGKILL') {
      // Ctrl-C and SIGTERM stop the run cleanly: 128 + the signal's number, its temporary files removed, and a
      // message that says so
      expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      expect(r.err).toMatch(/news-entities: interrupted after [\d,]+ documents: no table was written/);
      // with --quiet that line alone, not the note printed when the signal comes
      expect(r.err).not.toMatch(/stopping after the documents in progress/);
    }
    // the next run completes and replaces them
    expect((await cli(['-i', big, '-o', out, '-g', MINI_GAZETTEERS, '--workers', '0', '--no-cache', '-q'])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8'))).toHaveLength(600);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 90_000);

  it('Ctrl-C keeps the documents processed in the cache: the same command goes on from them', async () => {
    const out = tempDir('atomic-cache');
    const r = await interrupted(big, out, 'SIGINT', true);
    expect(r.sawTmp).toBe(true);
    expect(r.code).toBe(130);
    const done = Number(/interrupted after ([\d,]+) documents/.exec(r.err)![1].replaceAll(',', ''));
    expect(done).toBeGreaterThan(0);
    expect(r.err).toMatch(/the documents processed are in the cache .*: the same command goes on from there/);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const again = await cli(['-i', big, '-o', out, '-g', MINI_GAZETTEERS, '--workers', '0']);
    expect(again.code).toBe(0);
    const cached = Number(/(\d+) from cache/.exec(again.out)![1]);
    expect(cached).toBeGreaterThanOrEqual(done);
    expect(cached).toBeLessThan(600);
  }, 90_000);

  it('an output that fails after the last document leaves every earlier table as it was, not only its own (they are moved into place together)', async () => {
    if (!existsSync('/dev/full')) return; // Linux only
    const out = tempDir('atomic-late');
    // the pair table is written after the last document, after the mention, entity and document tables are
    // finished: its temporary file on a full disk fails the run then
    const { r, before } = await fullDiskRun(previous, big, out, 'cooccurrences.csv.tmp');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ENOSPC/);
    expect(published(out)).toEqual(Object.keys(before));
    const after = snapshot(out);
    for (const f of Object.keys(before)) expect(after[f], f).toBe(before[f]);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 90_000);
});

describe('file-system failures are clear errors', () => {
  const input = makeCorpus(3);

  it('output path that is a file: exit 2 with the path', async () => {
    const file = join(tempDir('fs'), 'not-a-folder');
    writeFileSync(file, 'x');
    const r = await cli(['-i', input, '-o', file, '-g', MINI_GAZETTEERS, '--workers', '0', '--no-cache', '-q']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^news-entities: E(EXIST|NOTDIR): .*not-a-folder/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('output inside the input: exit 2 before anything is read', async () => {
    const r = await cli(['-i', input, '-o', join(input, 'out'), '-g', MINI_GAZETTEERS, '--workers', '0', '-q']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--output .* is inside the input directory/);
    expect(existsSync(join(input, 'out'))).toBe(false);
  });

  it('disk full while writing (the temporary file is a link to /dev/full): exit 2, previous output intact', async () => {
    if (!existsSync('/dev/full')) return; // Linux only
    const out = tempDir('full');
    const { r, before } = await fullDiskRun(input, input, out, 'mentions.csv.tmp');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^news-entities: ENOSPC: no space left on device/);
    const after = snapshot(out);
    for (const f of Object.keys(before)) expect(after[f], f).toBe(before[f]);
    // the aborted run removed its temporary files (the link included)
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('TableWriter: a write error rejects, abort removes the temporary files', async () => {
    const dir = tempDir('tw');
    mkdirSync(join(dir, 'sub'));
    symlinkSync('/dev/full', join(dir, 'sub', 't.csv.tmp'));
    const w = new TableWriter<{ a: string }>(join(dir, 'sub', 't'), ['a']);
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ a: `row ${i} `.repeat(10) }));
    await expect((async () => {
      for (let i = 0; i < rows.length; i += 1000) await w.writeRows(rows.slice(i, i + 1000));
      await w.commit();
    })()).rejects.toThrow(/ENOSPC/);
    await w.abort();
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
  });
});
