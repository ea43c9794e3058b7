import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { ROOT, runCli } from '../helpers.js';
import { tempDir } from '../pipeline-helpers.js';
import { TableWriter, csvFile, jsonFile } from '../../src/export/table-writer.js';

// what a run writes besides report.html, by base name
const TABLES = ['mentions.csv', 'mentions.json', 'entities.csv', 'entities.json', 'diagnostics.csv', 'diagnostics.json', 'documents.json', 'cooccurrences.csv', 'cooccurrences.json', 'candidates.csv', 'candidates.json', 'places.geojson'];

let plain: string;
let gzipped: string;
beforeAll(() => {
  plain = runCli(['--input', join(ROOT, 'input'), '--quiet', '--no-cache', '--diagnostics', 'info', '--workers', '0']).out;
  gzipped = runCli(['--input', join(ROOT, 'input'), '--quiet', '--no-cache', '--diagnostics', 'info', '--workers', '0', '--gzip']).out;
}, 120_000);

describe('--gzip', () => {
  it('writes every table gzipped, each the plain run\'s bytes once unpacked, and no plain copy', () => {
    expect(readdirSync(gzipped).filter((f) => !f.startsWith('.')).sort()).toEqual([...TABLES.map((t) => `${t}.gz`), 'report.html'].sort());
    for (const t of TABLES) {
      const packed = readFileSync(join(gzipped, `${t}.gz`));
      expect([packed[0], packed[1]], t).toEqual([0x1f, 0x8b]);
      expect(gunzipSync(packed).equals(readFileSync(join(plain, t))), t).toBe(true);
    }
    // the sample's tables are not empty, so the comparison above compares something
    expect(gunzipSync(readFileSync(join(gzipped, 'mentions.csv.gz'))).length).toBeGreaterThan(10_000);
    // and the report is the same page
    expect(readFileSync(join(gzipped, 'report.html'), 'utf8')).toBe(readFileSync(join(plain, 'report.html'), 'utf8'));
  });

  it('gives the same bytes with two worker threads as in the main thread (the gzip stream is deterministic)', () => {
    const two = runCli(['--input', join(ROOT, 'input'), '--quiet', '--no-cache', '--diagnostics', 'info', '--workers', '2', '--gzip', '--no-report']).out;
    for (const t of TABLES) expect(readFileSync(join(two, `${t}.gz`)).equals(readFileSync(join(gzipped, `${t}.gz`))), t).toBe(true);
  });

  it('a run with or without --gzip (and --json-lines) into the same folder leaves no out-of-date copy of a table', () => {
    const dir = runCli(['--input', join(ROOT, 'input'), '--quiet', '--no-cache', '--no-report', '--gzip', '--json-lines']).out;
    expect(existsSync(join(dir, 'mentions.jsonl.gz'))).toBe(true);
    runCli(['--input', join(ROOT, 'input'), '--quiet', '--no-cache', '--no-report', '--output', dir]);
    expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual([...TABLES].sort());
    runCli(['--input', join(ROOT, 'input'), '--quiet', '--no-cache', '--no-report', '--output', dir, '--gzip']);
    expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual(TABLES.map((t) => `${t}.gz`).sort());
  });
});

describe('TableWriter with gzip', () => {
  const columns = ['a', 'b'] as const;

  it('unpacks to the bytes the plain writer writes, over many chunks and whatever the batches', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 6 }), fc.string({ maxLength: 40 }), async (batches, cell) => {
        const dir = tempDir('gz');
        const files = [{}, { gzip: true }, { json: 'lines' as const, gzip: true }];
        const writers = files.map((f, k) => new TableWriter<Record<string, unknown>>(join(dir, `t${k}`), [...columns], f));
        for (const n of batches) {
          // rows long enough that a few batches pass the writer's 256 kB chunk
          const rows = Array.from({ length: n }, (_, i) => ({ a: `${cell} ${i} ${'x'.repeat(i % 200)}`, b: i % 7 ? i : null }));
          for (const w of writers) await w.writeRows(rows);
        }
        for (const w of writers) await w.commit();
        const [csv0, json0] = [readFileSync(csvFile(join(dir, 't0'))), readFileSync(jsonFile(join(dir, 't0')))];
        expect(gunzipSync(readFileSync(csvFile(join(dir, 't1'), files[1]))).equals(csv0)).toBe(true);
        expect(gunzipSync(readFileSync(jsonFile(join(dir, 't1'), files[1]))).equals(json0)).toBe(true);
        // JSON Lines gzipped: the array's elements, a line each
        const lines = gunzipSync(readFileSync(join(dir, 't2.jsonl.gz'))).toString('utf8');
        expect(lines === '' ? [] : lines.replace(/\n$/, '').split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(JSON.parse(json0.toString('utf8')));
        expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('a write error of the file behind the compressor rejects, and abort removes the temporary files', async () => {
    const dir = tempDir('gzfull');
    mkdirSync(join(dir, 'sub'));
    symlinkSync('/dev/full', join(dir, 'sub', 't.csv.gz.tmp'));
    const w = new TableWriter<{ a: string }>(join(dir, 'sub', 't'), ['a'], { gzip: true });
    // varied rows, so that the compressed output passes a file write's buffer
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ a: `row ${i} ${(i * 7919).toString(36)} `.repeat(10) }));
    await expect(
      (async () => {
        for (let i = 0; i < rows.length; i += 1000) await w.writeRows(rows.slice(i, i + 1000));
        await w.commit();
      })(),
    ).rejects.toThrow(/ENOSPC/);
    await w.abort();
    expect(readdirSync(join(dir, 'sub'))).toEqual([]);
  });
});
