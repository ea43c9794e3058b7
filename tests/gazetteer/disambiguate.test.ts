import { describe, expect, it } from 'vitest';
import { chooseEntries, regionsAfterLinkedTowns, SurnameTest, type Apposition, type DocumentPlaces } from '../../src/gazetteer/disambiguate.js';
import type { Candidate } from '../../src/model/candidate.js';
import type { SplitDocument } from '../../src/model/document.js';
import fc from 'fast-check';
import type { GazetteerEntry, PlaceKind, Tier } from '../../src/gazetteer/types.js';
import type { AliasHit } from '../../src/gazetteer/matcher.js';
import { join } from 'node:path';
import type { Resources } from '../../src/pipeline.js';
import { loadResources, processDocument } from '../../src/process.js';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { ROOT } from '../helpers.js';

// Neutral paragraphs (no entity) around each test text, so that the cleaner sees an article and keeps the text.
const FILL = 'The statement was published on the official website of the ministry on Monday, and it was later read out to reporters who had gathered outside the building for the briefing.';
let res: Resources | undefined;
/** Runs the pipeline on a small article; `lead` puts the text first (a dateline must open the document). */
function run(text: string, lead = false) {
  res ??= loadResources(join(ROOT, 'gazetteers'));
  const full = lead ? `${text}\n\n${FILL}\n\n${FILL}` : `${FILL}\n\n${text}\n\n${FILL}`;
  const report = new Reporter();
  const p = processDocument({ id: 'doc', path: 'doc.txt', text: full, encoding: 'utf-8', bytes: full.length }, res, report);
  if (!p.doc) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  const from = lead ? 0 : FILL.length + 2;
  const lost = p.doc.dropped.filter((b) => b.span.start < from + text.length && from < b.span.end);
  if (lost.length) throw new Error(`test setup: cleaning dropped part of the test text: ${lost.map((b) => JSON.stringify(b.text)).join(', ')}`);
  return { doc: p.doc, diagnostics: p.diagnostics };
}

const E = (id: string, name: string, o: { kind?: PlaceKind; country?: string; population?: number; tier?: Tier; type?: GazetteerEntry['type']; aliases?: string[] } = {}): GazetteerEntry => ({
  id,
  name,
  type: o.type ?? 'place',
  aliases: o.aliases ?? [],
  country: o.country,
  population: o.population,
  kind: o.kind,
  tier: o.tier ?? 'generated',
  file: 'x.tsv',
  line: 1,
  caseInsensitive: false,
  commonWord: false,
  priority: 0,
});
const armeniaCountry = E('iso:AM', 'Armenia', { kind: 'country', country: 'AM' });
const armeniaCity = E('geonames:3689560', 'Armenia', { kind: 'city', country: 'CO', population: 304314 });
const georgiaCountry = E('iso:GE', 'Georgia', { kind: 'country', country: 'GE' });
const georgiaState = E('iso:US-GA', 'Georgia', { kind: 'region', country: 'US' });
const tovuz = E('geonames:584821', 'Tovuz', { kind: 'city', country: 'AZ', population: 9000 }); // same order of magnitude as Berd
const newcastleTyne = E('geonames:2641673', 'Newcastle upon Tyne', { kind: 'city', country: 'GB', population: 192382, aliases: ['Newcastle'] });
const newcastleZa = E('geonames:971421', 'Newcastle', { kind: 'city', country: 'ZA', population: 56144 });
const walesRegion = E('iso:GB-WLS', 'Wales', { kind: 'region', country: 'GB' });
const walesVillage = E('geonames:2634894', 'Wales', { kind: 'city', country: 'GB', population: 5000 });
const berd = E('geonames:616802', 'Berd', { kind: 'city', country: 'AM', population: 8374, aliases: ['Tovuz'] });
const karabakh = E('place:nagorno-karabakh', 'Nagorno-Karabakh', { kind: 'region', country: 'AZ', tier: 'curated', aliases: ['Karabagh'] });
const karabaghAf = E('geonames:1', 'Karabagh', { kind: 'city', country: 'AF', population: 20000 });
const kabulProvince = E('iso:AF-KAB', 'Kabul', { kind: 'region', country: 'AF' });
const kabulCity = { ...E('geonames:1138958', 'Kabul', { kind: 'city', country: 'AF', population: 4434550 }), feature: 'P.PPLC' };
const parisFr = E('geonames:2988507', 'Paris', { kind: 'city', country: 'FR', population: 2138551 });
const parisTx = E('geonames:4717560', 'Paris', { kind: 'city', country: 'US', population: 24782 });
// GeoNames' figures: Greece's capital and the Georgia city
const athensGr = { ...E('geonames:264371', 'Athens', { kind: 'city', country: 'GR', population: 664046 }), feature: 'P.PPLC' };
const athensGa = E('geonames:4180386', 'Athens', { kind: 'city', country: 'US', population: 127315 });
// GeoNames' figures: Dayton lists 'Venice' among its alternate names
const veniceCity = { ...E('geonames:3164603', 'Venice', { kind: 'city', country: 'IT', population: 51298 }), feature: 'P.PPLA' };
const veniceProvince = E('iso:IT-VE', 'Venice', { kind: 'region', country: 'IT' });
const veniceFl = E('geonames:4176380', 'Venice', { kind: 'city', country: 'US', population: 22211 });
const dayton = E('geonames:4509884', 'Dayton', { kind: 'city', country: 'US', population: 137644, aliases: ['Venice'] });
const santiagoCl = { ...E('geonames:3871336', 'Santiago', { kind: 'city', country: 'CL', population: 4837295 }), feature: 'P.PPLC' };
const santiagoDo = { ...E('geonames:3492914', 'Santiago de los Caballeros', { kind: 'city', country: 'DO', population: 1200000, aliases: ['Santiago'] }), feature: 'P.PPLA' };
const santiagoProvince = E('iso:DO-25', 'Santiago', { kind: 'region', country: 'DO' });
const jamestownSh = { ...E('geonames:3370903', 'Jamestown', { kind: 'city', country: 'SH', population: 637 }), feature: 'P.PPLC' };
const jamestownNy = E('geonames:5122534', 'Jamestown', { kind: 'city', country: 'US', population: 29532 });
const mexicoCountry = E('iso:MX', 'Mexico', { kind: 'country', country: 'MX' });
const mexicoCity = { ...E('geonames:3530597', 'Mexico City', { kind: 'city', country: 'MX', population: 12294193, aliases: ['Mexico'] }), feature: 'P.PPLC' };
// GeoNames lists 'Oklahoma' among Oklahoma City's alternate names, 'Basra' is a spelling of Basrah's
const oklahomaState = E('iso:US-OK', 'Oklahoma', { kind: 'region', country: 'US' });
const oklahomaCity = { ...E('geonames:4544349', 'Oklahoma City', { kind: 'city', country: 'US', population: 655057, aliases: ['Oklahoma'] }), feature: 'P.PPLA' };
const basraProvince = E('iso:IQ-BA', 'Basra', { kind: 'region', country: 'IQ' });
const basraCity = { ...E('geonames:99532', 'Basrah', { kind: 'city', country: 'IQ', population: 2600000, aliases: ['Basra'] }), feature: 'P.PPLA' };
const cordobaAr = E('geonames:3860259', 'Córdoba', { kind: 'city', country: 'AR', population: 1428214 });
const cordobaEs = E('geonames:2519240', 'Córdoba', { kind: 'city', country: 'ES', population: 328428 });
const londonGb = E('geonames:2643743', 'London', { kind: 'city', country: 'GB', population: 8961989 });
const londonOn = E('geonames:6058560', 'London', { kind: 'city', country: 'CA', population: 346765 });
const jamaicaCountry = E('iso:JM', 'Jamaica', { kind: 'country', country: 'JM' });
const jamaicaQueens = E('geonames:5122520', 'Jamaica', { kind: 'city', country: 'US', population: 216866 });
const hanoverParish = E('iso:JM-09', 'Hanover', { kind: 'region', country: 'JM' });
const hannover = E('geonames:2910831', 'Hannover', { kind: 'city', country: 'DE', population: 515140, aliases: ['Hanover'] });
// 'Gaza': GeoNames' Gaza City, its governorate (ISO 3166-2) and Mozambique's province of Gaza
const gazaCity = E('geonames:281133', 'Gaza', { kind: 'city', country: 'PS', population: 410000 });
const gazaGovernorate = E('iso:PS-GZA', 'Gaza', { kind: 'region', country: 'PS' });
const gazaProvince = E('iso:MZ-G', 'Gaza', { kind: 'region', country: 'MZ' });
const mine = E('place:my-armenia', 'Armenia', { kind: 'city', country: 'CO', tier: 'user' });
const minskOrg = E('organization:x', 'Minsk', { type: 'organization' });
const minsk = E('geonames:625144', 'Minsk', { kind: 'city', country: 'BY', population: 1742124 });
// name-suggestion-index: a Mexican chain once called Woolworth, and Woolworth GmbH; both list 'Woolworth' among their names
const delSol = E('Q113207674', 'Del Sol', { type: 'organization', aliases: ['Woolworth'] });
const woolworthGmbh = E('Q183538', 'Woolworth GmbH', { type: 'organization', aliases: ['Woolworth'] });
// organizations.tsv's Labour parties, by country
const labourGb = E('organization:british-labour-party', 'British Labour Party', { type: 'organization', country: 'GB', tier: 'curated', aliases: ['Labour'] });
const labourIl = E('organization:israeli-labour-party', 'Israeli Labour Party', { type: 'organization', country: 'IL', tier: 'curated', aliases: ['Labour'] });
const labourNo = E('organization:norwegian-labour-party', 'Norwegian Labour Party', { type: 'organization', country: 'NO', tier: 'curated', aliases: ['Labour'] });

const hit = (entry: GazetteerEntry, alias = entry.name): AliasHit => ({ entry, alias });
const ctx = (o: { placeCountries?: string[]; capitalCountries?: string[]; namedCountries?: string[]; datelineCountry?: string } = {}): DocumentPlaces => ({
  placeCountries: new Set(o.placeCountries ?? []),
  capitalCountries: new Set(o.capitalCountries ?? []),
  namedCountries: new Set(o.namedCountries ?? []),
  datelineCountry: o.datelineCountry,
});

describe('chooseEntries: one rule per row', () => {
  it.each([
    // [case, hits, context, expected chosen id, deciding rule, candidates]
    ['country > city (type priority)', [hit(armeniaCity), hit(armeniaCountry)], undefined, 'iso:AM', 'kind', 2],
    ['country > region', [hit(georgiaState), hit(georgiaCountry)], undefined, 'iso:GE', 'kind', 2],
    ['a US city in the document pulls Georgia to the state', [hit(georgiaCountry), hit(georgiaState)], ctx({ placeCountries: ['US'] }), 'iso:US-GA', 'context', 2],
    ["a national capital ('Washington said') does not pull Georgia to the state", [hit(georgiaCountry), hit(georgiaState)], ctx({ capitalCountries: ['US'] }), 'iso:GE', 'kind', 2],
    ['a national capital supports its own country', [hit(georgiaState), hit(georgiaCountry)], ctx({ capitalCountries: ['GE'], placeCountries: ['US'] }), 'iso:GE', 'kind', 2],
    ['naming the US alone does not', [hit(georgiaCountry), hit(georgiaState)], ctx({ namedCountries: ['US'] }), 'iso:GE', 'kind', 2],
    ['the dateline outweighs other places', [hit(georgiaState), hit(georgiaCountry)], ctx({ placeCountries: ['US', 'GE'], datelineCountry: 'GE' }), 'iso:GE', 'context', 2],
    ["a named country supports its city ('Córdoba' in a story that names Spain)", [hit(cordobaAr), hit(cordobaEs)], ctx({ namedCountries: ['ES'] }), 'geonames:2519240', 'context', 2],
    ["but not against a country of the name: 'Armenia' is the country, though Colombia is named", [hit(armeniaCountry), hit(armeniaCity)], ctx({ namedCountries: ['CO'] }), 'iso:AM', 'kind', 2],
    ["the apposition does it: 'Armenia, Colombia'", [hit(armeniaCountry), hit(armeniaCity)], ctx({ namedCountries: ['CO'] }), 'geonames:3689560', 'context', 2, { regions: new Set<string>(), countries: new Set(['CO']) }],
    ["a dateline does not pull a name to a city it is only an alternate name of ('Venice' in a US story is not Dayton)", [hit(dayton, 'Venice'), hit(veniceCity), hit(veniceProvince)], ctx({ datelineCountry: 'US' }), 'geonames:3164603', 'region', 3],
    ["nor a country's name to a city of the dateline's country ('Jamaica' in a NEW YORK story is not the Queens neighbourhood)", [hit(jamaicaQueens), hit(jamaicaCountry)], ctx({ datelineCountry: 'US' }), 'iso:JM', 'kind', 2],
    ["nor against a place ten times its size elsewhere: 'London' is not London, Ontario in a story that names Canada", [hit(londonOn), hit(londonGb)], ctx({ namedCountries: ['CA'], datelineCountry: 'CA' }), 'geonames:2643743', 'population', 2],
    ["nor against a larger national capital elsewhere: 'Athens' in a story that names the US is Greece's", [hit(athensGa), hit(athensGr)], ctx({ namedCountries: ['US'] }), 'geonames:264371', 'region', 2],
    ["the apposition still does it: 'Athens, Ga.'", [hit(athensGr), hit(athensGa)], ctx({ namedCountries: ['US'] }), 'geonames:4180386', 'context', 2, { regions: new Set(['iso:US-GA']), countries: new Set(['US']) }],
    ["a country named by the mention itself does not support its city ('Mexico' is not Mexico City)", [hit(mexicoCity, 'Mexico'), hit(mexicoCountry)], ctx({ namedCountries: ['MX'] }), 'iso:MX', 'kind', 2],
    ['Tovuz the town, not an old name of Berd', [hit(berd, 'Tovuz'), hit(tovuz)], undefined, 'geonames:584821', 'name', 2],
    ['Karabagh: the curated region over an Afghan town', [hit(karabaghAf), hit(karabakh, 'Karabagh')], undefined, 'place:nagorno-karabakh', 'tier', 2],
    ["Karabagh: a dateline in Afghanistan does not make a region elsewhere an Afghan town", [hit(karabaghAf), hit(karabakh, 'Karabagh')], ctx({ datelineCountry: 'AF' }), 'place:nagorno-karabakh', 'tier', 2],
    ["a dateline's town before a place elsewhere less than ten times its size ('Newcastle' in a South African story)", [hit(newcastleTyne, 'Newcastle'), hit(newcastleZa)], ctx({ datelineCountry: 'ZA' }), 'geonames:971421', 'context', 2],
    ['but not before one ten times its size', [hit(newcastleTyne, 'Newcastle'), hit({ ...newcastleZa, population: 19000 })], ctx({ datelineCountry: 'ZA' }), 'geonames:2641673', 'population', 2],
    ['a town under 100k gets no support from other places of its country', [hit(karabaghAf), hit(karabakh, 'Karabagh')], ctx({ placeCountries: ['AF'] }), 'place:nagorno-karabakh', 'tier', 2],
    ['a larger order of magnitude beats the name rule', [hit(newcastleZa), hit(newcastleTyne, 'Newcastle')], undefined, 'geonames:2641673', 'population', 2],
    ["a city of the country with a region of the name before a larger city elsewhere ('Venice' is not Dayton, Ohio)", [hit(dayton, 'Venice'), hit(veniceFl), hit(veniceProvince), hit(veniceCity)], undefined, 'geonames:3164603', 'region', 4],
    ["a national capital of the name is not outranked so ('Santiago' is Chile's, though a Dominican province is Santiago)", [hit(santiagoDo, 'Santiago'), hit(santiagoProvince), hit(santiagoCl)], undefined, 'geonames:3871336', 'name', 3],
    ["a capital of a few hundred people is not outranked so ('Jamestown' is New York's, not Saint Helena's)", [hit(jamestownSh), hit(jamestownNy)], undefined, 'geonames:5122534', 'population', 2],
    ['a village does not outrank its same-named region', [hit(walesVillage), hit(walesRegion)], undefined, 'iso:GB-WLS', 'kind', 2],
    ['a same-named region and city (seat) of one country: the city', [hit(kabulProvince), hit(kabulCity)], undefined, 'geonames:1138958', 'kind', 2],
    ["a region before a seat city that the alias only names otherwise ('Oklahoma' is the state, not Oklahoma City)", [hit(oklahomaCity, 'Oklahoma'), hit(oklahomaState)], undefined, 'iso:US-OK', 'kind', 2],
    ["a seat city called by a spelling of its name before its region ('Basra' for Basrah)", [hit(basraProvince), hit(basraCity, 'Basra')], undefined, 'geonames:99532', 'kind', 2],
    ["a region does not outrank a national capital named so ('Santiago' without the Dominican city's seat)", [hit(santiagoProvince), hit(santiagoCl)], undefined, 'geonames:3871336', 'kind', 2],
    ["a region does not outrank a city of 500,000+ elsewhere called by its name ('Hanover' is Hannover, not a Jamaican parish)", [hit(hanoverParish), hit(hannover, 'Hanover')], undefined, 'geonames:2910831', 'kind', 2],
    ['but one of fewer people it does', [hit(hanoverParish), hit({ ...hannover, population: 400000 }, 'Hanover')], undefined, 'iso:JM-09', 'kind', 2],
    ["a region does not outrank a city of 100,000+ of another country that has a region of that name too ('Gaza' is Gaza City, not Mozambique's province)", [hit(gazaProvince), hit(gazaGovernorate), hit(gazaCity)], undefined, 'geonames:281133', 'kind', 3],
    ['but where that city has fewer people it does (the two regions then tie, and the order of the ids decides)', [hit(gazaProvince), hit(gazaGovernorate), hit({ ...gazaCity, population: 33000 })], undefined, 'iso:MZ-G', 'id', 3],
    ['same kind: the larger population', [hit(parisTx), hit(parisFr)], undefined, 'geonames:2988507', 'population', 2],
    ['a user entry beats shipped ones with the alias', [hit(armeniaCountry), hit(mine)], undefined, 'place:my-armenia', 'user', 2],
    ['place before organization on a shared single alias', [hit(minskOrg), hit(minsk)], undefined, 'geonames:625144', 'type', 2],
    ["an entry whose name opens with the alias before one only also known by it ('Woolworth' is Woolworth GmbH)", [hit(delSol, 'Woolworth'), hit(woolworthGmbh, 'Woolworth')], undefined, 'Q183538', 'name', 2],
    ["an organisation of the dateline's country ('Labour' in a JERUSALEM story)", [hit(labourGb, 'Labour'), hit(labourIl, 'Labour'), hit(labourNo, 'Labour')], ctx({ placeCountries: ['NO'], datelineCountry: 'IL' }), 'organization:israeli-labour-party', 'context', 3],
    ["… or of the document's places, named countries or capitals", [hit(labourGb, 'Labour'), hit(labourIl, 'Labour'), hit(labourNo, 'Labour')], ctx({ capitalCountries: ['NO'] }), 'organization:norwegian-labour-party', 'context', 3],
    ["… else a country's whose news is written in English", [hit(labourIl, 'Labour'), hit(labourGb, 'Labour')], ctx({ placeCountries: ['US'] }), 'organization:british-labour-party', 'english', 2],
    ['… else the order of the rows (by id)', [hit(labourNo, 'Labour'), hit(labourIl, 'Labour')], ctx({ placeCountries: ['US'] }), 'organization:israeli-labour-party', 'id', 2],
    ['one entry is no choice', [hit(minsk), hit(minsk)], undefined, 'geonames:625144', 'single', 1],
  ] as const)('%s', (_case, hits, context, id, rule, candidates, within?: Apposition) => {
    const c = chooseEntries(hits as unknown as AliasHit[], context, within);
    expect([c.entries[0].id, c.rule, c.candidates]).toEqual([id, rule, candidates]);
  });
});

const places = (text: string) => run(text).doc.mentions.filter((m) => m.type === 'place').map((m) => [m.text, m.entityId]);

describe("shipped gazetteers: a small town abroad that the document places nowhere is no place", () => {
  // ('Mobo', a Philippine town of 3,750 people in GeoNames; the Mobo awards are a British music prize)
  it.each([
    ['She won three Mobo awards last year, her agent said after the ceremony.', []],
    // a place's preposition, a comma and a region, or the country named elsewhere, place it
    ['The ferry sailed to Mobo on Monday with the supplies the villagers had asked for.', [['Mobo', 'geonames:1699450']]],
    ['Officials in the Philippines said the Mobo market would reopen after the storm had passed.', [['Philippines', 'iso:PH'], ['Mobo', 'geonames:1699450']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe("shipped gazetteers: a town's old name that another town holds as its own is that town's", () => {
  // GeoNames lists 'Twickenham' among Huntsville, Alabama's names (its name of 1809) and 'Colorado City' among Yuma's;
  // the London borough and the Arizona town hold them as their own. Exonyms WordNet holds with a city's name stay
  // the city's ('Calcutta' of Kolkata).
  it.each([
    ['England beat Wales at Twickenham on Saturday in front of a crowd of eighty thousand people.', [['England', 'iso:GB-ENG'], ['Wales', 'iso:GB-WLS'], ['Twickenham', 'geonames:2635308']]],
    ['The sect still holds most of the homes in Colorado City, Ariz., the lawyers said on Monday.', [['Colorado City', 'geonames:5290463'], ['Ariz.', 'iso:US-AZ']]],
    ['The flight from Calcutta landed late on Monday after the storm had passed over the coast.', [['Calcutta', 'geonames:1275004']]],
    // ('Whitehall' was an old name of Atlanta, then the Ohio town of that name: London's street is a curated place; the
    // town where its apposition says so)
    ['Whitehall officials said the plan would cost more, the minister told MPs in London on Monday.', [['Whitehall', 'place:whitehall'], ['London', 'geonames:2643743']]],
    ['Police in Whitehall, Ohio, said the man had been arrested on Monday after a long chase.', [['Whitehall', 'geonames:4528291'], ['Ohio', 'iso:US-OH']]],
    // (London's West End, the theatres', had been a Canadian town of the name)
    ['The musical opened in the West End on Monday, and the critics loved it, the producers said.', [['West End', 'place:west-end-london']]],
    // (Yorkshire, whose parts alone ISO 3166-2 names, had been a town of Virginia; Central Park a Washington town)
    ['The posts will go to Yorkshire and West Yorkshire, the minister said on Monday in a statement.', [['Yorkshire', 'place:yorkshire'], ['West Yorkshire', 'place:west-yorkshire']]],
    ['Both runners looked to be suffering as they reached the final mile in Central Park on Sunday.', [['Central Park', 'place:central-park']]],
    // (Sussex, which ISO 3166-2 names as East and West Sussex, had been a town of Wisconsin; its apposition keeps it so)
    ['The Duke of Sussex lost his challenge at the High Court on Monday, a judge ruled.', [['Sussex', 'place:sussex']]],
    ['Police in Sussex, Wisconsin, said the man had been arrested on Monday after a long chase.', [['Sussex', 'geonames:5275222'], ['Wisconsin', 'iso:US-WI']]],
    // (England's regions: ISO 3166-2's 'Midlands' is Zimbabwe's province, its 'North East' a district of Botswana)
    ['Prices in the North East rose, while the East Midlands and the Midlands saw falls, the survey said.', [['North East', 'place:north-east-england'], ['East Midlands', 'place:east-midlands'], ['Midlands', 'place:midlands']]],
    // (New York's Long Island and Upper East Side: ISO 3166-2's are a Bahamas district and a Ghana region)
    ['She grew up on Long Island and now lives on the Upper East Side, her agent said on Monday.', [['Long Island', 'place:long-island'], ['Upper East Side', 'place:upper-east-side']]],
    // (the Lower East Side and London's Notting Hill: GeoNames' East Side and Notting Hill are Australian suburbs)
    ['She opened a bakery on the Lower East Side and a shop in Notting Hill, her agent said on Monday.', [['Lower East Side', 'place:lower-east-side'], ['Notting Hill', 'place:notting-hill']]],
    // (regions the generated files name otherwise or not at all: ISO 3166-2's 'Chechen', matched by context only; 'Darfur',
    // 'Siberia', 'Cheshire' had been ids of the rules; 'Chechen' stays the people's adjective)
    ['Fighting in Chechnya and Darfur went on, and snow fell in Siberia and Cheshire, officials said.', [['Chechnya', 'place:chechnya'], ['Darfur', 'place:darfur'], ['Siberia', 'place:siberia'], ['Cheshire', 'place:cheshire']]],
    // (London's Old Bailey, which the surname rules had made a person)
    ['Jurors at the Old Bailey returned their verdict on Monday, officials said.', [['Old Bailey', 'place:old-bailey']]],
    // (regions alike in all but their country, with no population: a country whose news is written in English first,
    // not the id's alphabet, which made 'Maryland' Liberia's county and 'Montana' Bulgaria's province)
    ['A Maryland county and a town in Montana passed the tax on Monday, officials said in a statement.', [['Maryland', 'iso:US-MD'], ['Montana', 'iso:US-MT']]],
    // (the Louvre, a name alone the rules could not type, had been no mention)
    ['The Louvre has given permission for parts of the film to be shot in the museum, the producers said.', [['Louvre', 'place:louvre']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe("shipped gazetteers: a large city's alternate name that is a plural or a short word is no alias", () => {
  it.each([
    // 'Pre' of Prato, 'Lids' of Leeds, 'Grants' of a Philippine city; 'Kut' of Al-Kut stays (its own name holds it)
    ['Pre-tax profits rose sharply, and the Grants and Lids were counted again on Monday.', []],
    ['British troops left Kut on Monday after the talks, the officials said in a statement.', [['Kut', 'geonames:99131']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('shipped gazetteers: common words and first names are not places', () => {
  it.each([
    // [text, expected place mentions]
    ['Police said on Monday that the Republic would act, and Reading the report took them most of the day, they said.', []],
    ['The Of Said Police Republic Reading group is a name that nobody had heard of before this week, officials said.', []],
    ['Emin Aliyev and Rustam Muradov met in Baku on Monday to discuss the situation along the line of contact.', [['Baku', 'place:baku']]],
    ['He said the plan was good, and the police agreed with the republic and its reading of the situation.', []],
    // (a town of a common word's name, matched by context only: its apposition places it, lexicons/stoplist.txt no longer blocks it)
    ['The firm is based in Reading, England, and employs 300 people, officials said on Monday.', [['Reading', 'geonames:2639577'], ['England', 'iso:GB-ENG']]],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('shipped gazetteers: contractions are not names', () => {
  // a restaurant chain was named "I'm" in the organisation gazetteer; a contraction starting with I is capitalised anywhere
  it.each([
    "There are many questions about her health, and admittedly I'm no expert, the senator told reporters on Monday.",
    'There are many questions about her health, and admittedly I’m no expert, the senator told reporters on Monday.',
    "I'm praying for the families tonight, and we're all thinking of them, the governor said in a statement on Monday.",
  ])('%s', (text) => {
    expect(run(text).doc.mentions.filter((m) => /['’]/.test(m.text)).map((m) => [m.text, m.entityId])).toEqual([]);
  });
});

describe('shipped gazetteers: same-name places in context', () => {
  it.each([
    // [text, is it the lead (dateline) paragraph, alias, expected id]
    ['TBILISI, Georgia, May 2 - The government of Georgia met today to discuss the budget for the coming year.', true, 'Georgia', 'iso:GE'],
    ['The United States backed Georgia in its talks with Russia on Monday, officials in Washington said.', false, 'Georgia', 'iso:GE'],
    ['ATLANTA, Georgia - The governor of Georgia signed the bill in Atlanta on Monday after a long debate.', true, 'Georgia', 'iso:US-GA'],
    ['Armenia and Azerbaijan signed the truce on Monday after a long day of talks that had started early.', false, 'Armenia', 'iso:AM'],
    ['Coffee growers in Armenia, Colombia, protested in the streets of Armenia on Monday against low prices.', false, 'Armenia', 'geonames:3689560'],
    ['Trade talks between Mexico and Canada resumed on Monday, officials in Ottawa said after the meeting.', false, 'Mexico', 'iso:MX'],
    ['Exports from Guatemala and Panama fell in March, the two central banks said in reports on Monday.', false, 'Panama', 'iso:PA'],
    ['Storms hit Oklahoma and Kansas on Monday, cutting power to thousands of homes, officials said.', false, 'Oklahoma', 'iso:US-OK'],
    ['Officials in New York said on Monday that the subway would reopen after the storm had passed.', false, 'New York', 'place:new-york-city'],
    ['The premier of Quebec spoke on Monday in Quebec City, where the talks had been held for a week.', false, 'Quebec', 'iso:CA-QC'],
    ['The premier of Quebec spoke on Monday in Quebec City, where the talks had been held for a week.', false, 'Quebec City', 'geonames:6325494'],
    ['Shelling hit the town of Tovuz on Monday, the ministry said in a statement released in the evening.', false, 'Tovuz', 'place:tovuz'],
    // the words next to a name say city or region (`kindCue`): the region's seat is the city alone
    ['Ukrainian troops crossed into the Kursk region on Monday, officials in Moscow said.', false, 'Kursk', 'iso:RU-KRS'],
    ['The city of Kursk was calm on Monday, officials in Moscow said after the meeting.', false, 'Kursk', 'geonames:538560'],
    ['Israeli troops raided the West Bank city of Jenin on Monday, the army said.', false, 'Jenin', 'geonames:283506'],
    ['Fires burned in Washington state on Monday, officials said after the meeting.', false, 'Washington', 'iso:US-WA'],
    // (a legislator's or a governor's title of a state after the name: the state, not the city)
    ['New York Rep. Peter King rejected the plan on Monday, officials said after the meeting.', false, 'New York', 'iso:US-NY'],
    ['The bill was signed by New York Attorney General Eric Schneider on Monday, officials said.', false, 'New York', 'iso:US-NY'],
    // (an executive office in lower case, after a possessive too, and 'upstate' before the name)
    ['The suit was brought by the New York attorney general, Dana Kellmoor, on Monday, officials said.', false, 'New York', 'iso:US-NY'],
    ["New York's governor signed the bill on Monday, officials said after the meeting.", false, 'New York', 'iso:US-NY'],
    ['Snow fell across upstate New York on Monday, officials said after the meeting.', false, 'New York', 'iso:US-NY'],
    // (not a delegation after a possessive: the country's, as Washington alone)
    ["Jon Kellmoor, head of Washington's delegation to the talks, said on Monday that they would go on.", false, 'Washington', 'place:washington'],
    // a town and 'in' before a region places it there, as a comma does, and the towns of a list before it
    // (Perth, Scotland: GeoNames 2640358, not Western Australia's capital, 2063523)
    ['Storms hit Perth and Dundee in Scotland on Monday, officials said after the meeting.', false, 'Perth', 'geonames:2640358'],
    ['Wildfires burned near Victoria in British Columbia on Monday, officials said.', false, 'Victoria', 'geonames:6174041'],
    ['Storms hit Perth on Monday, officials said after the meeting in Scotland.', false, 'Perth', 'geonames:2063523'],
    // (a list's towns before a region only where the region has a town of the name; none before a country)
    ['They played concerts in London, Paris and Toronto in Canada on Monday, officials said.', false, 'London', 'geonames:2643743'],
    ['They will play Boston, Chicago and Glasgow in Scotland on Monday, officials said.', false, 'Boston', 'geonames:4930956'],
    // (not a country, nor a nationality)
    ['Aid reached the coastal region of Guatemala on Monday, officials said after the meeting.', false, 'Guatemala', 'iso:GT'],
    // Ukraine's oblasts by their English names (places.tsv), the seat alone the city
    ['Russian forces advanced in the Donetsk region on Monday, officials in Kyiv said.', false, 'Donetsk region', 'iso:UA-14'],
    ['Shelling hit Donetsk and Kharkiv on Monday, officials in Kyiv said after the meeting.', false, 'Donetsk', 'geonames:709717'],
    // (and in the plural after names joined by commas and 'and', which no alias holds: the region its gazetteer names
    // '<name> region' or '<name> Oblast', `regionsByCue`; and any region of the name, `kindCue`)
    ['Drones struck the Kharkiv and Dnipropetrovsk regions on Monday, officials in Kyiv said.', false, 'Kharkiv', 'iso:UA-63'],
    ['Drones struck the Kharkiv and Dnipropetrovsk regions on Monday, officials in Kyiv said.', false, 'Dnipropetrovsk', 'iso:UA-12'],
    ['Drones struck the Sumy, Kursk and Belgorod regions on Monday, officials in Moscow said.', false, 'Kursk', 'iso:RU-KRS'],
  ])('%s', (text, lead, alias, id) => {
    const ids = run(text, lead).doc.mentions.filter((m) => m.text === alias).map((m) => m.entityId);
    expect(ids.length).toBeGreaterThan(0);
    expect([...new Set(ids)]).toEqual([id]);
  });

  it('records the chosen id, the number of candidates and the rule as a diagnostic', () => {
    const d = run('Armenia and Azerbaijan signed the truce on Monday after a long day of talks that had started early.').diagnostics.find((x) => x.code === 'tag/ambiguous-alias');
    expect(d?.message).toMatch(/^"Armenia": iso:AM chosen among \d+ candidates by tier/);
  });

  it('longest match across types: the Minsk Group is an organisation, Minsk a place', () => {
    const m = run('The OSCE Minsk Group met in Minsk on Monday to discuss the situation along the line of contact.').doc.mentions;
    expect(m.map((x) => [x.text, x.entityId])).toEqual([
      ['OSCE Minsk Group', 'organization:osce-minsk-group'],
      ['Minsk', 'place:minsk'],
    ]);
  });
});

describe('shipped gazetteers: everyday country names, regions, and religious and ethnic groups', () => {
  // the generated files hold ISO names only ('Bosnia and Herzegovina') and no regions; a generated alias made
  // 'Jewish' the Jewish Autonomous Oblast; the curated places.tsv and demonyms.tsv hold these (2026-12-02)
  it.each([
    ['Fighting in Bosnia eased on Monday, officials in Sarajevo said after a long night of talks.', 'Bosnia', 'place', 'iso:BA'],
    ['Exports to West Germany rose in March, the ministry said on Monday in its monthly report.', 'West Germany', 'place', 'place:west-germany'],
    ['Israeli troops left parts of the West Bank on Monday, the army said in a statement in the evening.', 'West Bank', 'place', 'place:west-bank'],
    ['Leaders of the Jewish community met the mayor on Monday to discuss the plans for the new school.', 'Jewish', 'norp', 'norp:jewish'],
    ['Muslim leaders met the mayor on Monday to discuss the plans for the new school in the district.', 'Muslim', 'norp', 'norp:muslim'],
    ['Troops patrolled the zone that the Jewish state holds, officials said on Monday after the meeting.', 'Jewish', 'norp', 'norp:jewish'], // 'state' after it is no region's word here
    // ethnic groups of the news (demonyms.tsv, 2026-12-05): 'Chechen rebels' was no mention, 'in Maori' a place
    ['Chechen rebels attacked the convoy on Monday, officials said after the meeting in the capital.', 'Chechen', 'norp', 'norp:chechen'],
    ['Ossetian leaders met the envoy on Monday, officials said after the meeting in the capital.', 'Ossetian', 'norp', 'norp:ossetian'],
    // armed groups of the news (organizations.tsv, 2026-12-05): 'Boko Haram' was a person by the name-shape rule
    ['Boko Haram fighters attacked the town on Monday, officials said after the meeting in the capital.', 'Boko Haram', 'organization', 'organization:boko-haram'],
  ])('%s', (text, alias, type, id) => {
    expect(run(text).doc.mentions.filter((m) => m.text === alias).map((m) => [m.type, m.entityId])).toEqual([[type, id]]);
  });
});

describe("shipped gazetteers: towns whose names are a person's or a common word, named by their context (flag `context`)", () => {
  const ids = (text: string, alias: string, lead = false) => run(text, lead).doc.mentions.filter((m) => m.text.toLowerCase() === alias.toLowerCase()).map((m) => [m.type, m.entityId]);
  it.each([
    // [text, is it the lead (dateline) paragraph, alias, expected [type, id] of each of its mentions]
    // an apposition places the town the name finder typed ('Charlotte, North Carolina'; 'Orlando, Fla.')
    ['The company is based in Charlotte, North Carolina, and has offices in Orlando, Fla., and Atlanta.', false, 'Charlotte', [['place', 'geonames:4460243']]],
    ['The company is based in Charlotte, North Carolina, and has offices in Orlando, Fla., and Atlanta.', false, 'Orlando', [['place', 'geonames:4167147']]],
    // its region or country picks among the towns of the name, and one it rules out is never taken
    ['Police in Hamilton, Ontario, said on Monday that the two men had been arrested after a chase.', false, 'Hamilton', [['place', 'geonames:5969782']]],
    ['Police in Hamilton, Ohio, said on Monday that the two men had been arrested after a chase.', false, 'Hamilton', [['place', 'geonames:4513575']]],
    ['Police in Hamilton, Texas, said on Monday that the two men had been arrested after a chase.', false, 'Hamilton', [['place', 'place:hamilton']]],
    // (an apposition naming a country rules out no town, but a town of another country is not what it places)
    ['Police in Hamilton, Bermuda, said on Monday that the two men had been arrested after a chase.', false, 'Hamilton', [['place', 'place:hamilton']]],
    // a dateline's apposition names the town's other mentions too
    ['ORLANDO, Fla., March 3 - The company, which is based in Orlando, said on Monday that profits rose.', true, 'Orlando', [['place', 'geonames:4167147'], ['place', 'geonames:4167147']]],
    ['FLINT, Mich., March 3 - The company, which is based in Flint, said on Monday that profits rose.', true, 'Flint', [['place', 'geonames:4992982'], ['place', 'geonames:4992982']]],
    // a city of 100,000 people or more in a country the document places
    ['Flooding closed roads in Orlando on Monday, and officials in Tallahassee said more rain was due.', false, 'Orlando', [['place', 'geonames:4167147']]],
    // ('to' after a journey's verb, and a when-word after the name: 'Oxford' is such a town too)
    ['The minister flew to Oxford on Monday, and officials in London said the talks would go on.', false, 'Oxford', [['place', 'geonames:2640729']]],
    ['Flooding closed roads in Orlando last week, and officials in Tallahassee said more rain was due.', false, 'Orlando', [['place', 'geonames:4167147']]],
    // a city ten times as large as any other of its name, alone ('Marseille')
    ['He flew to Marseille on Monday, his spokesman said after the meeting had ended.', false, 'Marseille', [['place', 'geonames:2995469']]],
    ['GENEVA, March 3 - Talks on the treaty will resume on Monday, officials said after the meeting.', true, 'GENEVA', [['place', 'geonames:2660646']]],
    // a region's town of its name before the region ('RAVENNA, Italy' is the city, not its province)
    ['RAVENNA, Italy, March 3 - The company, which is based in Ravenna, said on Monday that profits rose.', true, 'Ravenna', [['place', 'geonames:3169561'], ['place', 'geonames:3169561']]],
    // (the region itself where its town, under 100,000 people, is not taken alone: 'Limerick' in an Irish story)
    ['Flooding closed roads in Limerick on Monday, and officials in Ireland said more rain was due.', false, 'Limerick', [['place', 'iso:IE-LK']]],
    // a region named by a common word ('surrey', a carriage) by the document's countries, not alone (no population)
    ['A man from Camberley in Surrey was arrested on Monday, police in Guildford said after the hearing.', false, 'Surrey', [['place', 'iso:GB-SRY']]],
    ['Heavy rain hit Surrey on Monday, the forecasters said, and more was due on Tuesday and Wednesday.', false, 'Surrey', [['place', 'place:surrey']]],
    // such a region's name qualifies no title or name after it ('Gulf', a province of Papua New Guinea)
    ['Pogo Producing Co said it has consolidated its onshore and offshore Gulf Coast divisions into one.', false, 'Gulf Coast', [['place', 'place:gulf-coast']]],
    // the region after such a town and a comma is the town's region, not the country of its name the curated file puts
    // first ('Georgia' had stayed the country after the rules' 'Macon'), but not in a list of towns
    ['The shooting happened in Macon, Georgia, police said on Monday after the hearing.', false, 'Georgia', [['place', 'iso:US-GA']]],
    ['The shooting happened in Charlotte, Georgia and Armenia, police said on Monday.', false, 'Georgia', [['place', 'iso:GE']]],
    // (and a rules' place of no entry beside them: `kindOf` had read its first entry, the stage failed)
    ['The monks walked from Macon, Georgia, Zorvath Abbey and Fountains Abbey on Monday.', false, 'Georgia', [['place', 'iso:US-GA']]],
    // nothing places it: the name finder's own id ('Hamilton' alone is Ontario's or New Zealand's; Manhattan's
    // 'Chelsea' under a US dateline is no Massachusetts town of 40,000 people)
    ['Police in Hamilton said on Monday that the two men had been arrested after a chase.', false, 'Hamilton', [['place', 'place:hamilton']]],
    ['NEW YORK, Sept. 19 - The blast in Chelsea on Saturday injured 29 people, the police said.', true, 'Chelsea', [['place', 'place:chelsea']]],
    // the name itself is never matched in a text (the gazetteers had no Charlotte before: its GeoNames entry was named
    // 'Carolinum', by another language's spelling)
    // ('her daughter Charlotte' is a person: the name finder's relatives, step 7b)
    ['Her daughter Charlotte said on Monday that the family would stay in the house until May.', false, 'Charlotte', [['person', 'person:charlotte']]],
    // nor is a name the town once had or a neighbourhood's ('Hayden' of Mesa, Arizona; 'Molotov' of Perm): a listed
    // given name alone that speaks is a person (the name finder's step 12a''0)
    ['Hayden said on Monday that the plan would fail, and Molotov agreed with him.', false, 'Hayden', [['person', 'person:hayden']]],
  ] as const)('%s (%s)', (text, lead, alias, expected) => {
    expect(ids(text, alias, lead)).toEqual(expected);
  });
});

describe('shipped gazetteers: a place followed by its region or country', () => {
  it('chooseEntries: the apposition supports the places in its countries, towns too', () => {
    const londonUk = E('geonames:2643743', 'London', { kind: 'city', country: 'GB', population: 8961989 });
    const londonOh = E('geonames:4517009', 'London', { kind: 'city', country: 'US', population: 10060 });
    expect(chooseEntries([hit(londonUk), hit(londonOh)], ctx(), { regions: new Set<string>(), countries: new Set(['US']) }).entries[0].id).toBe('geonames:4517009');
    expect(chooseEntries([hit(londonUk), hit(londonOh)], ctx({ datelineCountry: 'GB' }), { regions: new Set<string>(), countries: new Set(['US']) }).entries[0].id).toBe('geonames:4517009');
    expect(chooseEntries([hit(londonUk), hit(londonOh)], ctx({ placeCountries: ['US'] })).entries[0].id).toBe('geonames:2643743');
  });
  it("chooseEntries: the apposition's region before its country ('Springfield, Ill.')", () => {
    const il = { ...E('geonames:4250542', 'Springfield', { kind: 'city', country: 'US', population: 116565 }), region: 'iso:US-IL' };
    const mo = { ...E('geonames:4409896', 'Springfield', { kind: 'city', country: 'US', population: 166810 }), region: 'iso:US-MO' };
    const within = { regions: new Set(['iso:US-IL']), countries: new Set(['US']) };
    expect(chooseEntries([hit(mo), hit(il)], ctx(), within).entries[0].id).toBe('geonames:4250542');
    expect(chooseEntries([hit(mo), hit(il)], ctx(), { regions: new Set<string>(), countries: new Set(['US']) }).entries[0].id).toBe('geonames:4409896');
  });

  const ids = (text: string, alias: string, lead = false) => run(text, lead).doc.mentions.filter((m) => m.text.toLowerCase() === alias.toLowerCase()).map((m) => m.entityId);
  it.each([
    // [text, is it the lead (dateline) paragraph, alias, expected id of each of its mentions]
    ['A fire in London, Ohio, destroyed two homes on Monday. Firefighters in London said the blaze was out by noon.', false, 'London', ['geonames:4517009', 'geonames:4517009']],
    ['FREEPORT, N.Y., March 3 - Shares of the company, which is based in Freeport, rose on Monday.', true, 'Freeport', ['geonames:5117949', 'geonames:5117949']],
    ['Police in Paris, Texas, arrested a man on Monday after a long chase through the centre of the town.', false, 'Paris', ['geonames:4717560']],
    ['Coffee growers in Armenia, Colombia, protested on Monday against the low prices paid for their beans.', false, 'Armenia', ['geonames:3689560']],
    // lists are no appositions
    ['Trade between Canada, Mexico and Costa Rica grew last year, the three governments said on Monday.', false, 'Canada', ['iso:CA']],
    ['Banks in London, New York and Tokyo lent more in March, the central banks said in reports on Monday.', false, 'London', ['geonames:2643743']],
    ['Drilling in Mexico, Alaska and the North Sea rose in March, the company said on Monday.', false, 'Mexico', ['iso:MX']],
    // (and the gulf's name is a place of its own, the town of Alaska no apposition of it)
    ['Drilling in the Gulf of Mexico, Alaska and the North Sea rose in March, the company said on Monday.', false, 'Alaska', ['iso:US-AK']],
    // ('Washington, Georgia' is no apposition where the second is a list's first item: the capital stays)
    ['Officials in Washington, Georgia and Armenia met on Monday to discuss the pipeline, diplomats said.', false, 'Washington', ['place:washington']],
    // the region the place before the comma lies in, or a US county's state ('Washington' is else the curated capital,
    // 'Georgia' the country)
    ['A jury in Spokane, Washington, found the man guilty on Monday after a trial of three weeks.', false, 'Washington', ['iso:US-WA']],
    ['A jury in Columbus, Georgia, found the man guilty on Monday after a trial of three weeks.', false, 'Georgia', ['iso:US-GA']],
    ['A jury in Quimbar County, Georgia, found the man guilty on Monday after a trial of three weeks.', false, 'Georgia', ['iso:US-GA']],
    ['A jury in Tbilisi, Georgia, found the man guilty on Monday after a trial of three weeks.', false, 'Georgia', ['iso:GE']],
    // (where no town has its region in the gazetteer, a region of the town's country: the curated English city of
    // Canterbury is not New Zealand's region after 'Christchurch,')
    ['The Archbishop of Canterbury said on Monday that he was pleased with the decision of the synod.', false, 'Canterbury', ['place:canterbury']],
    ['Officials in Christchurch, Canterbury, said on Monday that the quake had damaged the cathedral.', false, 'Canterbury', ['iso:NZ-CAN']],
    // a list of three places or more of one kind: its other item of that kind ('New York' the state, 'Georgia' the US
    // state among US states, the country among countries; not another country's state of the name, nor in a list of two)
    ['The network was working again in New York, New Jersey and Connecticut on Monday, the company said.', false, 'New York', ['iso:US-NY']],
    ['Storms hit Georgia, Alabama and Florida on Monday, and thousands of homes were without power.', false, 'Georgia', ['iso:US-GA']],
    ['Leaders of Russia, Georgia and Armenia met on Monday to discuss the pipeline, diplomats said.', false, 'Georgia', ['iso:GE']],
    ['Migrants crossed from Mexico, Texas and Arizona officials said on Monday in a joint statement.', false, 'Mexico', ['iso:MX']],
    // (a region that is a town's council too is no evidence: ISO 3166-2 names British towns' councils)
    ['Flood defences were built in Flintshire, Wrexham and Cardiff last year, the officials said on Monday.', false, 'Cardiff', ['geonames:2653822']],
    ['A three-day convention took place in Blackpool, England, over the weekend, the organisers said.', false, 'Blackpool', ['geonames:2655459']],
    // a city second is no region: 'London, New York' is two cities
    ['Shares fell sharply in London, New York trading was closed for the holiday on Monday, dealers said.', false, 'London', ['geonames:2643743']],
    // a headline's words after the country are no apposition ('Lagos' stays Nigeria's, not a Portuguese town)
    ['CHINA, PORTUGAL SIGN TRADE PACT\n\nPEKING, March 26 - China and Portugal signed a trade pact on Monday, and ships from Lagos will carry the goods.', true, 'Lagos', ['geonames:2332459']],
    // a capitalised word after the region may open a longer name
    ['Analysts in London, Virginia Ramos said on Monday, expected the bank to cut its rates again in March.', false, 'London', ['geonames:2643743']],
    // a dateline's apposition gives the document's country ('Dover' is then Delaware's capital)
    ['FREEPORT, N.Y., March 3 - The company opened a plant in Dover on Monday, officials said.', true, 'Dover', ['geonames:4142290']],
    // the region's own cities first ('Springfield, Ill.' is Illinois' capital, not Missouri's larger Springfield)
    ['SPRINGFIELD, Ill., March 3 - The company, which is based in Springfield, said profits rose.', true, 'Springfield', ['geonames:4250542', 'geonames:4250542']],
    ['Police in Portland, Maine, arrested a man on Monday. Portland police said he had been armed.', false, 'Portland', ['geonames:4975802', 'geonames:4975802']],
    ['Officials in Perth, Scotland, said on Monday that the bridge would be closed for repairs until May.', false, 'Perth', ['geonames:2640358']],
    // no city of the region: a town the gazetteers lack ('Plains, Georgia', 700 people, is not Plains, Pennsylvania;
    // 'Princeton, La.' no Princeton of British Columbia), nor, after a dateline, the document's other mentions of it
    // (the dateline's place is a place still, of an id of its own: the name finder's step 5a; and a common noun after a
    // preposition of place before the state, the name finder's step 18)
    ['Former president Carter returned to Plains, Georgia, on Monday, his office said in a statement.', false, 'Plains', ['place:plains']],
    ['PLAINS, Ga., March 3 - The company opened a plant on Monday, and the mayor of Plains said jobs would follow.', true, 'Plains', ['place:plains', 'place:plains']],
    ['The refinery at Princeton, La., will reopen in May, the company said on Monday in a statement.', false, 'Princeton', ['place:princeton']],
    // a town's name that is a person's surname here ('Robert Jackson') is no evidence of its country for the
    // document's other places: 'Westminster' stays London's borough, not Westminster, Colorado
    ['The Tory defector Robert Jackson said on Monday that Westminster was ready. Jackson joined Labour.', false, 'Westminster', ['iso:GB-WSM']],
    ['The Tory defector Mr. Jackson said on Monday that Westminster was ready for the vote on the bill.', false, 'Westminster', ['iso:GB-WSM']],
    // (after a capitalised common word it is still the town: 'In Jackson', a US place, supports the US city)
    ['In Jackson on Monday, officials said that the plant in Westminster would open in May with 300 jobs.', false, 'Westminster', ['geonames:5443910']],
    // a body's apposition rules out its own mention only (it may be a name's words: a railway's), and a British city's
    // region is its nation, not the county an apposition names
    ['The Chicago, Missouri and Western Railway said on Monday that more trains would run to Chicago in May.', false, 'Chicago', ['place:chicago', 'geonames:4887398']],
    ['Officials in Burnley, Lancashire, said on Monday that the mill would be closed for repairs until May.', false, 'Burnley', ['geonames:2654264']],
    // a dateline's country does not make a town of it of a prominent place elsewhere
    ['WASHINGTON, March 3 - Officials held talks in Rome and Scotland on Monday, the department said.', true, 'Rome', ['geonames:3169070']],
    ['WASHINGTON, March 3 - Officials held talks in Rome and Scotland on Monday, the department said.', true, 'Scotland', ['iso:GB-SCT']],
    ['WASHINGTON, March 3 - Trade with Mexico grew last year, officials of the department said on Monday.', true, 'Mexico', ['iso:MX']],
  ] as const)('%s', (text, lead, alias, expected) => {
    expect(ids(text, alias, lead)).toEqual(expected);
  });
});

describe('SurnameTest', () => {
  const given = (w: string) => ['Robert', 'Emin', 'Ana'].includes(w);

  it.each([
    ['The Tory defector Robert Jackson said on Monday.', 'Jackson', true],
    ['The Tory defector Mr. Jackson said on Monday.', 'Jackson', true],
    // a capitalised common word, a longer word, a long abbreviation, a two-word name: no surname
    ['In Jackson on Monday, officials said.', 'Jackson', false],
    ['Robert Jacksonville said on Monday.', 'Jackson', false],
    ['The Gen. Jackson said on Monday.', 'Jackson', true],
    ['The Govt. Jackson said on Monday.', 'Jackson', false],
    ['Robert New York said.', 'New York', false],
    // the name's first non-letter, in the text after it too ('Ana Saint-Denis'), or a mark after its letters
    ['Ana Saint-Denis said.', 'Saint-Denis', true],
    ['Ana Saint-Denis said.', 'Saint', true],
    ['Ana Jose\u0301 said.', 'Jose\u0301', true],
    ['Ana Jose\u0301 said.', 'Jose', true],
    // a name that starts with no letter is searched for in a long text too
    ["Emin 's-Hertogenbosch said.", "'s-Hertogenbosch", true],
  ] as const)('%j writes %j as a surname: %s, searched and indexed', (text, name, expected) => {
    // the same text at the end of a long one, indexed, says the same
    const long = 'In Jackson and Saint-Denis, officials said. '.repeat(2_000) + text;
    expect(new SurnameTest(text, given, Infinity).writes(name)).toBe(expected);
    expect(new SurnameTest(long, given, 0).writes(name)).toBe(expected);
    expect(new SurnameTest(long, given).writes(name)).toBe(expected);
  });

  it('gives the same answers from its index of a long text as from searching it', () => {
    const piece = fc.constantFrom('Robert ', 'Mr. ', 'Gen.', 'In ', 'Ana', ' ', ' ', 'Jackson', 'Jack', 'son', 'Saint', '-', 'Denis', 'é', '\u0301', '\ud835\udc00', ',', '.', 'x');
    const name = fc.constantFrom('Jackson', 'Jack', 'Saint-Denis', 'Saint', 'Denis', 'Josée', 'é', '-Denis', "'s", 'Jack son', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(name, { minLength: 1, maxLength: 4 }), (pieces, names) => {
        const text = pieces.join('');
        const searched = new SurnameTest(text, given, Infinity);
        const indexed = new SurnameTest(text, given, 0);
        for (const n of names) expect(indexed.writes(n)).toBe(searched.writes(n));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('regionsAfterLinkedTowns', () => {
  // a rules' town the context step linked (Georgia's, US), then a comma and the gazetteer's `Georgia`
  const cand = (text: string, start: number, entries: GazetteerEntry[], source: Candidate['source']): Candidate => ({
    start,
    end: start + text.length,
    sentence: 0,
    type: 'place',
    entries,
    name: text,
    source,
    confidence: 0.8,
    priority: 0,
    role: null,
  });
  const town = { ...E('geonames:1', 'Zorvabad', { kind: 'city', country: 'US', population: 5000 }), region: 'iso:US-GA' };
  const ids = (clean: string, others: Candidate[] = []) => {
    const g = cand('Georgia', clean.indexOf('Georgia'), [georgiaCountry, georgiaState], 'gazetteer:places');
    const rules = [cand('Zorvabad', clean.indexOf('Zorvabad'), [town], 'rule:place-preposition'), ...others];
    return regionsAfterLinkedTowns([g, ...others.filter((c) => c.entries.length > 0 && c.source.startsWith('gazetteer'))], rules, { clean } as unknown as SplitDocument)[0].entries.map((e) => e.id);
  };
  it("puts the town's region first", () => {
    expect(ids('It happened in Zorvabad, Georgia, on Monday.')).toEqual(['iso:US-GA', 'iso:GE']);
  });
  it('leaves a list of places as it is', () => {
    const clean = 'It happened in Zorvabad, Georgia and Armenia on Monday.';
    expect(ids(clean, [cand('Armenia', clean.indexOf('Armenia'), [armeniaCountry], 'gazetteer:places')])).toEqual(['iso:GE', 'iso:US-GA']);
  });
  it('reads only a town the rules linked, not one the gazetteer matched (its choice was made before)', () => {
    // `Quimbar` is the gazetteer's, chosen a town of Georgia the country; one of its other entries lies in the US state,
    // which must not make `Georgia` the state (the rules' `Zorvabad` elsewhere lets the step run)
    const clean = 'Officials in Zorvabad said the storm reached Quimbar, Georgia, on Monday.';
    const quimbar = cand('Quimbar', clean.indexOf('Quimbar'), [E('geonames:2', 'Quimbar', { kind: 'city', country: 'GE', population: 8000 }), { ...E('geonames:3', 'Quimbar', { kind: 'city', country: 'US', population: 3000 }), region: 'iso:US-GA' }], 'gazetteer:places');
    const g = cand('Georgia', clean.indexOf('Georgia'), [georgiaCountry, georgiaState], 'gazetteer:places');
    const rules = [cand('Zorvabad', clean.indexOf('Zorvabad'), [town], 'rule:place-preposition')];
    const out = regionsAfterLinkedTowns([g, quimbar], rules, { clean } as unknown as SplitDocument);
    expect(out[0].entries.map((e) => e.id)).toEqual(['iso:GE', 'iso:US-GA']);
  });
  it('wants a comma alone between the town and the region', () => {
    expect(ids('Flights from Zorvabad to Georgia resumed on Monday.')).toEqual(['iso:GE', 'iso:US-GA']);
  });
});

describe("shipped gazetteers: a region's name and 'State' (statesByName in tag-entities.ts)", () => {
  const places = (text: string) => run(text).doc.mentions.filter((m) => m.type === 'place').map((m) => [m.text, m.entityId]);
  it.each([
    // the region, 'State' in its span (the city of Lagos had been the mention)
    ['Gunmen attacked a village in Zamfara State on Sunday, the police in Lagos State said.', [['Zamfara State', 'iso:NG-ZA'], ['Lagos State', 'iso:NG-LA']]],
    // not a US state's ('Florida State' names a university: `stateUniversities`), nor a British county's ('Kent State')
    ['Florida State practiced at dawn on Thursday, and Kent State rested.', [['Kent', 'iso:GB-KEN']]],
    // nor before a capitalised word: a longer name's
    ['He studied at Lagos State University before the war.', []],
  ] as const)('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe("shipped gazetteers: a US state's name and 'State' (stateUniversities in tag-entities.ts)", () => {
  const names = (text: string) => run(text).doc.mentions.filter((m) => m.type === 'place' || m.type === 'organization').map((m) => [m.text, m.type, m.source]);
  it.each([
    // its university or the university's team (`Ohio` had been the state)
    ['Researchers at Iowa State found the virus in pigs on Monday.', [['Iowa State', 'organization', 'rule:state-university']]],
    // not New York's, which names the state apart from the city, nor before a capitalised word (the name finder's)
    ['He studied at Ohio State University before the war.', [['Ohio State University', 'organization', 'rule:org-keyword']]],
  ] as const)('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
  it("leaves New York State the state's", () => {
    expect(names('The New York State legislature met on Monday.').map(([, type]) => type)).not.toContain('organization');
  });
});
