/**
 * The thread `CsvThread` starts (csv-thread.ts): it formats the CSV records of rows it is sent as JSON lines, one
 * message at a time, and posts each back with its number. It loads only the table writer (csv-stringify).
 */
import { parentPort } from 'node:worker_threads';
import { formatCsvOfLines } from './table-writer.js';
import type { CsvReply, CsvRequest } from './csv-thread.js';

const port = parentPort!;
port.on('message', (m: CsvRequest) => {
  let reply: CsvReply;
  try {
    reply = { id: m.id, csv: formatCsvOfLines(m.columns, m.lines) };
  } catch (e) {
    reply = { id: m.id, error: (e as Error).stack ?? String(e) };
  }
  port.postMessage(reply);
});
