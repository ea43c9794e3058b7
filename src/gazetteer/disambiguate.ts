import type { AliasHit } from './matcher.js';
import type { GazetteerEntry, PlaceKind, Tier } from './types.js';
import type { EntityType } from '../model/entity.js';
import type { Candidate } from '../model/candidate.js';
import type { SplitDocument } from '../model/document.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { aliasKeys, detach, isAllCaps } from '../text/tokenize.js';
import { foldAccents, isLetterUnit } from '../text/chars.js';
import { distance } from 'fastest-levenshtein';

/**
 * Choosing among entries that share an alias ("Georgia": the country, the US
 * state; "Armenia": the country, a Colombian city). The rules, in order; the
 * first that separates the best entry from the runner-up names the choice:
 *
 * 1. `user`: if any entry comes from a user file, only user entries compete
 *    (users' files win over shipped ones with the same alias).
 * 2. `context`: the document's own places. The mention's apposition counts most
 *    ('London, Ohio': see `appositions`), then the dateline's country
 *    (`TBILISI, Georgia` -> GE); then countries of the other places it names:
 *    a country or region candidate is supported by a city/region of that
 *    country named in the document ('Atlanta' supports the US state Georgia);
 *    a national capital supports its country and cities but not a region
 *    ('Washington said' is the US government); a city candidate is also
 *    supported by its country being named ('Armenia, Colombia'), unless the
 *    mention may name that country itself ('Mexico' is not Mexico City). Naming the
 *    United States alone does not pull "Georgia" to the state: the country
 *    of Georgia is in the news next to the US. Towns under 100k people get
 *    support from the dateline only ('London, Ohio' is not pulled in by US
 *    places elsewhere in the text); hand-checked (user/curated) entries keep it.
 *    A generated city gets none of it at all (dateline included) against a
 *    hand-checked entry, or a country or a place ten times its size elsewhere
 *    (for a town, a region too), nor by a name it only also has: a
 *    'WASHINGTON' dateline does not make 'Mexico' Mexico, Missouri, 'Rome'
 *    Rome, Georgia, or 'Venice' Dayton (see `rivalsOf`, `support`).
 * 3. `tier`: curated (hand-checked) entries before generated ones
 *    ("Washington" is the curated capital, not the generated state).
 * 4. `type`: place > norp > organization > person.
 * 5. `kind`: country > region/area > city; except that a region and a city of
 *    the same country with the same name is the city when the city is an
 *    administrative seat or has 100k+ people ('Kabul' the city, not the
 *    province; but 'Wales' the region, not a village) and the alias is the
 *    city's own name, in a spelling a letter away at most ('Basra' the city
 *    Basrah; but 'Oklahoma' the state, though GeoNames lists it among
 *    Oklahoma City's names); and that a region does not outrank a national
 *    capital of 100k+ people called by its name ('Santiago' is not a
 *    Dominican province), nor a city of 500k+ people of another country
 *    called by its name ('Hanover' is Hannover, not a Jamaican parish), nor
 *    a city of 100k+ people of another country that has a region of that
 *    name too ('Gaza' is Gaza City, not Mozambique's province of Gaza).
 * 6. `region`: a city of a country that has a region of that name (among the
 *    candidates), or a national capital of that name of 100,000+ people, before other cities:
 *    'Venice' the Italian city (its province is Venice), not the larger
 *    Dayton, Ohio, whose alternate names include 'Venice'; 'Santiago' the
 *    Chilean capital still, though a Dominican province is Santiago;
 * 7. `population` in orders of magnitude (log10), larger first;
 * 8. `name`: an entry whose canonical name is the alias beats one that only
 *    lists it as an alternate name ("Tovuz" the town, not Berd's old name).
 * 9. `population`, larger first; 10. `english`: a country whose news is written in English first ('Maryland', 'Montana':
 *    regions have no population); 11. `id`, for determinism.
 */
export type ChoiceRule = 'single' | 'user' | 'context' | 'tier' | 'type' | 'kind' | 'region' | 'name' | 'population' | 'english' | 'id';

export interface DocumentPlaces {
  /** countries of the cities/regions the document names, national capitals aside (Atlanta -> US) */
  readonly placeCountries: ReadonlySet<string>;
  /**
   * countries of the national capitals it names (Tbilisi -> GE): news uses
   * capitals for governments ('Washington said'), so they support only the
   * country itself and its cities, never a same-named region elsewhere
   */
  readonly capitalCountries?: ReadonlySet<string>;
  /** countries the document names as countries */
  readonly namedCountries: ReadonlySet<string>;
  /** the dateline's country (`BAKU, Azerbaijan` -> AZ) */
  readonly datelineCountry?: string;
}

export interface Choice {
  /** best first */
  readonly entries: GazetteerEntry[];
  readonly rule: ChoiceRule;
  /** distinct entries that had the alias */
  readonly candidates: number;
}

const TIER: Record<Tier, number> = { user: 0, curated: 1, generated: 2 };
const TYPE: Record<EntityType, number> = { place: 0, norp: 1, organization: 2, person: 3 };
const KIND: Record<PlaceKind, number> = { country: 0, region: 1, area: 1, city: 2 };

/** the country code of an entry (`country` column, or the code of an `iso:XX` country) */
export function countryOf(e: GazetteerEntry): string | undefined {
  return countryCode(e.country, e.id);
}
const ISO_ID = /^iso:([A-Z]{2})$/;
function countryCode(country: string | undefined, id: string): string | undefined {
  const c = country ?? ISO_ID.exec(id)?.[1];
  return c?.startsWith('iso:') ? c.slice(4) : c;
}

/**
 * The fields of an entry that the choice reads, read once: generated entries
 * decode each field from their row on every access (see gazetteer/load.ts).
 */
interface Facts {
  readonly hit: AliasHit;
  readonly id: string;
  readonly tier: Tier;
  readonly type: EntityType;
  readonly kind: PlaceKind | undefined;
  readonly country: string | undefined;
  readonly population: number | undefined;
  readonly feature: string | undefined;
  readonly region: string | undefined;
}

/**
 * What the other candidates of the mention are. `selfCountries`: the countries among them. A country named by this
 * very mention is no support for a city of it: 'Mexico' names the country Mexico, whose naming would otherwise pull
 * the mention itself to Mexico City (an alias of the capital); the same for Panama, Guatemala, Kuwait.
 * `list`: all of them, for `outshone`.
 */
interface Rivals {
  readonly selfCountries: ReadonlySet<string | undefined>;
  readonly list: readonly Facts[];
}

function rivalsOf(list: readonly Facts[]): Rivals {
  return { selfCountries: new Set(list.filter(isCountryFacts).map((f) => f.country)), list };
}

const isCountryFacts = (f: Facts) => f.kind === 'country';

/**
 * Is there, among the mention's candidates `list`, a hand-checked entry of any type (the curated White House, not
 * the Tennessee town, in a WASHINGTON story), or, in another country than `e`'s, a country, a place ten times as
 * populous, a national capital larger than `e` ('Athens' in a story that names the U.S. is Greece's, not the Georgia
 * city of 127,000), or a region if `e` is a town under 100,000 people (`Facts`)?
 */
function outshone(e: Facts, list: readonly Facts[]): boolean {
  const town = (e.population ?? 0) < 100_000;
  for (const f of list) {
    if (f.tier !== 'generated' || (f.country !== e.country && (f.kind === 'country' || (town && f.kind === 'region') || (f.population ?? 0) >= 10 * Math.max(e.population ?? 0, 1000) || (isLargeCapital(f) && (f.population ?? 0) > (e.population ?? 0))))) return true;
  }
  return false;
}

function support(e: Facts, ctx: DocumentPlaces | undefined, { selfCountries, list }: Rivals, within?: Apposition): number {
  const c = e.country;
  if (!c) return 0;
  // an organisation of a country (a hand-checked row's `country`: the generated files give none) by the dateline's
  // country, then the countries of the document's places: 'Labour' in a JERUSALEM story is Israel's party
  if (e.type === 'organization') return ctx?.datelineCountry === c ? 2 : ctx?.placeCountries.has(c) || ctx?.namedCountries.has(c) || ctx?.capitalCountries?.has(c) ? 1 : 0;
  if (e.type !== 'place') return 0;
  // the mention's own apposition ('Freeport, N.Y.', 'London, Ohio'), for a place of any size: its region, then its country
  if (within && e.region !== undefined && within.regions.has(e.region)) return 4;
  if (within?.countries.has(c)) return 3;
  if (!ctx) return 0;
  const town = e.kind === 'city' && e.tier === 'generated' && (e.population ?? 0) < 100_000;
  // a generated city gets no support from the document's places (but by apposition) against a hand-checked entry,
  // or a country, a place ten times its size or (for a town) a region elsewhere: a 'WASHINGTON' dateline does not
  // make 'Mexico' Mexico, Missouri, 'Rome' Rome, Georgia, 'Jamaica' the Queens neighbourhood or 'Scotland' a
  // Pennsylvania village; a 'LONDON' dateline over a story that names Canada is not London, Ontario; a
  // 'JOHANNESBURG' one still makes 'Newcastle' South Africa's (56,144 people against Newcastle upon Tyne's 192,382);
  // nor by a name it is only also known by ('Venice' is among Dayton's GeoNames names: a US dateline does not make
  // it Dayton)
  const outdone = e.kind === 'city' && e.tier === 'generated' && (outshone(e, list) || !ownName(e));
  if (ctx.datelineCountry === c) return outdone ? 0 : 2;
  // country-level evidence is weak for a town: naming US places does not make 'London, Ohio' or
  // 'California, Maryland' likely; only a city of 100k+ people is supported by it
  if (town || outdone) return 0;
  if (ctx.placeCountries.has(c)) return 1;
  if (e.kind !== 'region' && ctx.capitalCountries?.has(c)) return 1;
  if (e.kind === 'city' && ctx.namedCountries.has(c) && !selfCountries.has(c)) return 1;
  return 0;
}

/** countries whose news is mostly written in English (the last tie-break of `choiceKeys`) */
const ENGLISH_NEWS = new Set(['US', 'GB', 'IE', 'CA', 'AU', 'NZ']);

// an administrative seat or a large city ('Kabul', 'Dubai') outranks its same-named region; a village ('Wales') does not
const SEAT = /^P\.PPL(A|C)$/;
const isSeat = (e: Facts) => SEAT.test(e.feature ?? '') || (e.population ?? 0) >= 100_000;
const isLargeCapital = (e: Facts) => e.feature === 'P.PPLC' && (e.population ?? 0) >= 100_000;

/**
 * Is the alias the entry's own name, in its canonical spelling or one a letter away ('Basra' for 'Basrah',
 * 'Seville' for 'Sevilla', 'Quebec' for 'Québec'), rather than another name it is also known by ('Oklahoma' for
 * Oklahoma City, 'Bahia' for Salvador, 'Henan' for Hengyang)?
 */
function ownName(f: Facts): boolean {
  const name = f.hit.entry.name;
  if (f.hit.alias === name) return true;
  const a = foldAccents(f.hit.alias).toLowerCase();
  const b = foldAccents(name).toLowerCase();
  return a === b || (Math.min(a.length, b.length) >= 5 && distance(a, b) <= 1);
}

/** Does `name` open with the words of `alias` ('Woolworth GmbH', 'Woolworth'; not 'Woolworths', 'Woolworth')? */
function opensWith(name: string, alias: string): boolean {
  return name.length > alias.length && name.startsWith(alias) && /[\s,]/u.test(name[alias.length]);
}

/**
 * What the region or country that follows a mention after a comma says of it ('Springfield, Ill.'): the places
 * in those regions (`iso:US-IL`, a city's `region`) are supported most, then those in their countries (US).
 */
export interface Apposition {
  readonly regions: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
}

const isUserTier = (f: Facts) => f.tier === 'user';

/** What `choiceKeys` weighs a candidate against: the document's places, and facts of all of the mention's candidates. */
interface ChoiceContext {
  readonly ctx: DocumentPlaces | undefined;
  readonly within: Apposition | undefined;
  readonly rivals: Rivals;
  /** the countries of the candidates that are seats or large cities called by their own name */
  readonly cityCountries: ReadonlySet<string | undefined>;
  /** a candidate is a national capital of 100,000+ people called by its own name */
  readonly capitalNamed: boolean;
  /** the countries of the candidate cities of 500,000+ people called by their own name */
  readonly bigCityCountries: ReadonlySet<string | undefined>;
  /** the countries of the candidate regions */
  readonly regionCountries: ReadonlySet<string | undefined>;
  /**
   * the countries with both a candidate region and a candidate city of 100,000+ people called by its own name: a region
   * of another country does not outrank them ('Gaza' is Gaza City and its governorate, not Mozambique's province of
   * Gaza; 'Florida' stays the state: Uruguay's Florida, a department and its seat, is a town of 33,000)
   */
  readonly pairCountries: ReadonlySet<string | undefined>;
}

/** A candidate entry with its sort keys, named by the rule each one is (`Choice.rule`). */
interface Keyed {
  readonly e: GazetteerEntry;
  readonly keys: [ChoiceRule, number | string][];
}

/**
 * A candidate's sort keys, in order of precedence.
 *
 * (This and `byChoiceKeys` are top-level functions rather than closures inside `chooseEntries`, called for every
 * ambiguous mention: V8 keeps the optimised code of a closure only while a closure of it lives, so a closure made
 * per call is compiled again after each full garbage collection; see docs/ARCHITECTURE.md, "Hot code".)
 */
function choiceKeys(f: Facts, { ctx, within, rivals, cityCountries, capitalNamed, bigCityCountries, regionCountries, pairCountries }: ChoiceContext): Keyed {
  const e = f.hit.entry;
  const bigCityElsewhere = bigCityCountries.size > (bigCityCountries.has(f.country) ? 1 : 0);
  const pairElsewhere = pairCountries.size > (pairCountries.has(f.country) ? 1 : 0);
  const kind = f.kind === undefined ? 3 : f.kind === 'region' && (cityCountries.has(f.country) || capitalNamed || bigCityElsewhere || pairElsewhere) ? 2.5 : KIND[f.kind];
  const keys: [ChoiceRule, number | string][] = [
    ['context', -support(f, ctx, rivals, within)],
    ['tier', TIER[f.tier]],
    ['type', TYPE[f.type]],
    ['kind', kind],
    // among cities, one of a country with a region of that name: 'Venice' is Venice, Italy (the province of
    // Venice), not Dayton, Ohio, 2.7 times larger, which GeoNames also calls 'Venice'; and a national capital
    // called by its name, of 100,000 people or more: 'Santiago' stays Santiago de Chile, not Santiago de los
    // Caballeros (a Dominican province is Santiago); 'Jamestown' stays the one in New York, not Saint Helena's
    // capital of 637 people
    ['region', f.kind === 'city' && (regionCountries.has(f.country) || (isLargeCapital(f) && f.hit.alias === e.name)) ? 0 : 1],
    // population in orders of magnitude first: 'Newcastle' is Newcastle upon Tyne (an alias) before a smaller town named so
    ['population', -Math.floor(Math.log10(Math.max(1, f.population ?? 0)))],
    // the entry called by the alias, then one whose name opens with it ('Woolworth' is Woolworth GmbH), before one
    // only also known by it (Del Sol, once Woolworth Mexico)
    ['name', f.hit.alias === e.name ? 0 : opensWith(e.name, f.hit.alias) ? 1 : 2],
    ['population', -(f.population ?? 0)],
    // entries alike in all the above (regions have no population): one of a country whose news is written in English
    // before another's, as this tool reads English news ('Maryland' the US state, not Liberia's county; 'Montana' not
    // Bulgaria's province), rather than the id's alphabet
    ['english', ENGLISH_NEWS.has(f.country ?? '') ? 0 : 1],
    ['id', f.id],
  ];
  return { e, keys };
}

function byChoiceKeys(a: Keyed, b: Keyed): number {
  for (let i = 0; i < a.keys.length; i++) {
    const x = a.keys[i][1];
    const y = b.keys[i][1];
    if (x !== y) return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * `within`: the mention's apposition, which supports its places in it most (see `appositions`).
 */
export function chooseEntries(hits: readonly AliasHit[], ctx?: DocumentPlaces, within?: Apposition): Choice {
  if (hits.length === 1) return { entries: [hits[0].entry], rule: 'single', candidates: 1 };
  const seen = new Set<string>();
  let list: Facts[] = [];
  for (const hit of hits) {
    const e = hit.entry;
    const id = e.id;
    if (seen.has(id)) continue;
    seen.add(id);
    list.push({ hit, id, tier: e.tier, type: e.type, kind: e.kind, country: countryCode(e.country, id), population: e.population, feature: e.feature, region: e.region });
  }
  const candidates = list.length;
  if (list.length === 1) return { entries: [list[0].hit.entry], rule: 'single', candidates };
  let userOnly = false;
  if (list.some(isUserTier) && !list.every(isUserTier)) {
    list = list.filter(isUserTier);
    userOnly = true;
  }
  const cityCountries = new Set<string | undefined>();
  const bigCityCountries = new Set<string | undefined>();
  const regionCountries = new Set<string | undefined>();
  let capitalNamed = false;
  for (const f of list) {
    if (f.kind === 'region') regionCountries.add(f.country);
    if (f.kind !== 'city' || !ownName(f)) continue;
    if (isSeat(f)) cityCountries.add(f.country);
    if (isLargeCapital(f)) capitalNamed = true;
    // the countries of the cities of 500,000+ people called by their own name: a region elsewhere does not outrank
    // them ('Hanover' is Hannover, not a Jamaican parish; 'Portland' Oregon's)
    if ((f.population ?? 0) >= 500_000) bigCityCountries.add(f.country);
  }
  const pairCountries = new Set<string | undefined>();
  for (const f of list) if (f.kind === 'city' && (f.population ?? 0) >= 100_000 && regionCountries.has(f.country) && ownName(f)) pairCountries.add(f.country);
  const env: ChoiceContext = { ctx, within, rivals: rivalsOf(list), cityCountries, capitalNamed, bigCityCountries, regionCountries, pairCountries };
  const keyed: Keyed[] = [];
  for (const f of list) keyed.push(choiceKeys(f, env));
  keyed.sort(byChoiceKeys);
  let rule: ChoiceRule = 'id';
  if (userOnly) rule = 'user';
  else if (keyed.length > 1) {
    const [a, b] = keyed;
    rule = a.keys.find((k, i) => k[1] !== b.keys[i][1])?.[0] ?? 'id';
  }
  return { entries: keyed.map((k) => k.e), rule, candidates };
}

// what joins the items of a list: ', ', ' and ', ', and ', ' or ', ' & '
const LIST_GAP = /^\s*(,|,?\s*(and|or|&))\s*$/;
const AND_GAP = /^\s*,?\s*(?:and|or|&)\s*$/;
// a comma alone between two places: an apposition's ('Spokane, Washington') or a list's
const COMMA_GAP = /^\s*,\s*$/;

const foldedKey = (s: string) => aliasKeys(s).join(' ').toLowerCase();
const isGazetteer = (c: Candidate) => c.entries.length > 0;

/**
 * The alias hits behind a gazetteer candidate: its entries, with the name rule's alias (`BAKU` is the name `Baku`).
 * Remembered per entry list and text: the matcher's candidates of one key share their entry list, and the same
 * names recur (the lists are dropped with the matcher's memo, so memory stays flat).
 */
const hitsMemo = new WeakMap<readonly GazetteerEntry[], Map<string, AliasHit[]>>();
function hitsOf(c: Candidate, text: string): AliasHit[] {
  let byText = hitsMemo.get(c.entries);
  if (!byText) hitsMemo.set(c.entries, (byText = new Map()));
  let hits = byText.get(text);
  if (!hits) {
    const k = foldedKey(text);
    const own = detach(text); // kept past this document: no view of its text
    hits = c.entries.map((entry) => ({ entry, alias: foldedKey(entry.name) === k ? entry.name : own }));
    byText.set(own, hits);
  }
  return hits;
}

/** Gazetteer candidates strictly inside a longer one ('Minsk' in 'Minsk Group') say nothing about the document. */
function outermost(cands: readonly Candidate[]): Candidate[] {
  // one sweep in (start asc, end desc) order: a candidate is strictly inside a longer one when an
  // earlier one ends after it, or ends with it but starts before it (linear after the sort, where
  // comparing every pair was quadratic in long documents)
  const g = cands.filter(isGazetteer);
  const order = g.map((c, i) => i).sort((a, b) => g[a].start - g[b].start || g[b].end - g[a].end || a - b);
  const inside = new Uint8Array(g.length);
  let maxEnd = -1;
  let startAtMaxEnd = Infinity;
  for (const i of order) {
    const c = g[i];
    if (maxEnd > c.end || (maxEnd === c.end && startAtMaxEnd < c.start)) inside[i] = 1;
    if (c.end > maxEnd) {
      maxEnd = c.end;
      startAtMaxEnd = c.start;
    }
  }
  return g.filter((_, i) => !inside[i]);
}

/** a candidate's first entry's kind of place, if a place (none for a rules' place of no entry) */
const kindOf = (c: Candidate | undefined) => (c && c.entries[0]?.type === 'place' ? c.entries[0].kind : undefined);
const joined = (doc: SplitDocument, a: Candidate, b: Candidate) => LIST_GAP.test(doc.clean.slice(a.end, b.start));
/**
 * `a` and `b` are items of a list: joined by 'and', 'or' or '&', or by a comma where they are of one kind (a top-level
 * function, not a closure per document: see `choiceKeys`)
 */
const listed = (doc: SplitDocument, a: Candidate | undefined, b: Candidate | undefined) =>
  a !== undefined && b !== undefined && (AND_GAP.test(doc.clean.slice(a.end, b.start)) || (kindOf(a) === kindOf(b) && joined(doc, a, b)));
/** `b` is a region or country of the kind `a` is first, joined to it as a list's items are: 'Georgia and Armenia' */
const listAfter = (doc: SplitDocument, a: Candidate, b: Candidate | undefined) => {
  const kind = kindOf(a);
  return b !== undefined && (kind === 'region' || kind === 'country') && kindOf(b) === kind && joined(doc, a, b);
};

/**
 * Places followed by a comma and a region or country that may contain them ('Freeport, N.Y.', 'London, Ohio',
 * 'Armenia, Colombia', 'TULSA, Okla.'), the way news names a place that is not the best known of its name: each
 * such candidate with the countries of the second's regions and countries. Lists are not appositions, so:
 *   1. the second is a region or country first (its context-free choice): 'London, New York and Tokyo' is a list
 *      of cities; each of its region and country entries counts ('Atlanta, Georgia': the country and the state);
 *   2. a country first wants a country second ('Armenia, Colombia'; 'the Gulf of Mexico, Alaska' is a list);
 *   3. two of a kind with a third of it before or after, joined as a list's items are, are a list ('Canada,
 *      Mexico and Costa Rica', 'France, Italy, Georgia'; but 'Windsor, Colo., and Riverside, Calif.' is two
 *      appositions, a city being no region), and so is a second with one of its kind after it, whatever the first
 *      ('Washington, Georgia and Armenia': `listAfter`);
 *   4. the second is not followed by a capitalised word on its line, a longer name it may open ('In London,
 *      Continental Carlisle Douglas Securities said').
 */
export function appositions(doc: SplitDocument, cands: readonly Candidate[], outerOnes = outermost(cands)): Map<Candidate, Apposition> {
  const out = new Map<Candidate, Apposition>();
  const outer = [...outerOnes].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < outer.length; i++) {
    // (each its own const: destructuring an array literal built one array per place)
    const before = outer[i - 1];
    const c = outer[i];
    const next = outer[i + 1];
    const third = outer[i + 2];
    const kind = kindOf(c);
    const nextKind = kindOf(next);
    if (!kind || (nextKind !== 'region' && nextKind !== 'country') || (kind === 'country' && nextKind !== 'country')) continue;
    const gap = doc.clean.slice(c.end, next.start);
    // (or 'in' between them: 'Victoria in British Columbia')
    const within = IN_GAP.test(gap);
    if (!(within || COMMA_GAP.test(gap)) || /^[ \t]+\p{Lu}/u.test(doc.clean.slice(next.end, next.end + 2))) continue;
    if ((kind === nextKind && before && kindOf(before) === kind && joined(doc, before, c)) || listAfter(doc, next, third)) continue;
    const countries = new Set<string>();
    const regions = new Set<string>();
    for (const e of next.entries) {
      const code = e.type === 'place' && (e.kind === 'region' || e.kind === 'country') ? countryOf(e) : undefined;
      if (code) countries.add(code);
      if (code && e.kind === 'region') regions.add(e.id);
    }
    if (!countries.size) continue;
    out.set(c, { regions, countries });
    // (and the towns of a list before it that the region has a town of the name in: 'Perth and Dundee in Scotland'; not
    // a country's, 'London, Paris and Toronto in Canada', nor one of the region's country elsewhere, 'Boston, Chicago
    // and Glasgow in Scotland' no English Boston)
    if (within && regions.size)
      for (let j = i - 1; j >= 0 && kindOf(outer[j]) === 'city' && joined(doc, outer[j], outer[j + 1]) && !out.has(outer[j]); j--)
        if (outer[j].entries.some((e) => e.type === 'place' && e.region !== undefined && regions.has(e.region))) out.set(outer[j], { regions, countries });
  }
  return out;
}
const IN_GAP = /^[ \t]+in[ \t]+$/;

/** A place that opens one of the first three sentences, not the title's, and is followed by a comma or dash: a dateline's (`BAKU, Azerbaijan`). */
export function opensDateline(doc: SplitDocument, c: Candidate): boolean {
  const s = doc.sentences[c.sentence];
  return s !== undefined && s.index < 3 && s.zone !== 'title' && doc.clean.slice(s.start, c.start).trim() === '' && DATELINE_AFTER.test(doc.clean.slice(c.end, c.end + 40));
}
/**
 * what follows a dateline's place: a comma or a dash, or a wire's name in brackets and a dash ('WASHINGTON (Reuters) -');
 * not a hyphen before a word in lower case, a compound's ('Beijing-based strategist David Wolf')
 */
const DATELINE_AFTER = /^\s*(?:\([^()\n]{1,30}\)\s*)?(?:[,\u2013\u2014]|-(?![a-z]))/;

/**
 * The document's places, from a first context-free choice for each candidate:
 * a candidate counts when its places all lie in one country, or its best entry
 * is curated/user (hand-checked); the dateline is a place opening one of the
 * first three sentences and followed by a comma or dash (`BAKU, Azerbaijan`), or by a
 * wire's name in brackets and a dash (`WASHINGTON (Reuters) -`).
 */
export function documentPlaces(doc: SplitDocument, cands: readonly Candidate[], within = appositions(doc, cands), outer = outermost(cands), surnames?: SurnameTest): DocumentPlaces {
  const placeCountries = new Set<string>();
  const capitalCountries = new Set<string>();
  const namedCountries = new Set<string>();
  let datelineCountry: string | undefined;
  for (const c of outer) {
    const best = c.entries[0];
    if (best.type !== 'place') continue;
    // a country wins by default ('Colombia' the country, not the Cuban town); other places count when all
    // their candidates lie in one country or the best is hand-checked (user/curated)
    const sure = best.kind === 'country' || best.tier !== 'generated' || inOneCountry(c.entries);
    const code = countryOf(best);
    // a dateline's apposition says its country ('FREEPORT, N.Y.' -> US) when it names one only
    const apposed = within.get(c);
    const datelineCode = apposed?.countries.size === 1 ? [...apposed.countries][0] : sure ? code : undefined;
    if (datelineCode && datelineCountry === undefined && opensDateline(doc, c)) datelineCountry = datelineCode;
    if (!code || !sure) continue;
    // (a town's name that the document also writes as a person's surname, 'Robert Jackson' beside 'Jackson', is no
    // evidence of its country: the lone name is the person's, found after this)
    if (surnames && best.tier === 'generated' && best.kind === 'city' && surnames.writes(doc.clean.slice(c.start, c.end))) continue;
    if (best.kind === 'country') namedCountries.add(code);
    else if (best.feature === 'P.PPLC') capitalCountries.add(code);
    else placeCountries.add(code);
  }
  return { placeCountries, capitalCountries, namedCountries, datelineCountry };
}

/** Whether the place entries among `entries` (one at least) all have one country (`countryOf`; none counts as one). */
function inOneCountry(entries: readonly GazetteerEntry[]): boolean {
  let first: string | undefined;
  let places = 0;
  for (const e of entries) {
    if (e.type !== 'place') continue;
    const code = countryOf(e);
    if (places++ === 0) first = code;
    else if (code !== first) return false;
  }
  return places > 0;
}

/**
 * Re-ranks every gazetteer candidate's entries with the document's context
 * and records each ambiguous choice (`tag/ambiguous-alias`: chosen id, number
 * of candidates, deciding rule). Rule-found candidates pass through.
 */
export function disambiguateCandidates(cands: readonly Candidate[], doc: SplitDocument, report?: Reporter, surnames?: SurnameTest): Candidate[] {
  // (the outermost candidates, computed once: a sort of the document's candidates)
  const outerOnes = outermost(cands);
  const within = appositions(doc, cands, outerOnes);
  const ctx = documentPlaces(doc, cands, within, outerOnes, surnames);
  const outer = new Set(outerOnes);
  // one sense per document: a name an apposition placed ('Portsmouth, Virginia') is that place where the
  // document writes it alone too, in any case ('FREEPORT, N.Y.' then 'Freeport'); its first apposition decides
  const apposedChoices = new Map<Candidate, Choice>();
  const placed = new Map<string, Choice>();
  for (const [c, apposition] of within) {
    const text = doc.clean.slice(c.start, c.end);
    const key = foldedKey(text); // the name in any case: an ALL-CAPS dateline's candidate has entries of its own
    // (a dateline's name in capitals whose apposition contradicts every place of it names a town the gazetteers
    // lack: the document's other mentions of the name take none of them either; not one in the text, which may be
    // no apposition: 'the Chicago, Missouri and Western Railway')
    if (!someFit(c.entries, apposition)) {
      if (!placed.has(key) && isAllCaps(text)) placed.set(key, NONE);
      continue;
    }
    if (c.entries.length < 2) continue;
    const choice = chooseEntries(hitsOf(c, text), ctx, apposition);
    apposedChoices.set(c, choice);
    if (!placed.has(key)) placed.set(key, choice);
  }
  // the place before each place and a comma ('Spokane' of 'Spokane, Washington'), for `regionFirst`
  const before = new Map<Candidate, Candidate>();
  const sorted = [...outerOnes].sort((a, b) => a.start - b.start);
  // (not in a list: 'Washington, Georgia and Armenia', '(Boston, New York and Berlin)', 'Chicago, Boston, New York')
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const c = sorted[i];
    if (COMMA_GAP.test(doc.clean.slice(prev.end, c.start)) && !listed(doc, c, sorted[i + 1]) && !listed(doc, sorted[i - 2], prev)) before.set(c, prev);
  }
  const listKinds = listKindsOf(doc, sorted);
  // the same hits give the same choice in one document (but where an apposition says more)
  const choices = new Map<AliasHit[], Choice>();
  // (a loop in this function, not a closure made per call: see `choiceKeys`)
  const out: Candidate[] = [];
  for (const c of cands) {
    // a city in another region than its apposition names is not the one named ('JACKSON, Mich.' is no Jackson,
    // Mississippi, the only Jackson of the gazetteers): its entry goes, and with none left the candidate (the name
    // finder types the town by its apposition); so do the document's other mentions of a name so placed
    const apposition = within.get(c);
    const text = doc.clean.slice(c.start, c.end);
    const placedChoice = placed.size ? placed.get(foldedKey(text)) : undefined;
    if (!someFit(c.entries, apposition) || (placedChoice === NONE && !apposition && c.entries.every(isCityOrRegion))) continue;
    if (c.entries.length < 2) {
      out.push(c);
      continue;
    }
    const hits = hitsOf(c, text);
    let choice = apposedChoices.get(c) ?? (placedChoice !== NONE ? placedChoice : undefined) ?? choices.get(hits);
    if (!choice) choices.set(hits, (choice = chooseEntries(hits, ctx)));
    const entries = regionFirst(listFirst(kindFirst(fitting(choice.entries, apposition), kindCue(doc.clean, c.start, c.end)), listKinds?.get(c)), before.get(c), doc.clean, c.start);
    const best = entries[0];
    if (report && outer.has(c)) {
      const others = entries.slice(1, 4).map((e) => e.id).join(', ');
      report.info('tag/ambiguous-alias', `${JSON.stringify(text)}: ${best.id} chosen among ${choice.candidates} candidates by ${choice.rule} (next: ${others}${entries.length > 4 ? ', ...' : ''})`, {
        span: doc.toSource.toOriginal(c),
      });
    }
    out.push(sameEntries(entries, c.entries) ? c : withEntries(c, entries));
  }
  return out;
}

/**
 * The ids of the small towns the gazetteer's chosen candidates (`disambiguateCandidates`' output) name where they name
 * no place (`remoteTown`). The name finder reads those candidates still (a town a team is named after: 'Boro', 'the
 * Buffalo Sabres'); the tagger drops every place candidate with such an entry after it, the rules' that spread it too.
 */
export function remoteTowns(cands: readonly Candidate[], doc: SplitDocument, report?: Reporter): Set<string> | undefined {
  let remote: Map<string, Candidate> | undefined;
  let placed: Set<string> | undefined;
  let countryNames: Map<string, Set<string>> | undefined;
  let within: Map<Candidate, Apposition> | undefined;
  for (const c of cands) {
    if (!smallTown(c.entries[0])) continue;
    const id = c.entries[0].id;
    countryNames ??= namedCountriesOf(outermost(cands), doc);
    // (one mention the document places, by an apposition, a preposition or a comma, places them all: 'HARLEYSVILLE,
    // Pa.' then 'HARLEYSVILLE MUTUAL')
    if ((within ??= appositions(doc, cands)).has(c) || !remoteTown(c, doc.clean.slice(c.start, c.end), doc, countryNames)) (placed ??= new Set()).add(id);
    else if (!remote?.has(id)) (remote ??= new Map()).set(id, c);
  }
  if (!remote) return undefined;
  const out = new Set<string>();
  for (const [id, c] of remote) {
    if (placed?.has(id)) continue;
    out.add(id);
    report?.info('tag/remote-town', `${JSON.stringify(doc.clean.slice(c.start, c.end))}: only ${id}, a small town of ${countryOf(c.entries[0])}, a country the document names nowhere else: no place`, { span: doc.toSource.toOriginal(c) });
  }
  return out.size > 0 ? out : undefined;
}

/** a generated town (GeoNames) of under 10,000 people, or of no known size */
const smallTown = (e: GazetteerEntry) => e.type === 'place' && e.tier === 'generated' && e.kind === 'city' && (e.population ?? 0) < 10_000;

/**
 * Whether a one-word name that only a small town of the gazetteers has (`smallTown`) names no place here: its country is
 * none the document's other places or nationalities name, no place's preposition stands before it and no comma and a
 * capitalised word after it (a state the gazetteers lack: 'HARLEYSVILLE, Pa.'). Such a match is
 * far more often a surname, a firm, a work or a nickname that a town abroad happens to bear ('Lord Ashcroft', an
 * Australian town of 3,600; 'Mobo awards', a Philippine one; 'Boro', Middlesbrough, a Panamanian village of 326;
 * 'Carlsberg', a German village; 'Yorkshire', a town of New York the county's name matched): 79 mention rows of the BBC
 * corpus changed, nearly all false places ('Lockerbie' in a story about Libya lost). Reported as `tag/remote-town`.
 */
function remoteTown(c: Candidate, text: string, doc: SplitDocument, countryNames: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const country = countryOf(c.entries[0]);
  // (nor before a comma and a capitalised word, a state's abbreviation the gazetteers lack: 'HARLEYSVILLE, Pa.')
  if (/\s/.test(text) || country === undefined || placePrepositionBefore(doc.clean, c.start) || REGION_AFTER_COMMA.test(doc.clean.slice(c.end, c.end + 6))) return false;
  const names = countryNames.get(country);
  const key = foldedKey(text);
  return !(names && [...names].some((n) => n !== key));
}
/**
 * Whether a preposition of place (and 'the') ends the text before `at`: 'in Boca Chica', 'to Mobo', 'in the Saint-Bernard
 * church' (the tests of a town's name abroad here and of a surname-shaped person before a state, find-names step 18).
 */
export function placePrepositionBefore(text: string, at: number): boolean {
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - 16), at));
}
const PLACE_PREPOSITION_BEFORE = /\b(?:in|near|at|from|outside|to|into|towards?)\s+(?:the\s+)?$/i;
const REGION_AFTER_COMMA = /^\s*,\s*\p{Lu}/u;

/** The countries of the document's places and nationalities (their first entries), each with the names (folded) that name it. */
function namedCountriesOf(outer: readonly Candidate[], doc: SplitDocument): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of outer) {
    const best = c.entries[0];
    if (!best || (best.type !== 'place' && best.type !== 'norp')) continue;
    const code = countryOf(best);
    if (code === undefined) continue;
    const key = foldedKey(doc.clean.slice(c.start, c.end));
    (out.get(code) ?? out.set(code, new Set()).get(code)!).add(key);
  }
  return out;
}

// a word after a name that says region, or city ('the Donetsk region', 'Punjab province', 'Washington state', 'Gaza
// city'), and one before it ('the city of Donetsk', 'the West Bank city of Jenin', 'the state of Washington')
// (not 'department' after a name, 'a London department store'; nor 'capital of', whose name is the country's)
const REGION_AFTER = /^\s+(?:region|oblast|province|governorate|prefecture|state|territory|canton|emirate)\b/;
// (and a legislator's or a governor's title of a state after it: 'New York Rep. Peter King', 'Washington Gov. Jay
// Inslee', 'New York Attorney General'; the state, not the city, which the gazetteers prefer for the name alone; the
// state's executive offices in lower case too, and after a possessive: 'the New York attorney general', "New York's
// governor")
// (the possessive before an executive office only: "Washington's delegation to the talks" is the country's)
const STATE_TITLE_AFTER =
  /^(?:\s+(?:(?:Rep|Reps|Sen|Sens|Gov|Lt\. Gov)\.|(?:Governor|Senator|Senators|Congressman|Congresswoman|Assemblyman|Assemblywoman|Attorney General|Legislature|legislature|delegation)\b)|(?:['’]s)?\s+(?:[Gg]overnor|attorney general|Attorney General|[Ll]ieutenant [Gg]overnor|comptroller)\b)/;
// (and in the plural after names joined by commas and 'and': 'the Kharkiv and Dnipropetrovsk regions', 'the Tigray,
// Amhara and Afar regions', each a region, not a city of its name)
const REGIONS_AFTER = /^(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})*,?\s+(?:regions|oblasts|provinces|governorates|prefectures|states|territories|cantons|emirates)\b/u;
const CITY_AFTER = /^\s+city\b/;
const CITY_BEFORE = /\b(?:city|town|village|port|suburb)\s+of\s+$/;
// (and 'upstate', 'downstate', a part of a state: 'upstate New York')
const REGION_BEFORE = /\b(?:(?:region|oblast|province|governorate|prefecture|state|territory|department)\s+of|[Uu]pstate|[Dd]ownstate)\s+$/;

/**
 * The kind of place the words next to a mention say it is: 'region' ('the Kursk region': not the city of Kursk, which
 * the `kind` rule prefers as the region's seat), 'city' ('the West Bank city of Jenin': not its governorate), or
 * undefined. Words in lower case only ('Quebec City' is a name of its own).
 */
export function kindCue(text: string, start: number, end: number): PlaceKind | undefined {
  const after = text.slice(end, end + 24);
  if (REGION_AFTER.test(after) || STATE_TITLE_AFTER.test(after) || REGIONS_AFTER.test(text.slice(end, end + 80))) return 'region';
  if (CITY_AFTER.test(after)) return 'city';
  const before = text.slice(Math.max(0, start - 20), start);
  if (CITY_BEFORE.test(before)) return 'city';
  if (REGION_BEFORE.test(before)) return 'region';
  return undefined;
}

/**
 * `entries` with the region that the place before the mention and a comma lies in first: 'Spokane, Washington' is the
 * state (Spokane's region, GeoNames' admin1 code), not the capital the curated file holds; 'Columbus, Georgia' the US
 * state, not the country. A county's or a parish's name before it ('King County, Washington', 'Fulton County, Georgia':
 * a rule's place, found after this step) puts a US state first. Else `entries` as they are.
 */
function regionFirst(entries: readonly GazetteerEntry[], prev: Candidate | undefined, text: string, start: number): readonly GazetteerEntry[] {
  if (entries.length < 2) return entries;
  let k = -1;
  if (prev) for (let i = 1; i < entries.length && k < 0; i++) if (entries[i].kind === 'region' && prev.entries.some((e) => e.type === 'place' && e.region === entries[i].id)) k = i;
  // (where the gazetteer gives the town before no region, a region of its country, where the mention's first entry is a
  // city of another country: 'Christchurch, Canterbury' is New Zealand's region, not England's city. Not of the same
  // country: ISO 3166-2 names British towns' councils, and 'Wembley, London' or a list, 'Bristol West, Cardiff Central,
  // Leeds', had made the cities councils)
  const town = prev?.entries[0];
  if (k < 0 && town?.type === 'place' && town.kind === 'city' && entries[0].kind === 'city' && countryOf(entries[0]) !== countryOf(town))
    k = entries.findIndex((e, i) => i > 0 && e.kind === 'region' && countryOf(e) === countryOf(town));
  if (k < 0 && COUNTY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) k = entries.findIndex((e, i) => i > 0 && e.kind === 'region' && countryOf(e) === 'US');
  return toFront(entries, k);
}
const COUNTY_BEFORE = /\b(?:County|Parish),\s*$/;

/** the kind of the other items of a list a place is in, and their countries (`listKindsOf`) */
interface ListKind {
  readonly kind: 'region' | 'country';
  readonly countries: ReadonlySet<string | undefined>;
}
/**
 * The kind of the other items of a list a place is in, where they are all regions or all countries: 'New York' in 'New
 * York, New Jersey and Connecticut' is the state, 'Georgia' in 'Georgia, Alabama and Florida' the US state, in 'Russia,
 * Georgia and Armenia' the country (`listFirst`). A list is three places or more joined by commas, 'and', 'or' or '&'
 * (`LIST_GAP`); undefined when the document has none.
 */
function listKindsOf(doc: SplitDocument, sorted: readonly Candidate[]): Map<Candidate, ListKind> | undefined {
  let out: Map<Candidate, ListKind> | undefined;
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && joined(doc, sorted[j - 1], sorted[j])) j++;
    // (three items or more: 'England and Leicester', 'Blackpool, England' are no list of regions)
    if (j - i >= 3) {
      for (let k = i; k < j; k++) {
        let kind: PlaceKind | undefined;
        let same = true;
        for (let m = i; m < j && same; m++) {
          if (m === k) continue;
          const km = kindOf(sorted[m]);
          if (kind === undefined) kind = km;
          // (a region that is a city's too is no evidence: 'Wrexham and Edinburgh', 'Greenwich, London', where ISO
          // 3166-2 names British towns' councils)
          same = km === kind && !(km === 'region' && sorted[m].entries.some((e) => e.type === 'place' && e.kind === 'city' && countryOf(e) === countryOf(sorted[m].entries[0])));
        }
        if (!same || (kind !== 'region' && kind !== 'country')) continue;
        const countries = new Set<string | undefined>();
        for (let m = i; m < j; m++) if (m !== k) countries.add(countryOf(sorted[m].entries[0]));
        (out ??= new Map()).set(sorted[k], { kind, countries });
      }
    }
    i = j;
  }
  return out;
}

/**
 * `entries` with the first of the list's kind first (`listKindsOf`), when the first is a place of another kind: a
 * region only in a country of the list's other regions ('Georgia, Alabama and Florida' is the US state; 'Mexico, Texas
 * and Arizona' is not the Mexican state of México).
 */
function listFirst(entries: readonly GazetteerEntry[], list: ListKind | undefined): readonly GazetteerEntry[] {
  if (!list || entries.length < 2 || entries[0].type !== 'place' || entries[0].kind === list.kind) return entries;
  const k = entries.findIndex((e) => e.type === 'place' && e.kind === list.kind && (list.kind === 'country' || list.countries.has(countryOf(e))));
  return toFront(entries, k);
}

/** `entries` with the one at `k` first, the others in their order (as they are for `k` 0 or -1) */
function toFront(entries: readonly GazetteerEntry[], k: number): readonly GazetteerEntry[] {
  return k > 0 ? [entries[k], ...entries.slice(0, k), ...entries.slice(k + 1)] : entries;
}

/** `entries` with those of the place kind `cue` first, in their order, the rest after them (none of it: as they are). */
function kindFirst(entries: readonly GazetteerEntry[], cue: PlaceKind | undefined): readonly GazetteerEntry[] {
  // (a city's or a region's only: 'the Jewish state' stays the nationality, 'the coastal region of Guatemala' the country)
  const first = entries[0];
  if (!cue || first?.type !== 'place' || (first.kind !== 'city' && first.kind !== 'region') || first.kind === cue || !entries.some((e) => e.type === 'place' && e.kind === cue)) return entries;
  return [...entries.filter((e) => e.kind === cue), ...entries.filter((e) => e.kind !== cue)];
}

const isCityOrRegion = (e: GazetteerEntry) => e.type === 'place' && (e.kind === 'city' || e.kind === 'region');

/** Does any of `entries` fit the apposition (`contradicts`; none: every entry fits)? */
function someFit(entries: readonly GazetteerEntry[], apposition: Apposition | undefined): boolean {
  if (!apposition) return entries.length > 0;
  for (const e of entries) if (!contradicts(e, apposition)) return true;
  return false;
}

/** `entries` without those the apposition contradicts (the same array when it contradicts none). */
function fitting(entries: readonly GazetteerEntry[], apposition: Apposition | undefined): readonly GazetteerEntry[] {
  if (!apposition) return entries;
  let out: GazetteerEntry[] | undefined;
  for (let i = 0; i < entries.length; i++) {
    if (!contradicts(entries[i], apposition)) out?.push(entries[i]);
    else out ??= entries.slice(0, i);
  }
  return out ?? entries;
}

/** Are `a` and `b` the same entries in the same order (`b` may be longer: `a` is a choice among them)? */
function sameEntries(a: readonly GazetteerEntry[], b: readonly GazetteerEntry[]): boolean {
  if (a[0] !== b[0]) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Links the places the name finder typed by their context ('Charlotte, N.C.', 'in Orlando', 'Flint, Michigan') to
 * the gazetteer's towns whose names are matched by context only (flag `context`: a person's name or a common word
 * too, so never matched in the text itself), where the document picks one. `hitsFor` gives a name's context-only
 * entries (`GazetteerMatcher.contextHits`). The entries are chosen as a gazetteer match's are (`chooseEntries`, with
 * the document's places and the name's apposition), and the choice stands when
 *   1. the apposition places it: its region or country ('Charlotte, North Carolina', 'Hamilton, Ontario'; one it
 *      contradicts is never taken: 'Hamilton, Ohio' is no Canadian or New Zealand city), or the name's first
 *      apposition in the document did ('ORLANDO, Fla.' then 'Orlando');
 *   2. or it is a city of 100,000 people or more in the dateline's country, or in a country the document names or
 *      places it names ('Orlando' in a story that names Florida or Texas), or five times as large as any other place
 *      of its name (`GENEVA`, 'Marseille', as a gazetteer match of a name is its largest place); a town named like a
 *      person is otherwise left unlinked, the name finder's id (`place:chelsea`: Manhattan's Chelsea is no town of
 *      40,000 people in Massachusetts, though a `NEW YORK` dateline is in its country; 'Hamilton' alone may be
 *      Ontario's or New Zealand's); a region (no population) by the dateline or the document's countries alone
 *      ('Surrey' where the story names English towns).
 * Such a candidate keeps the rule's source (the rule found it; the entry names it), and the choice is noted
 * (`tag/context-place`). Candidates that are no place, or that a gazetteer entry already names, pass through.
 */
export function linkContextPlaces(rules: readonly Candidate[], gazetteer: readonly Candidate[], doc: SplitDocument, hitsFor: (text: string) => AliasHit[], report?: Reporter, surnames?: SurnameTest): Candidate[] {
  const hitsOfRule = new Map<Candidate, AliasHit[]>();
  for (const c of rules) {
    if (c.type !== 'place' || c.entries.length > 0) continue;
    const hits = hitsFor(doc.clean.slice(c.start, c.end));
    if (hits.length > 0) hitsOfRule.set(c, hits);
  }
  if (hitsOfRule.size === 0) return rules as Candidate[];
  // with their entries, these places join the gazetteer's candidates for their appositions; the document's places are
  // the gazetteer's alone (a town that only these entries place would support itself: 'Marseille' alone is left)
  const asGazetteer = new Map<Candidate, Candidate>([...hitsOfRule].map(([c, hits]) => [c, { ...c, entries: hits.map((h) => h.entry) }]));
  const within = appositions(doc, [...gazetteer, ...asGazetteer.values()]);
  // (the gazetteer's outermost candidates once, for both of documentPlaces' uses: its appositions and its places)
  const outer = outermost(gazetteer);
  const ctx = documentPlaces(doc, gazetteer, appositions(doc, gazetteer, outer), outer, surnames);
  // one sense per document: the first apposition's choice for a name (in any case) goes to its other mentions
  const placed = new Map<string, readonly GazetteerEntry[]>();
  const aloneChoices = new Map<readonly AliasHit[], [readonly GazetteerEntry[] | undefined, string]>();
  const linked = new Map<Candidate, Candidate>();
  for (const [c, g] of [...asGazetteer].sort(([a], [b]) => a.start - b.start)) {
    const text = doc.clean.slice(c.start, c.end);
    const key = foldedKey(text);
    const apposition = within.get(g);
    const hits = hitsOfRule.get(c)!;
    let entries: readonly GazetteerEntry[] | undefined;
    let how: string;
    if (apposition) {
      const fits = cityFirst(chooseEntries(hits, ctx, apposition).entries.filter((e) => !contradicts(e, apposition)));
      const best = fits[0];
      const country = best && countryOf(best);
      if (best && ((best.region !== undefined && apposition.regions.has(best.region)) || (country !== undefined && apposition.countries.has(country)))) entries = fits;
      if (entries && !placed.has(key)) placed.set(key, entries);
      how = 'its apposition';
    } else if ((entries = placed.get(key))) how = 'the apposition of its first mention';
    else {
      // (once per hit list: the document's other mentions of the name have the same hits, `hitsFor`, and `ctx`)
      let alone = aloneChoices.get(hits);
      if (alone === undefined) aloneChoices.set(hits, (alone = choiceAlone(hits, ctx)));
      [entries, how] = alone;
    }
    if (!entries || entries.length === 0) continue;
    linked.set(c, { ...c, entries });
    report?.info('tag/context-place', `${JSON.stringify(text)}, a place by ${c.source}: ${entries[0].id} (${entries[0].name}), by ${how}, among ${hits.length} of the name`, { span: doc.toSource.toOriginal(c) });
  }
  return linked.size === 0 ? (rules as Candidate[]) : rules.map((c) => linked.get(c) ?? c);
}

/**
 * A context-only name's entries where no apposition places it (`linkContextPlaces`), and what took them; none (and '')
 * where nothing does.
 */
function choiceAlone(hits: readonly AliasHit[], ctx: DocumentPlaces): [readonly GazetteerEntry[] | undefined, string] {
  // (the town of a region's name first; the region itself where the town is too small to be taken alone: 'Limerick'
  // in an Irish story is the county then)
  const order = chooseEntries(hits, ctx).entries;
  // (and the largest of the name where its size alone takes it: 'talks in Geneva' of a story that names the United
  // States is Switzerland's city, eight times the size of the American town the document's country put first; among
  // towns only, a region has no population to weigh: 'Surrey' stays no Canadian city)
  let list = [cityFirst(order), order].find((l) => takenAlone(l, hits, ctx) !== undefined);
  if (!list && order.length > 1 && order.every((e) => e.kind !== 'region')) {
    const largest = largestFirst(order);
    if (largest !== order && takenAlone(largest, hits, ctx) !== undefined) list = largest;
  }
  return list ? [list, takenAlone(list, hits, ctx)!] : [undefined, ''];
}

/**
 * The gazetteer's regions and countries after a town of the rules that has the gazetteer's entries, and a comma: the
 * region the town lies in first (`regionFirst`, as for a town the gazetteer matched). Such a town is one
 * `linkContextPlaces` linked ('The shooting happened in Macon, Georgia': Macon, matched by context only, is Georgia's
 * (US) town by its apposition, and `Georgia` had stayed the country its curated row puts first, chosen before the name
 * finder ran), or one a rule typed over the gazetteer's match of it (`rule:lexicon-place`).
 */
export function regionsAfterLinkedTowns(gazetteer: readonly Candidate[], rules: readonly Candidate[], doc: SplitDocument): Candidate[] {
  const towns = new Set<Candidate>();
  for (const c of rules) if (c.type === 'place' && c.entries.length > 0 && c.entries[0].kind === 'city') towns.add(c);
  if (towns.size === 0) return gazetteer as Candidate[];
  // (the places in text order, as `disambiguateCandidates` reads a town before a comma; not in a list: 'three major
  // marathons (Boston, New York and Berlin)')
  // (one a span, the gazetteer's before the rules' of it, and none inside another: the rules hold places the gazetteer
  // matched too)
  const spans = new Map<string, Candidate>();
  for (const c of [...gazetteer, ...rules]) if (c.type === 'place' && !spans.has(`${c.start}:${c.end}`)) spans.set(`${c.start}:${c.end}`, c);
  const places: Candidate[] = [];
  for (const c of [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end)) if (places.length === 0 || c.start >= places[places.length - 1].end) places.push(c);
  const at = new Map(places.map((c, i) => [c, i]));
  let out: Candidate[] | undefined;
  for (let i = 0; i < gazetteer.length; i++) {
    const g = gazetteer[i];
    const k = at.get(g);
    if (g.type !== 'place' || g.entries.length < 2 || k === undefined || k === 0) continue;
    const town = places[k - 1];
    if (!towns.has(town) || !COMMA_GAP.test(doc.clean.slice(town.end, g.start)) || listed(doc, g, places[k + 1]) || listed(doc, places[k - 2], town)) continue;
    const entries = regionFirst(g.entries, town, doc.clean, g.start);
    if (entries !== g.entries) (out ??= gazetteer.slice())[i] = withEntries(g, entries);
  }
  return out ?? (gazetteer as Candidate[]);
}

/**
 * Why a context-only place, `entries[0]`, is taken with no apposition (see `linkContextPlaces`): the dateline's country or
 * the document's countries for a city of 100,000 people or more or a region (which has no population), or its size alone
 * for a city five times any other of its name ('Geneva' of Switzerland, 8 times Geneva, New York; not 'Victoria', Hong
 * Kong's 3 times British Columbia's, nor 'Reading', 'Lincoln', 'Hamilton'); else undefined.
 */
function takenAlone(entries: readonly GazetteerEntry[], hits: readonly AliasHit[], ctx: DocumentPlaces): string | undefined {
  const best = entries[0];
  const country = countryOf(best);
  const size = best.population ?? 0;
  const large = size >= 100_000;
  const dateline = country !== undefined && ctx.datelineCountry === country;
  const named = country !== undefined && (ctx.placeCountries.has(country) || ctx.namedCountries.has(country) || ctx.capitalCountries?.has(country) === true);
  if ((dateline || named) && (large || best.kind === 'region')) return dateline ? 'the dateline' : "the document's places";
  if (large && hits.every((h) => h.entry === best || 5 * (h.entry.population ?? 0) <= size)) return 'its size';
  return undefined;
}

/** The entries with the most populous first, the others in their order. */
function largestFirst(entries: readonly GazetteerEntry[]): readonly GazetteerEntry[] {
  let best = entries[0];
  for (const e of entries) if ((e.population ?? 0) > (best.population ?? 0)) best = e;
  return best === entries[0] ? entries : [best, ...entries.filter((e) => e !== best)];
}

/**
 * A region's city of its name before it ('RAVENNA, Italy' is the city, not its province; 'Limerick' the city, not the
 * county): the name finder's place is most often the town, which has coordinates.
 */
function cityFirst(entries: readonly GazetteerEntry[]): readonly GazetteerEntry[] {
  const region = entries[0];
  if (region?.kind !== 'region') return entries;
  const city = entries.find((e) => e.kind === 'city' && e.country === countryOf(region));
  return city ? [city, ...entries.filter((e) => e !== city)] : entries;
}

// a capitalised word ending the text before a name, and its full stop ('Robert ', 'Mr. ')
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)(\.?) $/u;

/**
 * Whether `text` writes `name` (one word) at `i` after a given name (`givenName`) or an abbreviated title: a
 * person's surname there ('Robert Jackson', 'Mr. Jackson'; not 'In Jackson', 'Lake Jackson', 'Jacksonville').
 */
function surnameAt(text: string, i: number, name: string, givenName: (word: string) => boolean): boolean {
  if (isLetterUnit(text.charCodeAt(i + name.length))) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, i - 24), i));
  return before !== null && ((before[2] === '.' && before[1].length <= 3) || givenName(before[1]));
}

/** Where the letters that start `text` at `from` end (`from` itself when none does). */
function lettersEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isLetterUnit(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Whether a document's text writes a one-word name as a person's surname (`surnameAt`) anywhere, a name at a
 * time, each answered once. A short text is searched for the name (`indexOf`); a long one (a web page of a
 * whole archive, a part of a long text) is indexed once, the words after a space by their leading letters,
 * and a name looks at the places of its own: a search of the whole text per place name made a page of 9.6 MB
 * (4,111 BBC stories in one HTML page) spend 34 of its 64 s here, the searches growing as the square of the
 * page (docs/BENCHMARKS.md, forty-seventh session).
 *
 * The index finds the same places: `surnameAt` needs a space before the name and no letter after it, so the
 * text's letters after that space are the name's leading letters (the name is all letters and ends there, or
 * the text goes on with the name's first non-letter). A name that starts with no letter is searched for.
 */
export class SurnameTest {
  private readonly answers = new Map<string, boolean>();
  /** a long text's words after a space: their leading letters -> where they start */
  private sites?: Map<string, number[]>;

  constructor(
    private readonly text: string,
    private readonly givenName: (word: string) => boolean,
    /** the length from which the text is indexed rather than searched (a parameter for tests) */
    private readonly indexFrom = SURNAME_INDEX_CHARS,
  ) {}

  writes(name: string): boolean {
    let answer = this.answers.get(name);
    if (answer === undefined) this.answers.set(name, (answer = this.find(name)));
    return answer;
  }

  private find(name: string): boolean {
    if (/\s/.test(name)) return false;
    const { text, givenName } = this;
    const head = lettersEnd(name, 0);
    if (text.length < this.indexFrom || head === 0) {
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (surnameAt(text, i, name, givenName)) return true;
      return false;
    }
    for (const i of this.index().get(name.slice(0, head)) ?? []) {
      if (text.startsWith(name, i) && surnameAt(text, i, name, givenName)) return true;
    }
    return false;
  }

  private index(): Map<string, number[]> {
    if (this.sites) return this.sites;
    const sites = new Map<string, number[]>();
    const text = this.text;
    for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
      const end = lettersEnd(text, space + 1);
      if (end === space + 1) continue;
      const word = text.slice(space + 1, end);
      const at = sites.get(word);
      if (at) at.push(space + 1);
      else sites.set(word, [space + 1]);
    }
    return (this.sites = sites);
  }
}

/** `SurnameTest`: texts of this many characters or more are indexed (a news article is a few thousand) */
const SURNAME_INDEX_CHARS = 50_000;

/** `placed`'s mark of a name whose apposition no city of the gazetteers fits */
const NONE: Choice = { entries: [], candidates: 0, rule: 'context' };

/**
 * Whether `e` is a city or a region that its apposition's region (none for an apposition naming a country only: lists
 * of countries and regions look like one) rules out: one of another country ('Princeton, La.'
 * is no Princeton of British Columbia, 'ALEXANDRIA, Va.' no Egyptian governorate), or a city whose region is known
 * and is none of those the apposition names ('JACKSON, Mich.' no Jackson, Mississippi). Not by region in the United
 * Kingdom, where a city's region is its nation (England) and an apposition names a county or a district ('Burnley,
 * Lancashire').
 */
const contradicts = (e: GazetteerEntry, apposition: Apposition) =>
  apposition.regions.size > 0 &&
  e.type === 'place' &&
  (e.kind === 'city' || e.kind === 'region') &&
  ((e.country !== undefined && !apposition.countries.has(e.country)) || (e.kind === 'city' && e.region !== undefined && !e.region.startsWith('iso:GB-') && !apposition.regions.has(e.region)));

/** A gazetteer candidate's `source`: its entry's file without the extension (`gazetteer:world-places`). */
export const gazetteerSource = (e: GazetteerEntry): Candidate['source'] => `gazetteer:${e.file.replace(/\.tsv(\.gz)?$/, '')}`;

/** A gazetteer candidate with other entries (a re-ranking or a filtering of its own): type, name, source and priority of the first. */
export function withEntries(c: Candidate, entries: readonly GazetteerEntry[]): Candidate {
  const best = entries[0];
  return { ...c, entries, type: best.type, name: best.name, source: gazetteerSource(best), priority: best.priority };
}
