/**
 * Property tests (fast-check) on random Unicode text: astral characters,
 * combining marks, RTL text, bidi and control characters, lone surrogates,
 * mixed with names the mini gazetteer knows and sentence punctuation.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { decode } from '../../src/stages/read.js';
import { loadResources, processDocument } from '../../src/process.js';
import { MINI_GAZETTEERS, SPREADSHEET_LINE_ENDS, asCsvCell, tempDir } from '../pipeline-helpers.js';
import { cli } from '../faults/helpers.js';

const FRAGMENTS = [
  'Ilham Aliyev', 'Baku', 'Azerbaijan', 'OSCE Minsk Group', 'Nagorno-Karabakh', 'Azerbaijani', 'President Ilham Aliyev said',
  '. ', '.\n\n', ', ', ' ', '\n', '\r\n', '"', '(', ')', '—', ' said on Monday',
  'e\u0301', '\u0301\u0308', 'Z\u0351\u0362a', // combining marks
  'بغداد', 'ירושלים', '\u200f', '\u202e', '\u2066', // RTL text and bidi controls
  '😀', '𝐀𝐥𝐢𝐲𝐞𝐯', '\u{1F1E6}\u{1F1FF}', // astral
  '\x02', '\x03', '\x1b', '\x7f', '\u0085', '\u2028', '\ufeff', '\ufffd', '\ud800', '\udc00', // controls, separators, lone surrogates
  '&lt;', '&#2;', '=HYPERLINK("http://evil","x")', '+1', '@x', '-y',
];

const text = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 80 })
  .map((parts) => parts.join(''));

const res = loadResources(MINI_GAZETTEERS);

describe('processDocument on random Unicode text', () => {
  it('never throws, never fails internally, and every mention is original.slice(start, end)', () => {
    let withMentions = 0;
    fc.assert(
      fc.property(text, (original) => {
        const p = processDocument({ id: 'r', path: 'r.txt', text: original, encoding: 'utf-8', bytes: original.length }, res);
        expect(p.diagnostics.filter((d) => d.code === 'pipeline/internal-error')).toEqual([]);
        expect(p.failed).toBe(false);
        if (p.doc!.mentions.length > 0) withMentions++;
        for (const m of p.doc!.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(original.length);
          expect(original.slice(m.start, m.end)).toBe(m.text);
        }
        for (const d of p.diagnostics) if (d.span) expect(d.span.end).toBeLessThanOrEqual(original.length);
      }),
      { numRuns: 1000 },
    );
    // most random documents reach the tagger and yield mentions: the checks above ran on real spans
    expect(withMentions).toBeGreaterThan(150); // about a quarter in the runs seen
  });

  it('finds the names it is given among random noise (the property above is not vacuous)', () => {
    const p = processDocument({ id: 'r', path: 'r.txt', text: '😀\u202e Ilham Aliyev visited Baku. e\u0301 بغداد', encoding: 'utf-8', bytes: 0 }, res);
    expect(p.doc!.mentions.map((m) => m.text)).toEqual(['Ilham Aliyev', 'Baku']);
  });
});

describe('decode on random bytes', () => {
  it('never throws; either text or a read/binary failure', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const report = new Reporter();
        const r = decode(bytes, { report });
        if (r === undefined) expect(report.messages.map((m) => m.code)).toEqual(['read/binary']);
        else expect(typeof r.text).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});

type Json = Record<string, unknown>;

describe('random documents through the real CLI', () => {
  it('CSV parses back (csv-parse) to the same rows as the JSON; mentions index the files text', async () => {
    const samples = fc.sample(text, { numRuns: 12, seed: 4 });
    const input = tempDir('prop-in');
    mkdirSync(join(input, 'docs'));
    samples.forEach((t, i) => writeFileSync(join(input, 'docs', `r${String(i).padStart(2, '0')}.txt`), t));
    const out = tempDir('prop-out');
    const r = await cli(['-i', input, '-o', out, '-g', MINI_GAZETTEERS, '--workers', '0', '--no-cache', '-q']);
    expect([0, 1]).toContain(r.code); // a sample may hold a NUL byte: that document is read/binary
    for (const table of ['mentions', 'entities', 'diagnostics', 'candidates', 'cooccurrences']) {
      // read as a spreadsheet does: outside quotes, a bare LF or CR ends a row too
      const csv = parse(readFileSync(join(out, `${table}.csv`)), { columns: true, bom: true, record_delimiter: SPREADSHEET_LINE_ENDS }) as Record<string, string>[];
      const json = JSON.parse(readFileSync(join(out, `${table}.json`), 'utf8')) as Json[];
      expect(csv.map((row) => Object.keys(row)), table).toEqual(json.map((row) => Object.keys(row)));
      expect(csv, table).toEqual(json.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asCsvCell(v)]))));
    }
    const mentions = JSON.parse(readFileSync(join(out, 'mentions.json'), 'utf8')) as { document: string; start: number; end: number; text: string }[];
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      // the files are UTF-8 (lone surrogates were written as U+FFFD): decode them the way the read stage does
      const original = decode(readFileSync(join(input, `${m.document}.txt`)), { report: new Reporter() })!.text;
      expect(original.slice(m.start, m.end)).toBe(m.text);
    }
  }, 60_000);
});
