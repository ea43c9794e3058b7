import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { SPREADSHEET_CELL_CHARS, TableWriter, formatRows, jsonRow, spreadsheetCell } from '../../src/export/table-writer.js';
import { SPREADSHEET_LINE_ENDS } from '../pipeline-helpers.js';

describe('TableWriter CSV', () => {
  const write = async (rows: Record<string, unknown>[]) => {
    const base = join(mkdtempSync(join(tmpdir(), 'ne-csv-')), 't');
    const w = new TableWriter<Record<string, unknown>>(base, ['a', 'b']);
    for (const r of rows) await w.write(r);
    await w.commit();
    return { csv: readFileSync(`${base}.csv`, 'utf8'), json: JSON.parse(readFileSync(`${base}.json`, 'utf8')) };
  };

  it.each([
    // [cell, what a spreadsheet must see]
    ['=HYPERLINK("http://x","y")', "'=HYPERLINK(\"http://x\",\"y\")"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['plain, with comma', 'plain, with comma'],
    ['line\nbreak "quoted"', 'line\nbreak "quoted"'],
    // a name across a hard-wrapped line, with neither a quote nor a comma to get it quoted otherwise
    ['Securities and\nExchange Commission', 'Securities and\nExchange Commission'],
    ['old Mac\rline end', 'old Mac\rline end'],
    ['Windows\r\nline end', 'Windows\r\nline end'],
    ['ends in CR\r', 'ends in CR\r'],
  ])('neutralises formulas and quotes per RFC 4180: %j', async (cell, expected) => {
    const { csv, json } = await write([{ a: cell, b: 1 }]);
    expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM for Excel
    expect(csv).toContain('\r\n'); // CRLF records
    // read as a spreadsheet reads it: outside quotes, a bare LF or CR ends a row too
    const rows = parse(csv, { columns: true, bom: true, record_delimiter: SPREADSHEET_LINE_ENDS }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0].a).toBe(expected);
    expect(json[0].a).toBe(cell); // JSON keeps the raw value
  });

  it('joins arrays with " | " in CSV and keeps them as arrays in JSON', async () => {
    const { csv, json } = await write([{ a: ['x', 'y'], b: null }]);
    expect((parse(csv, { columns: true, bom: true }) as Record<string, string>[])[0]).toEqual({ a: 'x | y', b: '' });
    expect(json[0]).toEqual({ a: ['x', 'y'], b: null });
  });

  it('writes an empty table as a header and []', async () => {
    const { csv, json } = await write([]);
    expect(csv.replace(/^\uFEFF/, '').trim()).toBe('a,b');
    expect(json).toEqual([]);
  });

  it.each([0, 1, 99, 100, 101, 250])('writes %i rows given at once, formatted in batches, as the same bytes as row by row', async (n) => {
    const rows = Array.from({ length: n }, (_, i) => ({ a: i % 3 ? `row ${i}, "q"` : ['x', `${i}`], b: i % 5 ? i : null }));
    const files = async (writeAll: (w: TableWriter<Record<string, unknown>>) => Promise<void>) => {
      const base = join(mkdtempSync(join(tmpdir(), 'ne-csv-')), 't');
      const w = new TableWriter<Record<string, unknown>>(base, ['a', 'b']);
      await writeAll(w);
      await w.commit();
      return [readFileSync(`${base}.csv`, 'utf8'), readFileSync(`${base}.json`, 'utf8')];
    };
    const atOnce = await files((w) => w.writeRows(rows));
    const oneByOne = await files(async (w) => {
      for (const r of rows) await w.write(r);
    });
    expect(atOnce).toEqual(oneByOne);
    expect(JSON.parse(atOnce[1])).toEqual(rows);
    expect((parse(atOnce[0], { columns: true, bom: true }) as unknown[]).length).toBe(n);
  });

  it('round-trips rows spanning many 256 kB chunks, with multi-byte text and cells larger than a chunk', async () => {
    // the file is encoded chunk by chunk into reused buffers: every row must come back whole, in order
    const text = ['Ərdoğan – İlham Əliyev', 'Степанакерт', '中文 text', 'emoji 😀 pair', 'plain ascii'];
    const rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 6000; i++) rows.push({ a: `${i} ${text[i % text.length]}`.repeat(1 + (i % 7)), b: i });
    rows.splice(2500, 0, { a: 'Ə'.repeat(300_000), b: -1 }, { a: 'x'.repeat(90_000), b: -2 });
    const { csv, json } = await write(rows);
    const parsed = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(parsed.length).toBe(rows.length);
    // the two cells past a spreadsheet's limit come back cut (below), every other one whole
    parsed.forEach((r, i) => expect(r.a).toBe(spreadsheetCell(rows[i].a as string)));
    expect(parsed[2500].a).toBe('Ə'.repeat(SPREADSHEET_CELL_CHARS - 2) + '…');
    expect(parsed[2501].a).toBe('x'.repeat(SPREADSHEET_CELL_CHARS - 2) + '…');
    expect(json).toEqual(rows);
  });

  it("cuts a cell past a spreadsheet's 32,767 characters to fit, ending in …, in the CSV only; arrays joined too", async () => {
    const sentence = 'Ilham Aliyev met Vladimir Putin in ' + 'x'.repeat(40_000) + ' Baku.';
    const { csv, json } = await write([
      { a: sentence, b: 'x'.repeat(SPREADSHEET_CELL_CHARS - 1) },
      { a: '=' + 'y'.repeat(50_000), b: ['z'.repeat(20_000), 'w'.repeat(20_000)] },
    ]);
    const rows = parse(csv, { columns: true, bom: true, record_delimiter: SPREADSHEET_LINE_ENDS }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell.length).toBeLessThanOrEqual(SPREADSHEET_CELL_CHARS);
    expect(rows[0].a).toBe(sentence.slice(0, SPREADSHEET_CELL_CHARS - 2) + '…');
    expect(rows[0].b).toBe('x'.repeat(SPREADSHEET_CELL_CHARS - 1)); // one short of the limit: whole
    expect(rows[1].a).toBe("'=" + 'y'.repeat(SPREADSHEET_CELL_CHARS - 3) + '…'); // the formula escape fits too
    expect(rows[1].b).toBe('z'.repeat(20_000) + ' | ' + 'w'.repeat(SPREADSHEET_CELL_CHARS - 2 - 20_003) + '…');
    expect(json[0].a).toBe(sentence); // JSON keeps the value whole
    expect(json[1].b).toEqual(['z'.repeat(20_000), 'w'.repeat(20_000)]);
  });

  it('spreadsheetCell: a value under the limit as it is; a longer one a prefix of it, within the limit, never half a surrogate pair', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70_000 }), fc.constantFrom('a', '😀', 'Ə'), (n, unit) => {
        const text = unit.repeat(n);
        const cell = spreadsheetCell(text);
        if (text.length < SPREADSHEET_CELL_CHARS) expect(cell).toBe(text);
        else {
          expect(cell.length).toBeLessThanOrEqual(SPREADSHEET_CELL_CHARS - 1);
          expect(cell.endsWith('…')).toBe(true);
          expect(text.startsWith(cell.slice(0, -1))).toBe(true);
          expect(cell.slice(0, -1)).not.toMatch(/[\uD800-\uDBFF]$/); // no high surrogate left without its pair
        }
      }),
    );
  });
});

describe('formatRows and jsonRow (what a worker formats) against the libraries they stand in front of', () => {
  const columns = ['a', 'b', 'c', 'd'] as const;
  const value = fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.double({ noNaN: true }), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }));
  const row = fc.record({ a: value, b: value, c: value, d: value, extra: value }, { requiredKeys: [] });

  it('jsonRow: JSON.stringify of an object with exactly the columns, in order, null for empty', () => {
    fc.assert(
      fc.property(row, (r) => {
        const obj: Record<string, unknown> = {};
        for (const c of columns) obj[c] = (r as Record<string, unknown>)[c] ?? null;
        expect(jsonRow(columns as unknown as string[], r as Record<string, unknown>)).toBe(JSON.stringify(obj));
      }),
    );
  });

  it('formatRows: the CSV csv-stringify writes for the rows as objects with these columns', () => {
    const opts = { columns: [...columns], record_delimiter: 'windows' as const, quote_record_delimiter: true, escape_formulas: true, header: false, bom: false, cast: { number: (v: number) => String(v), boolean: (v: boolean) => (v ? 'true' : 'false'), object: (v: object) => (Array.isArray(v) ? v.join(' | ') : JSON.stringify(v)) } };
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (rows) => {
        expect(formatRows(columns as unknown as string[], rows as Record<string, unknown>[]).csv).toBe(stringify(rows, opts));
      }),
    );
  });

  it('formatRows: a spreadsheet reads back one row per row and every cell whole, whatever line breaks the cells hold', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', '\r', 'É', '=') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (pairs) => {
        const rows = pairs.map(([a, b]) => ({ a, b, c: 1, d: null }));
        const back = parse(formatRows(columns, rows).csv, { record_delimiter: SPREADSHEET_LINE_ENDS, relax_column_count: true }) as string[][];
        // a cell opening with = + - @ or CR gets a quote mark in front (escape_formulas); nothing else changes
        const cell = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(back).toEqual(rows.map((r) => [cell(r.a), cell(r.b), '1', '']));
      }),
      { numRuns: 500 },
    );
  });
});

describe('TableWriter JSON Lines (--json-lines)', () => {
  const columns = ['a', 'b', 'c'] as const;
  const text = fc.string({ unit: fc.constantFrom('a', ',', '\n', '"', '\\', '[', ']', '{', 'é', ' ') });

  it('writes one object per line, nothing else, and reads back the rows the JSON array holds, whatever the strings hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.tuple(text, text), { maxLength: 4 }), { maxLength: 4 }), async (batches) => {
        const dir = mkdtempSync(join(tmpdir(), 'ne-jsonl-'));
        const lines = new TableWriter<Record<string, unknown>>(join(dir, 'l'), [...columns], { json: 'lines' });
        const array = new TableWriter<Record<string, unknown>>(join(dir, 'a'), [...columns]);
        const rows = batches.map((b) => b.map(([a, s]) => ({ a, b: s, c: [a, s] })));
        // as a worker sends them: a batch of rows formatted at once, for either shape (a writer converts the other)
        for (const [k, batch] of rows.entries()) {
          await lines.writeFormatted(formatRows([...columns], batch, k % 2 ? 'lines' : 'array'));
          await array.writeFormatted(formatRows([...columns], batch, k % 2 ? 'array' : 'lines'));
        }
        await lines.commit();
        await array.commit();
        const jsonl = readFileSync(join(dir, 'l.jsonl'), 'utf8');
        const all = rows.flat();
        expect(jsonl === '' ? [] : jsonl.replace(/\n$/, '').split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')));
        expect(jsonl.endsWith('\n') || all.length === 0).toBe(true);
        expect(all.length).toBe((JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as unknown[]).length);
      }),
      { numRuns: 200 },
    );
  });
});
