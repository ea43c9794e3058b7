import type { Entity } from '../model/entity.js';

/**
 * Where an entry comes from, strongest first:
 * - `user`: any gazetteer file not named in `shipped.txt` (the user's own);
 * - `curated`: hand-edited files shipped with the project (`places.tsv`);
 * - `generated`: world-scale files built by `npm run gazetteers:build`.
 */
export type Tier = 'user' | 'curated' | 'generated';
export const TIERS: readonly Tier[] = ['user', 'curated', 'generated'];

/** What kind of place: drives the type priority country > region > city. */
export type PlaceKind = 'country' | 'region' | 'city' | 'area';
export const PLACE_KINDS: readonly PlaceKind[] = ['country', 'region', 'city', 'area'];

export interface GazetteerEntry extends Entity {
  /** file the entry came from, relative to the gazetteer directory (`places.tsv`) */
  readonly file: string;
  readonly line: number;
  /** match case-insensitively (per-entry opt-out of the case-sensitive default) */
  readonly caseInsensitive: boolean;
  /**
   * The name is also a common word (`Trend`): it is not matched as the first
   * word of a sentence unless the sentence is only that name.
   */
  readonly commonWord: boolean;
  /**
   * The canonical name is never matched in a text (flag `context`): it is a person's name or a common word too
   * ('Charlotte', 'Orlando'); it names a place the name finder typed by its context ('Charlotte, N.C.', 'in Orlando')
   * when that context picks the entry (`linkContextPlaces` in disambiguate.ts). Its aliases are matched as any.
   */
  readonly contextOnly?: boolean;
  /** lower number wins ties between entries sharing an alias: tier first, then file order */
  readonly priority: number;
  readonly tier: Tier;
  /** places only (`kind` column; `iso:XX` ids default to `country`) */
  readonly kind?: PlaceKind;
  /** GeoNames feature class.code (`P.PPLC`), when known */
  readonly feature?: string;
  /** the id of the first-level region a city lies in (`iso:US-KY`), when known */
  readonly region?: string;
}

export interface GazetteerProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}
