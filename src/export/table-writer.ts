import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { stringify, type Stringifier } from 'csv-stringify';

/**
 * Writes one table as CSV and JSON side by side, row by row, into temporary
 * files that are renamed into place only by `commit()`: a crash or Ctrl-C
 * mid-run leaves the previous output intact.
 *
 * CSV: UTF-8 with BOM (so Excel detects the encoding), RFC 4180 quoting and
 * CRLF line ends, cells starting with = + - @ tab or CR neutralised
 * (csv-stringify's escape_formulas), arrays joined with ` | `.
 * JSON: an array of objects, one per line, in the same order.
 */
export class TableWriter<Row extends Record<string, unknown>> {
  private readonly csv: Stringifier;
  private readonly csvFile: WriteStream;
  private readonly jsonFile: WriteStream;
  private first = true;
  private readonly done: Promise<unknown>;

  constructor(
    private readonly basePath: string,
    private readonly columns: readonly (keyof Row & string)[],
  ) {
    this.csvFile = createWriteStream(`${basePath}.csv.tmp`);
    this.jsonFile = createWriteStream(`${basePath}.json.tmp`);
    this.csv = stringify({
      header: true,
      bom: true,
      columns: columns as string[],
      record_delimiter: 'windows',
      escape_formulas: true,
      cast: { number: (v) => String(v), boolean: (v) => (v ? 'true' : 'false'), object: (v) => (Array.isArray(v) ? v.join(' | ') : JSON.stringify(v)) },
    });
    this.csv.pipe(this.csvFile);
    this.jsonFile.write('[');
    this.done = Promise.all([once(this.csvFile, 'finish'), once(this.jsonFile, 'finish')]);
    this.done.catch(() => undefined);
  }

  async write(row: Row): Promise<void> {
    const csvOk = this.csv.write(row);
    const obj: Record<string, unknown> = {};
    for (const c of this.columns) obj[c] = row[c] ?? null;
    const jsonOk = this.jsonFile.write((this.first ? '\n' : ',\n') + JSON.stringify(obj));
    this.first = false;
    if (!csvOk) await once(this.csv, 'drain');
    if (!jsonOk) await once(this.jsonFile, 'drain');
  }

  /** Finishes both files and moves them into place. */
  async commit(): Promise<void> {
    this.csv.end();
    this.jsonFile.end(this.first ? ']\n' : '\n]\n');
    await this.done;
    await rename(`${this.basePath}.csv.tmp`, `${this.basePath}.csv`);
    await rename(`${this.basePath}.json.tmp`, `${this.basePath}.json`);
  }

  /** Abandons the temporary files. */
  async abort(): Promise<void> {
    this.csv.destroy();
    this.csvFile.destroy();
    this.jsonFile.destroy();
    await rm(`${this.basePath}.csv.tmp`, { force: true });
    await rm(`${this.basePath}.json.tmp`, { force: true });
  }
}

/** A JSON array written element by element to a temporary file, renamed by `commit()`. */
export class JsonArrayWriter {
  private readonly file: WriteStream;
  private first = true;
  private readonly done: Promise<unknown>;

  constructor(private readonly path: string) {
    this.file = createWriteStream(`${path}.tmp`);
    this.file.write('[');
    this.done = once(this.file, 'finish');
    this.done.catch(() => undefined);
  }

  async write(value: unknown): Promise<void> {
    const ok = this.file.write((this.first ? '\n' : ',\n') + JSON.stringify(value, null, 2).replace(/\n/g, '\n  ').replace(/^/, '  '));
    this.first = false;
    if (!ok) await once(this.file, 'drain');
  }

  async commit(): Promise<void> {
    this.file.end(this.first ? ']\n' : '\n]\n');
    await this.done;
    await rename(`${this.path}.tmp`, this.path);
  }

  async abort(): Promise<void> {
    this.file.destroy();
    await rm(`${this.path}.tmp`, { force: true });
  }
}
