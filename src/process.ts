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
import { GazetteerError, loadGazetteers, type LoadedGazetteers, type LoadStats } from './gazetteer/load.js';
import { GazetteerMatcher } from './gazetteer/matcher.js';
import { EntryTable } from './gazetteer/packed.js';
import { gazetteerLexicons, nameLists, type NameLists, type SharedResources } from './gazetteer/shared.js';
import type { CleanDocument, SourceDocument, SplitDocument } from './model/document.js';
import { SAMPLE_CHARS, type LanguageCheck } from './nlp/language.js';
import { clean } from './stages/clean.js';
import { splitSentences } from './stages/split-sentences.js';
import { tagEntities, type TaggedDocument } from './stages/tag-entities.js';
import { resolve, type ExportedDocument } from './stages/resolve.js';
import { joinSections, resolvedSection, sectionsOf, type ResolvedSection } from './stages/sections.js';
import { partSizes, type PartSizes } from './input/parts.js';
import { grouped } from './util/format.js';
import type { NameFinderLexicons } from './stages/find-names.js';
import { NameModel } from './learn/model.js';
import { DOCUMENT_PAIR_ENTITIES, manyEntitiesWarning } from './export/cooccurrence.js';
import { lap, timing } from './util/stage-time.js';

/** Everything the stages need, opened once per thread that processes documents. */
export interface Resources {
  readonly matcher: GazetteerMatcher;
  readonly lexicons: NameFinderLexicons;
  readonly roles: readonly string[];
  readonly stats: LoadStats;
  readonly loadSeconds: number;
  /** the trained name model of `--model`, if any */
  readonly model?: NameModel;
}

/**
 * Loads and checks the gazetteers, as objects (scripts, tests, `--verbose`,
 * which read the entries too); a broken gazetteer stops the run before any
 * document, listing every problem. The pipeline's threads share one load
 * instead (`prepareResources`, `openResources`).
 */
export function loadResources(gazetteerDir: string, modelPath: string | null = null): Resources & { readonly gazetteers: LoadedGazetteers } {
  const t0 = performance.now();
  const gazetteers = loadGazetteers(gazetteerDir);
  if (gazetteers.problems.length > 0) throw new GazetteerError(gazetteers.problems);
  const matcher = new GazetteerMatcher(gazetteers.entries);
  const { roles, qualifiers, nationalities, countries } = gazetteerLexicons(gazetteers);
  const lexicons = nameFinderLexicons(roles, qualifiers, nationalities, nameLists(gazetteers), countries);
  const model = modelPath ? NameModel.load(modelPath) : undefined;
  return { gazetteers, matcher, lexicons, roles, stats: gazetteers.stats, loadSeconds: (performance.now() - t0) / 1000, model };
}

const nameFinderLexicons = (roles: readonly string[], qualifiers: ReadonlySet<string>, nationalities: ReadonlySet<string>, words: NameLists, countries: Iterable<readonly [string, string]>): NameFinderLexicons => ({
  roles,
  qualifiers,
  nationalities,
  countries: new Map(countries),
  firstNames: new Set(words.firstNames),
  femaleNames: new Set(words.femaleNames),
  maleNames: new Set(words.maleNames),
  givenNames: new Set(words.givenNames),
  lastNames: new Set(words.lastNames),
  surnames: new Set(words.surnames),
  commonWords: new Set(words.commonWords),
  known: new Map(words.known),
  afterPlace: new Map(words.afterPlace),
  loneSurnames: new Map(words.loneSurnames ?? []),
  languages: new Set(words.languages),
});

/**
 * The resources of a thread that processes documents, over gazetteers another
 * thread loaded (`prepareResources` in src/gazetteer/shared.ts): the entries
 * are decoded as they are hit, the matcher's index is read in place. A few
 * milliseconds instead of a load (`loadSeconds` is the shared load's).
 */
export function openResources(shared: SharedResources, modelPath: string | null = null): Resources {
  const matcher = new GazetteerMatcher(new EntryTable(shared.entries), shared.matcher);
  const roles = shared.roles;
  const lexicons = nameFinderLexicons(roles, new Set(shared.qualifiers), new Set(shared.nationalities), shared.names, shared.countries);
  const model = modelPath ? NameModel.load(modelPath) : undefined;
  return { matcher, lexicons, roles, stats: shared.stats, loadSeconds: shared.loadSeconds, model };
}

export interface ProcessedDocument {
  readonly id: string;
  readonly path: string;
  readonly doc: ExportedDocument | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly failed: boolean;
}

export interface ProcessOptions {
  /** `--english-only`: the language check of cleaned texts (src/nlp/language.ts); a text in another language is not processed further */
  readonly otherLanguage?: LanguageCheck;
  /** a cleaned text of more than `long` characters goes through the later stages in sections of at most `part` (`inSections`); default `partSizes()` (tests set small ones) */
  readonly sections?: PartSizes;
}

/** The cleaned document, or undefined (with a warning) when its text reads as a language other than English. */
function englishOrNone(c: CleanDocument, report: Reporter, check: LanguageCheck): CleanDocument | undefined {
  // the kept text first; a text in another language is often dropped whole by the cleaner's English-made rules
  // (clean/no-content), so the dropped blocks' text (what the page shows besides) makes up the sample
  let sample = c.clean;
  for (let i = 0; i < c.dropped.length && sample.length < SAMPLE_CHARS; i++) sample += `\n\n${c.dropped[i].text}`;
  const other = check(sample);
  if (!other) return c;
  report.warn('clean/other-language', `the text reads as "${other.language}" (eld's language identification: ${other.score.toFixed(2)}, English ${other.english.toFixed(2)}); not processed (--english-only)`);
  return undefined;
}

/** Runs the pure stages on one decoded document. Any exception is a bug: it fails this document only. */
export function processDocument(source: SourceDocument, res: Resources, report = new Reporter()): ProcessedDocument {
  return processDocuments([source], res, [report])[0];
}

/**
 * Runs the pure stages on several documents, a stage at a time: each stage
 * goes over every document before the next stage starts. A document's result
 * is the same as `processDocument`'s on it alone (the stages keep nothing
 * across documents that changes an output: tests/process.test.ts); what
 * changes is the time: 16 documents at a time took ~10% less for the stages
 * and the row formatting in one thread (docs/BENCHMARKS.md, eleventh
 * session), every stage a little faster, most likely because one stage's code
 * and tables stay in the CPU's caches over the batch instead of being evicted
 * by the other stages between two documents (this VM exposes no cache
 * counters to confirm it). An
 * exception is a bug: it fails its document only, which skips the later
 * stages.
 */
export function processDocuments(sources: readonly SourceDocument[], res: Resources, reports: readonly Reporter[], opts: ProcessOptions = {}): ProcessedDocument[] {
  const cleanedAll = stage('clean', sources, reports, (s, report) => clean(s, { report }));
  // --english-only: a text that reads as another language goes no further (its status: skipped)
  const check = opts.otherLanguage;
  const cleaned = check ? stage('clean', cleanedAll, reports, (c, report) => englishOrNone(c, report, check)) : cleanedAll;
  // a cleaned text longer than any article (a web page of many stories) goes on in sections, one at a time (`inSections`)
  const cut = opts.sections ?? partSizes();
  const long = cleaned.map((c) => c !== undefined && c.clean.length > cut.long);
  const whole = long.includes(true) ? cleaned.map((c, i) => (long[i] ? undefined : c)) : cleaned;
  const later = laterStages(res);
  const split = stage('split', whole, reports, later.split);
  const tagged = stage('tag', split, reports, later.tag);
  const docs: (ExportedDocument | undefined)[] = stage('resolve', tagged, reports, later.resolve);
  for (const [i, c] of cleaned.entries()) if (c && long[i]) docs[i] = inSections(c, later, reports[i], cut.part);
  for (const [i, d] of docs.entries()) if (d) noteManyEntities(d, reports[i]);
  return sources.map((source, i) => ({ id: source.id, path: source.path, doc: docs[i], diagnostics: reports[i].messages, failed: reports[i].failed }));
}

/** The stages after cleaning, over this thread's resources. */
function laterStages(res: Resources) {
  return {
    split: (c: CleanDocument, report: Reporter) => splitSentences(c, { report, tagging: res.model ? 'contextual' : 'lexical' }),
    tag: (d: SplitDocument, report: Reporter) => tagEntities(d, { report, matcher: res.matcher, lexicons: res.lexicons, model: res.model }),
    resolve: (d: TaggedDocument, report: Reporter) => resolve(d, { report, roles: res.roles, names: res.lexicons }),
  };
}
type LaterStages = ReturnType<typeof laterStages>;

/**
 * A cleaned document through split, tag and resolve in sections of at most `maxChars` characters, one after
 * another, joined as one document (src/stages/sections.ts); each section's tokens and candidates are dropped
 * as soon as it is resolved. An exception is a bug: it fails the document.
 */
function inSections(c: CleanDocument, later: LaterStages, report: Reporter, maxChars: number): ExportedDocument | undefined {
  const sections = sectionsOf(c, maxChars);
  report.stage = 'split';
  report.warn('split/in-sections', `the cleaned text is ${grouped(c.clean.length)} characters long, more than a news article: split, tagged and resolved in ${sections.length} section${sections.length === 1 ? '' : 's'} of at most ${grouped(maxChars)} characters, so a name is resolved within its section only`);
  const done: ResolvedSection[] = [];
  for (const [k, s] of sections.entries()) {
    try {
      report.stage = 'split';
      const split = later.split(s.doc, report);
      report.stage = 'tag';
      const tagged = later.tag(split, report);
      report.stage = 'resolve';
      done.push(resolvedSection(s.start, later.resolve(tagged, report)));
    } catch (e) {
      report.fail('pipeline/internal-error', `unexpected error in stage ${report.stage}, section ${k + 1} of ${sections.length} (from character ${grouped(s.start)} of the cleaned text): ${(e as Error).stack ?? e}`);
      return undefined;
    }
  }
  return joinSections(c, done);
}

/** The export's warning about a document of so many entities that the co-occurrence table counts its pairs within sentences only. */
function noteManyEntities(d: ExportedDocument, report: Reporter): void {
  // (fewer mentions than the limit cannot name more entities; a part of a long text counts its pairs within
  // sentences whatever its entities, and its read/in-parts warning says why)
  const warning = !d.part && d.mentions.length > DOCUMENT_PAIR_ENTITIES ? manyEntitiesWarning(new Set(d.mentions.map((m) => m.entityId)).size) : undefined;
  if (!warning) return;
  report.stage = 'export';
  report.warn('export/many-entities', warning);
}

/** One stage over a batch; `undefined` in, or a throw, gives `undefined` out (the latter failing the document). */
function stage<I, O>(name: string, inputs: readonly (I | undefined)[], reports: readonly Reporter[], run: (input: I, report: Reporter) => O): (O | undefined)[] {
  const t = timing.on ? performance.now() : 0;
  const out = inputs.map((input, i) => {
    if (input === undefined) return undefined;
    const report = reports[i];
    report.stage = name;
    try {
      return run(input, report);
    } catch (e) {
      report.fail('pipeline/internal-error', `unexpected error in stage ${name}: ${(e as Error).stack ?? e}`);
      return undefined;
    }
  });
  if (timing.on) lap(name, t);
  return out;
}
