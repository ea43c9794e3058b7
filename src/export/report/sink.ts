import { join } from 'node:path';
import type { DocumentResult, Sink } from '../../pipeline.js';
import { problemsOf } from '../../diagnostics/diagnostic.js';
import { ROWS_PER_BATCH, TableWriter, type FileOptions } from '../table-writer.js';
import { COOCCURRENCE_COLUMNS, CooccurrenceTable, type CooccurrenceRow, type EntityNames } from '../cooccurrence.js';
import { spillLimits } from '../spill-limits.js';
import { CsvThread } from '../csv-thread.js';
import type { ReportDocument } from './document.js';
import { ReportBuilder, type ReportInputs, type ReportOptions } from './report-builder.js';

/**
 * The batch's per-document result, plus the original text the report shows.
 * (`text` is absent from results that do not carry it: the document is then
 * listed with its counts and without its text.)
 */
export type ReportResult = DocumentResult & { readonly text?: string | null };

/** The report's view of a batch result. */
export function fromResult(r: ReportResult): ReportDocument {
  const doc = r.document;
  // a part of a long text file: its rows' offsets are the file's, its text the part's (`shiftResult`)
  const by = doc.part?.start ?? 0;
  const back = <T extends { readonly start: number; readonly end: number }>(x: T): T => (by === 0 ? x : { ...x, start: x.start - by, end: x.end - by });
  const md = doc.metadata as (ReportDocument['metadata'] & object) | null;
  return {
    id: r.id,
    path: r.path,
    failed: r.failed,
    skipped: doc.status === 'skipped',
    html: doc.format === 'html',
    metadata: md ? { title: md.title ?? null, date: md.date ?? null, outlet: md.outlet ?? null, dateline: md.dateline ?? null, url: md.url ?? null } : null,
    sentences: r.sentences,
    blocks: by === 0 ? doc.blocks : doc.blocks.map(back),
    dropped: by === 0 ? doc.dropped : doc.dropped.map(back),
    problems: problemsOf(r.diagnostics),
    ...(r.withheld ? { withheld: true as const, mentions: r.mentions, text: null } : { mentions: by === 0 ? r.mentions : r.mentions.map(back), text: r.text ?? null }),
  };
}

/**
 * cooccurrences.csv/.json: the pairs table, aggregated across documents and written at the end, its entities named
 * by `names` (the entity table's `nameOf`).
 */
export function cooccurrenceSink(outputDir: string, names: EntityNames, pairsAt = spillLimits().pairs, files: FileOptions = {}): Sink & { readonly table: CooccurrenceTable; forReport(): Pick<ReportInputs, 'cooccurrences' | 'sentencePairs'> } {
  // past `pairsAt` pairs the table spills to runs beside the output (cooccurrences.run-<n>.tmp); the
  // report reads it after this sink's finish, so its files are removed by whoever ends the batch (`runBatch`)
  const table = new CooccurrenceTable(names, { path: join(outputDir, 'cooccurrences'), at: pairsAt });
  const writer = new TableWriter<CooccurrenceRow>(join(outputDir, 'cooccurrences'), COOCCURRENCE_COLUMNS, files);
  return {
    table,
    // the report draws the strongest pairs that share a sentence: it reads them one at a time, as far as it needs
    forReport: () => ({ cooccurrences: table.sentenceRows(), sentencePairs: table.sentencePairs }),
    write(r: DocumentResult) {
      table.addRows(r.id, r.mentions, r.document.part !== undefined);
    },
    async finish(publication) {
      // ROWS_PER_BATCH rows at a time (table-writer.ts: never the millions of pairs of a large corpus at once,
      // and each batch's strings below V8's large-object size); a spilled table's CSV half on a thread of its own,
      // started before the merge of its runs so that it is ready when the rows are
      const csv = table.spilled > 0 ? CsvThread.start() : undefined;
      try {
        const chunks = csv ? table.formattedChunksWith(csv, ROWS_PER_BATCH, files.json) : table.formattedChunks(ROWS_PER_BATCH, files.json);
        for await (const f of chunks) await writer.writeFormatted(f);
      } finally {
        await csv?.close();
      }
      await writer.commit(publication);
    },
    async abort() {
      table.remove();
      await writer.abort();
    },
    tables: [writer],
  };
}

/**
 * report.html (and report/ for large corpora). `aggregates` is called by
 * `finish`, after every document: put this sink after the entity and
 * co-occurrence sinks.
 */
export function reportSink(outputDir: string, aggregates: () => ReportInputs, options: ReportOptions = {}): Sink {
  const builder = new ReportBuilder(outputDir, options);
  return {
    write: (r: ReportResult) => builder.addDocument(fromResult(r)),
    finish: (publication) => builder.write(aggregates(), publication),
    abort: () => builder.abort(),
  };
}
