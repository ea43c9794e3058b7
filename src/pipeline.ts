import { readdir, mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import pLimit from 'p-limit';
import type { Config } from './config.js';
import { Reporter, type Diagnostic } from './diagnostics/diagnostic.js';
import { loadGazetteers, type LoadedGazetteers } from './gazetteer/load.js';
import { GazetteerMatcher } from './gazetteer/matcher.js';
import type { SourceDocument } from './model/document.js';
import type { EntityType } from './model/entity.js';
import { readDocument } from './stages/read.js';
import { clean } from './stages/clean.js';
import { splitSentences } from './stages/split-sentences.js';
import { tagEntities } from './stages/tag-entities.js';
import { resolve, type ResolvedDocument } from './stages/resolve.js';
import type { NameFinderLexicons } from './stages/find-names.js';
import { nameLexicon } from './nlp/compromise.js';
import { TableWriter, JsonArrayWriter } from './export/table-writer.js';
import { DIAGNOSTIC_COLUMNS, ENTITY_COLUMNS, EntityTable, MENTION_COLUMNS, diagnosticRows, mentionRows, type DiagnosticRow, type EntityRow, type MentionRow } from './export/rows.js';

/** Everything the stages need that is built once per run. */
export interface Resources {
  readonly gazetteers: LoadedGazetteers;
  readonly matcher: GazetteerMatcher;
  readonly lexicons: NameFinderLexicons;
  readonly roles: readonly string[];
  readonly loadSeconds: number;
}

export class GazetteerError extends Error {
  constructor(readonly problems: LoadedGazetteers['problems']) {
    super(`gazetteers have ${problems.length} problem(s):\n${problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n')}`);
  }
}

/** Loads and checks the gazetteers; a broken gazetteer stops the run before any document, listing every problem. */
export function loadResources(gazetteerDir: string): Resources {
  const t0 = performance.now();
  const gazetteers = loadGazetteers(gazetteerDir);
  if (gazetteers.problems.length > 0) throw new GazetteerError(gazetteers.problems);
  const matcher = new GazetteerMatcher(gazetteers.entries);
  const roles = [...(gazetteers.lexicons.get('roles') ?? [])].sort((a, b) => b.length - a.length);
  const qualifiers = new Set<string>();
  for (const e of gazetteers.entries) {
    if (e.type === 'norp' || (e.type === 'place' && e.id.startsWith('iso:'))) for (const a of [e.name, ...e.aliases]) if (!a.includes(' ')) qualifiers.add(a);
  }
  const lexicons: NameFinderLexicons = { roles, firstNames: nameLexicon().firstNames, qualifiers };
  return { gazetteers, matcher, lexicons, roles, loadSeconds: (performance.now() - t0) / 1000 };
}

export interface ProcessedDocument {
  readonly id: string;
  readonly path: string;
  readonly doc: ResolvedDocument | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly failed: boolean;
}

/** Runs the pure stages on one decoded document. Any exception is a bug: it fails this document only. */
export function processDocument(source: SourceDocument, res: Resources, report = new Reporter()): ProcessedDocument {
  try {
    report.stage = 'clean';
    const cleaned = clean(source, { report });
    report.stage = 'split';
    const split = splitSentences(cleaned, { report });
    report.stage = 'tag';
    const tagged = tagEntities(split, { report, matcher: res.matcher, lexicons: res.lexicons });
    report.stage = 'resolve';
    const doc = resolve(tagged, { report, roles: res.roles });
    return { id: source.id, path: source.path, doc, diagnostics: report.messages, failed: report.failed };
  } catch (e) {
    report.fail('pipeline/internal-error', `unexpected error in stage ${report.stage}: ${(e as Error).stack ?? e}`);
    return { id: source.id, path: source.path, doc: undefined, diagnostics: report.messages, failed: true };
  }
}

/** Input files: `*.txt` under the input directory, recursively, hidden files and folders skipped, in path order. */
export async function listInputs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(sep).join('/'))
    .filter((p) => !p.split('/').some((part) => part.startsWith('.')))
    .sort();
}

export interface RunSummary {
  documents: number;
  failed: number;
  sentences: number;
  mentions: number;
  byType: Record<EntityType, number>;
  entities: number;
  seconds: number;
  gazetteerSeconds: number;
}

export interface RunHooks {
  onDocument?: (done: number, total: number, p: ProcessedDocument) => void;
}

/**
 * The batch: documents are read and processed with bounded concurrency, and
 * their rows are written strictly in path order (a small reorder buffer), so
 * the output never depends on timing. Only the entity table is kept across
 * documents.
 */
export async function runBatch(config: Config, hooks: RunHooks = {}): Promise<RunSummary> {
  const t0 = performance.now();
  const res = loadResources(config.gazetteers);
  const files = await listInputs(config.input);
  await mkdir(config.output, { recursive: true });
  const mentionsOut = new TableWriter<MentionRow>(join(config.output, 'mentions'), MENTION_COLUMNS);
  const entitiesOut = new TableWriter<EntityRow>(join(config.output, 'entities'), ENTITY_COLUMNS);
  const diagnosticsOut = new TableWriter<DiagnosticRow>(join(config.output, 'diagnostics'), DIAGNOSTIC_COLUMNS);
  const documentsOut = new JsonArrayWriter(join(config.output, 'documents.json'));
  const writers = [mentionsOut, entitiesOut, diagnosticsOut, documentsOut];
  const entities = new EntityTable();
  const summary: RunSummary = { documents: 0, failed: 0, sentences: 0, mentions: 0, byType: { person: 0, place: 0, organization: 0, norp: 0 }, entities: 0, seconds: 0, gazetteerSeconds: res.loadSeconds };

  const limit = pLimit(config.concurrency);
  const pending = new Map<number, ProcessedDocument>();
  let next = 0;
  let done = 0;
  // p-limit trap: never call `limit` from inside a limited task (nested limits deadlock); writing happens outside it
  let chain: Promise<void> = Promise.resolve();
  // writes are serialised on one promise chain so two finishing documents never interleave their rows
  const emit = () => (chain = chain.then(async () => {
    while (pending.has(next)) {
      const p = pending.get(next)!;
      pending.delete(next);
      next++;
      await writeDocument(p);
    }
  }));
  const writeDocument = async (p: ProcessedDocument) => {
    summary.documents++;
    if (p.failed) summary.failed++;
    const d = p.doc;
    if (d) {
      for (const row of mentionRows(d)) await mentionsOut.write(row);
      entities.add(d);
      summary.sentences += d.sentences.length;
      summary.mentions += d.mentions.length;
      for (const m of d.mentions) summary.byType[m.type]++;
    }
    for (const row of diagnosticRows(p.id, p.path, p.diagnostics, d?.text)) await diagnosticsOut.write(row);
    await documentsOut.write(documentSummary(p));
  };

  try {
    const tasks = files.map((rel, i) =>
      limit(async () => {
        const report = new Reporter();
        report.stage = 'read';
        const source = await readDocument(join(config.input, rel), rel, { report });
        const processed: ProcessedDocument = source ? processDocument(source, res, report) : { id: rel.replace(/\.[^./]+$/, ''), path: rel, doc: undefined, diagnostics: report.messages, failed: report.failed };
        return [i, processed] as const;
      }).then(async ([i, processed]) => {
        pending.set(i, processed);
        done++;
        hooks.onDocument?.(done, files.length, processed);
        await emit();
      }),
    );
    await Promise.all(tasks);
    await emit();
    for (const row of entities.toRows()) await entitiesOut.write(row);
    for (const w of writers) await w.commit();
  } catch (e) {
    await Promise.all(writers.map((w) => w.abort()));
    throw e;
  }
  summary.entities = entities.size;
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

function documentSummary(p: ProcessedDocument) {
  const d = p.doc;
  const byType: Record<string, number> = { person: 0, place: 0, organization: 0, norp: 0 };
  for (const m of d?.mentions ?? []) byType[m.type]++;
  return {
    id: p.id,
    path: p.path,
    status: p.failed ? 'failed' : 'ok',
    encoding: d?.encoding ?? null,
    bytes: d?.bytes ?? null,
    metadata: d?.metadata ?? null,
    counts: { characters: d?.text.length ?? 0, sentences: d?.sentences.length ?? 0, mentions: d?.mentions.length ?? 0, entities: d?.entities.size ?? 0, byType },
    blocks: (d?.blocks ?? []).map((b) => ({ start: b.span.start, end: b.span.end, zone: b.zone })),
    dropped: (d?.dropped ?? []).map((b) => ({ start: b.span.start, end: b.span.end, reason: b.reason, text: b.text })),
    diagnostics: p.diagnostics.filter((x) => x.code !== 'clean/dropped-block').map((x) => ({ stage: x.stage, severity: x.severity, code: x.code, message: x.message, start: x.span?.start ?? null, end: x.span?.end ?? null, byteOffset: x.byteOffset ?? null })),
  };
}
