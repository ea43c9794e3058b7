/**
 * Nothing let in: spreadsheet formulas from inputs are neutralised in every
 * CSV, and ids / file names from inputs never become paths outside --output.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { tempDir } from '../pipeline-helpers.js';
import { cli } from './helpers.js';

const FORMULA = '=HYPERLINK("http://evil","x")';
const DANGEROUS = /^[=+\-@\t\r]/;

let root: string;
let out: string;
let code: number;

beforeAll(async () => {
  root = tempDir('sec');
  const input = join(root, 'input');
  const gaz = join(root, 'gaz');
  out = join(root, 'out');
  mkdirSync(input);
  mkdirSync(gaz);
  // a gazetteer whose canonical name is a formula, matched through a plain alias
  writeFileSync(join(gaz, 'evil.tsv'), `id\tname\ttype\taliases\nperson:evil\t${FORMULA}\tperson\tVictor Evilson\nplace:baku\tBaku\tplace\t\n`);
  writeFileSync(
    join(input, 'formula.txt'),
    `${FORMULA} Victor Evilson arrived in Baku on Monday, officials said.\n\n+Baku hosted the talks, and Victor Evilson spoke to reporters.\n\n@Baku -Victor Evilson left Baku on Tuesday.\n`,
  );
  // JSON Lines ids that look like paths
  const ids = ['../../escaped', '/etc/passwd-x', '..\\..\\win', 'a/../../b', '.cache/../../c'];
  // and more than 300 articles, so the report writes its documents to pages under report/
  for (let i = 0; i < 300; i++) ids.push(`../../../page-${i}`);
  writeFileSync(join(input, 'feed.jsonl'), ids.map((id) => JSON.stringify({ id, text: 'Victor Evilson visited Baku on Monday, officials said.' })).join('\n') + '\n');
  code = (await cli(['-i', input, '-o', out, '-g', gaz, '--workers', '0', '-q'])).code;
}, 60_000);

const filesUnder = (dir: string): string[] => (readdirSync(dir, { recursive: true }) as string[]).map((f) => join(dir, f));

describe('CSV cells from inputs are neutralised for spreadsheets', () => {
  it('the run succeeds', () => expect(code).toBe(0));

  it.each(['mentions', 'entities', 'diagnostics', 'candidates', 'cooccurrences'])('%s.csv: every string cell starting with = + - @ tab CR is prefixed with a quote', (table) => {
    const csv = parse(readFileSync(join(out, `${table}.csv`)), { columns: true, bom: true, relax_column_count: false }) as Record<string, string>[];
    const json = JSON.parse(readFileSync(join(out, `${table}.json`), 'utf8')) as Record<string, unknown>[];
    expect(csv).toHaveLength(json.length);
    let dangerous = 0;
    csv.forEach((row, i) => {
      for (const [k, v] of Object.entries(json[i])) {
        if (typeof v !== 'string' || !DANGEROUS.test(v)) continue;
        dangerous++;
        expect(row[k], `${table} row ${i} ${k}`).toBe(`'${v}`);
      }
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]/);
    });
    if (table === 'mentions' || table === 'entities') expect(dangerous).toBeGreaterThan(0);
  });

  it('the formula name and the formula sentence are there, neutralised', () => {
    const mentions = parse(readFileSync(join(out, 'mentions.csv')), { columns: true, bom: true }) as Record<string, string>[];
    expect(mentions.some((m) => m.name === `'${FORMULA}`)).toBe(true);
    expect(mentions.some((m) => m.sentence_text.startsWith(`'${FORMULA}`))).toBe(true);
    const entities = parse(readFileSync(join(out, 'entities.csv')), { columns: true, bom: true }) as Record<string, string>[];
    expect(entities.find((e) => e.id === 'person:evil')!.name).toBe(`'${FORMULA}`);
  });
});

describe('ids and file names from inputs never become paths outside --output', () => {
  it('every file the run wrote is inside the output folder (report pages, cache entries included)', () => {
    const outside = readdirSync(root).sort();
    expect(outside).toEqual(['gaz', 'input', 'out']);
    const written = filesUnder(out);
    expect(written.filter((f) => relative(out, f).startsWith('report/')).length).toBe(7);
    // the cache: packs and their indexes, named by process and thread, never by an id; an index line per document
    const cached = written.map((f) => relative(out, f)).filter((f) => f.startsWith('.cache/') && /\.(pack|idx)$/.test(f));
    expect(cached.filter((f) => !/^\.cache\/[0-9a-f]{16}\/\d+-\d+-[0-9a-f]{8}\.(pack|idx)$/.test(f))).toEqual([]);
    const indexLines = cached.filter((f) => f.endsWith('.idx')).flatMap((f) => readFileSync(join(out, f), 'utf8').split('\n').filter(Boolean));
    expect(indexLines).toHaveLength(306);
    for (const f of written) expect(relative(out, resolve(f)).startsWith('..')).toBe(false);
    // pages are numbered, never named after an id; inside them, anchors are sanitised (letters, digits, '-') plus a hash of the id
    const pages = written.map((f) => relative(out, f)).filter((f) => f.startsWith('report/'));
    expect(pages.filter((f) => !/^report\/documents-\d+\.html$/.test(f))).toEqual([]);
    const anchors = pages.flatMap((f) => [...readFileSync(join(out, f), 'utf8').matchAll(/<article class="doc[^"]*" id="([^"]*)"/g)].map((m) => m[1]));
    expect(anchors).toHaveLength(306); // the 305 JSON Lines articles and formula.txt
    expect(anchors.filter((a) => !/^d-[a-z0-9-]+$/.test(a))).toEqual([]);
  });

  it('the path-like ids are kept as data, not as paths', () => {
    const docs = JSON.parse(readFileSync(join(out, 'documents.json'), 'utf8')) as { id: string }[];
    expect(docs.map((d) => d.id)).toEqual(expect.arrayContaining(['../../escaped', '/etc/passwd-x', '..\\..\\win', 'a/../../b', '.cache/../../c']));
  });
});
