import type { SplitDocument, Sentence } from '../model/document.js';
import type { Candidate } from '../model/candidate.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import type { GazetteerMatcher, AliasHit } from '../gazetteer/matcher.js';
import type { GazetteerEntry } from '../gazetteer/types.js';
import { tokenize, isAllCaps, type MatchToken } from '../text/tokenize.js';
import { linkMiddleInitials, linkMiddleNames } from './middle-initials.js';
import { thinPlaces } from './thin-places.js';
import { countryBodies } from './country-bodies.js';
import { chooseEntries, countryOf, disambiguateCandidates, gazetteerSource, kindCue, linkContextPlaces, placePrepositionBefore, regionsAfterLinkedTowns, remoteTowns, SurnameTest, withEntries } from '../gazetteer/disambiguate.js';
import { AFTER_PLACE_SOURCE, LONE_SURNAME_SOURCE, TERM_SOURCE, VESSEL_PREFIXES, CAR_MAKES, bodyHeadOrTitle, cap, findNames, isTitleWord, idKey, isCompetitionLeague, initialsOf, isCommaLegalForm, isEventWord, isGivenName, isLegalForm, isListed, isLineOfBusinessWord, isMonthOrDay, namedOrgInitials, orgKeys, withoutLegalForm, type NameFinderLexicons } from './find-names.js';
import { hasLetter, hasLower, hasWord, isLetterUnit, singleSpaced } from '../text/chars.js';
import { BmpRegExp } from '../text/bmp-regexp.js';
import { datelinePlaceEnd } from './clean/metadata.js';
import { FUNCTION_WORDS } from './clean/lines.js';
import { commonTag, isCommonWord, isInflecting, isLowerCaseNoun } from '../nlp/wink.js';

export interface TagContext {
  readonly report: Reporter;
  readonly matcher: GazetteerMatcher;
  readonly lexicons: NameFinderLexicons;
  /** a trained name tagger (`--model`): it takes the gazetteer and rule candidates as evidence and decides */
  readonly model?: { candidates(doc: SplitDocument, gazetteer: readonly Candidate[], rules: readonly Candidate[]): Candidate[] };
}

export interface TaggedDocument extends SplitDocument {
  readonly candidates: readonly Candidate[];
}

/** An acronym written as a word ('Cats', 'Marta') that is an English word (or its plural) or a given name instead. */
function wordNotAcronym(word: string, names: NameFinderLexicons | undefined): boolean {
  const lower = word.toLowerCase();
  return isInflecting(lower) || (lower.endsWith('s') && isCommonWord(lower.slice(0, -1))) || (names !== undefined && isGivenName(word, names));
}

/**
 * ALL-CAPS context: a headline or line written in capitals (most words ALL
 * CAPS), or the ALL-CAPS place that opens a dateline (`BAKU, Azerbaijan`;
 * `TORONTO (AP) -` after a web page's menus too: `datelinePlaceEnd`).
 */
function capsContext(text: string, tokens: readonly MatchToken[], s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!hasLetter(t.text)) continue;
    words++;
    if (isAllCaps(t.text)) caps++;
  }
  if (words === 0) return false;
  if (words >= 3 && caps / words >= 0.6) return true;
  return s.zone === 'meta' || s.index === 0 || datelineOpening(tokens, s) || datelinePlaceEnd(text, tokens, 0, tokens.length, s.end, isAllCaps) > 0;
}

/**
 * A dateline opening one of the first sentences: words in capitals, then a comma ('WILMINGTON, Del., March 2 -',
 * 'KING OF PRUSSIA, Pa.') or a dash apart from them ('NAIROBI — Kenya's electoral commission'), the place a wire story
 * was filed from, in a sentence of its own or not.
 */
function datelineOpening(tokens: readonly MatchToken[], s: Sentence): boolean {
  if (s.index > 3) return false;
  let k = 0;
  while (k < tokens.length && k < 6 && hasLetter(tokens[k].text) && isAllCaps(tokens[k].text)) k++;
  const after = tokens[k];
  return k > 0 && after !== undefined && (after.text === ',' || (DATELINE_DASHES.has(after.text) && after.start > tokens[k - 1].end));
}
const DATELINE_DASHES = new Set(['-', '--', '–', '—']);

/**
 * Orders entries sharing an alias (context-free; `disambiguateCandidates` re-ranks with the document's places).
 * The matcher gives every match of one key the same hit list, so the ranking is computed once per list
 * (the candidates share the ranked array, which nothing modifies).
 */
const ranked = new WeakMap<readonly AliasHit[], readonly GazetteerEntry[]>();
function rankHits(hits: readonly AliasHit[]): readonly GazetteerEntry[] {
  let entries = ranked.get(hits);
  if (!entries) ranked.set(hits, (entries = chooseEntries(hits).entries));
  return entries;
}

const isAreaKind = (kind: string | undefined) => kind === 'country' || kind === 'region' || kind === 'area';

/** a credit rating's letters ('AA', 'BBB', 'Baa'), and its notch right after them ('+', '-', not a hyphenated word's) */
const RATING = /^(?:A{1,3}|B{1,3}|C{1,3}|Aa|Baa|Ba|Caa)$/;
const RATING_NOTCH = /^[+-](?![\p{L}\d])/u;

/**
 * Gazetteer matching: at every token of every sentence, the longest alias
 * starting there in each applicable case mode (exact, ALL-CAPS, folded).
 * Overlaps between the candidates are settled later, in `resolve`.
 */
export function matchGazetteers(doc: SplitDocument, matcher: GazetteerMatcher, names?: NameFinderLexicons): Candidate[] {
  const out: Candidate[] = [];
  // ALL-CAPS words that are a generated gazetteer's town only where the document names the town otherwise (`capsWord`)
  let unconfirmed: Set<Candidate> | undefined;
  // (the tokens' hashes, one array for the document's sentences: `tokenHashes`)
  let hashes: Int32Array | undefined;
  for (const s of doc.sentences) {
    const tokens = tokenize(doc.clean, s.start, s.end);
    if (tokens.length === 0) continue;
    // (whether the sentence is ALL-CAPS context, asked at the first word in capitals: `matchAt` reads it only for a word
    // in capitals, so it is passed as false for any other word, and a sentence without one never asks)
    let caps: boolean | undefined;
    hashes = matcher.tokenHashes(tokens, hashes);
    // names starting before this token are none: inside the event name a place opened ('U.S. Open'), or inside a
    // person's alias whose title was cut ('Carter's', a brand, of 'President Carter's')
    let skipUntil = -1;
    // (whether the sentence is a headline in title case, asked only by `nounBeforePlace`'s rule)
    let titleCase: boolean | undefined;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].joiner || !hasWord(tokens[i].text)) continue;
      const capsHere = isAllCaps(tokens[i].text) && (caps ??= capsContext(doc.clean, tokens, s));
      for (const m of matcher.matchAt(tokens, i, tokens.length, capsHere, hashes)) {
        const entries = rankHits(m.hits);
        // a common-word name (`Trend`, `Total`) opening a sentence, or a dateline's or a quotation's words ('NEW YORK,
        // March 3 - Total copper stocks'), counts only when it is the whole sentence; its longer aliases count anywhere
        // ('Trend News Agency reported', 'Royal Dutch Shell said'); an organisation's in capitals is confirmed below instead
        const best = entries[0];
        const capsOrg = m.mode === 'upper' && best.type === 'organization';
        const commonWord = best.commonWord && m.to - m.from === 1; // the one-word name, not a longer alias
        // (an organisation's that owns something opening it counts: "Apple's Tim Cook", "Shell's profits"; so does one that
        // speaks, as a common word does not: 'Apple said on Monday', 'Shell announced')
        // (unless the document names the entry elsewhere, where case tells: 'Shanghai' opening a sentence after 'in
        // Shanghai' is the city, not the verb, as 'Berlin' is no carriage: `opening`, confirmed below)
        const opening = commonWord && !capsOrg && (i === 0 || OPENS_WORDS.has(tokens[i - 1].text)) && !(best.type === 'organization' && (possessiveAt(tokens, m.to) || ORG_SPEAKS_AFTER.test(tokens[m.to]?.text ?? '') || (ORG_PLURAL_VERB_AFTER.test(tokens[m.to]?.text ?? '') && !tokens[m.from].text.endsWith('s')) || memberAfter(tokens, m.to, names))) && tokens.slice(m.to).some((t) => hasWord(t.text));
        if (commonWord && best.type === 'organization' && m.mode === 'exact' && otherThanTheFirm(tokens, m.from, m.to, names)) continue;
        // (so is a brand index's one-word firm named as people are, a listed surname or given name, beside another
        // capitalised word, or one a hyphen joins: a word of a person's name most often, which the name finder reads:
        // 'Sramana Mitra', 'Haje Jan Kamps', 'The Alan Clark Diaries', 'JPR Williams', 'Ye Shiwen', 'Day-Lewis' had
        // been firms; not a car maker's before its model, 'Honda Civic')
        if (best.type === 'organization' && best.tier === 'generated' && m.to - m.from === 1 && m.mode === 'exact' && names !== undefined && personWord(tokens[m.from].text, names) && !CAR_MAKES.has(tokens[m.from].text) && besideName(tokens, m.from, names)) continue;
        // (a person's name before a capitalised word of a thing named after them is that thing's: 'the Benny Hill Show',
        // 'the Princess of Wales Theatre', 'the Jesse Owens Award', 'the Adam Smith Lecture')
        // (nor any shorter name inside the thing's: 'Wales', 'Shakespeare' a brand's)
        if (best.type === 'person' && NAMED_AFTER_PERSON.has(tokens[m.to]?.text ?? '')) {
          skipUntil = Math.max(skipUntil, m.to + 1);
          continue;
        }
        // (a paper's name of 'The' and a people's word, before a noun or an adjective in lower case, is the people's
        // adjective opening a sentence: 'The Hindu community protested', 'The Hindu nationalist party', not the paper, as
        // 'The Hindu reported' is)
        if (best.type === 'organization' && m.to - m.from === 2 && tokens[m.from].text === 'The' && (i === 0 || OPENS_WORDS.has(tokens[i - 1].text)) && (qualifiesNoun(tokens, m.to) || commonTag(tokens[m.to]?.text ?? '') === 'ADJ') && !MEDIA_NOUNS.has(tokens[m.to]?.text ?? '') && matcher.exactHits(tokens[m.from + 1].text).some((h) => h.entry.type === 'norp')) continue;
        // a sea's or a region's one-word name that is an adjective too, before a noun in lower case, is the adjective:
        // 'Arctic island', 'Baltic state', 'Mediterranean island' (CoNLL-2003's MISC; not a name that is no adjective,
        // 'Stansted airport', nor a country's or a town's: 'Kenya police' stays)
        // (nor beside a capitalised word but a compass point's before it, a name of its own: 'CITIC Pacific', 'Pacific
        // Assault', 'Atlantic Records', not 'South Pacific'; nor after a time of day, a time zone: '2 p.m. Pacific')
        if (best.type === 'place' && best.kind === 'area' && m.to - m.from === 1 && m.mode === 'exact' && adjectiveUse(doc.clean, tokens, m.from)) continue;
        // an acronym written as a word ('Nato', 'Opec') that is an English word or a given name too is that: 'Cats' is no
        // CATS (a transit system's), 'Care' no CARE (what wink-nlp's lexicon inflects, 'cats', 'care', or a plural of its words, 'Cabs';
        // not 'nato', 'opec'), the footballer 'Marta' no MARTA (Atlanta's transit authority)
        if (m.mode === 'word' && wordNotAcronym(tokens[m.from].text, names)) continue;
        const start = tokens[m.from].start;
        const end = tokens[m.to - 1].end;
        // a state's two initials ('N.J.') before a capitalised word, not after a city and comma, are a person's or a
        // firm's: 'secretary N.J. Bose', 'N.M. Rothschild' (and 'Trenton, N.J. Governor ...' stays the state)
        if (best.kind === 'region' && TWO_INITIALS.test(doc.clean.slice(start, end)) && tokens[m.from - 1]?.text !== ',' && /^\p{Lu}\p{Ll}/u.test(tokens[m.to]?.text ?? '')) continue;
        if (i < skipUntil) continue;
        // a firm's legal form after a name is the end of the firm's name, not a name of its own: 'Cote d'Or SA' (WordNet's
        // SA, the Storm Troops), 'Bank of America NT and SA', 'Mitsubishi Bank (Europe) SA' ('The SA, the storm troops'
        // stays)
        if (m.to - m.from === 1 && i > 0 && isLegalForm(tokens[i].text) && ((UPPER.test(tokens[i - 1].text) && tokens[i - 1].text !== 'The') || LEGAL_FORM_AFTER.has(tokens[i - 1].text))) continue;
        // a country's code on a currency sign is part of an amount, not a mention: 'US$ 995 million', 'HK$'
        if (doc.clean.charCodeAt(end) === 36 /* $ */) continue;
        // a town right after a car maker's name is the car's model: 'Toyota Celica', 'Seat Ibiza', 'Hyundai Santa Fe'
        // (not a country's, a region's or an area's name: 'the Honda Ohio plant')
        if (best.type === 'place' && m.from > 0 && CAR_MAKES.has(tokens[m.from - 1].text) && tokens[m.from - 1].end + 1 === start && !isAreaKind(best.kind)) continue;
        // a place right after a capitalised common noun inside a sentence is a longer name's last word, a firm's, a
        // show's or a work's: 'Good Morning America', 'Hotel Rwanda', 'Air Sahara', 'Priorities USA', 'Team America',
        // 'Lycos Labs Europe' (wink-nlp's noun; not an adjective or an era's, 'Continental Europe', 'Victorian England',
        // 'Greater London', nor a part of a place, `PLACE_PART_NOUNS`: 'Mainland China', 'Downtown Manhattan')
        // (nor a national body's head or a title's word before a country, region or continent, 'Statistics Canada',
        // 'Supreme Allied Commander Europe' (a title's before a town goes: 'Speaker Berri'), nor after another name,
        // 'the Golan Heights Israel captured', 'With Labour Britain is working', 'News Corp Australia', nor before its
        // possessive, 'at the 1995 World Cup Wales' big talk')
        // (and none of the shorter names inside it: 'Africa' of 'Apartheid South Africa' stays out with it; nor in a headline
        // in title case, whose verbs the tagger reads as nouns: 'US Sanctions Iran Over Missile Tests')
        if (best.type === 'place' && m.from > 1 && nounBeforePlace(tokens, m.from) && !(isAreaKind(best.kind) && names !== undefined && bodyHeadOrTitle(tokens[m.from - 1].text, names)) && !nameBefore(doc.clean, tokens, m.from, matcher, names) && !possessiveAt(tokens, m.to) && !BARE_APOSTROPHE.test(doc.clean.slice(end, end + 2)) && !(titleCase ??= titleCaseLine(tokens, s))) {
          skipUntil = Math.max(skipUntil, m.to);
          continue;
        }
        // a name right after a ship's prefix is the ship's: 'USS Gerald R. Ford', 'HMS Queen Elizabeth' (CoNLL-2003's
        // miscellaneous name; the name finder gives the run no type)
        if (m.from > 0 && VESSEL_PREFIXES.has(tokens[m.from - 1].text)) continue;
        // a person's name right after 'band' is the band's, named after someone: 'the band Franz Ferdinand' (the name
        // finder's rules then decide: a kind of firm before it, the story's other mentions; a given name of its lists
        // stays a person's, 'rock band Marilyn Manson'); not after a band that plays no music, 'the marching band Barack
        // Obama watched', 'the tax band', 'a wedding band'
        if (best.type === 'person' && m.from > 1 && tokens[m.from - 1].text === 'band' && !NOT_MUSIC_BANDS.has(tokens[m.from - 2].text.toLowerCase())) continue;
        // a credit rating with its notch is no name: 'rated AA- by S&P', 'LAST S&P AA+ REOFFER' (not Anadolu Agency's AA)
        if (m.to - m.from === 1 && RATING.test(tokens[m.from].text) && RATING_NOTCH.test(doc.clean.slice(end, end + 2))) continue;
        // a place, nationality or organisation that opens an event's name is no mention of its own, nor any other name
        // inside the event's: 'U.S. Open', 'Italian Grand Prix', 'York' of 'New York Marathon', 'UEFA Cup' (CoNLL-2003
        // tags the event whole, a miscellaneous name); an organisation's event's word the end of the capitalised words,
        // so that a headline in title case is no event ('Twitter Open Sources Clutch', 'Google Throws Open Doors')
        const eventEnd = best.type !== 'person' ? eventEndAfter(tokens, m.to) : -1;
        if (eventEnd > 0 && !(best.type === 'organization' && UPPER.test(tokens[eventEnd]?.text ?? ''))) {
          skipUntil = eventEnd;
          continue;
        }
        // a person's alias that opens with a title ('President Clinton', 'Sir Alec Guinness', WordNet's) names the
        // person from the name on: the mention is 'Clinton', the title its role (resolve reads it before the name)
        // (not when the canonical name has the title too, a stage name: 'Lady Gaga', 'Dr. Dre'; but a royal's or a pope's
        // title before one given name of compromise's list is a title there too: 'Princess Diana' is 'Diana', 'Prince
        // Charles' 'Charles', as CoNLL-2003 tags them)
        const title = best.type === 'person' && (!ALIAS_TITLE.test(best.name) || royalName(best.name, names)) ? ALIAS_TITLE.exec(doc.clean.slice(start, end)) : null;
        const from = title ? tokens.findIndex((t, k) => k > m.from && k < m.to && t.start === start + title[0].length) : -1;
        if (from > 0) skipUntil = m.to;
        // a firm's legal form right after an organisation's name is the end of the mention, as CoNLL-2003 tags a firm
        // ('Moody's Investors Service Inc', 'Standard and Poor's Corp', 'J.C. Penney Co Inc'), which says the firm: the
        // name's other entries, a place's or a person's, go; its name is the text, whose short names resolve reads as the
        // rules' firms' ('Delta' after 'Delta Air Lines Inc'). Only the entries that the text names as `firmsNamed` says
        // (`legalFormsEnd`: not find-names.ts' `legalFormEnd`, step 19d's branch after a legal form)
        const formsEnd = best.type === 'organization' ? legalFormsEnd(tokens, m.to, end) : end;
        const firms = formsEnd > end ? firmsNamed(entries, doc.clean.slice(start, end)) : entries;
        const formEnd = firms.length > 0 ? formsEnd : end;
        const c: Candidate = {
          start: from > 0 ? tokens[from].start : start,
          end: formEnd,
          sentence: s.index,
          type: best.type,
          entries: formEnd > end ? firms : entries,
          name: formEnd > end ? singleSpaced(doc.clean.slice(start, formEnd)) : best.name,
          source: gazetteerSource(best),
          confidence: m.mode === 'exact' ? (entries.length > 1 ? 0.8 : 0.95) : 0.8,
          priority: best.priority,
          role: null,
        };
        out.push(c);
        // (not a dateline's place: 'YORK, England', 'FARMINGTON HILLS, Mich.'; a small town only in a headline, not in a
        // table in capitals: 'PARANAVAI NIL, LONDRINA NIL'); an organisation's common-word name in capitals ('TOTAL', 'SHELL',
        // 'TARGET' of 'TOTAL SALES RISE AT TARGET STORES') only where the document names it in its own case
        if ((capsOrg && commonWord) || opening) (unconfirmed ??= new Set()).add(c);
        else if (m.mode === 'upper' && s.zone !== 'meta' && doc.clean.charCodeAt(end) !== 44 /* , */ && ((m.to - m.from === 1 && capsWord(best, tokens[m.from].text)) || (s.zone === 'title' && smallTown(best))))
          (unconfirmed ??= new Set()).add(c);
      }
    }
  }
  if (!unconfirmed) return out;
  const named = new Set<string>();
  for (const c of out) if (!unconfirmed.has(c)) for (const e of c.entries) named.add(e.id);
  return out.filter((c) => !unconfirmed.has(c) || named.has(c.entries[0].id));
}

/**
 * The entries a firm's name before its legal form names: an organisation's of that name, or, where the name is two
 * words or more, a curated one it matched as an alias. Not another alias of one word ('Merrill Corp', a printer, is no
 * Merrill Lynch), nor a brand
 * index's alias ('Taco Bell Corp.' is the chain, not its store format Taco Bell Cantina), nor an acronym or a name in
 * capitals ('USG Corp' is no Ukrainian insurer USG, 'BBC AG' no broadcaster): the rules' candidate of the whole name is
 * the mention then, as before, and `legalFormFirms` decides its entries.
 */
function firmsNamed(entries: readonly GazetteerEntry[], text: string): readonly GazetteerEntry[] {
  const name = singleSpaced(text);
  if (!/\p{Ll}/u.test(name)) return [];
  return entries.filter((e) => e.type === 'organization' && (e.name === name || (e.tier !== 'generated' && /\s/.test(name))));
}

/**
 * The end of the legal forms from token `k` on, each a space after the one before, an abbreviation's full stop taken
 * in ('Inc', 'Corp.', 'Co Inc'), or a comma's form ('Apple, Inc.'; only the forms no state's or country's abbreviation
 * is, the name finder's `isCommaLegalForm`: 'Las Vegas, NV' and 'Boulder, Co.' are places); `end`, the name's end, if
 * there is none.
 */
function legalFormsEnd(tokens: readonly MatchToken[], k: number, end: number): number {
  let e = end;
  if (tokens[k]?.text === ',' && tokens[k].start === end && isCommaLegalForm(tokens[k + 1]?.text ?? '') && tokens[k + 1].start === end + 2) k++;
  else if (!isLegalForm(tokens[k]?.text ?? '') || tokens[k].start !== end + 1) return end;
  // (a form a word goes on from is none: 'the Conservative Party Co-Chairman')
  for (; k < tokens.length && isLegalForm(tokens[k].text) && tokens[k].start <= e + 2 && tokens[k].start > e && !(tokens[k + 1]?.start === tokens[k].end && WORD_GOES_ON.has(tokens[k + 1].text)); k++) {
    e = tokens[k].end;
    if (tokens[k + 1]?.text === '.' && tokens[k + 1].start === e && ABBREVIATED_FORMS.has(tokens[k].text)) e = tokens[++k].end;
  }
  return e;
}
const ABBREVIATED_FORMS = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Cos', 'Bhd', 'Pty', 'Pte']);
const WORD_GOES_ON = new Set(['-', '‐', '‑', '/', '&']);

/**
 * Whether the one to three words before token `k` are a gazetteer's or compromise's name, an organisation's or a
 * place's ('Labour', 'News Corp', 'Golan Heights'): a place after one is a name of its own or the organisation's
 * branch there.
 */
function nameBefore(text: string, tokens: readonly MatchToken[], k: number, matcher: GazetteerMatcher, names: NameFinderLexicons | undefined): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const name = text.slice(tokens[j].start, tokens[k - 1].end);
    const known = names?.known.get(name.toLowerCase());
    if (known === 'organization' || known === 'place' || matcher.exactHits(name).some((h) => h.entry.type !== 'person')) return true;
  }
  return false;
}
const BARE_APOSTROPHE = /^['’](?:\s|$)/;
// the words before 'band' of a band that plays no music, or a ring's or a range's ('marching band', 'tax band')
const NOT_MUSIC_BANDS = new Set(['marching', 'brass', 'military', 'wedding', 'tax', 'council', 'age', 'price', 'pay', 'frequency', 'rubber', 'elastic', 'gastric', 'wrist', 'arm']);
/** Whether a sentence is a headline: its zone's, or three quarters of its words capitalised. */
function titleCaseLine(tokens: readonly MatchToken[], s: Sentence): boolean {
  if (s.zone === 'title') return true;
  let words = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (!hasWord(t.text)) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) capitalised++;
  }
  return words >= 3 && capitalised * 4 >= words * 3;
}

/** Whether the token before `k` is a capitalised common noun right before it (`matchGazetteers`' noun before a place). */
function nounBeforePlace(tokens: readonly MatchToken[], k: number): boolean {
  const prev = tokens[k - 1];
  // (not a legal form, a firm's branch in the place: 'News Corp Australia', step 19d's)
  return prev.end + 1 === tokens[k].start && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !PLACE_PART_NOUNS.has(prev.text) && !isLegalForm(prev.text) && commonTag(prev.text) === 'NOUN';
}
/** nouns that name a part of the place after them ('West Baltimore', 'Mainland China', 'Upstate New York'), a side by it, or its era */
const PLACE_PART_NOUNS = new Set(
  (
    'West East North South Northeast Northwest Southeast Southwest Mainland Downtown Uptown Midtown Upstate Downstate Metro Metropolitan Outback Hinterland Heartland Borough Province State County City District Region Republic Kingdom Isle Island Lake Mount Port Cape Fort Saint ' +
    // a team's or a side's descriptor before a country, the national side: 'World Champions Germany', 'hosts Russia'
    'Champions Champion Winners Holders Hosts Rivals Neighbours Neighbors Opponents ' +
    // an era's or a regime's word before a place, CoNLL's MISC beside its LOC: 'Restoration England', 'Wartime Britain'
    'Wartime Restoration Depression Prohibition Apartheid Reformation Occupation Postwar Interwar Regency Renaissance Tudor Stuart Colonial Revolution'
  ).split(' '),
);

/**
 * An ALL-CAPS word of a headline that matched a town of a generated gazetteer (GeoNames) and is a word of English's
 * inflecting vocabulary ('SUES' -> Suez, 'GRANTS' -> an alternate name of Zelenogradsk, 'PLANES', 'NICE', 'READING'):
 * the headline's verb or noun, unless the document names the town otherwise (in its own case, or by another alias:
 * 'Nice' in the body). Countries, regions and curated or user entries stand ('TURKEY'); so do names that are no such
 * word ('BOSTON', 'FRANKFURT').
 */
function capsWord(best: GazetteerEntry, text: string): boolean {
  return generatedTown(best) && isInflecting(text);
}

/**
 * A headline's town of a generated gazetteer of under 100,000 people, or of no known size, is that town only where the
 * document names it otherwise: in a wire service's headline in capitals it is mostly a firm or a ticker named after a
 * town ('POTOMAC ELECTRIC POWER CO', 'ALCOA <AA>', 'HOECHST AG', 'FITCHBURG GAS'; 27 of 30 such mentions of the 20 MB
 * bench corpus sampled, docs/ACCURACY.md).
 */
const smallTown = (best: GazetteerEntry) => generatedTown(best) && !((best.population ?? 0) >= 100_000);

/** A town (or a place of no kind) of a generated gazetteer (GeoNames). */
const generatedTown = (best: GazetteerEntry) => best.type === 'place' && best.tier === 'generated' && (best.kind === undefined || best.kind === 'city');

const TWO_INITIALS = /^\p{Lu}\.\s?\p{Lu}\.$/u;
/**
 * Whether the one word at token `k`, a sea's or a region's name that is an adjective too ('Arctic', 'Pacific'), is used
 * as the adjective or inside another name: before a noun in lower case, beside a capitalised word (but a compass point's
 * before it), after a time of day.
 */
function adjectiveUse(text: string, tokens: readonly MatchToken[], k: number): boolean {
  if (commonTag(tokens[k].text) !== 'ADJ') return false;
  if (qualifiesNoun(tokens, k + 1) || CAPITALISED.test(tokens[k + 1]?.text ?? '')) return true;
  if (k === 0) return false;
  const before = tokens[k - 1].text;
  return (/^\p{Lu}/u.test(before) && !COMPASS_WORD.test(before)) || CLOCK_BEFORE.test(text.slice(Math.max(0, tokens[k].start - 8), tokens[k].start));
}
const COMPASS_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Far|Mid|High)$/i;
const CLOCK_BEFORE = /\b[ap]\.?m\.?\s+$/i;
/** the token at `k` is a word in lower case that may be a noun a name before it qualifies ('island', 'resort', 'state') */
const qualifiesNoun = (tokens: readonly MatchToken[], k: number) =>
  k < tokens.length && tokens[k].start <= tokens[k - 1].end + 1 && tokens[k].text.length >= 3 && !FUNCTION_WORDS.has(tokens[k].text) && isLowerCaseNoun(tokens[k].text);
/**
 * Whether an organisation's common-word name at tokens [from, to) names something else there: beside another
 * capitalised word it is a word of a longer name the gazetteers do not hold ('Apple Daily', 'Formula Shell', 'Total
 * Nigeria'), left to the name finder; before a feature of land or water in lower case, or after 'the' and before no
 * noun, a place's name ('the Amazon rainforest', 'the Amazon basin', 'fires in the Amazon.', 'the waters of the Amazon
 * in'; the firm takes no article but before what it has: 'the Amazon founder').
 */
function otherThanTheFirm(tokens: readonly MatchToken[], from: number, to: number, names: NameFinderLexicons | undefined): boolean {
  const before = tokens[from - 1]?.text ?? '';
  const after = tokens[to]?.text ?? '';
  // (a member's name after it is none: 'for Labour Rose Quandell said', `memberAfter`)
  return (CAPITALISED.test(before) && !firmAfterOpener(tokens, from, to, before)) || (CAPITALISED.test(after) && !memberAfter(tokens, to, names)) || LAND_FEATURES.has(after) || (before === 'the' && !nounAt(tokens, to));
}
/**
 * Whether a person's name of a given name and one more capitalised word, the end of the capitalised words, stands at
 * token `k` after an organisation's common-word name, a title's word between or none: the organisation's member
 * ('Labour MP Marta Quandell', 'Arsenal boss Zorvan Kellin', 'for Labour Rose Quandell said'), as CoNLL-2003 and spaCy
 * tag both; the name finder cuts the run after the organisation (`descriptorEnd`, `innerTitle`)
 */
function memberAfter(tokens: readonly MatchToken[], k: number, names: NameFinderLexicons | undefined): boolean {
  if (names === undefined || k >= tokens.length) return false;
  const w = tokens[k].text;
  // (a title's word in lower case or in capitals, not in title case, a portfolio's there: 'Economy and Labour Minister
  // Wolfgang Clement')
  if ((FIRM_PEOPLE_WORDS.has(w) || isTitleWord(w, names)) && !CAPITALISED.test(w)) k++;
  const given = tokens[k]?.text ?? '';
  return CAPITALISED.test(given) && CAPITALISED.test(tokens[k + 1]?.text ?? '') && !CAPITALISED.test(tokens[k + 2]?.text ?? '') && isGivenName(given, names);
}
/**
 * Whether `before`, the capitalised word right before a firm's common-word name at tokens [from, to), leaves it the
 * firm, no word of a longer name: a day's or a month's name, or a sentence's first word that is a function word, where
 * the firm speaks, owns or has its people after it ('On Monday Apple said', 'But Labour spokesman'); a sentence's 'The'
 * before the firm's people ('The Labour government'); a sentence's first epithet or quantifier ('Rival Amazon cut
 * prices', 'Veteran Labour MP'). Not 'Child Labour', 'Agent Orange', 'As Dawn broke', 'The Amazon is losing forest'.
 */
function firmAfterOpener(tokens: readonly MatchToken[], from: number, to: number, before: string): boolean {
  if (isMonthOrDay(before)) return firmCueAt(tokens, to);
  if (from !== 1) return false;
  if (EPITHET_OPENERS.has(before)) return true;
  if (before === 'The') return FIRM_PEOPLE_WORDS.has(tokens[to]?.text ?? '');
  return FUNCTION_WORDS.has(before.toLowerCase()) && firmCueAt(tokens, to);
}
/** a sentence's first words that describe a firm or a party before its name, no word of a longer name ('Rival Amazon', 'Veteran Labour MP', 'Former Arsenal defender') */
const EPITHET_OPENERS = new Set('Rival Rivals Veteran Former Senior Many Some Both All Each Every Meanwhile Yesterday Today Under First'.split(' '));
/** what after a firm's name says the firm: its possessive, a verb it speaks with, its people or its shares ('Labour spokesman', "Shell's", 'Apple said') */
const firmCueAt = (tokens: readonly MatchToken[], k: number) => possessiveAt(tokens, k) || ORG_SPEAKS_AFTER.test(tokens[k]?.text ?? '') || FIRM_PEOPLE_WORDS.has(tokens[k]?.text ?? '');
const FIRM_PEOPLE_WORDS = new Set('spokesman spokeswoman spokesperson MP MPs backbencher backbenchers leader chief chiefs chairman executive executives shares officials peer candidate candidates minister ministers boss manager defender striker fans supporters members users customers campaign government'.split(' '));
/** a word at token `k` that may be a noun: a word, none of the function words ('in', 'and', 'of') */
const nounAt = (tokens: readonly MatchToken[], k: number) => k < tokens.length && hasWord(tokens[k].text) && !FUNCTION_WORDS.has(tokens[k].text.toLowerCase());
/** a listed surname or given name written as one ('Mitra', 'Clark', 'Wilson'; not 'TED', 'ING') */
const personWord = (word: string, names: NameFinderLexicons) => CAPITALISED.test(word) && (names.surnames.has(word.toLowerCase()) || isGivenName(word, names));
/**
 * Whether the one word at token `k` has a capitalised word (no function word: 'The Hudson') right before or after it,
 * or one a hyphen joins to it ('Day-Lewis', 'Lewis-Smith'): a word of a longer name.
 */
function besideName(tokens: readonly MatchToken[], k: number, names: NameFinderLexicons): boolean {
  // (not a common word opening the sentence, 'Rival Kroger also cut prices'; a hyphen joins a name's word or a common word,
  // a double-barrelled name's, 'Day-Lewis', not another firm's, 'the Kroger-Albertsons merger')
  const capital = (i: number) => tokens[i] !== undefined && /^\p{Lu}/u.test(tokens[i].text) && !FUNCTION_WORDS.has(tokens[i].text.toLowerCase());
  const named = (i: number) => capital(i) && !(i === 0 && isCommonWord(tokens[i].text.toLowerCase()));
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  const nameWord = (i: number) => capital(i) && (personWord(tokens[i].text, names) || isCommonWord(tokens[i].text.toLowerCase()));
  if (before?.joiner ? nameWord(k - 2) : named(k - 1) && before.end < tokens[k].start) return true;
  // (nor a place after it, the firm's arm there: 'Sears Canada')
  return after?.joiner ? nameWord(k + 2) : named(k + 1) && after.start > tokens[k].end && names.known.get(after.text.toLowerCase()) !== 'place';
}
/** features of land or water in lower case after a name ('the Amazon rainforest', 'the Shell river'): a place's */
const LAND_FEATURES = new Set('rainforest rainforests forest forests jungle basin river rivers delta valley region coast desert sea lake island islands estuary'.split(' '));
/** tokens after which a word is capitalised as a sentence's first is: a dateline's dash, a colon, an opening quotation mark or bracket */
const OPENS_WORDS = new Set(['-', '--', '–', '—', ':', '"', '“', '‘', "'", '(', '[']);
/** a capitalised word: a capital, then a small letter ('Daily', not 'U.S.' or 'NFU') */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const UPPER = /\p{Lu}/u;
/** What a legal form may follow inside a firm's name, besides a capitalised word: 'NT and SA', 'Bank (Europe) SA'. */
const LEGAL_FORM_AFTER = new Set(['and', '&', ')']);

/**
 * A gazetteer's town named by a royal's title and a given name ('Princess Anne', Maryland; 'Prince George', British
 * Columbia; 'Prince Albert', Saskatchewan) is no place where nothing around it says place: not after a preposition of
 * place (`placePrepositionBefore`), nor before a comma and a gazetteer's region or country ('Princess Anne opened the
 * hospital' and 'a portrait of Princess Anne' are the princess, whom the title rule types; 'flew to Prince George,
 * British Columbia' the town). Reported as `tag/royal-name`.
 */
export function withoutRoyalPlaces(gazetteer: readonly Candidate[], doc: SplitDocument, names: NameFinderLexicons, report?: Reporter): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < gazetteer.length; i++) {
    const c = gazetteer[i];
    const text = c.type === 'place' && c.end - c.start <= 40 ? doc.clean.slice(c.start, c.end) : '';
    if (text && royalName(text, names) && !placePrepositionBefore(doc.clean, c.start) && !regionAfterComma(gazetteer, i, doc)) {
      out ??= gazetteer.slice(0, i);
      report?.info('tag/royal-name', `${JSON.stringify(text)}: a royal's title and a given name, no place around it: not ${c.entries[0]?.id}`, { span: doc.toSource.toOriginal(c) });
    } else out?.push(c);
  }
  return out ?? (gazetteer as Candidate[]);
}
/** Whether a comma and a gazetteer's region or country follow candidate `i`: 'Prince George, British Columbia' (not 'Prince George, Prince William's son'). */
function regionAfterComma(gazetteer: readonly Candidate[], i: number, doc: SplitDocument): boolean {
  const c = gazetteer[i];
  const comma = /^\s*,\s*/.exec(doc.clean.slice(c.end, c.end + 4));
  if (!comma) return false;
  const at = c.end + comma[0].length;
  return gazetteer.some((g) => g.start === at && g.type === 'place' && isAreaKind(g.entries[0]?.kind));
}

/** 'Princess Diana', 'King Hussein': a royal's or a pope's title and one given name of compromise's list */
function royalName(name: string, names: NameFinderLexicons | undefined): boolean {
  const m = ROYAL_NAME.exec(name);
  return m !== null && names !== undefined && names.firstNames.has(m[1].toLowerCase());
}
/** a royal's or a pope's title (`royalName`; `regnalIds` takes a few more) */
const ROYAL_TITLES = ['Prince', 'Princess', 'King', 'Queen', 'Emperor', 'Empress', 'Pope'];
const ROYAL_NAME = new RegExp(`^(?:${ROYAL_TITLES.join('|')}) (\\p{Lu}\\p{Ll}+)$`, 'u');
// a title that opens a person's alias (CoNLL-2003 and OntoNotes leave titles out of a person's name)
const ALIAS_TITLE = /^(?:(?:Vice )?President|Prime Minister|Sir|Dame|King|Queen|Pope|Prince|Princess|Emperor|Empress|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Lord|Lady|General|Gen\.|Senator|Sen\.|Governor|Gov\.|Chancellor|Judge|Justice|Archbishop|Cardinal|Ayatollah|Sheikh|Colonel|Admiral|Marshal)\s+(?=\p{Lu})/u;


/**
 * Where the capitalised words from token `i` on (up to three) end in an event word ('Open', 'Amateur Championship'):
 * the token after it, or -1. Not past another event's name: 'Ireland World Cup squad', 'U.S. Davis Cup player' name
 * a team's place. An event's word in capitals counts right after the place, at the headline's end or before a round's
 * word (`isEventWord`): 'U.S. OPEN', 'HONG KONG OPEN SEMIFINAL RESULTS', not 'URGES JAPAN OPEN MARKETS', 'U.S. TEAMS
 * OPEN ON ROAD'.
 */
function eventEndAfter(tokens: readonly MatchToken[], i: number): number {
  for (let k = i; k < tokens.length && k < i + 3; k++) {
    const t = tokens[k].text;
    if (!/^\p{Lu}/u.test(t) || t === 'World' || t === 'Davis') return -1;
    // (a war's or a convention's word right after the name or a war's or a party's adjective only: 'the Iraq War', 'the
    // Syrian Civil War', 'the Republican National Convention'; not a headline's verb between, 'Russia Wages War')
    if (WAR_WORDS.has(t) && !(k === i || (k === i + 1 && WAR_MIDDLES.has(tokens[i].text)))) return -1;
    if ((k === i || !isAllCaps(t)) && isEventWord(t, tokens[k + 1]?.text ?? '')) return k + 1;
    // (a competition's league, 'Primera Liga', 'Ontario Hockey League', 'American League': where no sports report makes
    // the last a competition, the rules' organisation of the whole name)
    if (k > 0 && isCompetitionLeague(tokens[k - 1].text, t, true)) return k + 1;
  }
  return -1;
}
const WAR_WORDS = new Set(['War', 'Wars', 'Convention']);
const WAR_MIDDLES = new Set(['Civil', 'Cold', 'Holy', 'National', 'Constitutional', 'Democratic', 'Republican']);

/** An acronym as written: capitals (and '&', full stops), 2 to 6 letters: 'BT', 'CFTC', 'AT&T', 'U.N.' */
const ACRONYM_TEXT = /^(?=(?:[^A-Z]*[A-Z]){2,6}[^A-Z]*$)[A-Z][A-Z0-9&.]*$/;
const SPACE = /\s/u;
/** whether `text` is `name` without a line of business after it ('Renaissance' of 'Renaissance Hotels', 'LG' of 'LG Electronics'), which confirms neither a common word nor an acronym: 'Renaissance art', 'LG Group' is no arm of LG Electronics */
const lineOfBusinessKey = (name: string, text: string) => name.startsWith(`${text} `) && isLineOfBusinessWord(name.slice(text.length + 1).split(/\s+/)[0]);

/**
 * A generated gazetteer's organisation with a Wikidata id (name-suggestion-index's brands and operators; not WordNet's
 * 'EC', 'GATT') matched by an acronym that is not its own name ('BT' of Blacksburg Transit, 'GNP' of
 * Gruppo Nord Petroli, 'CFTC' of a French trade union, 'BBB' of a burger bar: name-suggestion-index's short names of
 * local brands and operators), or by a one-word alias that is a common word of wink-nlp's lexicon ('Olympic' of the
 * Olympic Group, a Japanese retailer), is that entry only where the document also names it otherwise ('Blacksburg
 * Transit'), and then that entry alone, before any other the acronym may name; elsewhere the entry goes, and with no
 * entry left the candidate too (the name finder may type the acronym by its context, with a project id). An acronym is the most ambiguous of names, and the world-scale files give no way
 * to tell the operator of buses in Virginia from the telephone company. Curated and user entries are trusted as they
 * are ('AA' of Anadolu Agency); so is an entry whose name is the acronym ('IBM'), or the acronym and a legal form or a
 * generic company word ('BT Group', 'LG Corporation': find-names' orgKeys).
 */
export function confirmAcronyms(cands: readonly Candidate[], doc: SplitDocument, lex: NameFinderLexicons): Candidate[] {
  // the candidates with a brand index's entry, and whether each is written as an acronym or one common word (the text
  // tests run for these only, once: most candidates are places)
  const weak = new Map<Candidate, boolean>();
  // (and a family's name after 'the': 'the Clintons' are the family, not the index's Clintons, a chain of card shops)
  let families: Set<Candidate> | undefined;
  for (const c of cands) {
    if (!c.entries.some(brandIndexEntry)) continue;
    const text = doc.clean.slice(c.start, c.end);
    const family = isFamily(text, doc.clean, c.start);
    if (family) (families ??= new Set()).add(c);
    weak.set(c, family || ACRONYM_TEXT.test(text) || (!SPACE.test(text) && isCommonWord(text)));
  }
  if (![...weak.values()].includes(true)) return cands as Candidate[];
  // the entries the document names by more than an acronym
  const named = new Set<string>();
  for (const [c, w] of weak) if (!w) for (const e of c.entries) named.add(e.id);
  // (an entry whose name is the alias and a generic company word is named by it: 'BT' of 'BT Group', 'LG' of 'LG Corporation')
  // (one whose name is the acronym or the word where compromise's lexicon knows it as an organisation's, 'AT&T', 'BMW',
  // or its description shares a word with the document: `describedIn`; so is one whose name's capitalised words the
  // acronym's letters open, 'MIT' of the Massachusetts Institute of Technology, 'NHS', 'UPS', which had been no mention
  // or the rules' own ids)
  let words: ReadonlySet<string> | undefined;
  let ticker = false;
  const confirmed = (e: GazetteerEntry, text: string) =>
    !brandIndexEntry(e) ||
    named.has(e.id) ||
    ((e.name === text || (initialsOf(e.name) === text.replace(/\./g, '') && !ticker)) && (lex.known.get(text.toLowerCase()) === 'organization' || describedIn(e, (words ??= documentStems(doc.clean))))) ||
    (orgKeys(e.name.split(/\s+/), lex).includes(text) && !lineOfBusinessKey(e.name, text));
  const out: Candidate[] = [];
  for (const c of cands) {
    if (weak.get(c) !== true) {
      out.push(c);
      continue;
    }
    const text = doc.clean.slice(c.start, c.end);
    // (a wire's ticker in angle brackets, '<BNI>' of Burlington Northern, a legal form in capitals, a headline's 'LTD',
    // or an English word in a line of capitals, 'UPS PAYOUT', is no brand's initials)
    ticker = doc.clean[c.start - 1] === '<' || isLegalForm(text) || isLegalForm(text[0] + text.slice(1).toLowerCase()) || (isCommonWord(text.toLowerCase()) && !hasLowerIn(doc, c.sentence));
    // (the entries the document names otherwise, where there are any: 'BT' after 'Blacksburg Transit' is no longer
    // also BT Group, which its name confirms everywhere)
    const inDocument = c.entries.filter((e) => named.has(e.id));
    const entries = inDocument.length > 0 ? inDocument : c.entries.filter((e) => confirmed(e, text));
    if (entries.length === c.entries.length) out.push(c);
    else if (entries.length > 0) out.push(withEntries(c, entries));
    // (an acronym or a word that is the brands' own name, none of them this one, still names an organisation, of an id
    // of the project's: 'S&P' is Standard & Poor's, not the index's Thai cafés; 'TUC' the Trades Union Congress, not a
    // French transit network)
    else if (!families?.has(c) && c.entries.every((e) => e.type === 'organization' && e.name === text)) out.push({ ...c, entries: [], source: 'rule:brand-name', confidence: 0.6 });
  }
  return out;
}

/** whether sentence `k` of a document has a small letter: a headline in capitals has none */
const hasLowerIn = (doc: SplitDocument, k: number) => /\p{Ll}/u.test(doc.clean.slice(doc.sentences[k].start, doc.sentences[k].end));


/** An organisation of a generated file with a Wikidata id: name-suggestion-index's brands and operators (WordNet's have none). */
/**
 * Whether the document shares a word of the entry's description, other than a generic one (`GENERIC_DESCRIPTION`),
 * compared by their first five letters (`stemOf`): 'PSP', the 'Georgian pharmacy chain' of the brand index, is not the
 * PlayStation Portable of a story about games ('georg', 'pharm' are none of its words); BMW, the 'German automobile
 * manufacturer', is the carmaker of 'German carmaker BMW'. An entry without a description is taken as before.
 */
function describedIn(e: GazetteerEntry, stems: ReadonlySet<string>): boolean {
  if (!e.description) return true;
  for (const w of e.description.toLowerCase().match(WORDS) ?? []) if (w.length > 2 && !GENERIC_DESCRIPTION.has(w) && stems.has(stemOf(w))) return true;
  return false;
}
const WORDS = /\p{L}+/gu;
/** a word by its first five letters: 'german' and 'germany', 'pharmacy' and 'pharmacies' */
const stemOf = (w: string) => w.slice(0, 5);
/** the stems (`stemOf`) of a text's words, lower-cased */
function documentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(WORDS) ?? []) if (w.length > 2) out.add(stemOf(w));
  return out;
}
/** words of the brand index's descriptions that say nothing of which firm it is ('chain', 'company', 'public') */
const GENERIC_DESCRIPTION = new Set(
  'the and for with from that its his her their was has are which based owned former formerly known brand brands company companies chain chains store stores shop shops retail retailer retailers service services provider providers group network public operator operators multinational international national local corporation business businesses firm organization organisation agency division subsidiary system systems products product manufacturer maker united states'.split(' '),
);

const isGazetteerCandidate = (c: Candidate) => c.entries.length > 0;

/**
 * A family's name: one capitalised word ending in 's' after 'the', whose singular the document writes as a word of its
 * own too ('the Clintons' where it names 'Clinton', 'Hillary Clinton' or 'the Clinton campaign'; 'the Kennedys').
 */
function isFamily(text: string, clean: string, start: number): boolean {
  if (!FAMILY.test(text) || !THE_BEFORE.test(clean.slice(Math.max(0, start - 5), start))) return false;
  const singular = text.slice(0, -1);
  for (let at = clean.indexOf(singular); at >= 0; at = clean.indexOf(singular, at + 1)) {
    if (!isLetterUnit(clean.charCodeAt(at + singular.length)) && !isLetterUnit(clean.charCodeAt(at - 1))) return true;
  }
  return false;
}
/** one capitalised word of three letters or more and an 's': 'Clintons', 'Kennedys' */
const FAMILY = /^\p{Lu}\p{Ll}{2,}s$/u;
const THE_BEFORE = /\bthe\s+$/i;

const brandIndexEntry = (e: GazetteerEntry) => e.tier === 'generated' && e.type === 'organization' && e.wikidata !== undefined;

/** The region entries an after-place abbreviation's name resolves to (`Pennsylvania` -> iso:US-PA), per thread. */
const afterPlaceEntries = new WeakMap<GazetteerMatcher, Map<string, readonly GazetteerEntry[]>>();
function regionEntries(matcher: GazetteerMatcher, name: string): readonly GazetteerEntry[] {
  let byName = afterPlaceEntries.get(matcher);
  if (!byName) afterPlaceEntries.set(matcher, (byName = new Map()));
  let entries = byName.get(name);
  if (!entries) {
    const tokens = tokenize(name);
    const whole = matcher.matchAt(tokens, 0, tokens.length, false).find((m) => m.from === 0 && m.to === tokens.length);
    // a region before a country of the name: 'Ga.' is the US state Georgia
    const places = (whole?.hits ?? []).filter((h) => h.entry.type === 'place');
    const regions = places.filter((h) => h.entry.kind === 'region');
    const hits = regions.length ? regions : places.filter((h) => h.entry.kind === 'country');
    byName.set(name, (entries = hits.length ? chooseEntries(hits).entries : []));
  }
  return entries;
}

// a capitalised word, a comma, then a capitalised abbreviation ending in a dot and no letter after it: 'Exton, Pa.';
// or two capitals, a postal code, not before a comma and a name (a list: 'New York, LA, Chicago'): 'Phoenix, AZ 85004'
const AFTER_PLACE_ABBREVIATION = String.raw`,[ \t\r\n]*(\p{Lu}[\p{L}.]*\.|\p{Lu}\p{Lu}(?![.\p{L}\p{N}]|[ \t]*,[ \t]*\p{Lu}))(?![\p{L}\p{N}])`;
const AFTER_PLACE = new BmpRegExp(new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}'’.-]*[ \t]*` + AFTER_PLACE_ABBREVIATION, 'gu'));
/**
 * AFTER_PLACE's end, from the comma (one source, AFTER_PLACE_ABBREVIATION): every match of AFTER_PLACE ends with one, its abbreviation the same group, and
 * these never overlap (no comma after the first). Looked for first: most documents have none whose abbreviation is
 * a region's, and this pattern, led by a comma, is found far faster than AFTER_PLACE, whose leading lookbehind and
 * capital are tried at every character: 510 BBC stories (1.0 MB) made two-byte by a dash, 2.4-3.0 ms against
 * 59-65 ms (AFTER_PLACE's twin, in an `exec` loop, ~40 ms). No twin needed: V8 finds the comma as fast with `u`.
 */
const AFTER_PLACE_TAIL = new RegExp(AFTER_PLACE_ABBREVIATION, 'gu');

/** Whether `text` has a comma and one of `abbreviations` after it the way AFTER_PLACE needs (a necessary condition of a match) */
function hasAbbreviationAfterComma(text: string, abbreviations: ReadonlyMap<string, unknown>): boolean {
  for (const m of text.matchAll(AFTER_PLACE_TAIL)) if (abbreviations.has(m[1]) || abbreviations.has(capsForm(m[1]))) return true;
  return false;
}
/**
 * The region an after-place abbreviation names: the list's form, or that form in capitals after a line's first words
 * in capitals, as a wire's dateline writes both ('ALLENTOWN, PA., March 3', 'KANSAS CITY, MO.': `Pa.`, `Mo.`; not
 * inside a sentence, 'named QUIMBAR, MO. its agent'; a postal code's capitals the list has as they are). `match`:
 * AFTER_PLACE's, the word, the comma and the abbreviation.
 */
function afterPlaceName(abbreviations: ReadonlyMap<string, string>, match: RegExpExecArray, text: string): string | undefined {
  const abbreviation = match[1];
  const name = abbreviations.get(abbreviation);
  if (name !== undefined || !CAPS_LINE_START.test(text.slice(text.lastIndexOf('\n', match.index) + 1, match.index))) return name;
  return abbreviations.get(capsForm(abbreviation));
}
/** the list's form of an abbreviation in capitals with its full stop ('PA.' -> 'Pa.'), or '' for any other */
const capsForm = (abbreviation: string) => (abbreviation.endsWith('.') && !hasLower(abbreviation) ? cap(abbreviation) : '');
// a line's start in capitals up to a dateline's last word: 'KANSAS ' of 'KANSAS CITY, MO.' (not a sentence's 'SMITH, MO.')
const CAPS_LINE_START = /^[ \t]*(?:\p{Lu}[\p{Lu}\p{M}'’.-]*[ \t]+)*$/u;

/** Whether a place candidate ends at `end` (before trailing spaces). */
function placeEndsAt(cands: readonly Candidate[], end: number): boolean {
  for (const c of cands) if (c.type === 'place' && c.end <= end && c.end >= end - 2) return true;
  return false;
}

/**
 * A region's abbreviation that is a word alone (`lexicons/after-place.tsv`: `Pa.`, `Mass.`, `Wash.`, `Ind.`) is the
 * region right after a capitalised word and a comma, the way wire copy names a town's state: 'EXTON, Pa.', 'Boston,
 * Mass.' (the apposition then places a gazetteer's town, see disambiguate.ts, and the name finder types a town it does
 * not know: 'Flint, Mich.'). Each such candidate goes in among the others in text order.
 */
export function afterPlaceRegions(doc: SplitDocument, cands: Candidate[], matcher: GazetteerMatcher, lex: NameFinderLexicons): Candidate[] {
  const abbreviations = lex.afterPlace;
  if (!abbreviations?.size || !hasAbbreviationAfterComma(doc.clean, abbreviations)) return cands;
  let starts: Set<number> | undefined; // the candidates' starts, once an abbreviation is found
  const added: Candidate[] = [];
  let si = 0;
  // (`exec`, not `matchAll`, which copies the expression: the twin's long source made each copy cost ~0.07 ms)
  const afterPlace = AFTER_PLACE.on(doc.clean);
  afterPlace.lastIndex = 0;
  for (let m = afterPlace.exec(doc.clean); m; m = afterPlace.exec(doc.clean)) {
    const name = afterPlaceName(abbreviations, m, doc.clean);
    if (!name) continue;
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    while (si < doc.sentences.length && doc.sentences[si].end < end) si++;
    const s = doc.sentences[si];
    starts ??= new Set(cands.map((c) => c.start));
    if (!s || s.start > m.index || starts.has(start)) continue; // the word and the abbreviation in one sentence
    // a postal code after a gazetteer's place only: 'Chris Sheen, MD of …' (a managing director), 'John Smith, MD' (a doctor)
    if (!m[1].endsWith('.') && !placeEndsAt(cands, m.index + m[0].indexOf(','))) continue;
    const entries = regionEntries(matcher, name);
    if (entries.length === 0) continue;
    starts.add(start);
    added.push({ start, end, sentence: s.index, type: 'place', entries, name: entries[0].name, source: AFTER_PLACE_SOURCE, confidence: 0.95, priority: entries[0].priority, role: null });
  }
  if (added.length === 0) return cands;
  return [...cands, ...added].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

/** The tag stage: gazetteer candidates plus names found by rules. */
export function tagEntities(doc: SplitDocument, ctx: TagContext): TaggedDocument {
  const matched = afterPlaceRegions(doc, withoutTickers(matchGazetteers(doc, ctx.matcher, ctx.lexicons), doc), ctx.matcher, ctx.lexicons);
  // the document's one-word names written as a person's surname, asked by both steps below: one test, its answers kept
  const surnames = new SurnameTest(doc.clean, (w) => isGivenName(w, ctx.lexicons));
  const confirmed = confirmAcronyms(matched, doc, ctx.lexicons);
  // (an acronym left with no entry, typed by the entries it had: among the rules' candidates, `confirmAcronyms`)
  const acronymNames = confirmed.filter((c) => c.entries.length === 0);
  const chosen = statesByName(regionsByCue(disambiguateCandidates(acronymNames.length > 0 ? confirmed.filter(isGazetteerCandidate) : confirmed, doc, ctx.report, surnames), doc, ctx.matcher), doc);
  // (a name's place hits once per document: a story names its towns again and again; `linkContextPlaces` only reads them)
  const placesOf = new Map<string, AliasHit[]>();
  const placeHitsOf = (text: string) => {
    let hits = placesOf.get(text);
    if (hits === undefined) placesOf.set(text, (hits = placeHits(ctx.matcher, text)));
    return hits;
  };
  const named0 = thinPlaces(linkContextPlaces(findNames(doc, ctx.lexicons, chosen), chosen, doc, placeHitsOf, ctx.report, surnames), chosen, doc, ctx.report);
  // (a town's people's word a gazetteer has as an organisation's name, which has cut the name finder's run before a
  // person's name: the people's word, `townDemonyms`)
  const [kept, demonyms] = townDemonyms(chosen, doc, ctx.matcher, ctx.lexicons);
  const found = demonyms.length > 0 ? [...named0, ...demonyms] : named0;
  // (a region after a town the last step linked, and a comma: the town's region, 'Macon, Georgia')
  const [gazetteer, universities] = stateUniversities(regionsAfterLinkedTowns(withoutTerms(kept, found), found, doc), doc);
  const exactHits = (name: string) => ctx.matcher.exactHits(name);
  const people = linkMiddleNames(linkMiddleInitials(universities.length > 0 ? [...found, ...universities] : found, exactHits, doc, ctx.report));
  const rules = countryBodies(people, gazetteer, doc, { key: ctx.matcher, qualifiers: ctx.lexicons.qualifiers, countries: ctx.lexicons.countries, exactHits }, ctx.report);
  const remote = remoteTowns(gazetteer, doc, ctx.report);
  const placed = (c: Candidate) => !(c.type === 'place' && c.entries.length > 0 && remote!.has(c.entries[0].id));
  const named = withoutPossessives(withoutRoyalPlaces(remote ? gazetteer.filter(placed) : gazetteer, doc, ctx.lexicons, ctx.report), rules, doc, ctx.report, ctx.lexicons);
  const linked = regnalIds(legalFormFirms(linkLoneSurnames(acronymNames.length > 0 ? [...rules, ...acronymNames] : rules, named, exactHits, ctx.lexicons), exactHits, ctx.lexicons), named, doc);
  const ruled = remote ? linked.filter(placed) : linked;
  const [g, r] = acronymsOfNamedOrgs(named, ruled, doc, ctx.lexicons, ctx.report);
  const candidates = ctx.model ? ctx.model.candidates(doc, g, r) : [...g, ...r];
  return { ...doc, candidates };
}

/**
 * No gazetteer's place or person in a wire's ticker, capitals in angle brackets after a firm's name, whose exchange may
 * follow a full stop: 'ZORVEX HOLDINGS <UK>', '<USA>', '<KEP>', '<PRAG>', '<ZRV.PA>' name no country, province or
 * town (a firm's ticker that is an organisation's acronym stays: '<IBM>', '<GM>').
 */
function withoutTickers(cands: Candidate[], doc: SplitDocument): Candidate[] {
  if (!doc.clean.includes('<')) return cands;
  return cands.filter((c) => !((c.type === 'place' || c.type === 'person') && inTicker(doc.clean, c.start)));
}
/** whether a ticker in angle brackets opens at `start` ('<ZRV>', '<ZRV.PA>': capitals, an exchange's after a full stop) */
function inTicker(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x3c) return false;
  TICKER_AT.lastIndex = start - 1;
  return TICKER_AT.test(text);
}
const TICKER_AT = /<[A-Z][A-Z0-9]{0,6}(?:\.[A-Z]{1,3})?>/y;

/**
 * No gazetteer's organisation where the document defines its letters as a term's short form, no name's (the name
 * finder's `TERM_SOURCE`): 'Electronic Suspension Adjustment (ESA)' is no European Space Agency, 'Really Simple
 * Syndication (RSS)' no Indian volunteer corps, at the definition and at every later 'ESA'. (A short form the document
 * defines as another name, 'Electronic Sports Association (ESA)', is the name finder's organisation, which beats the
 * gazetteer's on its span already.)
 */
function withoutTerms(gazetteer: Candidate[], found: readonly Candidate[]): Candidate[] {
  let terms: Set<number> | undefined;
  for (const c of found) if (c.source === TERM_SOURCE) (terms ??= new Set()).add(c.start);
  if (terms === undefined) return gazetteer;
  return gazetteer.filter((c) => !(c.type === 'organization' && terms.has(c.start)));
}

/**
 * A region's name and `State` after it, as Nigeria's, Sudan's or Malaysia's states are named ('Lagos State', 'Zamfara
 * State', 'Blue Nile State'): the region of the country of the mention's chosen entry, its span taking `State` in (the
 * city of Lagos had been the mention). Not a US state's: 'Ohio State', 'Penn State' name universities and their teams;
 * nor before another capitalised word, a longer name's ('Lagos State Government', 'Lagos State University').
 */
function statesByName(cands: readonly Candidate[], doc: SplitDocument): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type !== 'place' || !STATE_AFTER.test(doc.clean.slice(c.end, c.end + 24))) continue;
    // (the regions of the country of the mention's chosen entry: 'Florida State' is no Uruguayan department)
    const country = countryOf(c.entries[0]);
    if (country === undefined || NO_STATES.has(country)) continue;
    const regions = c.entries.filter((e) => e.type === 'place' && e.kind === 'region' && countryOf(e) === country);
    if (regions.length === 0) continue;
    (out ??= cands.slice())[i] = { ...withEntries(c, [...regions, ...c.entries.filter((e) => !regions.includes(e))]), end: c.end + ' State'.length };
  }
  return out ?? (cands as Candidate[]);
}
// countries whose regions news never names '<name> State' (the United States' name universities and teams, 'Ohio
// State'; Britain's are counties and nations, 'Kent State' is Ohio's university)
const NO_STATES = new Set(['US', 'GB']);

/**
 * A US state's name and `State` after it name the state's university or its team ('Ohio State beat Michigan 42-27',
 * 'researchers at Iowa State'; `Ohio` had been the state): an organisation of the rules, in the place of the state's
 * candidate; not New York's or Washington's, which name the state apart from the city ('New York State'), nor before a
 * capitalised word ('Ohio State University', the name finder's). Returns the gazetteer's candidates left and the new ones.
 */
function stateUniversities(gazetteer: readonly Candidate[], doc: SplitDocument): [Candidate[], Candidate[]] {
  const added: Candidate[] = [];
  for (const c of gazetteer) {
    const e = c.entries[0];
    if (c.type !== 'place' || e?.kind !== 'region' || countryOf(e) !== 'US' || STATE_ITSELF.has(e.id) || !STATE_AFTER.test(doc.clean.slice(c.end, c.end + 24))) continue;
    const end = c.end + ' State'.length;
    added.push({ start: c.start, end, sentence: c.sentence, type: 'organization', entries: [], name: singleSpaced(doc.clean.slice(c.start, end)), source: 'rule:state-university', confidence: 0.7, priority: 1000, role: null });
  }
  if (added.length === 0) return [gazetteer as Candidate[], added];
  const dropped = new Set(added.map((a) => a.start));
  return [gazetteer.filter((c) => !(dropped.has(c.start) && c.type === 'place')), added];
}
const STATE_ITSELF = new Set(['iso:US-NY', 'iso:US-WA']);
// ' State', not before a capitalised word ('Lagos State University')
const STATE_AFTER = /^ State\b(?![ \t]+\p{Lu})/u;

/**
 * A place the words around it say is a region (`kindCue`: 'the Kharkiv and Dnipropetrovsk regions', 'the region of
 * Kharkiv') whose entries hold no region is the region the gazetteers name '<name> region', '<name> Oblast' or '<name>
 * Province' where one does: the cities of Kharkiv and Dnipropetrovsk had been the mentions, the curated oblasts matching
 * only 'the Kharkiv region' in the singular (ISO 3166-2's own names of them are 'Kharkivshchyna', 'Dnipropetrovshchyna').
 */
function regionsByCue(cands: readonly Candidate[], doc: SplitDocument, matcher: GazetteerMatcher): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (c.type !== 'place' || c.entries.length === 0 || c.entries.some((e) => e.kind === 'region') || kindCue(doc.clean, c.start, c.end) !== 'region') continue;
    const name = singleSpaced(doc.clean.slice(c.start, c.end));
    for (const form of [`${name} region`, `${name} Oblast`, `${name} Province`]) {
      const regions = matcher.exactHits(form).filter((h) => h.entry.type === 'place' && h.entry.kind === 'region');
      if (regions.length === 0) continue;
      (out ??= cands.slice())[i] = withEntries(c, regions.map((h) => h.entry));
      break;
    }
  }
  return out ?? (cands as Candidate[]);
}

/** Whether one of `cs` is an organisation written as an acronym in `text` ('NATO'; a loop, not a closure per document) */
function anyAcronymOrg(cs: readonly Candidate[], text: string): boolean {
  for (const c of cs) if (c.type === 'organization' && c.end - c.start <= 6 && ACRONYM_TEXT.test(text.slice(c.start, c.end))) return true;
  return false;
}
/**
 * An organisation's acronym is the organisation the document names in full with those initials, the gazetteer's or
 * the rules' (an acronym the rules typed only), where there is one such ('The International Criminal Court issued a warrant … The ICC prosecutor said': WordNet's `ICC`,
 * the Interstate Commerce Commission, had taken it; 'the European Central Bank … the ECB'), whatever entry the acronym
 * itself had: news names a body in full first and by its initials after, without the brackets that abbreviations.ts
 * reads. Not where two of the document's organisations have the initials. Reported as `tag/acronym-of-name`.
 */
export function acronymsOfNamedOrgs(gazetteer: readonly Candidate[], rules: readonly Candidate[], doc: SplitDocument, lex: NameFinderLexicons, report?: Reporter): [Candidate[], Candidate[]] {
  // (the first organisation written as an acronym is enough; the lists are not copied for the test)
  if (!anyAcronymOrg(gazetteer, doc.clean) && !anyAcronymOrg(rules, doc.clean)) return [gazetteer as Candidate[], rules as Candidate[]];
  const full = namedOrgInitials([...gazetteer, ...rules], doc);
  const relink = (list: readonly Candidate[], ruled: boolean): Candidate[] => {
    let out: Candidate[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (c.type !== 'organization' || c.end - c.start > 6) continue;
      const text = doc.clean.slice(c.start, c.end);
      if (!ACRONYM_TEXT.test(text)) continue;
      const named = full.get(text.replace(/\./g, ''));
      if (!named || idKey(named) === idKey(c)) continue;
      // (a gazetteer's organisation's entries; the rules' name only to an acronym the rules typed, which has no entry:
      // 'the Kellin Ports Authority … the KPA' one entity of the rules)
      if (named.entries.length > 0) (out ??= list.slice())[i] = { ...c, entries: named.entries, source: 'rule:acronym-of-name' };
      // (the id resolve mints of the full name, its legal form off: 'TWA' of 'Trans World Airlines Inc')
      else if (ruled && c.entries.length === 0) (out ??= list.slice())[i] = { ...c, idName: named.idName ?? withoutLegalForm(named.name, lex) ?? singleSpaced(named.name), source: 'rule:acronym-of-name' };
      else continue;
      report?.info('tag/acronym-of-name', `${JSON.stringify(text)}: ${named.entries[0]?.id ?? JSON.stringify(named.idName ?? named.name)}, named in full in the document${c.entries[0] ? `, not ${c.entries[0].id}` : ''}`, { span: doc.toSource.toOriginal(c) });
    }
    return out ?? (list as Candidate[]);
  };
  return [relink(gazetteer, false), relink(rules, true)];
}
/** what tells two candidates' entities apart: the first entry's id, or the name the rules' id is made of */

/**
 * The gazetteer's places a name the rules typed a place may be (`linkContextPlaces`): its context-only towns ('Charlotte',
 * 'Orlando'), and any place of that exact name, one the matcher left to the rules (a common word opening a sentence:
 * 'Berlin welcomed the decision' had minted place:berlin beside the gazetteer's Berlin of the next story; 'Manhattan
 * District Attorney' had had only Kansas's context-only town, not New York's borough, so no entry was taken).
 */
function placeHits(matcher: GazetteerMatcher, text: string): AliasHit[] {
  const [hits, all] = matcher.contextAndExactHits(text);
  const exact = all.filter((h) => h.entry.type === 'place');
  if (hits.length === 0) return exact;
  for (const h of exact) if (!hits.some((x) => x.entry === h.entry)) hits.push(h);
  return hits;
}

/**
 * A lone surname the rules typed a person ('Mr. Putin', 'Obama said he', 'President Erdogan') is the one person of the
 * news `lexicons/lone-surnames.tsv` gives it, where the document names no one of that surname in full (then resolve's
 * coreference decides: 'Michelle Obama … Obama'): the gazetteer's person of the full name where one is, else an id
 * minted of the full name (`Candidate.idName`, as the rules would mint it). A headline's capitals too ('OBAMA'). Before,
 * such a name was an entity of its own, person:obama beside person:barack-obama: 217 mention rows of boilerplate-dev's
 * pages, 56 of FakeNewsNet's stories.
 */
export function linkLoneSurnames(rules: readonly Candidate[], gazetteer: readonly Candidate[], exactHits: (name: string) => readonly AliasHit[], lex: NameFinderLexicons): Candidate[] {
  const lone = lex.loneSurnames;
  if (!lone?.size) return rules as Candidate[];
  const surnameOf = (c: Candidate): string | undefined => {
    // (not a team sheet's player: 'Thatcher' between 'Distin' and 'Mills' is no Margaret Thatcher)
    if (c.type !== 'person' || c.entries.length > 0 || c.idName !== undefined || c.source === 'rule:team-sheet' || /\s/.test(c.name)) return undefined;
    const key = isAllCaps(c.name) && c.name.length > 2 ? c.name[0] + c.name.slice(1).toLowerCase() : c.name;
    return lone.has(key) ? key : undefined;
  };
  if (!rules.some((c) => surnameOf(c) !== undefined)) return rules as Candidate[];
  // the people the document names in full (two words or more), by any candidate, by each word of their names
  const named = new Map<string, Set<string>>();
  for (const list of [gazetteer, rules])
    for (const c of list) {
      if (c.type !== 'person' || !/\s/.test(c.name)) continue;
      const full = singleSpaced(c.entries.length ? c.entries[0].name : c.name);
      for (const w of c.name.split(/\s+/)) (named.get(w) ?? named.set(w, new Set()).get(w)!).add(full);
    }
  return rules.map((c) => {
    const key = surnameOf(c);
    if (key === undefined) return c;
    const full = lone.get(key)!;
    // (coreference links it where the document names someone of it in full; but not a lone word of the lexicon's own
    // person that is no last word, no key of resolve's: 'Saddam' after 'Saddam Hussein')
    const others = named.get(key) ?? named.get(c.name);
    if (others && ([...others].some((n) => n !== full) || full.endsWith(` ${key}`))) return c;
    const people = exactHits(full).filter((h) => h.entry.type === 'person');
    const linked = { ...c, source: LONE_SURNAME_SOURCE, confidence: Math.min(c.confidence, 0.7) };
    return people.length === 1 ? { ...linked, entries: [people[0].entry] } : { ...linked, idName: full };
  });
}

/**
 * A firm's name with its legal form that the rules found ('Toyota Motor Corp.', 'Hewlett-Packard Co.', 'Morgan
 * Stanley Group Inc.') is the gazetteer's organisation of its name without the legal form, or without a word that
 * names the same firm too (`SAME_FIRM_WORD`: 'Toyota', 'Morgan Stanley'), where one has it: the rules had minted
 * organization:toyota-motor beside the gazetteer's Toyota of the story's next mention. Only after a legal form, which
 * says firm ('Meta Group', an analysts' firm, is no Meta); not without a word like 'International', 'Financial',
 * 'Enterprises' ('Coca-Cola Enterprises', the bottler, is no Coca-Cola; 'Goldman Sachs International' a branch). The
 * brand index's names are many firms' of a few letters or a common name, so a generated entry is taken only where
 * the name is its own name, not an alias, and no acronym ('USG Corp' is no Ukrainian insurer USG, 'Woolworth Holdings'
 * no Mexican chain of that alias); a common word is no firm's name here ('Arsenal Holdings' no club).
 */
export function legalFormFirms(rules: readonly Candidate[], exactHits: (name: string) => readonly AliasHit[], lex: NameFinderLexicons): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < rules.length; i++) {
    const c = rules[i];
    if (c.type !== 'organization' || c.entries.length > 0 || c.idName !== undefined) continue;
    const words = c.name.split(/\s+/);
    if (words.length < 2 || !isLegalForm(words[words.length - 1].replace(/,$/, ''))) continue;
    const key = orgKeys(words, lex)[0];
    // (nor a given name's word alone, a founder's of many firms: 'Salomon Inc' is no French sportswear maker Salomon)
    if (key === undefined || isGivenName(key, lex)) continue;
    const shorter = key.replace(SAME_FIRM_WORD, '');
    // (first the name as written with its legal form's full stop off, which an alias spells so: 'Taiwan Semiconductor
    // Manufacturing Co.' is the curated 'Taiwan Semiconductor Manufacturing Co', whose match the rules' longer span hid)
    const names = shorter !== key ? [key, shorter] : [key];
    const written = singleSpaced(c.name).replace(/,$/, '');
    if (written.endsWith('.')) names.unshift(written.slice(0, -1));
    for (const name of names) {
      if (!/\s/.test(name) && lex.commonWords.has(name.toLowerCase())) break;
      const acronym = !/\p{Ll}/u.test(name);
      const firms = exactHits(name).filter((h) => h.entry.type === 'organization' && (h.entry.tier !== 'generated' || (h.entry.name === name && !acronym)));
      if (firms.length === 0) continue;
      (out ??= rules.slice())[i] = { ...c, entries: firms.map((h) => h.entry) };
      break;
    }
  }
  return out ?? (rules as Candidate[]);
}
/** a last word of a firm's name that names the same firm without it: 'Toyota Motor', 'Morgan Stanley Group', 'HSBC Holdings' */
const SAME_FIRM_WORD = / (?:Motors?|Group|Holdings?)$/;

/**
 * A pope's or a monarch's one given name the rules found after the title ('Pope Francis', 'Prince Harry', 'Queen
 * Rania') is an id minted of the title and the name (`person:pope-francis`, the entity named so), not of the name alone:
 * `person:francis` was also every lone 'Francis' of other documents, `person:harry` every 'Harry'. The mention keeps its
 * text and the title its role. (A gazetteer's person keeps its entry: 'Prince Charles', WordNet's.) So is a British
 * peer's one name after the title ('Lord Falconer' -> `person:lord-falconer`, not every Falconer), unless the document
 * names someone of that last name in full, whom coreference makes the peer ('Susan Greenfield … Baroness Greenfield').
 */
export function regnalIds(rules: readonly Candidate[], gazetteer: readonly Candidate[], doc: SplitDocument): Candidate[] {
  let out: Candidate[] | undefined;
  let lastNames: Set<string> | undefined;
  for (let i = 0; i < rules.length; i++) {
    const c = rules[i];
    if (c.type !== 'person' || c.role === null || c.entries.length > 0 || c.idName !== undefined || !REGNAL_TITLES.has(c.role) || /\s/.test(c.name)) continue;
    if (PEERAGE_TITLES.has(c.role) && (lastNames ??= lastNamesOf(rules, gazetteer, doc)).has(c.name)) continue;
    (out ??= rules.slice())[i] = { ...c, idName: `${c.role} ${c.name}` };
  }
  return out ?? (rules as Candidate[]);
}
/** The last words of the document's persons named in two words or more: 'Greenfield' of 'Susan Greenfield'. */
function lastNamesOf(rules: readonly Candidate[], gazetteer: readonly Candidate[], doc: SplitDocument): Set<string> {
  const out = new Set<string>();
  for (const c of [...rules, ...gazetteer]) {
    if (c.type !== 'person') continue;
    // (a rule's name without its title: 'Miss Lawson' is no full name)
    const text = c.entries.length > 0 ? doc.clean.slice(c.start, c.end) : c.name;
    const space = text.lastIndexOf(' ');
    if (space > 0) out.add(text.slice(space + 1));
  }
  return out;
}
/** a British peer's title before one name, the peer's name as the news gives it: 'Lord Cameron', 'Baroness Hale' */
const PEERAGE_TITLES = new Set(['Lord', 'Lady', 'Baron', 'Baroness', 'Viscount', 'Viscountess', 'Countess', 'Marquess']);
const REGNAL_TITLES = new Set([...ROYAL_TITLES, 'Tsar', 'Czar', 'Sultan', 'Emir', 'Crown Prince', 'Crown Princess', ...PEERAGE_TITLES]);

/** A verb of speaking right after an organisation's name: 'Apple said', 'Shell announced' (the firm, not the fruit). */
const ORG_SPEAKS_AFTER = /^(?:said|says|told|announced|announces|reported|reports|confirmed|confirms)$/;
/**
 * A plural verb after an organisation's one-word name that is no plural, which British English gives a team or a party:
 * 'Arsenal have completed the signing', 'Labour are creating' (not 'Spaces are limited', a plural's own verb).
 */
const ORG_PLURAL_VERB_AFTER = /^(?:have|are|were)$/;
/**
 * A town's people's word, its name and '-er' ('New Yorker', 'Londoner'), that a gazetteer has as an organisation's name
 * ('New Yorker', a clothing retailer's in Wikidata; the magazine is 'the New Yorker'), is the people's word, as 'Texan'
 * is (CoNLL-2003's MISC), before a person's name (a given name or a surname of the lists and a capitalised word), before
 * 'born' or 'living', or after 'a', 'an' or 'fellow': 'New Yorker William Zorvex', 'a New Yorker post 11 September',
 * 'the New Yorker-born actor'; not after 'the' but before 'born' ('the New Yorker's Michael Specter', 'Longtime New Yorker
 * contributor'). Returns the gazetteer's candidates without those, and the people's words (`rule:town-demonym`). The
 * cheap shape first: an organisation's name that ends in 'er'.
 */
function townDemonyms(gazetteer: Candidate[], doc: SplitDocument, matcher: GazetteerMatcher, names: NameFinderLexicons): [Candidate[], Candidate[]] {
  let demonyms: Candidate[] | undefined;
  for (const c of gazetteer) {
    if (c.type !== 'organization' || !DEMONYM_END.test(doc.clean.slice(c.end - 3, c.end))) continue;
    const after = doc.clean.slice(c.end, c.end + 40);
    const before = doc.clean.slice(Math.max(0, c.start - 8), c.start);
    if (!BORN_AFTER.test(after) && (THE_LAST.test(before) || !((ARTICLE_LAST.test(before) && !PUBLICATION_NOUN_AFTER.test(after)) || personAfter(after, names)))) continue;
    const text = doc.clean.slice(c.start, c.end);
    if (!matcher.exactHits(text.slice(0, -2)).some((h) => h.entry.type === 'place')) continue;
    (demonyms ??= []).push({ start: c.start, end: c.end, sentence: c.sentence, type: 'norp', entries: [], name: singleSpaced(text), source: 'rule:town-demonym', confidence: 0.7, priority: -1, role: null });
  }
  if (!demonyms) return [gazetteer, []];
  const spans = new Set(demonyms.map((d) => d.start));
  return [gazetteer.filter((c) => !(c.type === 'organization' && spans.has(c.start))), demonyms];
}
/** a people's word's end of a town's name and '-er': 'Yorker', 'Londoner' */
const DEMONYM_END = /\p{Ll}er$/u;
const BORN_AFTER = /^(?:-born\b|\s+(?:born|living)\b)/;
const THE_LAST = /(?:^|\s)(?:the|The)\s+$/;
const ARTICLE_LAST = /(?:^|\s)(?:a|an|A|An|fellow|Fellow)\s+$/;
/** a publication's noun after the name: 'a New Yorker cartoon', 'an Economister article' name the magazine, no people's word */
const PUBLICATION_NOUN_AFTER = /^\s+(?:cartoons?|cartoonists?|articles?|pieces?|covers?|profiles?|stor(?:y|ies)|essays?|columns?|columnists?|writers?|editors?|reporters?|subscriptions?|subscribers?|reviews?|magazine)\b/;
const PERSON_AFTER = /^ (\p{Lu}\p{Ll}+) \p{Lu}/u;
/** a person's name after a word: a given name or a surname of the lists and a capitalised word ('William Zorvex', 'Dick Quandell') */
function personAfter(after: string, names: NameFinderLexicons): boolean {
  const m = PERSON_AFTER.exec(after);
  return m !== null && (isGivenName(m[1], names) || isListed(m[1], names.lastNames, names.surnames));
}
/** a thing named after a person, after the person's name: 'Show', 'Theatre', 'Award' */
const NAMED_AFTER_PERSON = new Set('Show Podcast Lecture Lectures Memorial Theatre Theater Award Awards Prize Trophy Medal Stakes'.split(' '));
/** what a paper is called after its name: 'The Hindu newspaper reported' is the paper */
const MEDIA_NOUNS = new Set(['newspaper', 'daily', 'paper', 'weekly', 'reporter', 'reporters', 'journalist', 'journalists', 'editor', 'website']);
/** a possessive's token: "'s", '’s' */
const POSSESSIVE = /^['’]s$/;
/** An apostrophe and an 's' at token `k`, joined to the word before them: the tokenizer's "Apple", "'", "s" */
const possessiveAt = (tokens: readonly MatchToken[], k: number) =>
  (tokens[k]?.text === "'" || tokens[k]?.text === '’') && tokens[k + 1]?.text === 's' && tokens[k].start === tokens[k - 1].end && tokens[k + 1].start === tokens[k].end;
const POSSESSIVE_AFTER = /^[ \t]?['’]s$/;
/** a capitalised word and its possessive, the whole of a name: "Henry's" */
const GIVEN_POSSESSIVE = /^(\p{Lu}\p{Ll}+)['’]s$/u;
/**
 * Whether `text` has `word` (letters: `GIVEN_POSSESSIVE`'s) as a word of its own, not before a possessive nor after
 * another capitalised word ('Henry said', 'Henry Smith'), answers kept in `seen`. Read where the word stands
 * (`indexOf`), by two expressions built once, anchored before and after it (sticky; a lookbehind still reads the text
 * before): it was one expression built per word and run over the whole text, 1-9 ms a call.
 */
export function namedBare(text: string, word: string, seen: Map<string, boolean>): boolean {
  let named = seen.get(word);
  if (named === undefined) {
    named = false;
    for (let at = text.indexOf(word); at >= 0 && !named; at = text.indexOf(word, at + 1)) {
      BARE_BEFORE.lastIndex = at;
      BARE_AFTER.lastIndex = at + word.length;
      named = BARE_BEFORE.test(text) && BARE_AFTER.test(text);
    }
    seen.set(word, named);
  }
  return named;
}
// (no letter, mark or digit before the word, nor another capitalised word and a space: 'The Finance Bill was passed'
// is no bare 'Bill'; after a stop it is, 'in Boston. Henry said')
const BARE_BEFORE = /(?<![\p{L}\p{M}\p{N}])(?<!\p{Lu}\p{L}*[ \t])/uy;
// (no letter, mark or digit after it, nor a possessive's 's: "Henry's")
const BARE_AFTER = /(?![\p{L}\p{M}\p{N}]|['’]s(?![\p{L}\p{N}]))/uy;

/**
 * A gazetteer's name that is a person's name and a possessive is the person's: "Carter’s entire argument" after 'Jimmy
 * Carter' is his, not Carter's, a brand index's children's wear; "Smith’s group" after 'Nate Smith'. The gazetteer's
 * candidate goes where the rules found a person (the lone surname or given name of one named in full, a titled name:
 * 'President Carter’s') that ends right before the possessive; the overlap rule would have kept the longer brand. So is
 * an organisation's name of a listed given name and 's where the document names the given name elsewhere ("Bill's
 * tenure" after 'Bill and Hillary Clinton'). Reported as the overlap's losers are (`tag/overlap-dropped`).
 */
export function withoutPossessives(gazetteer: readonly Candidate[], rules: readonly Candidate[], doc: SplitDocument, report?: Reporter, lex?: NameFinderLexicons): Candidate[] {
  let personAt: Map<number, Candidate> | undefined;
  let bare: Map<string, boolean> | undefined;
  const dropped = new Set<Candidate>();
  for (const c of gazetteer) {
    // (the possessive's two characters end the candidate: its text is the alias as written)
    if (c.type === 'person' || !POSSESSIVE.test(doc.clean.slice(c.end - 2, c.end))) continue;
    if (!personAt) {
      personAt = new Map();
      for (const r of rules) if (r.type === 'person') personAt.set(r.start, r);
    }
    const person = personAt.get(c.start);
    // (a space between them too, in tokenised text: 'Kohl 's')
    if (person && POSSESSIVE_AFTER.test(doc.clean.slice(person.end, c.end))) {
      dropped.add(c);
      report?.info('tag/overlap-dropped', `${c.type} ${JSON.stringify(doc.clean.slice(c.start, c.end))} (${c.source}) lost to person ${JSON.stringify(person.name)} (${person.source}) and its possessive`, { span: doc.toSource.toOriginal(c) });
      continue;
    }
    // an organisation's name of a listed given name and 's ('Henry's', 'Mark's', 'Bill's', the brand index's) where the
    // document names the given name elsewhere is that person's possessive: "Mark's post" of a blog that quotes Mark
    // Suster, "Bill's tenure" after 'Bill and Hillary Clinton'; 'Macy's' and 'Wendy's' stay where no Macy or Wendy is
    // named (no rule found the person here: the given name alone, or one that is a common word too, 'Bill')
    const given = c.type === 'organization' && lex !== undefined ? GIVEN_POSSESSIVE.exec(doc.clean.slice(c.start, c.end)) : null;
    if (given && isGivenName(given[1], lex!) && namedBare(doc.clean, given[1], (bare ??= new Map()))) {
      dropped.add(c);
      report?.info('tag/overlap-dropped', `${c.type} ${JSON.stringify(doc.clean.slice(c.start, c.end))} (${c.source}): the possessive of ${JSON.stringify(given[1])}, whom the document names`, { span: doc.toSource.toOriginal(c) });
    }
  }
  return dropped.size === 0 ? (gazetteer as Candidate[]) : gazetteer.filter((c) => !dropped.has(c));
}
