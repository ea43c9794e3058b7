import type { AliasHit } from './matcher.js';
import type { GazetteerEntry, PlaceKind, Tier } from './types.js';
import type { EntityType } from '../model/entity.js';
import type { Candidate } from '../model/candidate.js';
import type { SplitDocument } from '../model/document.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { aliasKeys } from '../text/tokenize.js';

/**
 * Choosing among entries that share an alias ("Georgia": the country, the US
 * state; "Armenia": the country, a Colombian city). The rules, in order; the
 * first that separates the best entry from the runner-up names the choice:
 *
 * 1. `user`: if any entry comes from a user file, only user entries compete
 *    (users' files win over shipped ones with the same alias).
 * 2. `context`: the document's own places. The dateline's country counts most
 *    (`TBILISI, Georgia` -> GE); then countries of the other places it names:
 *    a country or region candidate is supported by a city/region of that
 *    country named in the document ('Atlanta' supports the US state Georgia);
 *    a national capital supports its country and cities but not a region
 *    ('Washington said' is the US government); a city candidate is also
 *    supported by its country being named ('Armenia, Colombia'). Naming the
 *    United States alone does not pull "Georgia" to the state: the country
 *    of Georgia is in the news next to the US. Towns under 100k people get
 *    support from the dateline only ('London, Ohio' is not pulled in by US
 *    places elsewhere in the text); hand-checked (user/curated) entries keep it.
 * 3. `tier`: curated (hand-checked) entries before generated ones
 *    ("Washington" is the curated capital, not the generated state).
 * 4. `type`: place > norp > organization > person.
 * 5. `kind`: country > region/area > city; except that a region and a city of
 *    the same country with the same name is the city when the city is an
 *    administrative seat or has 100k+ people ('Kabul' the city, not the
 *    province; but 'Wales' the region, not a village).
 * 6. `population` in orders of magnitude (log10), larger first;
 * 7. `name`: an entry whose canonical name is the alias beats one that only
 *    lists it as an alternate name ("Tovuz" the town, not Berd's old name).
 * 8. `population`, larger first; 9. `id`, for determinism.
 */
export type ChoiceRule = 'single' | 'user' | 'context' | 'tier' | 'type' | 'kind' | 'name' | 'population' | 'id';

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
  const c = e.country ?? (/^iso:([A-Z]{2})$/.exec(e.id)?.[1]);
  return c?.startsWith('iso:') ? c.slice(4) : c;
}

function support(e: GazetteerEntry, ctx: DocumentPlaces | undefined): number {
  if (!ctx || e.type !== 'place') return 0;
  const c = countryOf(e);
  if (!c) return 0;
  if (ctx.datelineCountry === c) return 2;
  // country-level evidence is weak for a town: naming US places does not make 'London, Ohio' or
  // 'California, Maryland' likely; only a city of 100k+ people is supported by it
  if (e.kind === 'city' && e.tier === 'generated' && (e.population ?? 0) < 100_000) return 0;
  if (ctx.placeCountries.has(c)) return 1;
  if (e.kind !== 'region' && ctx.capitalCountries?.has(c)) return 1;
  if (e.kind === 'city' && ctx.namedCountries.has(c)) return 1;
  return 0;
}

export function chooseEntries(hits: readonly AliasHit[], ctx?: DocumentPlaces): Choice {
  const seen = new Set<string>();
  let list = hits.filter((h) => !seen.has(h.entry.id) && (seen.add(h.entry.id), true));
  const candidates = list.length;
  if (list.length === 1) return { entries: [list[0].entry], rule: 'single', candidates };
  let userOnly = false;
  if (list.some((h) => h.entry.tier === 'user') && list.some((h) => h.entry.tier !== 'user')) {
    list = list.filter((h) => h.entry.tier === 'user');
    userOnly = true;
  }
  // an administrative seat or a large city ('Kabul', 'Dubai') outranks its same-named region; a village ('Wales') does not
  const seat = (e: GazetteerEntry) => /^P\.PPL(A|C)$/.test(e.feature ?? '') || (e.population ?? 0) >= 100_000;
  const cityCountries = new Set(list.filter((h) => h.entry.kind === 'city' && seat(h.entry)).map((h) => countryOf(h.entry)));
  const keyed = list.map((h) => {
    const e = h.entry;
    const kind = e.kind === undefined ? 3 : e.kind === 'region' && cityCountries.has(countryOf(e)) ? 2.5 : KIND[e.kind];
    const keys: [ChoiceRule, number | string][] = [
      ['context', -support(e, ctx)],
      ['tier', TIER[e.tier]],
      ['type', TYPE[e.type]],
      ['kind', kind],
      // population in orders of magnitude first: 'Newcastle' is Newcastle upon Tyne (an alias) before a smaller town named so
      ['population', -Math.floor(Math.log10(Math.max(1, e.population ?? 0)))],
      ['name', h.alias === e.name ? 0 : 1],
      ['population', -(e.population ?? 0)],
      ['id', e.id],
    ];
    return { e, keys };
  });
  const cmp = (a: (typeof keyed)[number], b: (typeof keyed)[number]): number => {
    for (let i = 0; i < a.keys.length; i++) {
      const x = a.keys[i][1];
      const y = b.keys[i][1];
      if (x !== y) return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
    }
    return 0;
  };
  keyed.sort(cmp);
  let rule: ChoiceRule = 'id';
  if (userOnly) rule = 'user';
  else if (keyed.length > 1) {
    const [a, b] = keyed;
    rule = a.keys.find((k, i) => k[1] !== b.keys[i][1])?.[0] ?? 'id';
  }
  return { entries: keyed.map((k) => k.e), rule, candidates };
}

const foldedKey = (s: string) => aliasKeys(s).join(' ').toLowerCase();
const isGazetteer = (c: Candidate) => c.entries.length > 0;

/** The alias hits behind a gazetteer candidate: its entries, with the name rule's alias (`BAKU` is the name `Baku`). */
function hitsOf(c: Candidate, text: string): AliasHit[] {
  const k = foldedKey(text);
  return c.entries.map((entry) => ({ entry, alias: foldedKey(entry.name) === k ? entry.name : text }));
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

/**
 * The document's places, from a first context-free choice for each candidate:
 * a candidate counts when its places all lie in one country, or its best entry
 * is curated/user (hand-checked); the dateline is a place opening one of the
 * first three sentences and followed by a comma or dash (`BAKU, Azerbaijan`).
 */
export function documentPlaces(doc: SplitDocument, cands: readonly Candidate[]): DocumentPlaces {
  const placeCountries = new Set<string>();
  const capitalCountries = new Set<string>();
  const namedCountries = new Set<string>();
  let datelineCountry: string | undefined;
  for (const c of outermost(cands)) {
    const best = c.entries[0];
    if (best.type !== 'place') continue;
    const countries = new Set(c.entries.filter((e) => e.type === 'place').map(countryOf));
    // a country wins by default ('Colombia' the country, not the Cuban town); other places count when all
    // their candidates lie in one country or the best is hand-checked (user/curated)
    const sure = best.kind === 'country' || countries.size === 1 || best.tier !== 'generated';
    const code = countryOf(best);
    if (!code || !sure) continue;
    if (best.kind === 'country') namedCountries.add(code);
    else if (best.feature === 'P.PPLC') capitalCountries.add(code);
    else placeCountries.add(code);
    const s = doc.sentences[c.sentence];
    if (datelineCountry === undefined && s && s.index < 3 && doc.clean.slice(s.start, c.start).trim() === '' && /^\s*[,\u2013\u2014-]/.test(doc.clean.slice(c.end, c.end + 3))) {
      datelineCountry = code;
    }
  }
  return { placeCountries, capitalCountries, namedCountries, datelineCountry };
}

/**
 * Re-ranks every gazetteer candidate's entries with the document's context
 * and records each ambiguous choice (`tag/ambiguous-alias`: chosen id, number
 * of candidates, deciding rule). Rule-found candidates pass through.
 */
export function disambiguateCandidates(cands: readonly Candidate[], doc: SplitDocument, report?: Reporter): Candidate[] {
  const ctx = documentPlaces(doc, cands);
  const outer = new Set(outermost(cands));
  return cands.map((c) => {
    if (c.entries.length < 2) return c;
    const text = doc.clean.slice(c.start, c.end);
    const choice = chooseEntries(hitsOf(c, text), ctx);
    const best = choice.entries[0];
    if (report && outer.has(c)) {
      const others = choice.entries.slice(1, 4).map((e) => e.id).join(', ');
      report.info('tag/ambiguous-alias', `${JSON.stringify(text)}: ${best.id} chosen among ${choice.candidates} candidates by ${choice.rule} (next: ${others}${choice.entries.length > 4 ? ', …' : ''})`, {
        span: doc.toSource.toOriginal(c),
      });
    }
    if (best === c.entries[0] && choice.entries.every((e, i) => e === c.entries[i])) return c;
    return { ...c, entries: choice.entries, type: best.type, name: best.name, source: `gazetteer:${best.file.replace(/\.tsv(\.gz)?$/, '')}` as Candidate['source'], priority: best.priority };
  });
}
