import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteers } from '../../src/gazetteer/load.js';
import { GazetteerMatcher } from '../../src/gazetteer/matcher.js';
import { EntryTable, packEntries } from '../../src/gazetteer/packed.js';
import { prepareResources } from '../../src/gazetteer/shared.js';
import type { GazetteerEntry } from '../../src/gazetteer/types.js';
import { tokenize } from '../../src/text/tokenize.js';
import { gazetteerFolder } from './helpers.js';
import { isOneByte } from '../helpers.js';

/** every field an entry has (GazetteerEntry and Entity), read through the getters of lazy generated rows */
const FIELDS = ['id', 'type', 'name', 'aliases', 'country', 'wikidata', 'geonames', 'lat', 'lon', 'population', 'description', 'file', 'line', 'caseInsensitive', 'commonWord', 'contextOnly', 'priority', 'tier', 'kind', 'feature'] as const;
const fields = (e: GazetteerEntry | undefined) => (e ? FIELDS.map((k) => e[k]) : e);

const H = 'id\tname\ttype\taliases\tcountry\tpopulation\tkind\tflags\tdescription';
const small = gazetteerFolder({
  'shipped.txt': 'curated cur.tsv\ngenerated gen.tsv.gz\n',
  'cur.tsv': `${H}\nplace:baku\tBaku\tplace\t\tAZ\t\tcity\t\t\niso:AZ\tAzerbaijan\tplace\t\tAZ\t\t\t\t\n`,
  'gen.tsv.gz': [
    H,
    'geonames:587084\tBaku\tplace\tBaki\tAZ\t1116513\tcity\t\t', // merged into the curated place:baku
    'geonames:1\tBaku\tplace\t\tAZ\t50\tcity\t\t',
    'geonames:9\tSaid Town\tplace\tSaid|Sayid\tEG\t2000\tcity\t\t', // the stoplist takes an alias: no longer the row's entry
    'geonames:10\tŞəki\tplace\tShaki|Sheki\tAZ\t63000\tcity\tci\tA town, “Şəki”', // non-Latin-1 text, flags, a description
    'organization:acme\tAcme\torganization\t\t\t\t\tcommon\t',
    'geonames:4460243\tCharlotte\tplace\tSharlott\tUS\t874579\tcity\tcontext\t', // matched by its context only
  ].join('\r\n'), // CRLF line ends: a row's bytes end before the CR
  'mine.tsv': `${H}\norganization:acme-2\tAcme Two\torganization\tA2\t\t\t\t\t\nplace:mine\tMine\tplace\t\t\t\t\tcontext\t\n`,
  'lexicons/stoplist.txt': 'said\n',
});

describe('packEntries / EntryTable: the entries every worker shares', () => {
  it('gives back every field of every entry: generated rows, the ones the stoplist changed, curated and user entries', () => {
    const g = loadGazetteers(small);
    expect(g.problems).toEqual([]);
    const table = new EntryTable(packEntries(g.entries));
    expect(table.length).toBe(g.entries.length);
    expect(g.entries.map((_, i) => fields(table.at(i)))).toEqual(g.entries.map(fields));
    expect(table.at(g.entries.findIndex((e) => e.id === 'geonames:9'))!.aliases).toEqual(['Sayid']);
  });

  it("decodes an entry's strings one byte a character where they are Latin-1, though its row is not", () => {
    const g = loadGazetteers(small);
    const table = new EntryTable(packEntries(g.entries));
    const e = table.at(g.entries.findIndex((x) => x.id === 'geonames:10'))!;
    const strings = [e.id, e.name, e.country ?? '', e.description ?? '', ...e.aliases];
    expect(strings).toEqual(['geonames:10', 'Şəki', 'AZ', 'A town, “Şəki”', 'Shaki', 'Sheki']);
    expect(strings.map(isOneByte)).toEqual([true, false, true, false, true, true]);
  });

  it('decodes an entry once: the same index is the same object; outside the list, undefined', () => {
    const g = loadGazetteers(small);
    const table = new EntryTable(packEntries(g.entries));
    expect(table.at(1)).toBe(table.at(1));
    expect([table.at(-1), table.at(g.entries.length), table.at(0.5)]).toEqual([undefined, undefined, undefined]);
  });

  it('keeps at most `keep` decoded entries: past that they are dropped, and one hit again is decoded again, equal', () => {
    const g = loadGazetteers(small);
    const table = new EntryTable(packEntries(g.entries), 2);
    const first = table.at(0);
    table.at(1);
    expect(table.kept).toBe(2);
    table.at(2); // the third: the two kept are dropped
    expect(table.kept).toBe(1);
    const again = table.at(0)!;
    expect(again).not.toBe(first);
    expect(fields(again)).toEqual(fields(g.entries[0]));
  });

  it('gives back the shipped gazetteers entry for entry', () => {
    const g = loadGazetteers('gazetteers');
    const table = new EntryTable(packEntries(g.entries));
    let differ = 0;
    for (let i = 0; i < g.entries.length; i++) if (JSON.stringify(fields(table.at(i))) !== JSON.stringify(fields(g.entries[i]))) differ++;
    expect([table.length, differ]).toEqual([g.entries.length, 0]);
    expect(g.entries.length).toBeGreaterThan(100_000);
  });
});

describe('GazetteerMatcher over shared tables (what a worker opens)', () => {
  it('finds what the matcher that built them finds, on the sample articles', () => {
    const { shared, gazetteers } = prepareResources('gazetteers');
    const built = new GazetteerMatcher(gazetteers.entries);
    const opened = new GazetteerMatcher(new EntryTable(shared.entries), shared.matcher);
    expect([opened.size, opened.aliases]).toEqual([built.size, built.aliases]);
    const text = readdirSync('input')
      .sort()
      .map((f) => readFileSync(join('input', f), 'utf8'))
      .join('\n\n');
    const tokens = tokenize(text);
    const all = (m: GazetteerMatcher) => tokens.flatMap((_, i) => m.matchAt(tokens, i, tokens.length, true).map((x) => `${x.from}-${x.to} ${x.mode} ${x.hits.map((h) => `${h.entry.id}=${h.alias}`).join(',')}`));
    const found = all(opened);
    expect(found).toEqual(all(built));
    expect(found.length).toBeGreaterThan(20);
  });
});
