import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { stringify as stringifySync, type Options as CsvOptions } from 'csv-stringify/sync';

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
  private readonly csvFile: WriteStream;
  private readonly jsonFile: WriteStream;
  private readonly csvOptions: CsvOptions;
  private first = true;
  private readonly done: Promise<unknown>;

  constructor(
    private readonly basePath: string,
    private readonly columns: readonly (keyof Row & string)[],
  ) {
    this.csvFile = createWriteStream(`${basePath}.csv.tmp`);
    this.jsonFile = createWriteStream(`${basePath}.json.tmp`);
    this.csvOptions = {
      columns: columns as string[],
      record_delimiter: 'windows',
      escape_formulas: true,
      cast: { number: (v) => String(v), boolean: (v) => (v ? 'true' : 'false'), object: (v) => (Array.isArray(v) ? v.join(' | ') : JSON.stringify(v)) },
    };
    // BOM and header once; then each batch of rows is formatted with csv-stringify's sync API
    // (one call per document rather than a stream transform per row: the same bytes, a fraction of the cost)
    this.csvFile.write(stringifySync([], { ...this.csvOptions, header: true, bom: true }));
    this.jsonFile.write('[');
    this.done = Promise.all([once(this.csvFile, 'finish'), once(this.jsonFile, 'finish')]);
    this.done.catch(() => undefined);
  }

  async write(row: Row): Promise<void> {
    return this.writeRows([row]);
  }

  /** Appends rows (a document's, typically) to both files. */
  async writeRows(rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const csvOk = this.csvFile.write(stringifySync(rows as Row[], { ...this.csvOptions, header: false, bom: false }));
    let json = '';
    for (const row of rows) {
      const obj: Record<string, unknown> = {};
      for (const c of this.columns) obj[c] = row[c] ?? null;
      json += (this.first ? '\n' : ',\n') + JSON.stringify(obj);
      this.first = false;
    }
    this.jsonFile.write(json);
    // wait on what still needs draining *now*: the JSON file may have drained while we waited for the CSV one,
    // and waiting for a 'drain' that already happened would hang the run
    if (!csvOk && this.csvFile.writableNeedDrain) await once(this.csvFile, 'drain');
    if (this.jsonFile.writableNeedDrain) await once(this.jsonFile, 'drain');
  }

  /** Finishes both files and moves them into place. */
  async commit(): Promise<void> {
    this.csvFile.end();
    this.jsonFile.end(this.first ? ']\n' : '\n]\n');
    await this.done;
    await rename(`${this.basePath}.csv.tmp`, `${this.basePath}.csv`);
    await rename(`${this.basePath}.json.tmp`, `${this.basePath}.json`);
  }

  /** Abandons the temporary files. */
  async abort(): Promise<void> {
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
