#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import { byCodeUnit } from './util/order.js';
import { ConfigError, DEFAULTS, normalizeConfig, type Config } from './config.js';
import { aliasShadowing } from './gazetteer/check.js';
import { GazetteerError, InterruptedError, runBatch, runStdinJsonl, type RunHooks, type RunSummary } from './pipeline.js';
import { WorkerStartError } from './workers/pool.js';
import { SPREADSHEET_ROWS } from './export/table-writer.js';
import { SEVERITIES } from './diagnostics/diagnostic.js';
import { grouped } from './util/format.js';

/**
 * Exit codes: 0 all documents processed; 1 some documents failed (the rest
 * were written); 2 usage or configuration error (nothing was processed).
 */
export async function main(argv: string[], io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream & { isTTY?: boolean }; stderr: NodeJS.WritableStream & { isTTY?: boolean } } = process): Promise<number> {
  const program = new Command()
    .name('news-entities')
    .description('Extract people, places and organisations from news articles (.txt files, web pages saved as .html/.htm, .jsonl/.ndjson with one article per line, .json with one article or an array of them (news-please\'s files too), .csv with one per row (gzipped too: .txt.gz, .html.gz, .json.gz, .jsonl.gz, .csv.gz), or web archives: .warc/.warc.gz, one per page record) into CSV and JSON tables.')
    .option('-i, --input <dir>', 'directory of .txt articles, .html/.htm web pages, .jsonl/.ndjson, .json and .csv files (or gzipped: .txt.gz, .html.gz, .json.gz, .jsonl.gz, .csv.gz) and .warc/.warc.gz web archives (searched recursively; other files are counted in a warning, not read)', DEFAULTS.input)
    .option('-o, --output <dir>', 'directory for the tables (created if missing)', DEFAULTS.output)
    .option('-g, --gazetteers <dir>', 'directory of gazetteer .tsv files (default: ./gazetteers if there is one, else the gazetteers shipped with news-entities)')
    .option('-w, --workers <n>', `worker threads, 0 to process in the main thread (default: the number of cores, ${DEFAULTS.workers}, with fewer for small inputs: the main thread alone under ${DEFAULTS.mainThreadBelow / 1e6} MB, then one worker per ${DEFAULTS.bytesPerAutoWorker / 1e6} MB)`)
    .option('-c, --concurrency <n>', 'documents in flight at once (bounds memory; default 48 per worker, at least 16; fewer once their input passes 2 MiB a worker)')
    .option('--cache <dir>', `cache of processed documents for incremental runs (default: <output>/${DEFAULTS.cacheDirName})`)
    .option('--no-cache', 'process every document again (and do not store results)')
    .option('--shard <K/N>', 'process only part K of N of the inputs (a deterministic split by path or article id)')
    .option('--stdin-jsonl', 'read articles as JSON Lines from standard input and write mentions as JSON Lines to standard output (no tables)', false)
    .option('-q, --quiet', 'print nothing but errors (no progress, no summary)', false)
    .option('--no-report', 'do not write report.html (the tables and cooccurrences.csv are still written)')
    .option('--report-documents <n>', `documents shown with their text in the report, the first in path order; all still count in its overview (default ${DEFAULTS.reportDocuments}; 0: overview only)`)
    .option('--report-entities <n>', `entities listed in the report's entities table, the most mentioned; all still count in its overview, and the entity tables have every one (default ${DEFAULTS.reportEntities}; 0: only those its charts link to)`)
    .option('-m, --model <file>', 'a trained name model (npm run train) used with the rules and gazetteers')
    .option('-v, --verbose', 'print gazetteer load figures (entries, aliases, seconds, memory)', false)
    .option('--worker-heap <MB>', 'heap limit of each worker thread in MB, at least 96; a document that needs more is redone without it (default: no limit)')
    .option('--memory-budget <MB>', `the memory (RSS, MB) the garbage collector paces itself by: below it, it collects less often, which is faster; a soft limit (default ${DEFAULTS.memoryBudgetMb}, or half the memory when that is less; 0: collect as often as it can, the least memory)`)
    .option('--max-bytes <n>', `refuse input files (and JSONL lines) above this many bytes with read/too-large (default ${DEFAULTS.maxBytes}, 50 MiB)`)
    .option('--json-lines', 'write the JSON tables as JSON Lines (mentions.jsonl, entities.jsonl, documents.jsonl, ...: one object per line, nothing else, for line-by-line readers: jq -c, Spark, DuckDB) instead of JSON arrays (.json)')
    .option('--english-only', 'do not process a document that declares a language other than English (<html lang>, a JSON article\'s "language", a web archive\'s WARC-Identified-Content-Language): it is listed in documents.json with status skipped, a read/other-language warning and no mentions (a web archive\'s record is passed over and counted); a document whose cleaned text reads as another language (eld\'s language identification) the same, with a clean/other-language warning')
    .option('--gzip', 'write every table gzipped (mentions.csv.gz, mentions.json.gz, documents.json.gz, places.geojson.gz, ...): about a sixth of the size, for large runs (the tables are 13-18 times the input); zcat, zgrep and Python\'s gzip module read them; a spreadsheet needs the file unpacked first')
    .addOption(new Option('--diagnostics <level>', `the least severity diagnostics.csv/.json list: info (every note: dropped boilerplate, overlap losers, ambiguous aliases), warn, fail (default ${DEFAULTS.diagnostics}; documents.json has them all)`).choices([...SEVERITIES]))
    .addOption(new Option('--progress <mode>', 'progress display: auto (a bar on a terminal, periodic lines otherwise), bar, lines, none').choices(['auto', 'bar', 'lines', 'none']).default('auto'))
    .exitOverride()
    .configureOutput({ writeErr: (s) => io.stderr.write(s), writeOut: (s) => io.stdout.write(s) })
    .addHelpText(
      'after',
      `
Outputs (in --output): mentions.csv/.json, entities.csv/.json, documents.json,
diagnostics.csv/.json, cooccurrences.csv/.json, candidates.csv/.json, places.geojson
(the places with coordinates, for a map), report.html; with --json-lines, .jsonl
files in place of the .json tables; with --gzip, each table file gzipped (.gz).
JSON Lines input: one object per line with "text" (or a page's "html"),
optional "id" (else file:LINE), "title", "date", "url", "source" (news-please's
"maintext", "date_publish", "source_domain" read too); CSV input: the same
columns under a header row; .json: one such object or an array of them; a bad line or row is reported as file:line and the
rest go on. Web pages: offsets index the file's markup; the page's
navigation, sidebars and footers are dropped and listed in documents.json.
Web archives (.warc, .warc.gz, Common Crawl's .wet.gz): one article per HTML or
text record (HTTP 2xx), its URL as id; offsets index the record's payload.
Ctrl-C stops a run cleanly: no further document is started, the documents
processed stay in the cache (the same command goes on from there), no table is
replaced; a second Ctrl-C stops at once.
Exit codes: 0 ok, 1 some documents failed, 2 usage error, 130 interrupted
(Ctrl-C; 143 for SIGTERM).`,
    );
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const opts = program.opts();
  let config: Config;
  try {
    config = normalizeConfig(opts);
    if (!opts.stdinJsonl && (!existsSync(config.input) || !statSync(config.input).isDirectory())) throw new ConfigError(`--input ${opts.input}: no such directory`);
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr.write(`news-entities: ${e.message}\nRun with --help for usage.\n`);
      return 2;
    }
    throw e;
  }
  try {
    if (opts.stdinJsonl) {
      // stdout carries data: progress only when asked for explicitly
      const mode = config.quiet ? 'none' : opts.progress === 'auto' ? 'none' : opts.progress;
      const progress = progressReporter(mode, io.stderr);
      const s = await runStdinJsonl(config, io.stdin, io.stdout as NodeJS.WritableStream as import('node:stream').Writable, io.stderr as NodeJS.WritableStream as import('node:stream').Writable, progress.hooks);
      progress.stop();
      if (!config.quiet) io.stderr.write(summaryLine(s, 'stdout') + '\n');
      return s.failed > 0 ? 1 : 0;
    }
    if (config.verbose) io.stderr.write((await loadFigures(config)) + '\n');
    const mode = config.quiet ? 'none' : opts.progress === 'auto' ? (io.stderr.isTTY ? 'bar' : 'lines') : opts.progress;
    const progress = progressReporter(mode, io.stderr, config.report);
    const stop = interruption(io.stderr, config);
    // after the last document a Ctrl-C drops the tables being written (there are no documents in progress)
    const onFinishing = () => {
      stop.finishing();
      progress.hooks.onFinishing?.();
    };
    let s: RunSummary;
    try {
      s = await runBatch(config, { ...progress.hooks, onFinishing, signal: stop.signal });
    } catch (e) {
      if (!(e instanceof InterruptedError)) throw e;
      progress.stop();
      io.stderr.write(interruptedMessage(e, config) + '\n');
      return stop.exitCode();
    } finally {
      progress.stop();
      stop.remove();
    }
    if (!config.quiet) {
      if (s.skipped.count > 0) io.stderr.write(skippedWarning(s.skipped, config.input) + '\n');
      if (s.warc.articles + s.warc.passedOverCount > 0) io.stderr.write(warcNote(s.warc) + '\n');
      if (s.notArticles.length > 0) io.stderr.write(notArticlesWarning(s.notArticles) + '\n');
      io.stdout.write(summaryLine(s, config.output) + '\n');
      for (const t of s.tooLongForSpreadsheets) io.stderr.write(spreadsheetWarning(t) + '\n');
    }
    return s.failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof GazetteerError || e instanceof WorkerStartError) {
      io.stderr.write(`news-entities: ${e.message}\nNo document was processed.\n`);
      return 2;
    }
    // the file system refused (output not writable, a file where the output folder should be, disk full):
    // Node's message names the operation and the path, e.g. "ENOSPC: no space left on device, write"
    const errno = (e as NodeJS.ErrnoException).code;
    if (typeof errno === 'string' && /^E[A-Z]+$/.test(errno)) {
      io.stderr.write(`news-entities: ${(e as Error).message}\nThe run stopped; output files not yet renamed into place keep their previous version.\n`);
      return 2;
    }
    throw e;
  }
}

/**
 * `--verbose`: load the gazetteers here, as objects, and say what it costs
 * (and which names they share across types). The run itself loads them once
 * more, for every thread that processes documents (src/gazetteer/shared.ts).
 */
async function loadFigures(config: Config): Promise<string> {
  // imported here, not at the top: the processing side brings the NLP libraries, which a run with workers does not need in this thread
  const { loadResources } = await import('./process.js');
  global.gc?.();
  const before = process.memoryUsage();
  const res = loadResources(config.gazetteers, config.model);
  global.gc?.();
  const after = process.memoryUsage();
  const st = res.gazetteers.stats;
  const mb = (n: number) => (n / 1e6).toFixed(0);
  const per = (r: Readonly<Record<string, number>>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ');
  // names shared across types in the user's and curated files: warnings, the run goes on
  const shadows = aliasShadowing(res.gazetteers.entries).map((w) => `gazetteer warning: ${w.file}:${w.line}: ${w.message}\n`).join('');
  return (
    shadows +
    `gazetteers: ${per(st.entries)} entries; ${per(st.aliases)} names+aliases; ${st.merged} merged, ${st.excluded} excluded, ${st.stoplisted} stoplisted\n` +
    `gazetteer load: ${res.loadSeconds.toFixed(2)} s (files ${st.seconds.toFixed(2)} s), heap +${mb(after.heapUsed - before.heapUsed)} MB, RSS +${mb(after.rss - before.rss)} MB` +
    (global.gc ? '' : ' (without --expose-gc: memory figures include garbage)')
  );
}

/**
 * 'news-entities: warning: 3 files in input were not read (.pdf 2, e.g. reports/a.pdf; .md 1, e.g. notes.md):
 * the pipeline reads .txt, .html/.htm/.xhtml, .json, .jsonl/.ndjson, .csv (or gzipped) and .warc/.warc.gz files'
 */
export function skippedWarning(skipped: RunSummary['skipped'], dir: string): string {
  const kinds = [...skipped.byExtension]
    .sort((a, b) => b[1].count - a[1].count || byCodeUnit(a[0], b[0]))
    .map(([ext, { count, example }]) => `${ext || 'no extension'} ${count}, e.g. ${example}`);
  const n = skipped.count;
  return `news-entities: warning: ${n} file${n === 1 ? '' : 's'} in ${dir} ${n === 1 ? 'was' : 'were'} not read (${kinds.join('; ')}): the pipeline reads .txt, .html/.htm/.xhtml, .json, .jsonl/.ndjson, .csv (or gzipped) and .warc/.warc.gz files`;
}

/**
 * What the web archives held: 'news-entities: web archives: 1,204 records read as articles; 3,611 other records
 * passed over (request 1,204, response image/jpeg 1,900, response 3xx 320, warcinfo 3, ...)'
 */
export function warcNote(tally: RunSummary['warc']): string {
  const kinds = [...tally.passedOver].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]));
  const shown = kinds.slice(0, 8).map(([k, c]) => `${k} ${grouped(c)}`);
  if (kinds.length > 8) shown.push(`${kinds.length - 8} other kinds`);
  const passed = tally.passedOverCount > 0 ? `; ${grouped(tally.passedOverCount)} other record${tally.passedOverCount === 1 ? '' : 's'} passed over (${shown.join(', ')})` : '';
  return `news-entities: web archives: ${grouped(tally.articles)} record${tally.articles === 1 ? '' : 's'} read as articles${passed}`;
}

/** 'news-entities: warning: 2 .json files hold no article and were not read (manifest.json, meta/settings.json): ...' */
export function notArticlesWarning(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).join(', ') + (paths.length > 5 ? `, and ${paths.length - 5} more` : '');
  const n = paths.length;
  return `news-entities: warning: ${n} .json file${n === 1 ? '' : 's'} ${n === 1 ? 'holds' : 'hold'} no article and ${n === 1 ? 'was' : 'were'} not read (${shown}): an article has a "text", "html" or "maintext" field`;
}

/** 'news-entities: warning: mentions.csv has 1,200,000 rows; …' */
export function spreadsheetWarning(t: RunSummary['tooLongForSpreadsheets'][number]): string {
  return (
    `news-entities: warning: ${t.file} has ${grouped(t.rows)} rows; Excel and LibreOffice Calc open only the first ${grouped(SPREADSHEET_ROWS - 1)} ` +
    `(the header takes one of their ${grouped(SPREADSHEET_ROWS)}). ${t.json} holds every row; --shard K/N splits a run into smaller outputs.`
  );
}

function summaryLine(s: RunSummary, dest: string): string {
  const t = s.byType;
  const mb = s.bytes / 1e6;
  return (
    `${s.documents} documents (${s.failed} failed${s.notProcessed ? `, ${s.notProcessed} not processed: another language` : ''}${s.cached ? `, ${s.cached} from cache` : ''}), ${s.sentences} sentences, ` +
    `${s.mentions} mentions (person ${t.person}, place ${t.place}, organization ${t.organization}, norp ${t.norp}), ${dest === 'stdout' ? '' : `${s.entities} entities, `}` +
    `${s.seconds.toFixed(2)} s (${mb.toFixed(2)} MB, ${(mb / Math.max(s.seconds, 1e-9)).toFixed(2)} MB/s, ${s.workers} worker${s.workers === 1 ? '' : 's'}, gazetteers ${s.gazetteerSeconds.toFixed(2)} s${s.gazetteersCached ? ' from the cache' : ''}) -> ${dest}`
  );
}

const fmtEta = (s: number) => (!Number.isFinite(s) || s < 0 ? '?' : s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`);

/**
 * Ctrl-C (SIGINT) or SIGTERM during a batch: the first stops it cleanly (`RunHooks.signal`: no further document
 * started, the processed ones kept in the cache, no table moved into place, the temporary files removed), a
 * second ends the process at once (as before: the earlier tables intact, `*.tmp` files left). Exit code 128 +
 * the signal's number, as a shell reports a process a signal ended: 130 for Ctrl-C, 143 for SIGTERM.
 */
function interruption(err: NodeJS.WritableStream, config: Config): { signal: AbortSignal; exitCode: () => number; finishing: () => void; remove: () => void } {
  const controller = new AbortController();
  let code = 130;
  // after the last document: nothing is in progress but the tables being written
  let last = false;
  const on = (name: 'SIGINT' | 'SIGTERM', n: number) => () => {
    if (controller.signal.aborted) process.exit(128 + n);
    code = 128 + n;
    const what = last ? 'the tables being written are dropped' : `stopping after the documents in progress${config.cache ? ' (kept in the cache)' : ''}`;
    // with --quiet only the run's last line says it (an error's)
    if (!config.quiet) err.write(`\nnews-entities: ${name === 'SIGINT' ? 'Ctrl-C' : name}: ${what}; no table is replaced. Press Ctrl-C again to stop at once.\n`);
    controller.abort();
  };
  const handlers = [['SIGINT', on('SIGINT', 2)], ['SIGTERM', on('SIGTERM', 15)]] as const;
  for (const [name, h] of handlers) process.on(name, h);
  return {
    signal: controller.signal,
    exitCode: () => code,
    finishing: () => void (last = true),
    remove: () => handlers.forEach(([name, h]) => process.off(name, h)),
  };
}

/**
 * 'news-entities: interrupted after 2,059 documents: no table was written (an earlier run's tables in out are as
 * they were); the documents processed are in the cache: the same command goes on from there'
 */
export function interruptedMessage(e: InterruptedError, config: Pick<Config, 'output' | 'cache'>): string {
  const kept = config.cache ? `the documents processed are in the cache (${config.cache}): the same command goes on from there` : 'with --no-cache nothing is kept: the next run starts again';
  return `news-entities: interrupted after ${grouped(e.documents)} documents: no table was written (an earlier run's tables in ${config.output} are as they were); ${kept}`;
}

/** said after the last document: the aggregated tables and the report take seconds on a large corpus */
const finishingNote = (report: boolean) => `writing the entity, co-occurrence and candidate tables${report ? ' and the report' : ''}\n`;

/**
 * Progress on stderr: a cli-progress bar on a terminal (documents done/total,
 * MB/s, ETA), a plain line every few seconds otherwise (logs, CI), nothing
 * with --quiet. ETA and rate count input bytes, which track the work better
 * than documents of very different sizes.
 */
function progressReporter(mode: string, err: NodeJS.WritableStream, report = false): { hooks: RunHooks; stop: () => void } {
  if (mode === 'none') return { hooks: {}, stop: () => undefined };
  // rates count from the first document on (after the workers have loaded their gazetteers)
  let t0 = performance.now();
  let total = { documents: 0, bytes: 0 };
  // the articles of JSONL, CSV, JSON and WARC files are counted beside the run: '?' until then
  let counting = false;
  const rate = (bytes: number) => bytes / 1e6 / Math.max((performance.now() - t0) / 1000, 1e-3);
  const eta = (bytes: number) => (counting ? NaN : (total.bytes - bytes) / 1e6 / Math.max(rate(bytes), 1e-9));
  if (mode === 'bar') {
    const bar = new cliProgress.SingleBar(
      { stream: err, format: '{bar} {value}/{totalText} documents | {mbps} MB/s | ETA {etaText} | {failed} failed, {cached} cached', hideCursor: true, etaBuffer: 50, fps: 5 },
      cliProgress.Presets.shades_classic,
    );
    const totalText = () => (counting ? '?' : String(total.documents));
    return {
      hooks: {
        onStart: (t) => {
          total = t;
          counting = t.counting === true;
          t0 = performance.now();
          // while counting, a total no run reaches: the bar stays empty rather than full
          bar.start(counting ? Number.MAX_SAFE_INTEGER : t.documents, 0, { mbps: '0.00', etaText: '?', failed: 0, cached: 0, totalText: totalText() });
        },
        onTotals: (t) => {
          total = t;
          counting = false;
          bar.setTotal(t.documents);
          bar.update({ totalText: totalText() });
        },
        onDocument: (p) => {
          if (!counting && p.documents > total.documents) {
            total = { ...total, documents: p.documents };
            bar.setTotal(p.documents);
          }
          bar.update(p.documents, { mbps: rate(p.bytes).toFixed(2), etaText: fmtEta(eta(p.bytes)), failed: p.failed, cached: p.cached, totalText: totalText() });
        },
        onFinishing: () => {
          bar.stop();
          err.write(finishingNote(report));
        },
      },
      stop: () => bar.stop(),
    };
  }
  // plain lines, at most one every 5 seconds, and a last one at the end
  let last = -Infinity;
  let latest: { documents: number; bytes: number } | undefined;
  let printed: typeof latest;
  const line = (p: { documents: number; bytes: number }) =>
    err.write(
      `progress: ${p.documents}/${counting ? '?' : total.documents} documents, ${(p.bytes / 1e6).toFixed(2)}/${counting ? '?' : (total.bytes / 1e6).toFixed(2)} MB, ${rate(p.bytes).toFixed(2)} MB/s, ETA ${fmtEta(eta(p.bytes))}\n`,
    );
  // the latest figures, unless already printed
  const flush = () => {
    if (latest && latest !== printed) line((printed = latest));
  };
  return {
    hooks: {
      onStart: (t) => {
        total = t;
        counting = t.counting === true;
        t0 = performance.now();
      },
      onTotals: (t) => {
        total = t;
        counting = false;
      },
      onDocument: (p) => {
        latest = p;
        const now = performance.now();
        if (now - last >= 5000) {
          last = now;
          printed = p;
          line(p);
        }
      },
      onFinishing: () => {
        flush();
        err.write(`progress: ${finishingNote(report)}`);
      },
    },
    stop: flush,
  };
}

// run when executed (tsx src/cli.ts), not when imported by a test
const invokedPath = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invokedPath === realpathSync(fileURLToPath(import.meta.url))) {
  // `... --stdin-jsonl | head`: the reader went away; stop quietly, as Unix filters do
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`news-entities: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 3;
    },
  );
}
