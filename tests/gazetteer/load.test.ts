import { describe, expect, it } from 'vitest';
import { loadGazetteers, parseGazetteerFile, parseGeneratedFile } from '../../src/gazetteer/load.js';
import { join } from 'node:path';
import { gazetteerFolder } from './helpers.js';
import { ROOT } from '../helpers.js';

const H = 'id\tname\ttype\taliases\tcountry\tpopulation\tkind';

const folder = gazetteerFolder;

describe('parseGazetteerFile: malformed rows are reported with file:line', () => {
  it.each([
    // [content, expected "file:line: message start" list]
    [`${H}\nplace:a\tA\tplace`, []],
    [`${H}\n# comment\n\nplace:a\t\tplace`, ['x.tsv:4: row needs non-empty id, name and type']],
    [`${H}\nplace:a\tA\tcity`, ['x.tsv:2: type must be one of']],
    [`${H}\nplace:a\tA\tplace\t\t\t\ttown`, ['x.tsv:2: kind must be one of']],
    [`${H}\nplace:a\tA\tplace\t\t\tmany`, ['x.tsv:2: population must be a number; got "many"']],
    // (a column missing before the flags puts the description among them)
    [`${H}\tflags\nplace:a\tA\tplace\t\t\t\t\tcommon,ci`, []],
    [`${H}\tflags\nplace:a\tA\tplace\t\t\t\t\tnews agency`, ['x.tsv:2: flags must be comma-separated among ci, common, context; got "news agency"']],
    [`# header comes after comments\nid\tname\nplace:a\tA`, ['x.tsv:2: header lacks required column(s) type']],
    [`${H}\r\nplace:a\tA\tplace\r\n\tB\tplace\r\n`, ['x.tsv:3: row needs non-empty id, name and type']],
  ])('%j', (content, expected) => {
    const r = parseGazetteerFile('x.tsv', content, 0);
    expect(r.problems.map((p) => `${p.file}:${p.line}: ${p.message}`.slice(0, expected[r.problems.indexOf(p)]?.length ?? 0))).toEqual(expected);
  });

  it('keeps line numbers, NFC names, deduplicated aliases and the iso:XX country default', () => {
    const r = parseGazetteerFile('x.tsv', `${H}\n\n# c\niso:AZ\tAzerbaijan\tplace\tAzerbaijan Republic|Azerbaijan Republic|Azerbaijan\tAZ\t\t\n`, 3, { tier: 'curated' });
    expect(r.entries.map((e) => [e.id, e.line, e.aliases, e.kind, e.tier, e.priority])).toEqual([['iso:AZ', 4, ['Azerbaijan Republic'], 'country', 'curated', 3]]);
  });
});

describe('loadGazetteers: tiers, merging, exclusion, stoplist', () => {
  const shipped = 'curated cur.tsv\ngenerated gen.tsv.gz\n';
  const cur = `${H}\nplace:baku\tBaku\tplace\t\tAZ\t\tcity\niso:AZ\tAzerbaijan\tplace\t\tAZ\t\t\n`;
  const gen = [
    H,
    'geonames:587084\tBaku\tplace\tBaki\tAZ\t1116513\tcity', // same place as curated place:baku -> merged
    'geonames:1\tBaku\tplace\t\tAZ\t50\tcity', // a smaller Baku: the most populous one is merged, this one stays
    'iso:AZ\tAzerbaijan\tplace\tRepublic of Azerbaijan\tAZ\t\tcountry', // same id -> merged
    'geonames:2639577\tReading\tplace\t\tGB\t318014\tcity', // excluded by id
    'geonames:3088461\tPolice\tplace\t\tPL\t34350\tcity', // stoplisted name
    'geonames:9\tSaid Town\tplace\tSaid\tEG\t2000\tcity', // stoplisted alias
  ].join('\n');

  it.each([
    // [id, expected (name, aliases, population, tier) or undefined when dropped]
    ['place:baku', ['Baku', ['Baki'], 1116513, 'curated']],
    ['geonames:587084', undefined],
    ['geonames:1', ['Baku', [], 50, 'generated']],
    ['iso:AZ', ['Azerbaijan', ['Republic of Azerbaijan'], undefined, 'curated']],
    ['geonames:2639577', undefined],
    ['geonames:3088461', undefined],
    ['geonames:9', ['Said Town', [], 2000, 'generated']],
  ])('%s', (id, expected) => {
    const g = loadGazetteers(folder({ 'shipped.txt': shipped, 'cur.tsv': cur, 'gen.tsv.gz': gen, 'exclude.txt': '# mine\ngeonames:2639577\n', 'lexicons/stoplist.txt': 'police\nsaid\n' }));
    expect(g.problems).toEqual([]);
    const e = g.entries.find((x) => x.id === id);
    expect(e ? [e.name, e.aliases, e.population, e.tier] : undefined).toEqual(expected);
  });

  it('treats files not in shipped.txt as user files, first in priority', () => {
    const g = loadGazetteers(folder({ 'shipped.txt': shipped, 'cur.tsv': cur, 'gen.tsv.gz': gen, 'zz-mine.tsv': `${H}\norganization:reading-fc\tReading\torganization` }));
    const mine = g.entries.find((e) => e.id === 'organization:reading-fc')!;
    expect([mine.tier, g.entries.every((e) => e === mine || e.priority > mine.priority)]).toEqual(['user', true]);
    // 6 generated rows, 2 merged into curated ones (no exclude/stoplist in this folder)
    expect(g.stats.byTier).toEqual({ user: 1, curated: 2, generated: 4 });
  });

  it('reports a duplicate id across user/curated files and a bad manifest line with file:line', () => {
    const g = loadGazetteers(folder({ 'shipped.txt': 'curated cur.tsv\nbogus line\n', 'cur.tsv': cur, 'mine.tsv': `${H}\n\nplace:baku\tBaku\tplace` }));
    expect(g.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['shipped.txt:2', 'mine.tsv:3']);
  });
});

describe('parseGeneratedFile: the lazy rows of generated files read as parseGazetteerFile reads them', () => {
  const G = 'id\tname\ttype\taliases\tcountry\twikidata\tgeonames\tlat\tlon\tpopulation\tflags\tkind\tfeature\tdescription';
  const fields = ['id', 'name', 'type', 'aliases', 'country', 'wikidata', 'geonames', 'lat', 'lon', 'population', 'flags', 'caseInsensitive', 'commonWord', 'contextOnly', 'kind', 'feature', 'description', 'file', 'line', 'priority', 'tier'] as const;
  const view = (e: object) => Object.fromEntries(fields.map((k) => [k, (e as Record<string, unknown>)[k]]));
  it.each([
    // [content, expected [id, name, aliases, population, lat, kind, feature, ci, common, line] per row, or 'fallback' when a row has a problem]
    [`${G}\n# c\ngeonames:587084\tBaku\tplace\tBaki|Baku|Baki\tAZ\tQ9248\t587084\t40.37767\t49.89201\t2300500\t\tcity\tP.PPLC\tcapital`, [['geonames:587084', 'Baku', ['Baki'], 2300500, 40.37767, 'city', 'P.PPLC', false, false, 3]]],
    [`${G}\r\niso:AZ\tAzerbaijan\tPLACE\t\tAZ\r\n\r\norganization:trend\t Trend \torganization\t\t\t\t\t\t\t\tci,common\r\n`, [['iso:AZ', 'Azerbaijan', [], undefined, undefined, 'country', undefined, false, false, 2], ['organization:trend', 'Trend', [], undefined, undefined, undefined, undefined, true, true, 4]]],
    [`${G}\nplace:x\tX\tplace\t\t\t\t\t\t\tnot a number\t\tCity`, [['place:x', 'X', [], undefined, undefined, 'city', undefined, false, false, 2]]],
    [`${G}\ngeonames:4460243\tCharlotte\tplace\tSharlott\tUS\t\t4460243\t\t\t874579\tcontext\tcity`, [['geonames:4460243', 'Charlotte', ['Sharlott'], 874579, undefined, 'city', undefined, false, false, 2]]],
    [`${G}\nplace:x\t\tplace`, 'fallback'],
    [`${G}\nplace:x\tX\tcity`, 'fallback'],
    [`${G}\nplace:x\tX\tplace\t\t\t\t\t\t\t\t\ttown`, 'fallback'],
    ['id\tname\nplace:x\tX', 'fallback'],
  ])('%j', (content, expected) => {
    const fast = parseGeneratedFile('g.tsv.gz', content, 600);
    const slow = parseGazetteerFile('g.tsv.gz', content, 600, { tier: 'generated', trustedNfc: true });
    if (expected === 'fallback') {
      expect([fast, slow.problems.length > 0]).toEqual([undefined, true]);
      return;
    }
    expect(fast!.map((e) => [e.id, e.name, e.aliases, e.population, e.lat, e.kind, e.feature, e.caseInsensitive, e.commonWord, e.line])).toEqual(expected);
    expect(fast!.map((e) => e.contextOnly)).toEqual(fast!.map((e) => e.id === 'geonames:4460243'));
    expect(fast!.map(view)).toEqual(slow.entries.map(view));
  });
});

describe('lexicons/after-place.tsv: region abbreviations after a place', () => {
  const H2 = 'id\tname\ttype\taliases\tcountry\tkind';
  const gaz = `${H2}\niso:US-PA\tPennsylvania\tplace\t\tUS\tregion\nplace:x\tExton\tplace\t\tUS\tcity\n`;
  it('reads abbreviation and region name pairs', () => {
    const g = loadGazetteers(folder({ 'p.tsv': gaz, 'lexicons/after-place.tsv': '# AP style\nPa.\tPennsylvania\n' }));
    expect([g.problems, g.afterPlace]).toEqual([[], [['Pa.', 'Pennsylvania']]]);
  });
  it('reports a malformed line and a name that is no region, with the line', () => {
    const g = loadGazetteers(folder({ 'p.tsv': gaz, 'lexicons/after-place.tsv': 'Pa.\tPennsylvania\nMass. Massachusetts\nEx.\tExton\n' }));
    expect(g.problems.map((p) => `${p.file}:${p.line}: ${p.message.slice(0, 40)}`)).toEqual([
      'lexicons/after-place.tsv:2: expected an abbreviation, a tab and a re',
      'lexicons/after-place.tsv:3: "Exton" is the name of no region or coun',
    ]);
    expect(g.afterPlace).toEqual([['Pa.', 'Pennsylvania']]);
  });
});

describe('lexicons/lone-surnames.tsv: surnames that alone name one person', () => {
  const gaz = 'id\tname\ttype\taliases\tcountry\nperson:x\tZorvak Qelbrix\tperson\t\t\n';
  it('reads surname and full name pairs', () => {
    const g = loadGazetteers(folder({ 'p.tsv': gaz, 'lexicons/lone-surnames.tsv': '# by hand\nQelbrix\tZorvak Qelbrix\nXi\tXi Jinping\n' }));
    expect([g.problems, g.loneSurnames]).toEqual([[], [['Qelbrix', 'Zorvak Qelbrix'], ['Xi', 'Xi Jinping']]]);
  });
  it('reports a malformed line, a surname that is no word of the name and one listed twice, with the line', () => {
    const g = loadGazetteers(folder({ 'p.tsv': gaz, 'lexicons/lone-surnames.tsv': 'Qelbrix\tZorvak Qelbrix\nDe Niro\tRobert De Niro\nPutin\tVladimir Poutine\nQelbrix\tAnna Qelbrix\n' }));
    expect(g.problems.map((p) => `${p.file}:${p.line}: ${p.message.slice(0, 40)}`)).toEqual([
      'lexicons/lone-surnames.tsv:2: expected one word, a tab and a person\'s ',
      'lexicons/lone-surnames.tsv:3: "Putin" is no word of "Vladimir Poutine"',
      'lexicons/lone-surnames.tsv:4: "Qelbrix" is listed twice: a surname nam',
    ]);
    expect(g.loneSurnames).toEqual([['Qelbrix', 'Zorvak Qelbrix']]);
  });
});

describe('the shipped curated files: a Wikidata QID as an id is a generated entry\'s', () => {
  it('merges every curated row whose id is a QID with the generated entry of that id (none is typed in without one)', () => {
    // the QID then comes from the packaged source (name-suggestion-index), which carries it: the merge fills the
    // `wikidata` column; a row whose QID no generated file holds would keep an empty one
    const g = loadGazetteers(join(ROOT, 'gazetteers'));
    const rows = g.entries.filter((e) => e.tier === 'curated' && /^Q\d+$/.test(e.id));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((e) => e.wikidata !== e.id).map((e) => `${e.file}:${e.line} ${e.id} ${e.name}`)).toEqual([]);
  });
});
