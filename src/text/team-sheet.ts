/**
 * A team sheet: the line of a match report that lists a side's players, commas or semicolons between them, as British
 * and Irish outlets print them under the report (no library reads these; the shape is simple and the cleaner and the
 * name finder must agree on it, so both call this):
 *
 *   'Dudek, Finnan, Carragher, Traore (Biscan 67), Luis Garcia, Kewell (Nunez 56), Morientes (Baros 74).'
 *   'J Robinson (capt); M Cueto, J Noon, O Barkley.'
 *   'Subs Not Used: Pellegrino, Carson.'
 *   'Replacements: R Russell, B Douglas, N Hines, J Dunbar, M Blair.'
 *
 * Each entry is a name of one to four words (an initial, a particle, an apostrophe or a hyphen inside:
 * 'S Easterby', 'De Zeeuw', "O'Driscoll", 'Owusu-Abeyie'), perhaps with a substitute and his minute in brackets after
 * it ('(Biscan 67)') or a captain's mark ('(capt)'). What tells a team sheet from any list of capitalised words (a
 * menu's 'News, Blogs, Video, Community', a list of countries) is one of: a substitute and his minute (up to 120, each
 * substitute once) or a captain's mark in brackets in a list of eight entries or more, a substitutes' label ('Subs',
 * 'Substitutes', 'Replacements', 'Bench'), or seven entries or more each one initial and a surname, a sheet's way
 * with names. (The name finder asks more: few of the names a gazetteer's places or organisations.) Returns the
 * spans of the players' names (the substitutes' too), offsets into `text`, and the span of the side's name where a
 * label gives one ('Man City: James, Mills, …'; not a substitutes' label), or null.
 */
export function teamSheetNames(text: string): { names: Span[]; side: Span | null } | null {
  // (cheap tests first: most lines have few commas or many small letters between them)
  if (text.length > 600 || text.length < 12) return null;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) commas++;
  }
  if (commas === 0) return null;
  const label = LABEL.exec(text);
  const subsLabel = label !== null && SUBS_LABEL.test(label[1]);
  if (commas < (subsLabel ? 1 : 3)) return null;
  const from = label ? label[0].length : 0;
  const end = listEnd(text, from);
  const names: Span[] = [];
  let subs = 0;
  let initials = 0;
  let entries = 0;
  const subNames = new Set<string>();
  ENTRY_SPLIT.lastIndex = from;
  let at = from;
  for (;;) {
    const m = ENTRY_SPLIT.exec(text);
    const stop = m && m.index < end ? m.index : end;
    const entry = text.slice(at, stop);
    const e = ENTRY.exec(entry);
    if (!e) return null;
    entries++;
    const lead = entry.indexOf(e[1]);
    names.push({ start: at + lead, end: at + lead + e[1].length });
    if (INITIAL_NAME.test(e[1])) initials++;
    if (e[2] !== undefined) subs++;
    // (a substitute's minute is a match's, and one name a substitute once: not 'Tesco (Retail 12), Next (Retail 9)',
    // 'Apple (AAPL 150)')
    if (e[4] !== undefined && (Number(e[4]) > 120 || subNames.has(e[3]))) return null;
    if (e[3] !== undefined) {
      subNames.add(e[3]);
      const sub = entry.indexOf(e[3], lead + e[1].length);
      names.push({ start: at + sub, end: at + sub + e[3].length });
    }
    if (stop === end) break;
    at = m!.index + m![0].length;
  }
  // (a side's sheet has eleven entries or fifteen, a rugby side's replacements seven: not a list of four risers,
  // 'Tesco (Retail 12), …', 'J Sainsbury, W H Smith, …')
  if (!((subs > 0 && entries >= 8) || (subsLabel && entries >= 2) || (initials === entries && entries >= 7))) return null;
  const lead = label ? label[0].indexOf(label[1]) : 0;
  return { names, side: label && !subsLabel ? { start: lead, end: lead + label[1].length } : null };
}

/** where a list's last entry ends: before its closing full stops and spaces */
function listEnd(text: string, from: number): number {
  let end = text.length;
  while (end > from && (text[end - 1] === '.' || text[end - 1] === ' ')) end--;
  return end;
}

interface Span {
  start: number;
  end: number;
}

// a word of a name: capitalised, letters, an apostrophe or a hyphen inside ("O'Driscoll", 'Owusu-Abeyie', 'McNamee'),
// or an initial with its stop or without ('S Easterby', 'R. Smith')
const WORD = String.raw`(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*|\p{Lu}\.?)`;
// a particle inside a name in lower case: 'van Persie', 'de Zeeuw'
const PARTICLE = String.raw`(?:(?:de|da|del|dal|della|van|von|der|den|di|du|le|la|dos)\s)`;
const NAME = String.raw`(?:(?:${PARTICLE}?${WORD}\s){0,3}${PARTICLE}?${WORD})`;
/** one entry: a name (1), and in brackets (2) a substitute's name (3) and minute (4), or a captain's mark */
const ENTRY = new RegExp(String.raw`^\s*(${NAME})(\s*\((?:(${NAME})\s+(\d{1,3})(?:\+\d{1,2})?'?|capt\.?|c|captain|vc)\))?\s*$`, 'u');
const ENTRY_SPLIT = /\s*[,;]\s*/g;
/** a label before the list: 'Subs Not Used:', 'Replacements:', 'Liverpool:' */
const LABEL = /^\s*(\p{Lu}[\p{L} .'’-]{0,30}?)\s*:\s*/u;
const SUBS_LABEL = /^(?:subs?|substitutes|replacements|bench|unused subs?)\b/i;
// (one initial and a surname: 'S Easterby', not a firm's 'W H Smith')
const INITIAL_NAME = /^\p{Lu}\.?\s\p{Lu}[\p{Ll}'’]/u;

/**
 * A list of people's names under a label, commas between them, as a story prints a panel, a roster or signatories
 * ('Colorado: Ryan Call, Laura Carno, Matt Chandler, Dennis K. Baxley, Francis X. De Luca, …'): eight entries or more,
 * each two to four capitalised words or initials (a particle inside: 'De Luca', 'van Dijk'), 'and' before the last.
 * Not a menu's or a tag cloud's single words ('News, Blogs, Video'). The cleaner keeps such a line as the article's
 * where it stands under it (`teamSheets` in clean/classify.ts); the name finder reads its names as any names (no
 * type forced: a list of towns is one too).
 */
export function isNameList(text: string): boolean {
  if (text.length > 2000 || text.length < 40) return false;
  const label = LABEL.exec(text);
  // (a page's list of topics or stories is none: 'Trending Now: Supreme Court Ruling, Election Results, …')
  if (label && NAV_LABEL.test(label[1])) return false;
  const from = label ? label[0].length : 0;
  const items = text.slice(from, listEnd(text, from)).split(LIST_SPLIT);
  return items.length >= 8 && items.every((i) => LIST_ENTRY.test(i));
}
// a word of a listed name: capitalised, an initial, two capitals ('JP'), a prefix's capital inside ('McNamee', 'DiGiorgio')
const LIST_WORD = String.raw`(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}\.|\p{Lu}\.\p{Lu}\.|\p{Lu}{2}|\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}+)`;
const LIST_ENTRY = new RegExp(String.raw`^(?:${LIST_WORD}\s(?:(?:de|van|von|der|da|del|la|le)\s)?){1,3}${LIST_WORD}$`, 'u');
const NAV_LABEL = /^(?:trending|more|related|topics?|tags?|popular|latest|recent|see also|read more|most|top|categories|filed|also)\b/i;
const LIST_SPLIT = /\s*,\s*(?:and\s+)?|\s+and\s+/;

/**
 * A squad list: players each followed by his club in brackets, commas or semicolons between them, as a sports report
 * prints a side's squad under it ('J Marlow (Port Vale, capt); R Quennell (Kellmore Rovers), …', 'Backs: Tom Pesce
 * (Dunmore Rugby), … Forwards: Jan Lykke (captain, Whitlow Saints), …'): four entries or more, each a name of one to
 * four words (`NAME`, as a team sheet's) and in brackets one to four capitalised words, a captain's mark before or after
 * them; a label before any entry (`entries`: how many at least, four unless the caller knows the document has a list). What the brackets hold is a club's name, of two words too (a town's and a nickname),
 * which the words around a name in brackets cannot tell (`teamContext` reads one name and a ')' after it). Returns the
 * spans of the players' names and of their clubs, offsets into `text`, or null. (The name finder asks a sports report,
 * and reads a country in brackets as the player's nationality: a list of authors' countries is one too.)
 */
export function squadListNames(text: string, entries = 4): { names: Span[]; clubs: Span[] } | null {
  // (cheap tests first: a list of four entries has four brackets)
  if (text.length > 3000 || text.length < 6 * entries) return null;
  let open = 0;
  for (let i = 0; i < text.length && open < entries; i++) if (text.charCodeAt(i) === 40) open++;
  if (open < entries) return null;
  const names: Span[] = [];
  const clubs: Span[] = [];
  SQUAD_ENTRY.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    const m = SQUAD_ENTRY.exec(text);
    if (!m) break;
    const name = text.indexOf(m[1], at + (m[0].length - m[0].trimStart().length));
    names.push({ start: name, end: name + m[1].length });
    const club = text.indexOf(m[2], name + m[1].length);
    clubs.push({ start: club, end: club + m[2].length });
    at = SQUAD_ENTRY.lastIndex;
  }
  if (!/^[\s.]*$/.test(text.slice(at)) || names.length < entries) return null;
  return { names, clubs };
}
/** a club's name in brackets: capitalised words, an apostrophe or a hyphen inside ("L'Aquila", 'The Borders'), 'and', 'with' or 'of' between two ('Dunmore and Zorvex Harriers') */
const CLUB = String.raw`\p{Lu}[\p{L}'’-]*(?:\s(?:(?:and|with|of)\s)?\p{Lu}[\p{L}'’-]*){0,4}`;
const MARK = String.raw`(?:capt\.?|captain|vc|c)`;
/** one entry of a squad list, sticky: a label (perhaps), the player's name (1), his club (2) in brackets, a separator */
const SQUAD_ENTRY = new RegExp(
  String.raw`\s*(?:(?:and\s+)?|\p{Lu}[\p{L} .'’-]{0,30}?\s*:\s*)(${NAME})\s*\(\s*(?:${MARK}\s*,\s*)?(${CLUB})(?:\s*,\s*${MARK})?\s*\)\s*(?:[,;]|\.(?=\s+\p{Lu}[\p{L} ]{0,30}:)|(?=\s|\.?$))`,
  'uy',
);
