import type { Candidate } from '../model/candidate.js';
import type { Entity, Mention } from '../model/entity.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import type { TaggedDocument } from './tag-entities.js';
import { KIN_WORDS, isHonorific, isLegalForm, orgKeys, particleSurname, personKeys, roleEndingAt, slug, withoutLegalForm, type NameFinderLexicons } from './find-names.js';
import { detach } from '../text/tokenize.js';
import { hasLetter, hasLower, isAcronymName, singleSpaced, unitFlags, UNIT_SPACE } from '../text/chars.js';
import { byCodeUnit } from '../util/order.js';

export interface ResolvedDocument extends TaggedDocument {
  /** in text order */
  readonly mentions: readonly Mention[];
  /** the entities this document mentions, by id */
  readonly entities: ReadonlyMap<string, Entity>;
}

/** the titles British usage puts before a given name alone: 'Sir Edward', 'Dame Judi' */
const KNIGHTHOOD = /^(?:Sir|Dame)$/;

/**
 * What the export reads of a resolved document: not its tokens nor its tagger's candidates (the largest of its
 * values, dropped once resolved). A long text resolved in sections (src/stages/sections.ts) is one of these, its
 * sentences numbered, and their token indices counted, across its sections.
 */
export type ExportedDocument = Omit<ResolvedDocument, 'tokens' | 'candidates'>;

export interface ResolveContext {
  readonly report: Reporter;
  readonly roles: readonly string[];
  /** the name finder's lists: which word of a full name a lone mention of it may be (`personKeys`); without them, the last word only */
  readonly names?: NameFinderLexicons;
}

const len = (c: Candidate) => c.end - c.start;
const idOf = (c: Candidate) => (c.entries.length > 0 ? c.entries[0].id : `${c.type}:${slugOf(c.idName ?? c.name)}`);

/**
 * A mention's entity id: the gazetteer's, else minted of its name (`idOf`), an organisation's without the legal form
 * that ends it: 'General Motors Corp' in one story and 'General Motors' in the next are organization:general-motors, as
 * 'Texas Air Corp' and 'Texas Air' are one (the 20 MB bench corpus had 85 documents' general-motors-corp beside 30 of
 * general-motors). The entity keeps the name as written. Not where the name without it is no name of its own (`orgKeys`:
 * 'Jackson Inc' is no 'Jackson', a given name; 'Japan Inc' no 'Japan').
 */
function entityIdOf(c: Candidate, names: NameFinderLexicons | undefined): string {
  if (c.entries.length > 0 || c.type !== 'organization' || c.idName !== undefined || !names) return idOf(c);
  const key = withoutLegalForm(c.name, names);
  return key === undefined ? idOf(c) : `organization:${slugOf(key)}`;
}

/**
 * `slug`, remembered for recurring names (NFKD and three regex passes per rule candidate otherwise);
 * bounded: emptied at SLUGS_KEPT names. At 50,000 it was the largest thing a worker keeps that grows
 * through a run of news whose names keep changing: 5.1 MB of strings (90,000 of them), plus the Map's
 * own table (heap snapshots of a worker after 250 and 2,800 batches of the 10 and 100 MB name-changing
 * bench corpora).
 */
const SLUGS_KEPT = 10_000;
const slugs = new Map<string, string>();
function slugOf(name: string): string {
  let v = slugs.get(name);
  if (v === undefined) {
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    slugs.set(detach(name), (v = slug(name)));
  }
  return v;
}

/**
 * THE OVERLAP RULE. Among overlapping candidates, the longest span wins; on
 * equal length the earlier start, then the lower priority number (gazetteer
 * files in name order, then rules), then the smaller id. So `OSCE Minsk Group`
 * (organization) beats `Minsk` (place), and a gazetteer entry beats a rule
 * that found the same span. Candidates without a type never displace a typed
 * one: they only fill gaps, for coreference. Every loser is reported as a
 * `tag/overlap-dropped` info diagnostic.
 */
export function filterOverlaps(candidates: readonly Candidate[], report?: Reporter, toSource?: TaggedDocument['toSource']): Candidate[] {
  // (module-level functions, bound to this call's memo, rather than closures made per call: see
  // docs/ARCHITECTURE.md, "Hot code")
  const order = overlapOrder.bind(null, new Map<Candidate, string>());
  const typed = candidates.filter(isTyped).sort(order);
  const untyped = candidates.filter(isUntyped).sort(order);
  const kept: Candidate[] = [];
  // owner[i] = index in `kept` of the mention covering clean position i, or -1: checking a
  // candidate costs its length, so the rule stays linear in a document with 10^5 candidates
  let size = 0;
  for (const c of candidates) size = Math.max(size, c.end);
  const owner = new Int32Array(size).fill(-1);
  for (const c of typed) {
    const w = winnerOf(owner, c);
    if (w < 0) take(owner, kept, c);
    else if (report) {
      const winner = kept[w];
      report.info('tag/overlap-dropped', `${c.type} ${JSON.stringify(c.name)} (${c.source}) lost to ${winner.type} ${JSON.stringify(winner.name)} (${winner.source})`, {
        span: toSource ? toSource.toOriginal(c) : undefined,
      });
    }
  }
  for (const c of untyped) if (winnerOf(owner, c) < 0) take(owner, kept, c);
  return kept.sort(byStartLongestFirst);
}

const isTyped = (c: Candidate) => c.type !== null;
const isUntyped = (c: Candidate) => c.type === null;
const byStartLongestFirst = (a: Candidate, b: Candidate) => a.start - b.start || b.end - a.end;

/**
 * The overlap rule's order: longest first, then earliest, then lowest priority, then smallest id, compared by code
 * unit, not localeCompare (the order must not depend on the machine's locale). `ids`: the ids read so far, on ties
 * only, once per candidate (a gazetteer entry's id is decoded from its row on each read).
 */
function overlapOrder(ids: Map<Candidate, string>, a: Candidate, b: Candidate): number {
  return len(b) - len(a) || a.start - b.start || a.priority - b.priority || byCodeUnit(memoized(ids, a, idOf, undefined), memoized(ids, b, idOf, undefined));
}

/** `f(c, arg)`, remembered in `memo` (each candidate's once) */
function memoized<V, A>(memo: Map<Candidate, V>, c: Candidate, f: (c: Candidate, arg: A) => V, arg: A): V {
  let v = memo.get(c);
  if (v === undefined) memo.set(c, (v = f(c, arg)));
  return v;
}

/** The index in `kept` of the mention that covers part of `c` (`owner`: by clean position), or -1. */
function winnerOf(owner: Int32Array, c: Candidate): number {
  for (let i = c.start; i < c.end; i++) if (owner[i] >= 0) return owner[i];
  return -1;
}

/** Keeps `c`, which now owns its span. */
function take(owner: Int32Array, kept: Candidate[], c: Candidate): void {
  owner.fill(kept.length, c.start, c.end);
  kept.push(c);
}

/** A candidate's role: its own, else a title that ends right before it in its sentence. */
function candidateRole(c: Candidate, at: { doc: TaggedDocument; roles: readonly string[] }): string | null {
  return c.role ?? roleEndingAt(at.doc.clean, at.doc.sentences[c.sentence].start, c.start, at.roles);
}

/**
 * The words of an office a role names, lower-cased, without full stops ('Sen.' -> ['sen'], 'first lady' -> ['first',
 * 'lady']); undefined for none, or a courtesy title, which names no office ('Mr', 'Mrs.', 'Dr').
 */
function officeWords(role: string | null): string[] | undefined {
  if (role === null || isHonorific(role)) return undefined;
  const words = role.toLowerCase().replace(/\./g, '').split(/[\s-]+/).filter(Boolean);
  return words.length > 0 ? words : undefined;
}

/**
 * Whether two offices may be one: the words of the shorter are words of the longer or their abbreviations ('Secretary'
 * of 'Defense Secretary', 'Sen.' of 'Senator', 'President' of 'Vice President', held in turn), or the initials of the
 * longer ('PM', 'Prime Minister'). 'President' and 'first lady', 'King' and 'Prince' are not.
 *
 *   fittingOffice(['sen'], ['senator']) = true
 *   fittingOffice(['pm'], ['prime', 'minister']) = true
 *   fittingOffice(['president'], ['first', 'lady']) = false
 */
export function fittingOffice(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 1 && long.length > 1 && short[0] === long.map((w) => w[0]).join('')) return true;
  return short.every((w) => long.some((v) => v.startsWith(w) || w.startsWith(v)));
}

/**
 * Of the people `ids`, those the document gives an office that fits `office` (`fittingOffice`), else those it gives none;
 * `ids` itself for a name without an office, or when none of them or all of them fit.
 */
function holdingOffice(ids: Set<string>, office: string[] | undefined, officesOf: ReadonlyMap<string, string[][]>): Set<string> {
  if (!office) return ids;
  const holders = new Set<string>();
  const without = new Set<string>();
  for (const id of ids) {
    const offices = officesOf.get(id);
    if (!offices) without.add(id);
    else if (offices.some((o) => fittingOffice(o, office))) holders.add(id);
  }
  if (holders.size > 0) return holders.size === ids.size ? ids : holders;
  return without.size > 0 && without.size < ids.size ? without : ids;
}

/**
 * Of the people `ids`, those whose given name (their full name's first word) is not of the other sex than the honorific
 * `role` says ('Ms.', 'Mrs.', 'Miss' a woman's; 'Mr.' a man's), by compromise's lists of female and male names; `ids`
 * itself for no such honorific, no lists, or where none or all of them are.
 */
function ofHonorificSex(ids: Set<string>, role: string | null, fullName: ReadonlyMap<string, string>, names?: NameFinderLexicons): Set<string> {
  return ofSex(ids, honorificSex(role), fullName, names);
}
const honorificSex = (role: string | null) => (role === null ? null : FEMALE_HONORIFIC.test(role) ? 'female' : MALE_HONORIFIC.test(role) ? 'male' : null);

/**
 * Whether every one of the people `ids` a short name after an honorific could be has a given name of the other sex
 * than the honorific says, by compromise's lists: 'Mrs Zorvath' where the story names only 'Gregory Zorvath' in full is
 * his wife or his mother, no man ('Mrs Howard' had been Michael Howard five times in a BBC story about his wife). Not a
 * name of neither list ('Jamie', 'Andrea': the lists give a name of either sex none), nor a name whose first word is
 * the surname itself, a family name first ('Mr Kim' of 'Kim Jong-un': 'Kim' a woman's given name of the lists).
 *
 *   otherSex({Gregory Zorvath}, 'Mrs', 'Zorvath') = true
 *   otherSex({Gregory Zorvath, Arlene Zorvath}, 'Mrs', 'Zorvath') = false
 *   otherSex({Kellin Zorvath}, 'Mrs', 'Zorvath') = false ('Kellin' of no list)
 */
function otherSex(ids: ReadonlySet<string>, role: string | null, surname: string, fullName: ReadonlyMap<string, string>, names?: NameFinderLexicons): boolean {
  const sex = honorificSex(role);
  if (!names?.femaleNames || !names.maleNames || sex === null || ids.size === 0) return false;
  const other = sex === 'female' ? names.maleNames : names.femaleNames;
  for (const id of ids) {
    const words = (fullName.get(id) ?? '').split(' ');
    const given = words[0].toLowerCase();
    if (words.length < 2 || words[0] === surname || !other.has(given) || EITHER_SEX.has(given)) return false;
  }
  return true;
}
/**
 * Given names that men and women both bear, or that one language gives men and English women, which compromise's lists
 * file under one sex only ('Hilary Benn', 'Chris Evert', 'Jackie Chan', 'Leslie Nielsen', 'Andrea Pirlo'): no proof of
 * sex for `otherSex`. Written here because the lists carry no such mark; the names are common knowledge.
 */
const EITHER_SEX = new Set(
  'alex alexis ali andrea angel ashley avery bailey bertie billie bobbie carey carol casey charlie chris christian daniele dana devon dominique drew eddie frankie gabriele glenn hilary hillary jackie jamie jean jesse jessie jo jody jordan kelly kim kris lee leslie lesley lindsay lindsey lou lynn marion michele morgan nicola pat peyton quinn riley robin rory sam sandy sasha shannon shelby sidney simone stacey stacy stevie sydney taylor terry toni tracey tracy val vivian'.split(' '),
);

/**
 * Of the people `ids`, those whose given name is of the sex `sex` says, by compromise's lists of female and male names
 * (`ofHonorificSex`), or else those whose given name is not of the other sex ('Bill' is in neither list: 'Hillary' is
 * the woman of 'Hillary Clinton' and 'Bill Clinton'); `ids` itself where none or all are.
 */
function ofSex(ids: Set<string>, sex: 'female' | 'male' | null, fullName: ReadonlyMap<string, string>, names?: NameFinderLexicons): Set<string> {
  if (!names?.femaleNames || !names.maleNames || sex === null) return ids;
  const [own, other] = sex === 'female' ? [names.femaleNames, names.maleNames] : [names.maleNames, names.femaleNames];
  const givenOf = (id: string) => (fullName.get(id) ?? '').split(' ')[0].toLowerCase();
  // (a woman's name of the list before a name of neither: the lists lack men's short names, 'Bill', 'Mitt', more than
  // women's; a man's before one of neither is no better than a guess, 'Jimbo' and 'Eric Fisher')
  const tests = sex === 'female' ? [(g: string) => own.has(g) && !other.has(g), (g: string) => !other.has(g)] : [(g: string) => !other.has(g)];
  for (const test of tests) {
    const kept = new Set<string>();
    for (const id of ids) if (test(givenOf(id))) kept.add(id);
    if (kept.size > 0 && kept.size < ids.size) return kept;
  }
  return ids;
}
const FEMALE_HONORIFIC = /^(?:Ms|Mrs|Miss|Mme|Madame|Dame)\.?$/;
const MALE_HONORIFIC = /^(?:Mr|Messrs)\.?$/;

/**
 * The sex a personal pronoun soon after a short name says, within its sentence and before any other capitalised word
 * (`before`: the sentence up to the name, `text` from the name's end to the sentence's): 'Clinton said she' a woman,
 * 'Romney said he' a man, 'the mantra of Clinton and her predecessors' a woman; null for none, or a capitalised word
 * first ('Clinton told Obama she').
 *
 *   pronounSex('', ' said she would run') = 'female'
 *   pronounSex('the mantra of ', ' and her predecessors') = 'female'
 *   pronounSex('', ' told Obama she would') = null
 */
export function pronounSex(before: string, text: string): 'female' | 'male' | null {
  // (the name the sentence's subject, or coordinated with the pronoun's possessive; not an object's, whose pronoun
  // after is the subject's as often, 'he did an imitation of Clinton's speeches', nor before a possessive, 'Trump's wife
  // plagiarized the first lady in her speech')
  if (!SUBJECT_BEFORE.test(before) && !AND_POSSESSIVE.test(text)) return null;
  const m = PRONOUN_AFTER.exec(text.slice(0, 48));
  return m === null ? null : /^(?:she|her|hers|herself)$/i.test(m[1]) ? 'female' : 'male';
}
const SUBJECT_BEFORE = /^\s*(?:["“'‘]\s*)?(?:(?:But|And|Then|Later|Now|Yet|So|Still|Meanwhile|However|Earlier),?\s+)?$/;
const AND_POSSESSIVE = /^\s+and\s+(?:her|his)\b/;
const PRONOUN_AFTER = /^(?!['’]s\b)[^\p{Lu}.;:!?"“”]*?\b(she|her|hers|herself|he|him|his|himself)\b/u;

/** the most ids a `resolve/ambiguous-short-name` note lists */
const LISTED_IDS = 5;

/**
 * The ids a short name could be, for its note: the first LISTED_IDS in code-unit order, then how many more.
 * All of them made the notes grow with the square of a document's people: a page of 37,000 made-up names,
 * many sharing a surname, had 35,000 notes of 1.4 kB each, 50 MB of its documents.json line.
 *
 *   listIds(new Set(['person:b', 'person:a'])) = 'person:a or person:b'
 *   listIds(ids of 8) = 'person:a or person:b or person:c or person:d or person:e (or 3 others)'
 */
export function listIds(ids: ReadonlySet<string>): string {
  const sorted = [...ids].sort();
  const shown = sorted.slice(0, LISTED_IDS).join(' or ');
  return sorted.length > LISTED_IDS ? `${shown} (or ${sorted.length - LISTED_IDS} others)` : shown;
}

// (an apostrophe after a name's one capital is inside the word: 'O'Sullivan', 'D'Alema' are one word each, where a
// possessive's is not: 'Aliyev's'; split there, 'O' of 'Eddie O'Sullivan' was the given-name key of every 'O'Gara')
const NAME_APOSTROPHE = /(^|[\s-])(\p{Lu})['’](?=\p{Lu})/gu;
/**
 * A name's words: its pieces between white space and apostrophes that have a letter, an apostrophe inside a name taken
 * out first (`NAME_APOSTROPHE`). What `.split(/[\s'’]+/u).filter(hasLetter)` gives, by a loop over the code units
 * (`unitFlags`' \s; no gap is a surrogate, so a unit's test is a code point's): it runs for every mention, and the
 * split's regex was most of its cost. (The replace only where there is an apostrophe; the words with a letter by
 * `hasLetter`, /\p{L}/u's answer without a regex per word.)
 *
 *   wordsOf("Eddie O'Sullivan's") = ['Eddie', 'OSullivan', 's']; wordsOf('Jose\nSarney') = ['Jose', 'Sarney']
 */
function wordsOf(name: string): string[] {
  const s = APOSTROPHE.test(name) ? name.replace(NAME_APOSTROPHE, '$1$2') : name;
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !isNameGap(s.charCodeAt(i))) continue;
    if (i > from) {
      const w = s.slice(from, i);
      if (hasLetter(w)) words.push(w);
    }
    from = i + 1;
  }
  return words;
}
const APOSTROPHE = /['’]/;
/** white space or an apostrophe: what parts a name's words (`wordsOf`) */
const isNameGap = (c: number) => c === 39 /* ' */ || c === 0x2019 /* ’ */ || (unitFlags(c) & UNIT_SPACE) !== 0;

/**
 * The short names a lone mention of the full name `n` may be, as `resolve` keys them: a person's name words
 * (`personKeys`) and its given name ('given Hillary' of 'Hillary Clinton'); an organisation's shorter names
 * (`orgKeys`, 'organization Magna' of 'Magna International Inc').
 */
function namesShortNames(type: 'person' | 'organization', n: string, names: NameFinderLexicons | undefined): string[] {
  const w = wordsOf(n);
  const short = type === 'person' ? personKeys(w, names) : names ? orgKeys(n.split(/\s+/), names).map((k) => `organization ${k}`) : [];
  // a person's given name too, for the name finder's lone given names ('Hillary' after 'Hillary Clinton'): its own key
  if (type === 'person' && w.length >= 2) short.push(`given ${w[0]}`);
  return short;
}

/**
 * `namesShortNames`, kept in `memo` by type and name for the document (a top-level function, not a closure made per
 * document: docs/ARCHITECTURE.md, why)
 */
function shortNamesOnce(memo: Map<string, readonly string[]>, type: 'person' | 'organization', n: string, names: NameFinderLexicons | undefined): readonly string[] {
  const memoKey = `${type}\t${n}`;
  let short = memo.get(memoKey);
  if (short === undefined) memo.set(memoKey, (short = namesShortNames(type, n, names)));
  return short;
}

/**
 * Whether a person's candidate names a relative of someone: a relative's word after a possessive right before the name,
 * a comma or a title between them too ('his wife Melania Trump', 'his wife, Annette Portvale', 'her brother, Dr. Harlan
 * Portvale', "Yeltsin's daughter Tatyana"), and up to two words in lower case between them ('his ex-model wife Annette
 * Portvale', 'his 62-year-old brother'; not 'and', 'or'): a looser test than the name finder's kin rules, which read
 * the words' tags (`kinModifiersStart`); here it only keeps a relative from being the last named of the surname.
 */
function relativeNamed(text: string, sentenceStart: number, c: Candidate): boolean {
  return RELATIVE_BEFORE.test(text.slice(Math.max(sentenceStart, c.start - 48), c.start));
}
const RELATIVE_BEFORE = new RegExp(`(?:\\b(?:[Hh]is|[Hh]er|[Tt]heir)|['’]s?)\\s+(?:(?!and\\b|or\\b)[\\p{Ll}\\d]+(?:-[\\p{Ll}\\d]+)*\\s+){0,2}(?:${KIN_WORDS.join('|')})\\s*,?\\s*(?:(?:Dr|Rev|Sir|Prof|Sen|Gen|Col|Capt|Mr|Mrs|Ms)\\.?\\s+|\\p{Lu}[\\p{L}.]*\\.\\s*)?$`, 'u');

/**
 * The resolve stage: the overlap rule, then document-level coreference (a
 * short name that ends a person's full name seen in the same document is that
 * person, the GATE OrthoMatcher idea, unless several people share it; an
 * organisation's name without its legal form is that organisation), roles,
 * and canonical ids.
 */
export function resolve(doc: TaggedDocument, ctx: ResolveContext): ResolvedDocument {
  const kept = filterOverlaps(doc.candidates, ctx.report, doc.toSource);
  // (each candidate's id once: an organisation's takes its shorter name, `orgKeys`)
  const entityIds = new Map<Candidate, string>();

  // people and organisations named in full in this document, by each of their shorter names
  const named = new Map<string, Set<string>>(); // short name (personKeys: a name word; orgKeys, after 'organization ') -> entity ids
  const fullName = new Map<string, string>();
  // the short names a lone mention of a mention's entity may be (of its full names: its entry's name and aliases, or its text)
  const keysOf = new Map<Candidate, string[]>();
  // a mention's role: its own, else a title right before it ('President Obama'); once per candidate
  const roles = new Map<Candidate, string | null>();
  const roleOf = (c: Candidate) => memoized(roles, c, candidateRole, { doc, roles: ctx.roles });
  // the offices the document gives each person it names in full ('first lady' of 'first lady Michelle Obama'), by id
  const officesOf = new Map<string, string[][]>();
  // the people the document names in full after 'Sir' or 'Dame', by id; the one-word names it writes after another
  // honorific ('Ms Lee')
  const knighted = new Set<string>();
  const honorificSurnames = new Set<string>();
  // (and the sexes of the honorifics it writes before each: 'Mr' and 'Mrs' before 'Zorvath', two people)
  const honorificSexes = new Map<string, Set<'female' | 'male'>>();
  // the short names of a full name (a pure function of the type and the name): once per name, not once per mention of
  // it ('Barack Obama' and his entry's aliases, at each of his twenty mentions)
  const shortOf = new Map<string, readonly string[]>();
  for (const c of kept) {
    if (c.type !== 'person' && c.type !== 'organization') continue;
    const id = memoized(entityIds, c, entityIdOf, ctx.names);
    const role = c.type === 'person' ? roleOf(c) : null;
    const office = officeWords(role);
    // (a knight's or a dame's, named in full after the title: 'Sir Edward Heath'; a surname alone after an honorific: 'Ms Lee')
    if (role !== null && KNIGHTHOOD.test(role) && /\s/u.test(c.name.trim())) knighted.add(id);
    else if (role !== null && isHonorific(role) && !KNIGHTHOOD.test(role) && !/\s/u.test(c.name.trim())) {
      honorificSurnames.add(c.name.trim());
      const sex = honorificSex(role);
      if (sex !== null) honorificSexes.set(c.name.trim(), (honorificSexes.get(c.name.trim()) ?? new Set()).add(sex));
    }
    if (office) {
      const known = officesOf.get(id);
      if (known) known.push(office);
      else officesOf.set(id, [office]);
    }
    const names = c.entries.length ? [c.entries[0].name, ...c.entries[0].aliases] : [c.name];
    // (an organisation's text too: the name finder's short names are of the text, 'Magna International Inc')
    if (c.type === 'organization' && c.entries.length) names.push(c.name);
    // (and a person's minted name, where it is other than the text: 'Pope Francis' of 'Francis', whose lone 'Francis'
    // later in the story is he, tag-entities.ts `regnalIds`)
    else if (c.type === 'person' && c.idName !== undefined && c.idName !== c.name) names.push(c.idName);
    const keys: string[] = [];
    for (const n of names) {
      for (const key of shortNamesOnce(shortOf, c.type, n, ctx.names)) {
        keys.push(key);
        if (!named.has(key)) named.set(key, new Set());
        named.get(key)!.add(id);
      }
    }
    // (a gazetteer organisation's text itself: a rule's organisation of that name elsewhere in the story is it, 'Ferrari
    // said …' beside a grid line's 'Ferrari', which the race-team rule had given an id of its own)
    if (c.type === 'organization' && c.entries.length) {
      const key = `organization ${singleSpaced(doc.clean.slice(c.start, c.end))}`;
      if (!named.has(key)) named.set(key, new Set());
      named.get(key)!.add(id);
    }
    keysOf.set(c, keys);
    // (the longest name of the id: 'Cyclops Corp', not the lone 'Cyclops' that shares its id without the legal form)
    const full = c.entries.length ? c.entries[0].name : (c.idName ?? singleSpaced(c.name));
    if ((fullName.get(id)?.length ?? -1) < full.length) fullName.set(id, full);
  }

  const initialOf = initialNames(fullName, named);

  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  // the person last named in full so far, by name word: where several people share a surname, a lone
  // surname is the one named last before it ('Melania Trump … Trump said'), else the first named after it
  const lastNamed = new Map<string, string>();
  // the candidates an ambiguous short name's note lists, by key (`named` is complete by now)
  const listed = new Map<string, string>();
  for (const c of kept) {
    let type = c.type;
    let id: string;
    let name: string;
    let source = c.source;
    let confidence = c.confidence;
    // a lone surname the name finder typed from this document's people is linked like an untyped one
    // (when several people share it, to the one named last before it, reported as ambiguous, like an untyped one)
    // (a lone given name the name finder typed is linked by the given-name key: 'Hillary' after 'Hillary Clinton')
    // (so is one another rule typed by its title or its context, 'Mr Blair', 'President Obama', 'Putin said he', where
    // the document names the person in full: it had been an id of its own, person:blair beside person:tony-blair, 3,388
    // mention rows of the 20 MB bench corpus)
    const words = wordsOf(c.name);
    const lone = words[0] ?? '';
    // (and a relative's lone given name, 'his wife Sharon' after 'Sharon Osbourne': the name finder's step 7b; and one
    // that owns what a person has, "Donald's campaign" after 'Donald Trump': step 12a''')
    // (and a knight's or a dame's given name after the title, as British usage names them, 'Sir Edward said' after 'Sir
    // Edward Heath', a knight or a dame named so in full first, `knighted`; and the name the document then writes alone,
    // 'Edward' by its consistency, where it is no one's surname after an honorific: not 'Lee' after 'Ms Lee' and 'Lee
    // Zorvath')
    const knight = c.source === 'rule:title-person' && KNIGHTHOOD.test(c.role ?? '');
    const consistent = c.source === 'rule:document-consistency' && c.type === 'person' && !honorificSurnames.has(lone);
    // (and a post header's writer, 'by Marie on July 7, 2012' over 'Written by Marie Zorvath': the name finder's step 7a')
    const givenRule = c.source === 'rule:document-person' || c.source === 'rule:kin' || c.source === 'rule:owner-person' || c.source === 'rule:byline' || knight || consistent;
    const given = givenRule && words.length === 1 && !named.has(lone) && named.has(`given ${lone}`) ? `given ${lone}` : undefined;
    const knights = given !== undefined && knight ? new Set([...named.get(given)!].filter((k) => knighted.has(k))) : undefined;
    // (a surname with its particle is one too: 'Mr. de Blasio' after 'Bill de Blasio', `particleSurname`)
    // (and so are a Spanish name's two surnames: 'Galvez Ruiz said' after 'Xochitl Galvez Ruiz', `personKeys`)
    const pair = words.length === 2 ? `${words[0]} ${words[1]}` : undefined;
    // (an untyped one too: 'and De Marigny then hit' after 'Roland de Marigny', the particle capitalised, no rule's)
    const particled = (c.type === 'person' || c.type === null) && words.length >= 2 ? (particleSurname(words) ?? (pair !== undefined && named.has(pair) ? pair : undefined)) : undefined;
    const loneSurname = c.type === 'person' && c.entries.length === 0 && c.idName === undefined && ((words.length === 1 && named.has(lone)) || (particled !== undefined && named.has(particled)));
    const docPerson = (c.source === 'rule:document-person' && (named.has(lone) || given !== undefined)) || (given !== undefined && givenRule) || loneSurname;
    // an organisation's shorter name: 'Magna' after 'Magna International Inc' (the name finder's document rule), or
    // 'Houston Industries' (its organisation-word rule) after 'Houston Industries Inc'
    // (a rule-found name on one line: 'Jose\nSarney' in a hard-wrapped story is 'Jose Sarney', as its entity's name and keys have it)
    const oneLine = singleSpaced(c.name);
    const orgIds = c.type === 'organization' && c.entries.length === 0 ? named.get(`organization ${oneLine}`) : undefined;
    // (not already that entity by that name: 'Cyclops' after 'Cyclops Corp' shares its id, organization:cyclops, but is
    // its shorter name)
    const ownId = orgIds === undefined ? undefined : memoized(entityIds, c, entityIdOf, ctx.names);
    const docOrg = ownId !== undefined && (!orgIds!.has(ownId) || fullName.get(ownId) !== oneLine);
    // coreference: 'Aliyev' after 'Ilham Aliyev' (the key and its people, read only for a name coreference may link)
    const linkable = type === null || docPerson || docOrg;
    const key = !linkable ? undefined : docOrg ? `organization ${oneLine}` : given ?? (words.length === 1 ? lone : particled);
    const all = key === undefined ? undefined : key === given && knights?.size ? knights : named.get(key);
    // (not a surname after an honorific of the other sex than every person of it the document names in full, where the
    // document writes it after an honorific of the sex of these too: 'Mrs Zorvath' beside 'Gregory Zorvath' alone and 'Mr
    // Zorvath' is a person of her own, his wife, `otherSex`; with 'Sandra Zorvath' too, she. The lists alone are no
    // proof: they have 'Bertie' and 'Dominique' a woman's name, 'Angel' a man's, which had parted 'Mr Ahern' from Bertie
    // Ahern, 'Mr Bussereau' from Dominique Bussereau and 'Ms Gambino' from Angel Gambino in BBC stories)
    const unlike = linkable && !docOrg && all !== undefined && key === lone && honorificSexes.get(lone)?.size === 2 && otherSex(all, roleOf(c), lone, fullName, ctx.names);
    if (linkable && !unlike) {
      if (!all || key === undefined) continue;
      // among several people named in full, a short name with an office before it is one who holds that office, or
      // else one who holds none the document gives: 'President Obama' after 'President Barack Obama and first lady
      // Michelle Obama' is not her (`holdingOffice`), and the lone name after it is then he ('Obama thanked the
      // teachers'). Not to part a short name from the one person named in full: people hold several offices ('Gen
      // Pervez Musharraf' is 'President Musharraf')
      const held = docOrg || all.size === 1 ? all : holdingOffice(all, officeWords(roleOf(c)), officesOf);
      // (and of those, one of the honorific's sex where the given names tell it: 'Ms. Holmes' after 'James Holmes' and
      // 'his mother, Arlene Holmes' is she, 'Mr. Holmes' he)
      // (and else of the sex a pronoun soon after it says: 'the mantra of Clinton and her predecessors' is she, not the
      // husband named last)
      let ids = held.size > 1 && !docOrg ? ofHonorificSex(held, roleOf(c), fullName, ctx.names) : held;
      if (ids.size > 1 && ids === held && !docOrg) ids = ofSex(held, pronounSex(doc.clean.slice(doc.sentences[c.sentence]?.start ?? c.start, c.start), doc.clean.slice(c.end, doc.sentences[c.sentence]?.end ?? c.end)), fullName, ctx.names);
      const last = lastNamed.get(key);
      id = last !== undefined && ids.has(last) ? last : ids.values().next().value!;
      if (ids !== all) lastNamed.set(key, id);
      if (ids.size > 1) {
        let candidates = ids === all ? listed.get(key) : undefined;
        if (candidates === undefined) {
          candidates = listIds(ids);
          if (ids === all) listed.set(key, candidates);
        }
        ctx.report.info('resolve/ambiguous-short-name', `"${c.name}" could be ${candidates}; linked to ${id}, ${id === last ? 'the last named before it' : 'the first named'}`, { span: doc.toSource.toOriginal(c) });
      }
      // a guess among several people: a lower confidence, so a table can be filtered on it. Such names were left
      // out until 2026-12-02; linking them gave CoNLL-2003, which scores type and span, not the link, 7 more
      // correct person mentions in eng.testa and 49 in eng.train, and no wrong one
      confidence = ids.size > 1 ? 0.6 : 0.8;
      type = docOrg ? 'organization' : 'person';
      name = fullName.get(id)!;
      source = 'coreference';
    } else {
      // (an untyped one too, the honorific's person: `unlike` is the one way an untyped candidate comes here, every other
      // one being `linkable`)
      type ??= 'person';
      id = c.type === null ? `person:${slugOf(c.idName ?? c.name)}` : memoized(entityIds, c, entityIdOf, ctx.names);
      // (a minted id's own name where the id is made of another: 'Donald Trump' for 'Donald J. Trump', so that the entity
      // table does not name two ids alike, 'Ahmad Khan Rahami' for person:ahmad-rahami and for person:ahmad-khan-rahami)
      name = c.entries.length ? c.entries[0].name : (c.idName ?? oneLine);
      // (an initial and a surname, the one person of that surname the document names in full with a given name of that
      // initial: 'A Zorvex' in a squad list is 'Anna Zorvex' of the story, `initialNames`)
      const whole = c.type === 'person' && c.entries.length === 0 ? initialOf.get(id) : undefined;
      if (whole !== undefined) [id, name, source, confidence] = [whole, fullName.get(whole)!, 'coreference', 0.8];
      // (not a relative named after the possessive of someone: 'Donald Trump arrived with his wife Melania Trump. Trump
      // said' is he, 'survived by his brother, Dr. Harlan Portvale' leaves 'Mr. Portvale' the man the obituary is of)
      if (!(c.type === 'person' && relativeNamed(doc.clean, doc.sentences[c.sentence]?.start ?? 0, c))) for (const key of keysOf.get(c) ?? []) lastNamed.set(key, id);
    }
    const span = doc.toSource.toOriginal(c);
    const role = type === 'person' ? roleOf(c) : c.role;
    mentions.push({
      start: span.start,
      end: span.end,
      text: doc.text.slice(span.start, span.end),
      sentence: c.sentence,
      type,
      entityId: id,
      name,
      role,
      source,
      confidence,
    });
    if (!entities.has(id)) {
      const e = c.entries[0];
      entities.set(
        id,
        e
          ? { id, type: e.type, name: e.name, aliases: e.aliases, country: e.country, wikidata: e.wikidata, geonames: e.geonames, lat: e.lat, lon: e.lon, population: e.population, description: e.description }
          : { id, type, name, aliases: [], ...(c.country ? { country: c.country } : {}) },
      );
    }
  }
  relinkCaps(mentions, entities);
  // an entity the rules named in capitals only where the document also writes it in mixed case takes that form: a
  // headline's 'ARNOLD PALMER', the body's 'Arnold Palmer'
  // (not an acronym: 'ICO' stays, though a writer has 'Ico')
  const caps = [...entities.values()].filter((e) => madeOfCaps(e) && !isAcronymName(e.name));
  if (caps.length > 0) {
    const upper = new Map(caps.map((e) => [e.id, e.name.toUpperCase()]));
    const better = new Map<string, string>();
    for (const m of mentions) {
      const u = upper.get(m.entityId);
      if (u === undefined || better.has(m.entityId) || !hasLower(m.text)) continue;
      const text = singleSpaced(m.text);
      if (text.toUpperCase() === u) better.set(m.entityId, text);
    }
    for (const [id, name] of better) entities.set(id, { ...entities.get(id)!, name });
    if (better.size > 0) for (let i = 0; i < mentions.length; i++) if (better.has(mentions[i].entityId)) mentions[i] = { ...mentions[i], name: better.get(mentions[i].entityId)! };
  }
  return { ...doc, mentions, entities };
}

// a name's initial: 'A', 'A.'
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The people the rules named by an initial and a surname ('A Zorvex', a squad list's or a referee's way) who are the one
 * person the document names in full with that surname and a given name of that initial ('Anna Zorvex'), by id (the
 * minted person:a-zorvex to Anna Zorvex's id); their ids leave the surname's key (`named`, changed in place), so that
 * the lone 'Zorvex' is she alone. None where two people of the surname have given names of that initial.
 */
function initialNames(fullName: ReadonlyMap<string, string>, named: Map<string, Set<string>>): Map<string, string> {
  const links = new Map<string, string>();
  for (const [id, full] of fullName) {
    const w = full.split(' ');
    if (w.length !== 2 || !INITIAL.test(w[0]) || !id.startsWith('person:')) continue;
    const fits = [...(named.get(w[1]) ?? [])].filter((o) => {
      const given = o === id ? undefined : fullName.get(o)?.split(' ');
      return given !== undefined && given.length >= 2 && given[given.length - 1] === w[1] && given[0][0] === w[0][0];
    });
    if (fits.length === 1) links.set(id, fits[0]);
  }
  if (links.size > 0)
    for (const ids of named.values())
      for (const [from, to] of links)
        if (ids.delete(from)) ids.add(to);
  return links;
}

/**
 * A mention in capitals whose entity the rules made of its text alone (no gazetteer entry, a name in capitals) is
 * the entity of the document's first other mention of the same words and type, where that one is another entity: a
 * headline's 'GENCORP' is the body's 'GenCorp', which coreference made GenCorp Inc; 'REAGAN' the body's 'Reagan',
 * Ronald Reagan; 'ICO' the body's 'ICO', the International Coffee Organization. (Before, each was an entity of its
 * own: 538 of the 2,679 mentions the name finder borrowed from a body into a headline of the 20 MB bench corpus.) An
 * entity no mention names any more is dropped. Mentions are changed in place.
 */
function relinkCaps(mentions: Mention[], entities: Map<string, Entity>): void {
  const capsOnly = (id: string) => {
    const e = entities.get(id);
    return e !== undefined && madeOfCaps(e);
  };
  if (!mentions.some((m) => !hasLower(m.text) && capsOnly(m.entityId))) return;
  // the first mention of each text (upper-cased, one-spaced) and type whose entity is not one made of capitals
  const target = new Map<string, Mention>();
  for (const m of mentions) {
    if (capsOnly(m.entityId)) continue;
    const key = `${m.type} ${singleSpaced(m.text).toUpperCase()}`;
    if (!target.has(key)) target.set(key, m);
  }
  const dropped = new Set<string>();
  // (the firms `firmOfPrefix` reads, made once where a mention first asks: the loop changes no mention they are made of)
  let prefixes: FirmPrefixes | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (hasLower(m.text) || !capsOnly(m.entityId)) continue;
    const t = target.get(`${m.type} ${singleSpaced(m.text).toUpperCase()}`) ?? (m.type === 'organization' ? firmOfPrefix((prefixes ??= firmPrefixes(mentions)), m) : undefined);
    if (!t || t.entityId === m.entityId) continue;
    dropped.add(m.entityId);
    mentions[i] = { ...m, entityId: t.entityId, name: t.name };
  }
  for (const id of dropped) if (!mentions.some((m) => m.entityId === id)) entities.delete(id);
}

/**
 * The document's firms named with a legal form in small letters, by their first word in capitals (their mentions in
 * order, the text in capitals), and the first start of each text in capitals after the headline (`firmOfPrefix`)
 */
interface FirmPrefixes {
  firms: Map<string, { upper: string; m: Mention }[]>;
  capsStarts: Map<string, number>;
}
function firmPrefixes(mentions: readonly Mention[]): FirmPrefixes {
  const firms = new Map<string, { upper: string; m: Mention }[]>();
  const capsStarts = new Map<string, number>();
  for (const o of mentions) {
    if (!hasLower(o.text)) {
      if (o.sentence > 0) {
        const upper = singleSpaced(o.text).toUpperCase();
        if (o.start < (capsStarts.get(upper) ?? Infinity)) capsStarts.set(upper, o.start);
      }
      continue;
    }
    if (o.type !== 'organization') continue;
    const text = singleSpaced(o.text);
    if (!isLegalForm(text.slice(text.lastIndexOf(' ') + 1))) continue;
    const upper = text.toUpperCase();
    const first = upper.split(' ', 1)[0];
    const list = firms.get(first);
    if (list) list.push({ upper, m: o });
    else firms.set(first, [{ upper, m: o }]);
  }
  return { firms, capsStarts };
}

/**
 * The one firm the document names with a legal form whose name opens with the words of `m`, an organisation in capitals
 * the body never writes as it stands ('ZORVEX ASSOCIATES' of a headline over the body's 'Zorvex
 * Associates Inc', 'ZORVEX OIL' over 'Zorvex Oil and Gas Ltd'): its first mention, or none where several firms do,
 * the mention's own entity among them ('ZORVEX OIL UNIT'S' over 'Zorvex Oil Credit Corp' and 'Zorvex Oil Inc', a parent
 * and its unit; or the story's own name in capitals before the firm)
 */
function firmOfPrefix(prefixes: FirmPrefixes, m: Mention): Mention | undefined {
  const words = singleSpaced(m.text).toUpperCase();
  let found: Mention | undefined;
  for (const { upper, m: o } of prefixes.firms.get(words.split(' ', 1)[0]) ?? []) {
    if (!upper.startsWith(`${words} `)) continue;
    if (found && found.entityId !== o.entityId) return undefined;
    found ??= o;
  }
  // (nor where the body writes the words in capitals before the firm, a name of their own: 'ZORVEX said it formed Zorvex
  // Hotel Partners LP', the parent and its partnership)
  if (found && (prefixes.capsStarts.get(words) ?? Infinity) < found.start) return undefined;
  return found;
}

/** An entity the rules made of a name in capitals: no gazetteer entry (no ids, no aliases), no small letter in its name. */
const madeOfCaps = (e: Entity) => !hasLower(e.name) && !e.wikidata && !e.geonames && e.aliases.length === 0;
