import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runItems, tableSinks, tooLongForSpreadsheets, type DocumentResult } from '../../src/pipeline.js';
import { SPREADSHEET_ROWS } from '../../src/export/table-writer.js';
import { spreadsheetWarning } from '../../src/cli.js';
import type { Executor } from '../../src/workers/pool.js';
import type { InputItem } from '../../src/input/sources.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/**
 * A result whose worker says it formatted `rows` mention rows. The text is
 * one real row; only the count is large, so a test can pass the limit
 * without writing a million rows.
 */
const result = (id: string, rows: number): DocumentResult =>
  ({
    id,
    path: `${id}.txt`,
    failed: false,
    bytes: 10,
    sentences: 1,
    mentions: [],
    diagnostics: [],
    document: { id } as unknown as DocumentResult['document'],
    entities: [],
    text: null,
    formatted: { mentions: { csv: `${id}\r\n`, json: `{"document":"${id}"}`, count: rows }, diagnostics: { csv: '', json: '', count: 0 }, document: `  {"id":"${id}"}` },
  }) as DocumentResult;

async function* files(n: number): AsyncGenerator<InputItem> {
  for (let i = 0; i < n; i++) yield { kind: 'file', path: `d${i}.txt`, abs: `/nowhere/d${i}.txt`, bytes: 10 };
}

async function run(rowsPerDocument: readonly number[]) {
  const out = mkdtempSync(join(tmpdir(), 'ne-rows-'));
  dirs.push(out);
  const { sinks } = tableSinks(out);
  let k = 0;
  const exec: Executor = { loadSeconds: 0, run: async () => result(`d${k}`, rowsPerDocument[k++]), close: async () => undefined };
  await runItems(files(rowsPerDocument.length), sinks, exec, undefined, { concurrency: 1 }, {});
  for (const s of sinks) await s.finish();
  return { out, flagged: tooLongForSpreadsheets(sinks) };
}

describe('tables longer than a spreadsheet', () => {
  it('flags a CSV table whose rows and header pass 1,048,576, and only that one', async () => {
    const { out, flagged } = await run([600_000, SPREADSHEET_ROWS - 600_000]);
    expect(flagged).toEqual([{ file: 'mentions.csv', json: 'mentions.json', rows: SPREADSHEET_ROWS }]);
    // the file is the header and what the sink was given
    expect(readFileSync(join(out, 'mentions.csv'), 'utf8').split('\r\n').slice(1)).toEqual(['d0', 'd1', '']);
  });

  it('does not flag a table that fits with its header', async () => {
    const { flagged } = await run([500_000, SPREADSHEET_ROWS - 1 - 500_000]);
    expect(flagged).toEqual([]);
  });

  it('warns with the file, its rows, the limit and the way out', () => {
    expect(spreadsheetWarning({ file: 'mentions.csv', json: 'mentions.json', rows: 7_191_630 })).toBe(
      'news-entities: warning: mentions.csv has 7,191,630 rows; Excel and LibreOffice Calc open only the first 1,048,575 (the header takes one of their 1,048,576). mentions.json holds every row; --shard K/N splits a run into smaller outputs.',
    );
    // with --json-lines, the JSON Lines file
    expect(spreadsheetWarning({ file: 'mentions.csv', json: 'mentions.jsonl', rows: 7_191_630 })).toMatch(/\. mentions\.jsonl holds every row;/);
  });
});
