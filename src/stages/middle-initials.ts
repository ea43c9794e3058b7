import type { Candidate } from '../model/candidate.js';
import type { SplitDocument } from '../model/document.js';
import type { AliasHit } from '../gazetteer/matcher.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import type { Reporter } from '../diagnostics/diagnostic.js';

/**
 * One person with or without a middle initial. News writes 'Donald J. Trump' in one story and 'Donald Trump' in the
 * next, 'Barack H Obama', 'Ivan F. Boesky' and 'Ivan Boesky': the rules minted an id of each form
 * (person:donald-j-trump, person:donald-trump), so an analyst counting one man's mentions found them under two ids,
 * and a lone 'Trump' in a story naming both forms was ambiguous. Here a person the rules found whose middle words are
 * all initials gets the id of the name without them, unless a gazetteer's person of that name has other middle
 * initials ('George W. Bush' stays apart from the gazetteer's George Bush, George H. W. Bush); a gazetteer's person of
 * that name whose names fit them (or say nothing of a middle name) is the person ('Barack H Obama' is Barack Obama,
 * whose alias is 'Barack Hussein Obama'). A middle name in full goes only within a document that also writes the name
 * without it (`linkMiddleNames`): across documents it may be a second given name or part of a double surname that tells
 * two people apart.
 */

/** a middle initial: 'J.', 'J', or several run together, 'H.W.' */
const INITIAL_WORD = /^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,})$/u;
/**
 * a word of a name in full: a capital, then a small letter ('Donald', "O'Neill", 'McCain'; not 'J.', 'X'), or two
 * capitals or more, a byline's in capitals ('BRIAN X. CHEN' is Brian Chen, as 'Brian X. Chen')
 */
const FULL_WORD = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}\p{Ll}|\p{Lu}+$)/u;
/** what may follow a surname: 'Donald Trump Jr.', 'Martin Luther King III' */
const SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);
/** Is `word` what may follow a surname ('Jr.', 'III')? */
export const isNameSuffix = (word: string) => SUFFIXES.has(word);

/** A name's parts: its given name, its middle words, and the rest (surname and suffix). */
interface NameParts {
  readonly first: string;
  readonly middle: readonly string[];
  readonly rest: readonly string[];
}

function nameParts(name: string): NameParts | null {
  const words = name.split(/\s+/).filter((w) => w !== '');
  let last = words.length - 1;
  if (last >= 1 && SUFFIXES.has(words[last])) last--;
  if (last < 1) return null;
  return { first: words[0], middle: words.slice(1, last), rest: words.slice(last) };
}

/** The name without its middle words: 'Donald J. Trump Jr.' -> 'Donald Trump Jr.' */
const withoutMiddle = (p: NameParts) => [p.first, ...p.rest].join(' ');

/** The first letters of middle words: 'J.' -> 'J', 'H. W.' and 'H.W.' and 'Herbert Walker' -> 'HW'. */
const initialsOf = (middle: readonly string[]) => middle.map((w) => (INITIAL_WORD.test(w) ? w.replace(/\./g, '') : w[0])).join('');

/**
 * The name without its middle initials, and the initials, or null when it has none or is not a given name in full,
 * initials and a surname in full:
 *
 *   withoutMiddleInitials('Donald J. Trump')     = { name: 'Donald Trump', initials: 'J' }
 *   withoutMiddleInitials('George H. W. Bush')   = { name: 'George Bush', initials: 'HW' }
 *   withoutMiddleInitials('Donald J. Trump Jr.') = { name: 'Donald Trump Jr.', initials: 'J' }
 *   withoutMiddleInitials('J. R. R. Tolkien')    = null (no given name in full)
 *   withoutMiddleInitials('Donald John Trump')   = null (a middle name in full)
 */
export function withoutMiddleInitials(name: string): { readonly name: string; readonly initials: string } | null {
  const p = nameParts(name);
  if (!p || p.middle.length === 0 || !FULL_WORD.test(p.first) || p.first.endsWith('.') || !FULL_WORD.test(p.rest[0])) return null;
  if (!p.middle.every((w) => INITIAL_WORD.test(w))) return null;
  return { name: withoutMiddle(p), initials: initialsOf(p.middle) };
}

/**
 * Whether a gazetteer's person fits a name's middle initials: 'fits' when one of its names has the same given name,
 * surname and middle initials ('Barack Hussein Obama' for 'Barack H Obama'), 'differs' when its names of that given
 * name and surname have other middle words only ('George H. W. Bush' for 'George W. Bush'), else 'silent'.
 */
export function middleFit(entry: GazetteerEntry, name: string, initials: string): 'fits' | 'differs' | 'silent' {
  const ours = nameParts(name)!;
  let differs = false;
  for (const n of [entry.name, ...entry.aliases]) {
    const p = nameParts(n);
    if (!p || p.middle.length === 0 || withoutMiddle(p) !== withoutMiddle(ours)) continue;
    if (initialsOf(p.middle) === initials) return 'fits';
    differs = true;
  }
  return differs ? 'differs' : 'silent';
}

/**
 * The rules' persons with middle initials: linked to the gazetteer's person of the name without them when that one fits
 * (`middleFit`), else given that name for their minted id (`Candidate.idName`) when no gazetteer's person has it; left
 * as they are when one differs or several share it. `lookup` gives the gazetteer entries of a name or alias
 * (`GazetteerMatcher.exactHits`).
 */
export function linkMiddleInitials(rules: readonly Candidate[], lookup: (name: string) => readonly AliasHit[], doc: SplitDocument, report?: Reporter): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < rules.length; i++) {
    const c = rules[i];
    if (c.type !== 'person' || c.entries.length > 0) continue;
    const bare = withoutMiddleInitials(c.name);
    if (!bare) continue;
    const people = lookup(bare.name).filter((h) => h.entry.type === 'person');
    let linked: Candidate | undefined;
    if (people.length === 0) linked = { ...c, idName: bare.name };
    else {
      const fits = people.map((h) => middleFit(h.entry, c.name, bare.initials));
      const fitting = people.filter((_, k) => fits[k] === 'fits');
      const entry = fitting.length === 1 ? fitting[0].entry : people.length === 1 && fits[0] === 'silent' ? people[0].entry : undefined;
      if (entry) {
        linked = { ...c, entries: [entry] };
        report?.info('tag/middle-initial', `${JSON.stringify(c.name)}, a person the rules found, is ${entry.id} (${entry.name}), the gazetteer's person of the name without its middle initials`, { span: doc.toSource.toOriginal(c) });
      }
    }
    if (linked) (out ??= rules.slice())[i] = linked;
  }
  return out ?? (rules as Candidate[]);
}

/**
 * A person the rules found with a middle name in full is, in a document that also names them without it, the person of
 * the shorter name: 'Ahmad Khan Rahami' and 'Ahmad Rahami', 'Keith Lamont Scott' and 'Keith Scott', 'Donald John Trump'
 * and 'Donald Trump' are one id each (the shorter name's, `Candidate.idName`: the form other documents write most).
 * Within one document only: across documents a middle name may tell two people apart. Gazetteer people keep their
 * entries ('Jerry Lee Lewis' is not Jerry Lewis, both WordNet's).
 */
export function linkMiddleNames(rules: readonly Candidate[]): Candidate[] {
  const short = new Set<string>();
  for (const c of rules) {
    if (c.type !== 'person' || c.entries.length > 0) continue;
    const p = nameParts(c.idName ?? c.name);
    if (p && p.middle.length === 0 && FULL_WORD.test(p.first)) short.add(withoutMiddle(p));
  }
  if (short.size === 0) return rules as Candidate[];
  let out: Candidate[] | undefined;
  for (let i = 0; i < rules.length; i++) {
    const c = rules[i];
    if (c.type !== 'person' || c.entries.length > 0 || c.idName !== undefined) continue;
    const p = nameParts(c.name);
    if (!p || p.middle.length === 0 || !p.middle.every((w) => FULL_WORD.test(w))) continue;
    const key = withoutMiddle(p);
    if (short.has(key)) (out ??= rules.slice())[i] = { ...c, idName: key };
  }
  return out ?? (rules as Candidate[]);
}
