import { describe, expect, it } from 'vitest';
import { CsvThread } from '../../src/export/csv-thread.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_RECORD_LINES } from '../../src/export/csv-thread.js';
import { csvRecordsOf, formatCsv, jsonRow, SPREADSHEET_CELL_CHARS } from '../../src/export/table-writer.js';
import { RowFile } from '../../src/util/spill.js';

const COLUMNS = ['source', 'name', 'count', 'ids'] as const;
type Row = { source: string; name: string; count: number; ids: string[] };
const ROWS: Row[] = [
  { source: 'person:a', name: 'Smith, "Jr."', count: 3, ids: ['d1', 'd2'] },
  { source: 'place:b', name: 'Securities and\nExchange', count: 0, ids: [] },
  { source: 'place:c', name: '=SUM(A1)', count: -2, ids: ['d3'] },
  { source: 'organization:d', name: 'x'.repeat(SPREADSHEET_CELL_CHARS + 5), count: 1, ids: ['d4'] },
];
const lines = ROWS.map((r) => jsonRow(COLUMNS, r));

describe('CsvThread', () => {
  it('formats the rows of JSON lines in its own thread as formatCsv does here', async () => {
    const thread = CsvThread.start(2)!;
    try {
      const expected = formatCsv(COLUMNS, ROWS);
      expect(expected.split('\r\n').length - 1).toBe(ROWS.length);
      // several requests in flight come back each to its own caller
      const answers = await Promise.all([thread.format(COLUMNS, lines), thread.format(COLUMNS, lines.slice(1)), thread.format(COLUMNS, [])]);
      expect(answers).toEqual([expected, formatCsv(COLUMNS, ROWS.slice(1)), '']);
    } finally {
      await thread.close();
    }
  });

  it('formats here what its thread cannot: once the thread is gone, the same CSV', async () => {
    const thread = CsvThread.start(2)!;
    await thread.close();
    expect(await thread.format(COLUMNS, lines)).toBe(formatCsv(COLUMNS, ROWS));
  });

  it('keeps the rows\' CSV records in a file of its own, one a row in the order appended, and hands it over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csv-records-'));
    const thread = CsvThread.start(2)!;
    try {
      const path = join(dir, 'records.tmp');
      thread.appendRecords(path, COLUMNS, lines.slice(0, 3));
      thread.appendRecords(path, COLUMNS, lines.slice(3));
      const file = new RowFile(path, CSV_RECORD_LINES, await thread.closeRecords(path));
      const records = csvRecordsOf(COLUMNS, ROWS);
      expect(records.join('')).toBe(formatCsv(COLUMNS, ROWS));
      expect(file.readLines([3, 0, 1, 2], 0, 4)).toEqual([records[3], records[0], records[1], records[2]]);
      file.remove();
      // a path nothing was appended to has no file to hand over
      await expect(thread.closeRecords(join(dir, 'none.tmp'))).rejects.toThrow(/no CSV records/);
    } finally {
      await thread.close();
      rmSync(dir, { recursive: true });
    }
    // once the thread is gone, no file: the caller formats the rows itself
    await expect(thread.closeRecords(join(dir, 'records.tmp'))).rejects.toThrow();
  });

  it('starts no thread on a machine of one core', () => {
    expect(CsvThread.start(1)).toBeUndefined();
  });
});
