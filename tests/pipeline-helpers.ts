import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.js';
import { normalizeConfig, type ConfigOptions } from '../src/config.js';
import { runBatch } from '../src/pipeline.js';
import { spreadsheetCell } from '../src/export/table-writer.js';
import { rng } from '../src/util/rng.js';

export const MINI_GAZETTEERS = join(ROOT, 'tests/fixtures/gazetteers-mini');
export const OUTPUT_FILES = ['mentions.csv', 'mentions.json', 'entities.csv', 'entities.json', 'diagnostics.csv', 'diagnostics.json', 'documents.json'];

export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `ne-${prefix}-`));

/** What ends a row in Excel's and LibreOffice Calc's CSV import outside a quoted cell: CRLF, or a bare LF or CR (csv-parse's `record_delimiter`). */
export const SPREADSHEET_LINE_ENDS = ['\r\n', '\n', '\r'];

/** A JSON table value as the CSV writes it: '' for null, arrays joined with ' | ', cut to a spreadsheet cell's limit, a quote before = + - @ tab CR (not before a negative number). */
export function asCsvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  // cut past a spreadsheet cell's limit first, as formatCsv does, then the formula escape
  const s = spreadsheetCell(Array.isArray(v) ? v.join(' | ') : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return typeof v !== 'number' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}


/**
 * A corpus of `n` documents made from the sample articles in input/: the
 * first copies as they are, then variants with their paragraphs shuffled and
 * some cut short, spread over sub-folders, so documents differ in length and
 * processing time (what makes out-of-order completion happen).
 */
export function makeCorpus(n: number, dir = tempDir('corpus')): string {
  const seeds = readdirSync(join(ROOT, 'input')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'input', f), 'utf8'));
  const r = rng(42);
  for (let i = 0; i < n; i++) {
    const text = seeds[i % seeds.length];
    let out = text;
    if (i >= seeds.length) {
      const paras = text.split(/\n\s*\n/);
      const head = paras.shift()!;
      for (let k = paras.length - 1; k > 0; k--) {
        const j = Math.floor(r() * (k + 1));
        [paras[k], paras[j]] = [paras[j], paras[k]];
      }
      out = [head, ...paras.slice(0, 1 + Math.floor(r() * paras.length))].join('\n\n') + '\n';
    }
    const sub = join(dir, `part-${i % 7}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${String(i).padStart(4, '0')}.txt`), out);
  }
  return dir;
}

/** The sample articles as one JSONL file (plus, when asked, bad lines). */
export function jsonlOf(opts: { bad?: boolean } = {}): string {
  const lines = readdirSync(join(ROOT, 'input'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => JSON.stringify({ id: `art-${i}`, text: readFileSync(join(ROOT, 'input', f), 'utf8'), title: `Title ${i}`, url: `https://example.org/${i}` }));
  if (opts.bad) lines.splice(2, 0, '{"id": "x", "text": 17}', '', '{broken');
  return lines.join('\n') + '\n';
}

export async function run(input: string, opts: ConfigOptions = {}) {
  const output = opts.output ? String(opts.output) : tempDir('out');
  const config = normalizeConfig({ input, output, gazetteers: MINI_GAZETTEERS, workers: 0, quiet: true, ...opts });
  const summary = await runBatch(config);
  return { output, summary, read: (f: string) => readFileSync(join(output, f), 'utf8') };
}

export const copyDir = (from: string, to = tempDir('copy')) => {
  cpSync(from, to, { recursive: true });
  return to;
};
