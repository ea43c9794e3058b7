/**
 * A broken gazetteer stops the run before any document, listing every
 * problem at once with file:line and what was expected (exit code 2).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteers } from '../../src/gazetteer/load.js';
import { aliasShadowing } from '../../src/gazetteer/check.js';
import { makeCorpus, tempDir } from '../pipeline-helpers.js';
import { cli } from './helpers.js';

/** A gazetteer folder made of these files. */
function gazetteers(files: Record<string, string>): string {
  const dir = tempDir('gaz-bad');
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

const H = 'id\tname\ttype\taliases\tkind\n';

/** [what, files, expected problem lines `file:line: message start`] */
const BROKEN: [string, Record<string, string>, string[]][] = [
  ['a row without a type', { 'a.tsv': H + 'person:x\tX\n' }, ['a.tsv:2: row needs non-empty id, name and type; got id="person:x" name="X" type=""']],
  ['an empty name', { 'a.tsv': H + 'person:x\t \tperson\n' }, ['a.tsv:2: row needs non-empty id, name and type; got id="person:x" name="" type="person"']],
  ['an unknown type', { 'a.tsv': H + 'x\tX\tplanet\n' }, ['a.tsv:2: type must be one of person, place, organization, norp; got "planet"']],
  ['an unknown place kind', { 'a.tsv': H + 'place:x\tX\tplace\t\tvillage\n' }, ['a.tsv:2: kind must be one of country, region, city, area; got "village"']],
  ['a header without required columns', { 'a.tsv': 'ident\tname\n' }, ['a.tsv:1: header lacks required column(s) id, type; expected at least: id\tname\ttype']],
  ['a duplicate id', { 'a.tsv': H + 'person:x\tX\tperson\n', 'b.tsv': H + '# comment\nperson:x\tX Y\tperson\n' }, ['b.tsv:3: duplicate id "person:x", first defined at a.tsv:2']],
  ['one id with two types', { 'a.tsv': H + 'q:1\tMercury\tperson\nq:1\tMercury\tplace\n' }, ['a.tsv:3: id used with two types (person and place) "q:1", first defined at a.tsv:2']],
];

describe('gazetteer problems are errors naming file:line and what was expected', () => {
  it.each(BROKEN)('%s', (_, files, expected) => {
    const g = loadGazetteers(gazetteers(files));
    expect(g.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(expected);
  });
});

describe('a broken gazetteer stops the run before any document', () => {
  it('lists every problem of every file at once and exits 2; nothing is written', async () => {
    const files: Record<string, string> = {};
    BROKEN.forEach(([, f], i) => {
      for (const [name, text] of Object.entries(f)) files[`${i}-${name}`] = text;
    });
    const dir = gazetteers(files);
    const out = tempDir('gaz-out');
    const r = await cli(['-i', makeCorpus(2), '-o', out, '-g', dir, '--workers', '0', '--no-cache', '-q']);
    expect(r.code).toBe(2);
    const listed = r.err.split('\n').filter((l) => /^\s+\d-[ab]\.tsv:\d+: /.test(l));
    expect(listed).toHaveLength(BROKEN.reduce((n, [, , e]) => n + e.length, 0));
    expect(r.err).toMatch(/gazetteers have 7 problem\(s\)/);
    expect(r.err).toMatch(/No document was processed\.\n$/);
    expect(existsSync(join(out, 'mentions.csv'))).toBe(false);
    expect(existsSync(join(out, 'documents.json'))).toBe(false);
  });

  it('the same with worker threads', async () => {
    const r = await cli(['-i', makeCorpus(2), '-o', tempDir('gaz-out'), '-g', gazetteers({ 'a.tsv': H + 'x\tX\tplanet\n' }), '--workers', '2', '--no-cache', '-q']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/a\.tsv:2: type must be one of/);
  }, 60_000);
});

describe('names shared across types are warnings, not errors', () => {
  const shared = gazetteers({ 'a.tsv': H + 'person:georgia-x\tGeorgia Smith\tperson\tGeorgia\nplace:georgia\tGeorgia\tplace\t\tcountry\norg:x\tX Corp\torganization\tX\nperson:x\tMr X\tperson\tX\n' });

  it('aliasShadowing names both entries with file:line', () => {
    expect(aliasShadowing(loadGazetteers(shared).entries).map((w) => `${w.file}:${w.line}`)).toEqual(['a.tsv:3', 'a.tsv:5']);
    expect(aliasShadowing(loadGazetteers(shared).entries)[0].message).toMatch(/"Georgia" of place:georgia \(place\) is also a name or alias of person:georgia-x \(person\) at a\.tsv:2/);
  });

  it('the run goes on (exit 0); --verbose lists them', async () => {
    const r = await cli(['-i', makeCorpus(2), '-o', tempDir('gaz-out'), '-g', shared, '--workers', '0', '--no-cache', '--verbose', '--progress', 'none']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^gazetteer warning: a\.tsv:3: name or alias "Georgia"/m);
  });
});
