import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { articleRecord } from './jsonl.js';
import type { InputItem } from './sources.js';

/**
 * CSV input: one article per row, under a header row that names the columns,
 * the shape of news datasets exported from a spreadsheet or a database
 * (Kaggle's, GDELT's article lists, a newsroom's CMS export).
 *
 *   id,title,date,url,source,text
 *   a1,Truce holds,2020-12-28,https://...,Trend,"BAKU, Dec 28 ... (line breaks inside quotes are kept)"
 *
 * The columns are those of a JSON Lines article (src/input/jsonl.ts): `text`
 * (or a page's `html`) is required; `id`, `title`, `date`, `url`, `source`
 * are optional, other columns ignored, names matched in any case. A row with
 * no `id` (or an empty one) is named `file.csv:LINE`, the line its row starts
 * on. An empty cell is no value. Each row becomes the same article a JSON
 * Lines line would be, so everything after reading is shared.
 *
 * csv-parse reads the file as a stream (RFC 4180: quoted cells with commas,
 * quotes and line breaks; a BOM dropped), so a file of any size is read in
 * constant memory. A row csv-parse cannot read (a wrong number of cells, a
 * quote in the wrong place) is one failed document named by its line; the
 * rows after it go on. A file without the `text` column is one failed
 * document that says which columns it has.
 */
const FIELDS = ['id', 'text', 'html', 'title', 'date', 'url', 'source'] as const;

export interface CsvOptions {
  /** rows whose text has more bytes than this are refused (`read/too-large`) */
  readonly maxBytes: number;
}

export async function* csvItems(stream: Readable, path: string, opts: CsvOptions): AsyncGenerator<InputItem> {
  const skipped: InputItem[] = [];
  let lastSkipped = -1;
  let header: (string | undefined)[] | null = null;
  const parser = stream.pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      // a quote left open would make the rest of the file one cell: stop at the limit a row may have
      max_record_size: opts.maxBytes,
      skip_records_with_error: true,
      on_skip: (err) => {
        // one failed document per bad row: csv-parse reports a row over max_record_size again for every chunk it reads of it
        if (err && Number(err.lines) !== lastSkipped) skipped.push({ kind: 'bad-line', path, line: (lastSkipped = Number(err.lines)), code: 'read/bad-csv', error: csvError(err.message), bytes: 0 });
        return undefined;
      },
    }),
  );
  // pipe() does not pass the source's errors on (a .csv.gz cut short, an I/O error): the parser would wait forever
  stream.once('error', (e) => parser.destroy(e));
  let previousEnd = 0;
  let emptyLines = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
      // csv-parse reads ahead of this loop: a bad row it skipped may come after this one
      for (const bad of before(skipped, info.lines)) {
        if (bad.kind === 'bad-line') previousEnd = Math.max(previousEnd, bad.line);
        yield bad;
      }
      // the row starts after the last one and the empty lines since (info is a snapshot taken at this row's end)
      const line = previousEnd + 1 + (info.empty_lines - emptyLines);
      previousEnd = info.lines;
      emptyLines = info.empty_lines;
      if (!header) {
        header = record.map((name) => {
          const n = name.trim().toLowerCase();
          return (FIELDS as readonly string[]).includes(n) ? n : undefined;
        });
        if (!header.includes('text') && !header.includes('html')) {
          const names = record.map((n) => JSON.stringify(n)).join(', ');
          yield { kind: 'refused', path, id: path, code: 'read/bad-csv', message: `${path}: the header row (line 1) has no "text" or "html" column (its columns: ${names.slice(0, 200)}); a CSV input needs a header row naming id, text, title, date, url, source`, bytes: 0 };
          stream.destroy();
          return;
        }
        continue;
      }
      const row: Record<string, string> = {};
      header.forEach((name, k) => {
        const v = record[k];
        if (name && v !== undefined && v !== '') row[name] ??= v;
      });
      row.id ??= `${path}:${line}`;
      if (row.text === undefined && row.html === undefined) row.text = '';
      // the row as a JSON Lines line: what the cache keys it by
      const raw = JSON.stringify(row);
      const body = row.text ?? row.html;
      const bytes = Buffer.byteLength(body);
      if (bytes > opts.maxBytes) {
        yield { kind: 'refused', path, id: `${path}:${line}`, code: 'read/too-large', message: `${path}:${line}: the row's text has ${bytes} bytes, above the limit of ${opts.maxBytes} (--max-bytes); skipped`, bytes };
        continue;
      }
      const parsed = articleRecord(row);
      if (parsed.ok) yield { kind: 'record', path, line, raw, record: parsed.record, bytes };
      else yield { kind: 'bad-line', path, line, code: 'read/bad-csv', error: parsed.error, bytes };
    }
    yield* skipped.splice(0);
  } catch (e) {
    yield* skipped.splice(0);
    const err = e as NodeJS.ErrnoException & { lines?: number };
    const where = previousEnd === 0 ? 'before its first row' : `after line ${previousEnd}`;
    const why = err.code?.startsWith('CSV_') ? csvError(err.message) : err.code?.startsWith('Z_') ? `not a complete gzip file (${err.message})` : `read failed (${err.code ?? err.message})`;
    yield { kind: 'refused', path, id: `${path}:${previousEnd + 1}`, code: 'read/bad-csv', message: `${path}: ${why} ${where}; the rows before were read`, bytes: 0 };
  }
}

/** The bad rows of `skipped` that end before line `line`, taken out in order. */
function before(skipped: InputItem[], line: number): InputItem[] {
  const out: InputItem[] = [];
  while (skipped.length > 0 && skipped[0].kind === 'bad-line' && skipped[0].line < line) out.push(skipped.shift()!);
  return out;
}

/** csv-parse's message without its own 'Invalid Record Length: ...' prefix noise: kept whole, first sentence only */
const csvError = (message: string) => `not a CSV row csv-parse can read (${message.split('\n')[0]})`;

/** How many rows a CSV file has (its header not counted), for the progress total; 0 when it cannot be read. */
export async function countCsvRows(stream: Readable): Promise<number> {
  let n = 0;
  const rows = stream.pipe(parse({ bom: true, skip_empty_lines: true, skip_records_with_error: true }));
  stream.once('error', (e) => rows.destroy(e));
  try {
    for await (const _ of rows) n++;
  } catch {
    // the run reports it when it reads the file
  }
  return Math.max(0, n - 1);
}
