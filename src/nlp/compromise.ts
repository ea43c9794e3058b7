/**
 * The only file that imports compromise. We read its lexicon (never write to
 * it: `addWords` would mutate a global shared by every caller) to get word
 * lists the name finder needs.
 */
import nlp from 'compromise';

let cache: { firstNames: Set<string>; lastNames: Set<string>; honorifics: Set<string> } | undefined;

/** Lower-cased first names, last names and honorifics from compromise's lexicon. */
export function nameLexicon(): { firstNames: ReadonlySet<string>; lastNames: ReadonlySet<string>; honorifics: ReadonlySet<string> } {
  if (cache) return cache;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const honorifics = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (word.includes(' ')) continue;
    if (list.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) firstNames.add(word);
    if (list.includes('LastName')) lastNames.add(word);
    if (list.includes('Honorific')) honorifics.add(word);
  }
  cache = { firstNames, lastNames, honorifics };
  return cache;
}

let known: Map<string, 'place' | 'organization' | 'norp'> | undefined;

/**
 * Lower-cased place, organisation and nationality phrases from compromise's
 * lexicon (countries, cities, regions, organisations, sports teams,
 * demonyms): gazetteer parts for the name finder, without ids. Abbreviation
 * entries (`inc`, `dept`) are left out.
 */
export function knownNames(): ReadonlyMap<string, 'place' | 'organization' | 'norp'> {
  if (known) return known;
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  known = new Map();
  for (const [word, tags] of Object.entries(lexicon)) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (list.includes('Abbreviation') || word.length < 3) continue;
    if (list.includes('Demonym')) known.set(word, 'norp');
    else if (list.some((t) => t === 'Country' || t === 'City' || t === 'Region')) known.set(word, 'place');
    else if (list.some((t) => t === 'Organization' || t === 'SportsTeam')) known.set(word, 'organization');
  }
  return known;
}
