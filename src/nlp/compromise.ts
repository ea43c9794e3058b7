/**
 * The only file that loads compromise. We read its lexicon (never write to
 * it: `addWords` would mutate a global shared by every caller) to get word
 * lists the name finder needs.
 *
 * Loaded on first use, not imported: importing it took every worker thread
 * 0.65-0.74 s and ~44 MB of RSS (10 MB of heap; loading its CommonJS build
 * here: ~0.5 s and ~30 MB), and only its word lists are used, which come with
 * the gazetteers every worker thread is handed (src/gazetteer/shared.ts), so
 * a worker never loads it. The thread that loads the gazetteers from their
 * files does, once (`nameWordLists`); a run whose cache has them does not
 * at all. (`require` of its CommonJS build: loading on demand has to be
 * synchronous, and the load is.)
 */
import { createRequire } from 'node:module';

type Lexicon = Record<string, string | string[]>;
type KnownType = 'place' | 'organization' | 'norp';

function lexicon(): Lexicon {
  const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Lexicon } } };
  return nlp.model().one.lexicon;
}

/** The word lists the name finder takes from compromise's lexicon: plain data, to hand to other threads. */
export interface NameWordLists {
  /** lower-cased first names */
  readonly firstNames: readonly string[];
  /** lower-cased first names compromise tags a woman's (`FemaleName`) and a man's (`MaleName`) */
  readonly femaleNames: readonly string[];
  readonly maleNames: readonly string[];
  readonly lastNames: readonly string[];
  readonly honorifics: readonly string[];
  /** lower-cased single words compromise knows as no kind of name (`day`, `tower`, `matter`, `black`) */
  readonly commonWords: readonly string[];
  /**
   * Lower-cased place, organisation and nationality phrases (countries,
   * cities, regions, organisations, sports teams, demonyms): gazetteer parts
   * for the name finder, without ids. Abbreviation entries (`inc`, `dept`)
   * are left out.
   */
  readonly known: readonly (readonly [string, KnownType])[];
}

let lists: NameWordLists | undefined;

/** compromise's tags of names: a word with none of them is a common word */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Demonym']);

export function nameWordLists(): NameWordLists {
  if (lists) return lists;
  const firstNames: string[] = [];
  const femaleNames: string[] = [];
  const maleNames: string[] = [];
  const lastNames: string[] = [];
  const honorifics: string[] = [];
  const commonWords: string[] = [];
  const known: [string, KnownType][] = [];
  for (const [word, tags] of Object.entries(lexicon())) {
    const list = Array.isArray(tags) ? tags : [tags];
    if (!word.includes(' ')) {
      if (list.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) firstNames.push(word);
      if (list.includes('FemaleName')) femaleNames.push(word);
      else if (list.includes('MaleName')) maleNames.push(word);
      if (list.includes('LastName')) lastNames.push(word);
      if (list.includes('Honorific')) honorifics.push(word);
      if (!list.some((t) => NAME_TAGS.has(t))) commonWords.push(word);
    }
    if (list.includes('Abbreviation') || word.length < 3) continue;
    if (list.includes('Demonym')) known.push([word, 'norp']);
    else if (list.some((t) => t === 'Country' || t === 'City' || t === 'Region')) known.push([word, 'place']);
    else if (list.some((t) => t === 'Organization' || t === 'SportsTeam')) known.push([word, 'organization']);
  }
  return (lists = { firstNames, femaleNames, maleNames, lastNames, honorifics, commonWords, known });
}
