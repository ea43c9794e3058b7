import { join } from 'node:path';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { listInputs, type ProcessedDocument, type Resources } from '../../src/pipeline.js';
import { loadResources, processDocument } from '../../src/process.js';
import { readDocument } from '../../src/stages/read.js';
import { EntityTable } from '../../src/export/rows.js';
import { TableWriter } from '../../src/export/table-writer.js';
import { COOCCURRENCE_COLUMNS, CooccurrenceTable, type CooccurrenceRow } from '../../src/export/cooccurrence.js';
import { ReportBuilder, type ReportOptions } from '../../src/export/report/index.js';

/**
 * Builds the report for a folder of articles the way the batch does (one
 * document at a time into the aggregates and the report), without runBatch.
 */
const loaded = new Map<string, Resources>();

export async function buildReport(inputDir: string, outDir: string, gazetteerDir: string, options: ReportOptions = {}): Promise<ProcessedDocument[]> {
  // the gazetteers load once per test file
  let res = loaded.get(gazetteerDir);
  if (!res) loaded.set(gazetteerDir, (res = loadResources(gazetteerDir)));
  const entities = new EntityTable();
  const cooc = new CooccurrenceTable((id) => entities.nameOf(id));
  const report = new ReportBuilder(outDir, options);
  const processed: ProcessedDocument[] = [];
  for (const rel of await listInputs(inputDir)) {
    const r = new Reporter();
    const source = await readDocument(join(inputDir, rel), rel, { report: r });
    const p = source ? processDocument(source, res, r) : { id: rel, path: rel, doc: undefined, diagnostics: r.messages, failed: true };
    processed.push(p);
    if (p.doc) {
      entities.add(p.doc);
      cooc.add(p.doc);
    }
    await report.addDocument(p);
  }
  const rows = cooc.toRows();
  const w = new TableWriter<CooccurrenceRow>(join(outDir, 'cooccurrences'), COOCCURRENCE_COLUMNS);
  for (const row of rows) await w.write(row);
  await w.commit();
  await report.write({ entities: entities.toRows(), cooccurrences: rows });
  return processed;
}
