import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../faults/helpers.js';
import { MINI_GAZETTEERS, makeCorpus, tempDir } from '../pipeline-helpers.js';

/** `--report-documents N` through the real CLI: the cap reaches the report, and bad values are usage errors. */
describe('--report-documents', () => {
  const input = makeCorpus(6);
  const base = ['--gazetteers', MINI_GAZETTEERS, '--workers', '0', '-q', '--no-cache', '-i', input];
  // paths relative to the input folder, in code-unit order (as the batch sorts them)
  const files = (readdirSync(input, { recursive: true }) as string[]).filter((f) => f.endsWith('.txt')).map((f) => f.split('\\').join('/')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  // [flag value, documents shown with their text]
  const CASES: [string | undefined, number][] = [
    [undefined, 6],
    ['6', 6],
    ['2', 2],
    ['0', 0],
  ];
  it.each(CASES)('--report-documents %s -> %i documents shown', async (value, shown) => {
    const output = tempDir('report-cli');
    const r = await cli([...base, '-o', output, ...(value === undefined ? [] : ['--report-documents', value])]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(output, 'report.html'), 'utf8');
    const paths = [...html.matchAll(/<span>File <code>([^<]*)<\/code><\/span>/g)].map((m) => m[1]);
    expect(paths).toEqual(files.slice(0, shown));
    expect(html).toContain('<li><b>6</b><span>documents</span></li>');
    expect(html.includes('--report-documents to change')).toBe(shown < 6);
    // the tables are not capped
    expect(JSON.parse(readFileSync(join(output, 'documents.json'), 'utf8'))).toHaveLength(6);
  });

  const BAD: [string, RegExp][] = [
    ['-1', /--report-documents expects an integer/],
    ['many', /--report-documents expects an integer/],
    ['2.5', /--report-documents expects an integer/],
  ];
  it.each(BAD)('--report-documents %s is a usage error (exit 2)', async (value, message) => {
    const r = await cli([...base, '-o', tempDir('report-cli'), '--report-documents', value]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

/** `--report-entities N` through the real CLI: the cap reaches the report's entities table, not the tables; bad values are usage errors. */
describe('--report-entities', () => {
  const input = makeCorpus(6);
  const base = ['--gazetteers', MINI_GAZETTEERS, '--workers', '0', '-q', '--no-cache', '-i', input];
  const tableRows = (html: string) => html.slice(html.indexOf('<table id="entities">'), html.indexOf('<section id="documents">')).split('\n').filter((l) => l.startsWith('<tr id="ent-')).length;

  it('lists at most N entities beyond the linked ones, says so, and leaves the tables whole', async () => {
    const full = tempDir('report-cli');
    expect((await cli([...base, '-o', full])).code).toBe(0);
    const entities = JSON.parse(readFileSync(join(full, 'entities.json'), 'utf8')) as unknown[];
    expect(tableRows(readFileSync(join(full, 'report.html'), 'utf8'))).toBe(entities.length);
    expect(entities.length).toBeGreaterThan(1);

    const capped = tempDir('report-cli');
    expect((await cli([...base, '-o', capped, '--report-entities', '1'])).code).toBe(0);
    const html = readFileSync(join(capped, 'report.html'), 'utf8');
    const listed = tableRows(html);
    expect(listed).toBeLessThan(entities.length);
    expect(html).toContain(`${listed} of the ${entities.length} entities are listed here`);
    expect(JSON.parse(readFileSync(join(capped, 'entities.json'), 'utf8'))).toEqual(entities);
  });

  it.each(['-1', 'many', '2.5'])('--report-entities %s is a usage error (exit 2)', async (value) => {
    const r = await cli([...base, '-o', tempDir('report-cli'), '--report-entities', value]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--report-entities expects an integer/);
  });
});
