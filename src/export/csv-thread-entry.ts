/**
 * The thread `CsvThread` starts (csv-thread.ts): it formats the CSV records of rows it is sent as JSON lines, one
 * message at a time, and posts each back with its number; or appends them, a record a row, to a file of its own that
 * it hands over when asked (`CsvThread.appendRecords`, `closeRecords`). It loads only the table writer
 * (csv-stringify) and the spill files.
 */
import { parentPort } from 'node:worker_threads';
import { csvRecordsOfLines, formatCsvOfLines } from './table-writer.js';
import { RowFile } from '../util/spill.js';
import { CSV_RECORD_LINES, type CsvReply, type CsvRequest } from './csv-thread.js';

const port = parentPort!;
/** the record files being written, by path, and the first error of each that failed */
const files = new Map<string, RowFile<string>>();
const failures = new Map<string, string>();

port.on('message', (m: CsvRequest) => {
  if ('append' in m) return appendRecords(m.append, m.columns, m.lines);
  let reply: CsvReply;
  try {
    reply = 'close' in m ? { id: m.id, file: closeRecords(m.close) } : { id: m.id, csv: formatCsvOfLines(m.columns, m.lines) };
  } catch (e) {
    reply = { id: m.id, error: (e as Error).stack ?? String(e) };
  }
  port.postMessage(reply);
});

/** Appends the lines' CSV records to the file `path` (created by the first call); an error is kept for `closeRecords`. */
function appendRecords(path: string, columns: readonly string[], lines: readonly string[]): void {
  if (failures.has(path)) return;
  try {
    let file = files.get(path);
    if (!file) files.set(path, (file = new RowFile(path, CSV_RECORD_LINES)));
    for (const record of csvRecordsOfLines(columns, lines)) file.appendLine(record);
  } catch (e) {
    failures.set(path, (e as Error).stack ?? String(e));
  }
}

/** The file of records at `path`, handed over to the thread that asked for it (or the error that stopped it). */
function closeRecords(path: string) {
  const failure = failures.get(path);
  const file = files.get(path);
  files.delete(path);
  failures.delete(path);
  if (failure !== undefined) throw new Error(failure);
  if (!file) throw new Error(`internal error: no CSV records were appended to ${path}`);
  return file.handOver();
}
