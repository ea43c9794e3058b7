/**
 * The gazetteers loaded once per run and shared by every thread that
 * processes documents (`SharedResources`): the main thread of a run with
 * workers loads them while its workers start, and hands each the same shared
 * memory (packed entries, the matcher's tables) and the small word lists,
 * among them the name finder's words from compromise's lexicon. No NLP
 * library is imported here: compromise is loaded once, only when the
 * gazetteers are loaded from their files (src/nlp/compromise.ts), and the
 * workers never load it (see src/process.ts, `openResources`, for their side).
 */
import { GazetteerError, loadGazetteers, type LoadedGazetteers, type LoadStats } from './load.js';
import { GazetteerMatcher, type MatcherTables } from './matcher.js';
import { packEntries, type PackedEntries } from './packed.js';
import { readPacked, writePacked } from './packed-file.js';
import type { GazetteerEntry } from './types.js';
import { countryOf } from './disambiguate.js';
import { nameWordLists, type NameWordLists } from '../nlp/compromise.js';
import { detach, tokenKey } from '../text/tokenize.js';

export interface SharedResources {
  readonly entries: PackedEntries;
  readonly matcher: MatcherTables;
  /** title/rank phrases, longest first */
  readonly roles: readonly string[];
  /** demonyms and country names that may qualify a title */
  readonly qualifiers: readonly string[];
  /** the qualifiers that name a people (the one-word names of the norp entries: `Danish`, `Dane`, `Kurds`) */
  readonly nationalities: readonly string[];
  /** each country's name by its code (`JP` -> 'Japan', `KR` -> 'South Korea') */
  readonly countries: readonly (readonly [string, string])[];
  /** the name finder's word lists, from compromise's lexicon (so a worker never loads compromise) and the gazetteers' `lexicons/` (`nameLists`) */
  readonly names: NameLists;
  readonly stats: LoadStats;
  /** seconds to load, check, index and pack them (or to read them back from the run cache) */
  readonly loadSeconds: number;
  /** read back from the run cache (packed-file.ts) */
  readonly cached?: boolean;
}

/** The word lists the name finder takes from the gazetteers. */
export function gazetteerLexicons(gazetteers: LoadedGazetteers): { roles: string[]; qualifiers: Set<string>; nationalities: Set<string>; countries: Map<string, string> } {
  const roles = [...(gazetteers.lexicons.get('roles') ?? [])].sort((a, b) => b.length - a.length);
  const qualifiers = new Set<string>();
  const nationalities = new Set<string>();
  const countries = new Map<string, string>();
  for (const e of gazetteers.entries) {
    // detached: a name is a slice of its gazetteer file's text, which a kept slice keeps whole (the main thread
    // keeps these lists for the whole run, to start a worker again: 278 of these names kept the generated places'
    // file, 28 MB)
    if (isQualifier(e)) for (const a of [e.name, ...e.aliases]) if (!a.includes(' ')) qualifiers.add(detach(a));
    if (e.type === 'norp') for (const a of [e.name, ...e.aliases]) if (!a.includes(' ')) nationalities.add(detach(a));
    // (the first file's country of a code: a user's or the curated places before the generated ones)
    const code = e.type === 'place' && e.kind === 'country' ? countryOf(e) : undefined;
    if (code && !countries.has(code)) countries.set(code, detach(e.name));
  }
  return { roles, qualifiers, nationalities, countries };
}

/** The name finder's word lists: compromise's (`NameWordLists`) and the gazetteers' longer name lists (`nameLists`). */
export type NameLists = NameWordLists & {
  readonly givenNames: readonly string[];
  readonly surnames: readonly string[];
  /** region abbreviations after a place and a comma: [abbreviation, region name] (`lexicons/after-place.tsv`) */
  readonly afterPlace: readonly (readonly [string, string])[];
  /** surnames that alone name one person: [surname, full name] (`lexicons/lone-surnames.tsv`) */
  readonly loneSurnames: readonly (readonly [string, string])[];
  /** lower-cased names of languages (`lexicons/languages.txt`, generated from WordNet) */
  readonly languages: readonly string[];
};

/**
 * The name finder's longer name lists, beside compromise's (`NameWordLists`): the gazetteer folder's
 * `lexicons/first-names.txt` (`givenNames`) and `lexicons/surnames.txt` (`surnames`): 15,049 and
 * 44,341 shipped, from compromise, faker's per-locale names and cspell's people names; a user may add
 * to them. They are kept apart from compromise's because they hold more than names: many surnames
 * are English words (`Day`, `Lady`, `Page`), so a name ending in one is a person's only if none of
 * its words is a common word; many given names are towns (`Lincoln`), so they do not stop a score
 * line from naming a team, as compromise's first names do. The name finder read only compromise's
 * lists until 2026-12-02, so `Carter Page` and `Kellyanne Conway` were no names: CoNLL-2003
 * eng.testa F1 76.92 -> 80.17 with these lists and the rules that came with them, eng.train 75.71 -> 78.26.
 */
export function nameLists(gazetteers: LoadedGazetteers): NameLists {
  const words = nameWordLists();
  // (an apostrophe keyed straight, as the matcher keys tokens: the lists' 'ma’ruf' and a text's 'Ma'ruf' are one; `isListed`)
  const lower = (file: readonly string[] = []) => file.map((w) => tokenKey(w.toLowerCase()));
  return { ...words, givenNames: lower(gazetteers.lexicons.get('first-names')), surnames: lower(gazetteers.lexicons.get('surnames')), afterPlace: gazetteers.afterPlace, loneSurnames: gazetteers.loneSurnames, languages: lower(gazetteers.lexicons.get('languages')) };
}

// (not a region named by context only: its name is a common word, 'Gulf', 'Cascade', 'Southland', no title's qualifier)
const isQualifier = (e: GazetteerEntry) => e.type === 'norp' || (e.type === 'place' && e.id.startsWith('iso:') && !e.contextOnly);

/** Loads and checks the gazetteers and packs them for sharing; a broken gazetteer throws `GazetteerError`, listing every problem. */
export function prepareResources(gazetteerDir: string): { shared: SharedResources; gazetteers: LoadedGazetteers } {
  const t0 = performance.now();
  const gazetteers = loadGazetteers(gazetteerDir);
  if (gazetteers.problems.length > 0) throw new GazetteerError(gazetteers.problems);
  const matcher = new GazetteerMatcher(gazetteers.entries).tables();
  const { roles, qualifiers, nationalities, countries } = gazetteerLexicons(gazetteers);
  const entries = packEntries(gazetteers.entries);
  const shared = { entries, matcher, roles, qualifiers: [...qualifiers], nationalities: [...nationalities], countries: [...countries], names: nameLists(gazetteers), stats: gazetteers.stats, loadSeconds: (performance.now() - t0) / 1000 };
  return { shared, gazetteers };
}

/**
 * The shared gazetteers of a run: read back from `cacheFile` when an earlier
 * run with the same code and gazetteers saved them there, else loaded
 * (`prepareResources`) and saved there for the next run. No `cacheFile`
 * (`--no-cache`): loaded.
 */
export function sharedResources(gazetteerDir: string, cacheFile?: string): SharedResources {
  const saved = cacheFile ? readPacked(cacheFile) : undefined;
  if (saved) return { ...saved, cached: true };
  const { shared } = prepareResources(gazetteerDir);
  if (cacheFile) writePacked(cacheFile, shared);
  return shared;
}
