import * as chrono from 'chrono-node';
import type { Line } from './lines.js';
import { BmpRegExp } from '../../text/bmp-regexp.js';
import { isHyphen, isJoiner } from '../../text/chars.js';
import { isCommonWord } from '../../nlp/wink.js';
import { detach } from '../../text/tokenize.js';

/**
 * Metadata lines of a news page: the publication date, the outlet or agency
 * named as source, the dateline, the byline, and photo captions with a
 * credit. Each pattern is a general convention of news writing, not the
 * string of one outlet.
 */

// ' date 2020-12-28 Title…' (a key/value header some scrapers prepend)
export const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+Z-]+)?\s+/i;

export const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

// the month names in any case ('FEB', 'FEb': a wire's typing), for a pattern that is case-sensitive otherwise
const MONTHS_ANY_CASE = MONTHS.replace(/[a-z]/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);

// 'BAKU, Azerbaijan, Dec.28', 'MOSCOW, Oct. 10', 'WASHINGTON (Reuters) -', 'WASHINGTON, FEB 26 -', 'RICHMOND, Va. Feb 26 -',
// 'NEW YORK, March 3 (Reuters) -', 'BERLIN (dpa) -' (an agency in lower case), 'JYVASKYLA, Finland 1996-08-25' (a wire's date
// as Reuters' corpus writes it); the place four words at most (not a headline in capitals with a ticker: 'DALLAS INVESTOR
// CUTS STAKE IN MCDERMOTT (MDR)')
// (or between slashes, as press-release wires write it: 'LONDON, Nov. 12, 2024 /PRNewswire/ --')
const AGENCY_IN_BRACKETS = `(?:\\((?:[\\p{Lu}][\\p{L}.& ]+|\\p{Ll}{2,5})\\)|\\/[\\p{Lu}][\\p{L}-]+\\/)`;
const TITLE_CASE_PLACE_DATE = `\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}\\s*,\\s*(?:${MONTHS})\\.?\\s*\\d{1,2}(?:,\\s*\\d{4})?\\s*${AGENCY_IN_BRACKETS}`;
// a place in capitals and its state or country after a comma ('QUIMBAR FALLS, Ore.', 'NAIROBI, Kenya', 'NYC, NY')
const CAPS_PLACE_REGION = `\\p{Lu}[\\p{Lu}\\p{M}.'’-]*(?: +[\\p{Lu}\\p{M}.'’-]+){0,3},\\s*\\p{Lu}[\\p{L}\\p{M}.'’-]*(?: \\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}`;
/** DATELINE's place in title case alone ('New Delhi, March 3 (IANS)') */
const TITLE_DATELINE = new RegExp(`^${TITLE_CASE_PLACE_DATE}`, 'u');
export const DATELINE = new RegExp(
  `^((?:\\p{Lu}[\\p{Lu}\\p{M}.'’-]*(?: +[\\p{Lu}\\p{M}.'’-]+){0,3} *)(?:,\\s*[\\p{Lu}][\\p{L}\\p{M}.'’ -]+){0,2}?(?:(?:,\\s*|(?<=\\.)\\s+)(?:${MONTHS_ANY_CASE})\\.?\\s*\\d{1,2}(?:,\\s*\\d{4})?(?:\\s*${AGENCY_IN_BRACKETS})?|\\s*${AGENCY_IN_BRACKETS}|\\s+\\d{4}-\\d{2}-\\d{2})` +
    // (a place in title case with its date and agency: 'New Delhi, March 3 (IANS)', as Indian wires write it)
    `|${TITLE_CASE_PLACE_DATE}` +
    // (a place in capitals, its state or country and a dash with spaces, no date: 'CHARLOTTESVILLE, Va. —', 'NAIROBI,
    // Kenya –', 'SAN FRANCISCO, Calif. --', as American papers write it; not a place alone before the dash, which a
    // section's label in capitals also is: 'PLAYBOOK METRO SECTION --', 'LOL –')
    `|${CAPS_PLACE_REGION}(?=\\s+(?:--|[–—]|-(?=\\s)))` +
    `)` +
    // (the agency's brackets may end it before the story's first word, no dash: 'NEW DELHI, March 3 (IANS) Floods killed')
    `(?:\\s*(?:--|[-–—:])\\s*|\\s*$|(?<=\\))\\s+(?=\\p{Lu}))`,
  'u',
);

/** What `datelinePlaceEnd` reads of a token: its text and where it is in the text. */
export interface PlacedToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Where the place a dateline opens with ends, in `toks[from..to)`, the tokens of a sentence of `text` that ends at
 * `sentenceEnd`: its words in capitals (`isCapsWord`), joined by attached hyphens or apostrophes ('WILKES-BARRE'), up to
 * the comma, bracket or dash after them, when the sentence opens with a dateline (cut off it or not) that has a day's
 * number or a dash after it; else `from`. The dateline pattern alone also fits a title and its maker in brackets on a
 * line of their own ('TOO FAST TOO FURIOUS (DIGITAL BRIDGES)', a list of games): no day, no dash.
 *
 *   'STERLING HEIGHS , Mich. , March 3 -'  -> 2
 *   'MARION FALLS , Ore. , March 3 - The'  -> 2 (what the tagger made of 'FALLS' does not matter)
 *   'TORONTO ( AP ) - Derek Sanderson'     -> 1
 *   'SHANGHAI 1996-08-23'                  -> 1
 *   'New Delhi, March 3 (IANS) Floods'     -> 2 (title case: `titleCaseDatelinePlaceEnd`)
 *   'NATO , the alliance , said'           -> 0
 */
export function datelinePlaceEnd(text: string, toks: ArrayLike<PlacedToken>, from: number, to: number, sentenceEnd: number, isCapsWord: (w: string) => boolean): number {
  let k = from;
  while (k < to && (isCapsWord(toks[k].text) || (k > from && k + 1 < to && isJoiner(toks[k].text) && toks[k].start === toks[k - 1].end && toks[k + 1].start === toks[k].end))) k++;
  // (a place in title case, the dateline's its date and agency after a comma: 'New Delhi , March 3 ( IANS )')
  if (k === from) return titleCaseDatelinePlaceEnd(text, toks, from, to, sentenceEnd);
  const next = k < to ? toks[k].text : '';
  if (k === from || k - from > 7 || (next !== ',' && next !== '(' && !isDash(next) && !(k < to && ISO_DATE.test(text.slice(toks[k].start, toks[k].start + 11))))) return from;
  const dateline = DATELINE.exec(text.slice(toks[from].start, sentenceEnd))?.[0];
  return dateline !== undefined && (DIGIT.test(dateline) || ENDS_IN_DASH.test(dateline)) ? k : from;
}
const isDash = (s: string) => isHyphen(s) || s === '–' || s === '—';

/** `datelinePlaceEnd` for a place in title case (`TITLE_DATELINE`: its date and agency after a comma), else `from` */
function titleCaseDatelinePlaceEnd(text: string, toks: ArrayLike<PlacedToken>, from: number, to: number, sentenceEnd: number): number {
  let k = from;
  while (k < to && k - from < 3 && TITLE_CASE_WORD.test(toks[k].text)) k++;
  if (k === from || k >= to || toks[k].text !== ',') return from;
  return TITLE_DATELINE.test(text.slice(toks[from].start, sentenceEnd)) ? k : from;
}
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** a wire's date right after the place: 'SHANGHAI 1996-08-23' */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?!\d)/;
const DIGIT = /\d/;
const ENDS_IN_DASH = /[-–—]\s*$/;

// 'SOURCE:TRTWorld and agencies', 'From: Deutsche Welle |', 'Via: AP'
export const SOURCE_LINE = /^(?:source|sources|from|via|courtesy(?: of)?|credit)\s*:\s*(.+?)\s*[|•·]?\s*$/iu;

// 'Trend:' -- a short capitalised name alone before a colon (agency slug)
export const AGENCY_SLUG = new BmpRegExp(/^([\p{Lu}][\p{L}\p{M}\p{N}&.'’ -]{1,40}?)\s*:$/u);

// 'By Mehmet Emre Kahraman', 'by randfish on January 31, 2011'
export const BYLINE = /^by\s+[\p{L}][\p{L}\p{M}\p{N}.'’ -]*(?:(?:,| and)\s+[\p{Lu}][\p{L}\p{M}.'’ -]+)*(?:\s+(?:on|in)\s+.{3,40})?$/iu;

// a wire story's credits under its last paragraph: '(Reporting by Kellin Abaro in Portvale; Editing by Zorvex Quimbar)',
// '(Editing by Zorvex Quimbar)', '(Additional reporting by Kellin Abaro)', 'By' in a capital too ('(Reporting By Kellin
// Abaro)', Reuters'), and brackets of one level inside ('(Reporting by Kellin Abaro (Portvale) and Zorvex Quimbar
// (Brenthia))', '(Reporting by Kellin Abaro in Portvale (Editing by Zorvex Quimbar))'). In brackets only: a line
// 'Editing by semantic units' is a text's.
export const CREDIT_LINE = /^\((?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Tt]ranslation)(?: and \p{Ll}+)? (?:by|By|BY) \p{Lu}[^()]*(?:\([^()]*\)[^()]*)*\)\.?$/u;

// 'Posted at 05:00 AM in Decor, …', 'Posted on November 5th, 2012 - By Staff', 'Posted by Danielle Black'
export const POSTED_LINE = /^(?:posted|published|written|updated)\s+(?:at|on|by|in)\b/iu;

// '… in Jabrayil District, December 7, 2020. / Reuters', '… (Photo: AFP)', '… (Ministry of Defense / PA / Representation)',
// '… near Valencia. Photograph: Manu Fernández/AP' (the Guardian's credit), '… Illustration: Zorvek Quimbar', '… North
// Darfur, Sudan [File: Reuters]', '… in Gaza [Photo: AFP]', '… [Anna Berg/Reuters]' (a credit in square brackets after
// 'File:' or 'Photo:', or a photographer and an agency: not a blog's source, '… broke up. [Daily Mail]', nor a
// headline's label, 'Ads for Outdated Products [Pics]')
export const CAPTION_CREDIT =
  /(?:\s[/|]\s*[\p{Lu}][\p{L}\p{M}.&' -]{1,40}$)|(?:\((?:photo|image|picture|file photo|credit|source)s?\b[^)]*\)\s*$)|(?:\([^()]*\s\/\s[^()]*\)\s*$)|(?:\b(?:photo(?:graph)?|image|picture|illustration)\s*(?:credit)?\s*:\s*[\p{Lu}][^.]{0,60}$)/iu;

// (case-sensitive, apart from CAPTION_CREDIT's `i` flag, under which a capital's class takes any letter: not '… go ahead.
// [Updated 10/12/2012]', '… [and/or delayed]', '… [h/t reader]')
const BRACKET_CREDIT = /\s\[(?:(?:[Ff]ile(?: [Pp]hoto)?|[Pp]hoto|[Ii]mage)\s*:\s*\p{Lu}[^[\]]{0,40}|\p{Lu}[^[\]/\d]{0,30}\/\s*\p{Lu}[^[\]/\d]{0,30})\]\s*$/u;

/** A caption's credit at the end of a line, for stripping: CAPTION_CREDIT's forms and BRACKET_CREDIT's. */
export const withoutCaptionCredit = (text: string): string => text.replace(CAPTION_CREDIT, '').replace(BRACKET_CREDIT, '');

const PHOTO_WORD = /photo|image|picture|illustration/iu;
/**
 * CAPTION_CREDIT with a cheap pre-test (most lines are prose without a credit): every alternative
 * needs a closing ')' or ']' at the end, a '/' or '|', or a ':' after 'photo'/'image'/'picture'.
 */
export function hasCaptionCredit(text: string): boolean {
  let e = text.length;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  const pre = text.charCodeAt(e - 1) === 41 || text.charCodeAt(e - 1) === 93 || text.includes('/') || text.includes('|') || (text.includes(':') && PHOTO_WORD.test(text));
  return pre && (CAPTION_CREDIT.test(text) || BRACKET_CREDIT.test(text));
}

// a credit's opening words: 'Photo by Kellin Abaro/Portvale Times', 'Photos courtesy of …', 'Image credit: …'
const CREDIT_WORDS = /^(?:photo(?:graph)?|image|picture|illustration|graphic)s?\s+(?:by|courtesy(?:\s+of)?|credit)\s*:?\s+\S/iu;
/**
 * a credit a colon opens, whose words are only a holder's name: capitalised words and their joints ('Photo: Kellin Abaro',
 * 'Image: NASA', 'Photo: Courtesy of the Portvale Harbour Board', 'Photo: Kellin Abaro at Quimbar Studio / Courtesy of
 * Zorvex Co.'); not a gallery's kicker over a headline, which has words in lower case or is plural ('Photos: Halloween
 * in Portvale looks awesome', 'Photo: Great design from Zorvex', 'Photos: Before')
 */
const CREDIT_COLON = /^(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture|[Ii]llustration)\s*:\s*(?:©\s*)?\p{Lu}[^\s»›]*(?:\s+(?:\p{Lu}[^\s»›]*|of|at|for|and|by|via|the|[/&|]|[-–—]))*$/u;
/**
 * A photo's credit on a line of its own, under or over its picture: 'Photo by Kellin Abaro/Portvale Times',
 * 'Illustration by Zorvex Quimbar', 'Photos courtesy of the harbour authority', 'Image credit: Kellin Abaro', 'Photo:
 * Kellin Abaro' (a caption whose words are only the credit; `CAPTION_CREDIT` reads a credit after a caption's words).
 */
export const creditOnly = (text: string): boolean => CREDIT_WORDS.test(text) || CREDIT_COLON.test(text);

// '4 MIN READ', '3 minute read', 'Reading time: 5 minutes'
export const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?)\s*read|reading time\s*:?\s*\d+\s*min(?:ute)?s?)$/i;

// cheap test before asking chrono: a month name, or a numeric date like 2012-07-21, 07.21.12, 21/7/2012
export const DATEISH = new RegExp(`\\b(?:${MONTHS})\\b|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}`, 'i');

/**
 * The first full date (year, month and day certain) chrono reads strictly in `text`, of those `take` accepts, as
 * yyyy-mm-dd, and how many characters all its results cover.
 */
function strictDate(text: string, take: (r: chrono.ParsedResult) => boolean = () => true): { iso: string; covered: number } | undefined {
  const results = strictParse(text);
  const r = results.find((x) => x.start.isCertain('year') && x.start.isCertain('month') && x.start.isCertain('day') && take(x));
  if (!r) return undefined;
  const ymd = [r.start.get('year')!, r.start.get('month')!, r.start.get('day')!];
  return { iso: `${String(ymd[0]).padStart(4, '0')}-${String(ymd[1]).padStart(2, '0')}-${String(ymd[2]).padStart(2, '0')}`, covered: results.reduce((n, x) => n + x.text.length, 0) };
}

/**
 * chrono's strict results for `text` (read, never changed, by `strictDate`), parsed once for the last few texts: a
 * line's date is asked of chrono up to three times (`dateLine` in the first pass, `bylineWithDate`, `headerLineDate`
 * in the header's), and each parse cost ~0.2 ms (a sixth of boilerplate-dev's 18,352 parses, a third of the 10 MB
 * corpus's 744, were of a text parsed before). Exact: the reference date is fixed, so the results are a function of the
 * text. The text is parsed as a copy (`detach`): the results' texts are slices of it, not of the whole document, which
 * the texts kept here would otherwise keep alive. strictParse('Posted July 24, 2012')[0].text = 'July 24, 2012'.
 */
function strictParse(text: string): chrono.ParsedResult[] {
  let results = parsed.get(text);
  if (results === undefined) {
    if (parsed.size >= PARSED_TEXTS) parsed.clear();
    const own = detach(text);
    results = chrono.strict.parse(own, new Date(Date.UTC(2000, 0, 1)));
    parsed.set(own, results);
  }
  return results;
}
const PARSED_TEXTS = 64;
const parsed = new Map<string, chrono.ParsedResult[]>();

/**
 * The signature line of a reader comment: a name and/or a date with a clock time or an age, on a short line.
 * 'July 26, 2012 at 8:42 am', 'Jamie Wayne, on November 7th, 2012 // Twitter: @jamie',
 * 'Marie on 09/13/2012 at 10:12 pm', '4. Harry Ballz - October 26, 2012' (not '3 hours ago': sidebars of latest stories carry those). One such line is an article's own timestamp; three or more on a page
 * are a comment thread (decided in classify.ts).
 */
const CLOCK = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)?/i;
// (the name, on the line's last line, is five words at most, within 40 characters of the line's start: 'Kisna - the Warrior
// Poet opens in the UK on 21 January.' is a sentence of a story, and a file of stories had a dozen such lines, which made
// a signed thread of them; a title joined with its byline, 'Making Email More Scalable\nby randfish on February 8, 2012', is one)
const NAME_ON_DATE = new RegExp(`^(?=[^,.!?]{1,40}?,?\\s+on\\s)(?:[^,.!?\\n]*\\n)?(?:[^\\s,.!?]+[ \\t]+){0,4}?[^\\s,.!?]+,?\\s+on\\s+(?:\\w+,?\\s+)?(?:${MONTHS})\\b`, 'iu');
// a numbered comment's head: '4. Harry Ballz - October 26, 2012', '1. James Cannon - Runcorn Trekkie UK - October 26, 2012'
const NUMBERED_NAME_DATE = new RegExp(`^\\d{1,4}[.)]\\s+\\S.{0,60}?\\s[-–—|]\\s+(?:\\w+,?\\s+)?(?:${MONTHS})\\b`, 'iu');
export function commentSignature(l: Pick<Line, 'text' | 'words' | 'terminal'>): boolean {
  if (l.words > 14 || l.words < 2 || !/\d/.test(l.text)) return false;
  if (!DATEISH.test(l.text)) return false;
  return CLOCK.test(l.text) || NAME_ON_DATE.test(l.text) || NUMBERED_NAME_DATE.test(l.text);
}

/** The date a dateline gives with its year ('LONDON, Nov. 12, 2024 /PRNewswire/' -> '2024-11-12'), or undefined. */
export function datelineDate(dateline: string): string | undefined {
  return /\d{4}/.test(dateline) ? strictDate(dateline)?.iso : undefined;
}

/** A line that is essentially a date: `December 13, 2020`, `Politics 3 December 2020 12:23 (UTC+04:00)`. */
export function dateLine(l: Pick<Line, 'text' | 'words' | 'terminal'>): string | undefined {
  if (l.words > 14 || l.terminal || !DATEISH.test(l.text)) return undefined;
  const d = strictDate(l.text);
  if (!d) return undefined;
  return d.covered / l.text.length >= 0.5 ? d.iso : undefined;
}

/**
 * The full date (year, month and day) a short line holds anywhere in it, what the header's lines print beside a date of
 * their own: a byline's ('By Lim Cheng Soon, 18 August 2010'), a title's with its byline ('Binomial coefficient trick by
 * John on July 21, 2012'), a posting line's ('Published: July 24, 2012 at 7:37 AM ET'), a section's ('HyperDrive | 20
 * July 2012'). Not a sentence's (a story's: 'On July 4, 2012, the …') nor a line of more than 16 words.
 */
export function headerLineDate(l: Pick<Line, 'text' | 'words' | 'terminal'>): string | undefined {
  // (a year of four digits, and one day: not a link's 'August 12, 13 – Perseids', a range's 'October 23-31, 2012'; a
  // result's text is a piece of the line, so a line with no four digits in a row has no such result, and chrono is not
  // asked: 'May says talks will go on')
  if (l.words > 16 || l.terminal || !DATEISH.test(l.text) || POST_LINK.test(l.text) || !FOUR_DIGITS.test(l.text)) return undefined;
  return strictDate(l.text, (x) => !x.end && /\d{4}/.test(x.text))?.iso;
}
const FOUR_DIGITS = /\d{4}/;
// a link to the previous or the next post: '← August 12, 13 – Perseids Meteor Shower', 'Older posts »'
const POST_LINK = /^[←«‹<]|[→»›>]$/u;

/**
 * A byline with a date, a reading time or a posting line beside it, parted by bars, dots or double slashes, as a news
 * page's header prints them: 'By Achieng Otieno | August 15, 2022 | 4 min read', 'By Jane Smith · 12 March 2024', 'By
 * Kellin Abaro // November 6th, 2012 // 10:07 am' (a clock time a part of its own). One part may name the outlet, a
 * name of up to four capitalised words ('By Kellin Abaro | Portvale Times'), not one common word, a section's label
 * ('By Jane Smith | Politics'); two capitalised parts are a byline among a section's label and a share link ('By Jane
 * Smith | Politics | Share'). The date, if a part holds one ('' if none); undefined when the line is no such line (no
 * byline among its parts, or a part that is none of these).
 */
export function bylineWithDate(text: string): string | undefined {
  if (!META_SEPARATOR.test(text)) return undefined;
  const parts = text.split(META_SEPARATOR);
  let byline = false;
  let outlet = false;
  let date = '';
  for (const p of parts) {
    const words = p.split(/\s+/).length;
    if (words <= 12 && BYLINE.test(p)) byline = true;
    else if (READING_TIME.test(p) || POSTED_LINE.test(p) || CLOCK_TIME.test(p)) continue;
    else {
      const d = dateLine({ text: p, words, terminal: false });
      if (d === undefined) {
        if (outlet || !OUTLET_NAME.test(p) || SECTION_WORD(p)) return undefined;
        outlet = true;
      }
      date ||= d ?? '';
    }
  }
  return byline ? date : undefined;
}
const META_SEPARATOR = /\s+(?:[|•·]|\/\/)\s+/;
// '10:07 am', '18:30 GMT'
// (case-sensitive: under the i flag \p{Lu} matches any letter, and '10.30 pm xyz' passed for a time zone)
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?$/u;
// 'Computerworld', 'Portvale Times', 'The Zorvex Herald'
const OUTLET_NAME = /^\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,3}$/u;
// … but one common English word (wink's lexicon: `isCommonWord`) is a section's label, 'By Kellin Abaro | Politics',
// 'Sports', 'Opinion': an outlet's name of one word is a name of its own ('Computerworld'), or has two words or more
// ('Portvale Times'). (So 'Wired' or 'Fortune' alone pass for labels too.)
const SECTION_WORD = (part: string) => !/\s/.test(part.trim()) && isCommonWord(part.trim());

/**
 * The holder a page's copyright line names, the site's publisher (the outlet where no line names one): '© 2012
 * NBCNews.com' -> 'NBCNews.com', 'Copyright 2012 Dow Jones & Company, Inc. All Rights Reserved' -> 'Dow Jones & Company',
 * '© The Everywhereist 2012. All Rights Reserved.' -> 'The Everywhereist', '©1994-2012 Infoworld, Inc.' -> 'Infoworld'.
 * The line opens with the sign or the word and has the sign or a year (not 'Copyright Policy'); the holder is the
 * words up to a sentence's end, a bar, a dash or 'All rights reserved', without the years and a legal form, of one
 * to six words opening with a capital or a digit (not 'Copyright © 2011', 'Copyright Information'). Written by hand:
 * no library reads these lines.
 */
export function copyrightHolder(text: string): string | undefined {
  const m = COPYRIGHT_OPEN.exec(text);
  if (!m || !/©|\(c\)|\b(?:19|20)\d\d\b/i.test(text)) return undefined;
  let holder = text
    .slice(m[0].length)
    .split(/\.\s|\s[|/–—·•-]\s|\ball rights reserved\b|\s\(|;|\s+or its\b/i)[0]
    .replace(/[™®]/g, '')
    .replace(COPYRIGHT_YEARS, ' ')
    .replace(/^[\s,.:]+|[\s,.:|·•]+$/g, '')
    .replace(/^by\s+/i, '')
    .replace(LEGAL_ABBREVIATION_END, '')
    .trim();
  // ('Guardian News and Media Limited' -> 'Guardian News and Media'; 'News Limited' stays)
  const full = LEGAL_WORD_END.exec(holder);
  if (full && /\s/.test(holder.slice(0, full.index))) holder = holder.slice(0, full.index);
  const words = holder.split(/\s+/).length;
  // (nor a photo's credit: '© Getty Images', 'Copyright © 2012 Photo: AP'; 'Blue Lily Photography', a blog, stays)
  return holder && words <= 6 && /^[\p{Lu}\d]/u.test(holder) && /\p{L}{2}/u.test(holder) && !/^(?:policy|information|notice|terms|statement)\b/i.test(holder) && !/:|\bimages$/i.test(holder) ? holder : undefined;
}
// 'Copyright ©', '© Copyright', '©', '(c)', 'Copyright', '© copyright', each followed by what is left
const COPYRIGHT_OPEN = /^(?:(?:copyright\b|©|\(c\))\s*)+/i;
// '2012', '1994-2012', '2011-12', '2005 - 2012', '1996-', with a comma after
const COPYRIGHT_YEARS = /(?:^|\s)(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|\d\d)?)?,?(?=\s|$|\.)/g;
const LEGAL_ABBREVIATION_END = /,?\s+(?:inc|llc|ltd|corp|plc|gmbh|s\.?a|l\.?p)\.?$/i;
const LEGAL_WORD_END = /,?\s+(?:limited|corporation)$/i;

/** The outlet named by a source line: 'TRTWorld and agencies' -> 'TRTWorld', 'Al Jazeera and news agencies' -> 'Al Jazeera'. */
export function outletOf(value: string): string {
  return value.replace(/\s+(?:and|&)\s+(?:(?:news\s+)?agencies|wires?|staff)$/i, '').replace(/[|•·]\s*$/, '').trim();
}
