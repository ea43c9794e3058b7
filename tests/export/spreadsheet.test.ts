/**
 * The CSV tables opened by a real spreadsheet: LibreOffice Calc (Debian's
 * `libreoffice-calc-nogui`, run headless) imports each table as a user
 * opening the file would (comma, double quote, UTF-8) and saves what it read
 * as CSV again; every row it read must be a row of the JSON table, with the
 * same cells. A cell that breaks a row shows up as a row count that differs
 * and as cells shifted into a new row.
 *
 * Skips when `soffice` is missing (`apt-get install -y libreoffice-calc-nogui`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ROOT } from '../helpers.js';
import { asCsvCell, run, tempDir } from '../pipeline-helpers.js';

const SOFFICE = '/usr/bin/soffice';
const HAVE_CALC = existsSync(SOFFICE);
if (!HAVE_CALC) console.warn(`tests/export/spreadsheet.test.ts: SKIPPED, no LibreOffice at ${SOFFICE} (install it with: apt-get install -y libreoffice-calc-nogui)`);

const TABLES = ['mentions', 'entities', 'diagnostics', 'candidates', 'cooccurrences'];

// the import a user gets for a .csv (44: comma, 34: double quote, 76: UTF-8, 1: from row 1), and an
// export that writes back every cell as read (LibreOffice quotes a cell holding a line break itself)
const IMPORT = 'CSV:44,34,76,1';
const EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false';

describe.skipIf(!HAVE_CALC)(`the CSV tables in LibreOffice Calc (${SOFFICE})`, () => {
  it('reads every table row by row, cell by cell, as the JSON tables have them, names across hard-wrapped lines included', async () => {
    const input = tempDir('calc-in');
    for (const f of readdirSync(join(ROOT, 'input')).filter((x) => x.endsWith('.txt'))) writeFileSync(join(input, f), readFileSync(join(ROOT, 'input', f)));
    // wire copy wrapped at a fixed width: two names span a line break
    writeFileSync(
      join(input, 'wrapped.txt'),
      'Avery Corp said it will register with the Securities and\nExchange Commission shortly, the company said in Chicago.\n\n' +
        'The shares of Nippon Telegraph\nand Telephone rose, a trader in Tokyo said on Monday.\n',
    );
    // a 'sentence' of one 40,000-character token: its mentions' sentence_text is past a cell's 32,767 characters
    writeFileSync(join(input, 'long-token.txt'), `Ilham Aliyev met Vladimir Putin in Moscow on Monday ${'x'.repeat(40_000)} and flew to Baku.\n`);
    const { output } = await run(input, { gazetteers: join(ROOT, 'gazetteers'), cache: false, report: false });
    const mentions = JSON.parse(readFileSync(join(output, 'mentions.json'), 'utf8')) as { text: string; sentence_text: string }[];
    expect(mentions.filter((m) => m.text.includes('\n')).length).toBeGreaterThanOrEqual(2);
    expect(mentions.filter((m) => m.sentence_text.length > 40_000).length).toBeGreaterThanOrEqual(3);

    const converted = join(tempDir('calc-out'), 'csv');
    mkdirSync(converted);
    // its own profile folder: no clash with a LibreOffice the user has open, nothing left in $HOME
    const profile = `-env:UserInstallation=file://${tempDir('calc-profile')}`;
    execFileSync(SOFFICE, [profile, '--headless', `--infilter=${IMPORT}`, '--convert-to', EXPORT, '--outdir', converted, ...TABLES.map((t) => join(output, `${t}.csv`))], { stdio: 'pipe', timeout: 120_000 });

    for (const table of TABLES) {
      const json = JSON.parse(readFileSync(join(output, `${table}.json`), 'utf8')) as Record<string, unknown>[];
      const seen = parse(readFileSync(join(converted, `${table}.csv`)), { relax_column_count: true }) as string[][];
      const [header, ...rows] = seen;
      expect(rows.length, `${table}: rows Calc read`).toBe(json.length);
      const columns = Object.keys(json[0] ?? {});
      if (json.length > 0) expect(header, table).toEqual(columns);
      // Calc reads numbers as numbers and writes them back the same here (integers, short decimals)
      expect(rows, table).toEqual(json.map((row) => columns.map((c) => asCsvCell(row[c]))));
    }
  }, 180_000);
});
