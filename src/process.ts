/**
 * The processing side of the pipeline: the resources the stages need
 * (`loadResources`) and the stages in order (`processDocument`). It imports
 * the NLP libraries (wink-nlp, compromise, chrono-node), so only the threads
 * that process documents load it: the worker threads, or the main thread with
 * `--workers 0` (src/workers/in-process.ts). The main thread of a run with
 * workers only orchestrates and writes (src/pipeline.ts), and starts its
 * workers without loading them (importing the built cli.js: 410-450 ms and
 * 48 MB of heap with them, 36-43 ms and 7 MB without).
 */
import { Reporter, type Diagnostic } from './diagnostics/diagnostic.js';
import { GazetteerError, loadGazetteers, type LoadedGazetteers } from './gazetteer/load.js';
import { GazetteerMatcher } from './gazetteer/matcher.js';
import type { SourceDocument } from './model/document.js';
import { clean } from './stages/clean.js';
import { splitSentences } from './stages/split-sentences.js';
import { tagEntities } from './stages/tag-entities.js';
import { resolve, type ResolvedDocument } from './stages/resolve.js';
import type { NameFinderLexicons } from './stages/find-names.js';
import { nameLexicon } from './nlp/compromise.js';
import { NameModel } from './learn/model.js';
import { lap, timing } from './util/stage-time.js';

/** Everything the stages need that is built once per run (once per worker thread). */
export interface Resources {
  readonly gazetteers: LoadedGazetteers;
  readonly matcher: GazetteerMatcher;
  readonly lexicons: NameFinderLexicons;
  readonly roles: readonly string[];
  readonly loadSeconds: number;
  /** the trained name model of `--model`, if any */
  readonly model?: NameModel;
}

/** Loads and checks the gazetteers; a broken gazetteer stops the run before any document, listing every problem. */
export function loadResources(gazetteerDir: string, modelPath: string | null = null): Resources {
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
  const model = modelPath ? NameModel.load(modelPath) : undefined;
  return { gazetteers, matcher, lexicons, roles, loadSeconds: (performance.now() - t0) / 1000, model };
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
    let t = timing.on ? performance.now() : 0;
    report.stage = 'clean';
    const cleaned = clean(source, { report });
    if (timing.on) t = lap('clean', t);
    report.stage = 'split';
    const split = splitSentences(cleaned, { report });
    if (timing.on) t = lap('split', t);
    report.stage = 'tag';
    const tagged = tagEntities(split, { report, matcher: res.matcher, lexicons: res.lexicons, model: res.model });
    if (timing.on) t = lap('tag', t);
    report.stage = 'resolve';
    const doc = resolve(tagged, { report, roles: res.roles });
    if (timing.on) lap('resolve', t);
    return { id: source.id, path: source.path, doc, diagnostics: report.messages, failed: report.failed };
  } catch (e) {
    report.fail('pipeline/internal-error', `unexpected error in stage ${report.stage}: ${(e as Error).stack ?? e}`);
    return { id: source.id, path: source.path, doc: undefined, diagnostics: report.messages, failed: true };
  }
}
