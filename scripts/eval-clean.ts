/**
 * Boilerplate-removal evaluation: runs the clean stage on every `.txt` file
 * under --text and scores the kept text against the gold file with the same
 * relative path under --gold, with bag-of-words precision/recall/F1 (CleanEval
 * style; see src/stages/clean/score.ts).
 *
 *   npm run eval:clean -- --text ../shared/data/corpora/boilerplate-dev/text --gold ../shared/data/corpora/boilerplate-dev/gold
 *   npm run eval:clean -- --text ../shared/data/corpora/bbc-fulltext --self     # word loss on clean articles
 *
 * With --self the gold is the input itself, so recall is the share of words
 * the cleaner kept (1 - word loss). The time spent in clean() alone is
 * measured and printed as MB/s of input (UTF-8 bytes).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { clean } from '../src/stages/clean.js';
import { isHtmlPath } from '../src/input/formats.js';
import { Reporter } from '../src/diagnostics/diagnostic.js';
import { dateAgreement, decodeLenient, goldMainText, meanScores, scoreBags, titleAgreement, type BagScore, type DateAgreement, type TitleAgreement } from '../src/stages/clean/score.js';

interface DocScore extends BagScore {
  readonly file: string;
  /** the title the cleaner took, and how it agrees with the gold text's first lines (not with --self) */
  readonly title: string | null;
  readonly titleAgreement?: TitleAgreement;
  /** the date the cleaner took, and how it agrees with the first date of the gold text's first lines (not with --self) */
  readonly date: string | null;
  readonly dateAgreement?: DateAgreement;
}

async function listTxt(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && (e.name.endsWith('.txt') || isHtmlPath(e.name))) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  await walk(dir);
  // numeric-aware order, so output is deterministic and readable
  return out.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

async function main(): Promise<void> {
  const program = new Command()
    .name('eval-clean')
    .description('score the clean stage against gold main text (bag-of-words P/R/F1)')
    .requiredOption('--text <dir>', 'directory of input texts (searched recursively for *.txt, and web pages: *.html, *.htm)')
    .option('--gold <dir>', 'directory of gold main texts, same relative file names')
    .option('--self', 'use each input as its own gold (measures word loss on clean articles)', false)
    .option('--with-comments', 'count the reader comments of Dragnet-format gold files as main text', false)
    .option('--subset <which>', 'score only every other file: "even" or "odd" (by sorted position), for tune/check splits')
    .option('--worst <n>', 'how many worst documents to list', (v) => Number.parseInt(v, 10), 10)
    .option('--json <file>', 'write per-document scores to this JSON file')
    .parse();
  const opts = program.opts<{ text: string; gold?: string; self: boolean; withComments: boolean; subset?: string; worst: number; json?: string }>();
  if (!opts.gold && !opts.self) program.error('give --gold DIR, or --self to use each input as its own gold');

  let files = await listTxt(opts.text);
  if (opts.subset === 'even' || opts.subset === 'odd') files = files.filter((_, i) => i % 2 === (opts.subset === 'even' ? 0 : 1));
  else if (opts.subset) program.error('--subset must be "even" or "odd"');

  const scores: DocScore[] = [];
  let cleanMs = 0;
  let bytes = 0;
  let lenient = 0;
  let missing = 0;
  for (const file of files) {
    const raw = await readFile(join(opts.text, file));
    const src = decodeLenient(raw);
    if (src.encoding === 'windows-1252') lenient++;
    let goldText: string;
    if (opts.self) goldText = src.text;
    else {
      let g: Buffer;
      try {
        // a page's gold text: the same name, or the name with .txt for a web page
        g = await readFile(join(opts.gold!, file)).catch(() => readFile(join(opts.gold!, file.replace(/\.[^./]+$/, '.txt'))));
      } catch {
        missing++;
        continue;
      }
      goldText = goldMainText(decodeLenient(g).text, opts.withComments);
    }
    const doc = { id: file.replace(/\.[^./]+$/, ''), path: file, text: src.text, encoding: src.encoding, bytes: raw.length, ...(isHtmlPath(file) ? { format: 'html' as const } : {}) };
    const t0 = performance.now();
    const cleaned = clean(doc, { report: new Reporter() });
    cleanMs += performance.now() - t0;
    bytes += raw.length;
    const { title, date } = cleaned.metadata;
    // (the page as laid out in lines: its kept and dropped blocks, a web page's visible text, not its markup)
    const page = [...cleaned.blocks.map((b) => cleaned.text.slice(b.span.start, b.span.end)), ...cleaned.dropped.map((d) => d.text)].join('\n');
    const agreement = opts.self ? {} : { titleAgreement: titleAgreement(title, goldText, page), dateAgreement: dateAgreement(date, goldText) };
    scores.push({ file, ...scoreBags(cleaned.clean, goldText), title, date, ...agreement });
  }

  const m = meanScores(scores);
  const words = scores.reduce((a, s) => ({ kept: a.kept + s.kept, gold: a.gold + s.gold, common: a.common + s.common }), { kept: 0, gold: 0, common: 0 });
  console.log(`documents: ${scores.length}${missing ? ` (${missing} without gold, skipped)` : ''}${lenient ? ` (${lenient} read as Windows-1252)` : ''}`);
  console.log(`mean precision ${pct(m.precision)} %   mean recall ${pct(m.recall)} %   mean F1 ${pct(m.f1)} %`);
  console.log(`words: kept ${words.kept}, gold ${words.gold}, common ${words.common}; gold words lost ${pct(words.gold ? 1 - words.common / words.gold : 0)} % (over all documents)`);
  if (!opts.self) {
    const count = (a: TitleAgreement) => scores.filter((s) => s.titleAgreement === a).length;
    const withHeadline = count('right') + count('wrong') + count('missed');
    console.log(
      `titles: right ${count('right')} of ${scores.length} (${pct(count('right') / Math.max(1, scores.length))} %); where the gold text opens with a headline the page holds (${withHeadline}): wrong ${count('wrong')}, none ${count('missed')}; where it does not: wrong ${count('wrong, no headline')}, none ${count('none, no headline')}`,
    );
    const dates = (a: DateAgreement) => scores.filter((s) => s.dateAgreement === a).length;
    console.log(
      `dates: where the gold text's first lines give one (${dates('right') + dates('wrong') + dates('missed')}): right ${dates('right')}, wrong ${dates('wrong')}, none ${dates('missed')}; where they do not: a date ${dates('date, none in gold')}, none ${dates('none, none in gold')}`,
    );
  }
  console.log(`clean(): ${(bytes / 1e6).toFixed(2)} MB in ${cleanMs.toFixed(0)} ms = ${(bytes / 1e6 / (cleanMs / 1000)).toFixed(2)} MB/s`);
  const worst = [...scores].sort((a, b) => a.f1 - b.f1 || a.file.localeCompare(b.file)).slice(0, opts.worst);
  if (worst.length) {
    console.log(`\n${worst.length} worst documents by F1:`);
    console.log('     F1      P      R   kept   gold  file');
    for (const s of worst) console.log(`${pct(s.f1)} ${pct(s.precision)} ${pct(s.recall)} ${String(s.kept).padStart(6)} ${String(s.gold).padStart(6)}  ${s.file}`);
  }
  if (opts.json) {
    await writeFile(opts.json, JSON.stringify({ means: m, words, documents: scores }, null, 2) + '\n');
    console.log(`\nper-document scores written to ${opts.json}`);
  }
}

await main();
