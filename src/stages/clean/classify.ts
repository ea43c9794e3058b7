import { FUNCTION_WORDS, isProse, lineFeatures, type Line } from './lines.js';
import { isNameList, teamSheetNames } from '../../text/team-sheet.js';
import type { Zone } from '../../model/document.js';
import { UNIT_LETTER, UNIT_NUMBER, hasLower, hasSurrogate, unitFlags } from '../../text/chars.js';
import { AGENCY_SLUG, BYLINE, CREDIT_LINE, POSTED_LINE, DATE_PREFIX, DATEISH, DATELINE, MONTHS, READING_TIME, SOURCE_LINE, bylineWithDate, commentSignature, copyrightHolder, creditOnly, dateLine, datelineDate, hasCaptionCredit, headerLineDate, outletOf, withoutCaptionCredit } from './metadata.js';
import { AUTHOR_BOX_HEADING, BOILERPLATE, BOILERPLATE_HINT, BREADCRUMB, BOILERPLATE_START_HINT, COMMENT_MARKER, COMMENTS_HEADING, FURNITURE, LIST_HEADING, NEWS_SAYS_LINE, TAG_LIST } from './phrases.js';

/**
 * Step 3 of cleaning: decide for each line (block) whether it is article
 * (title, metadata, body, caption) or boilerplate, and pull out the metadata.
 *
 * The decision procedure follows jusText (Pomikálek 2011), adapted to plain
 * text, in five passes:
 *
 *  1. explicit signals: known boilerplate phrases filling a short line,
 *     list headings and the list after them, an author's box after its
 *     heading ('About the Author'), date lines, `Source:` lines,
 *     captions with a credit, runs of short title-case lines (headline lists);
 *  2. context-free class of every other block from its length, stop-word
 *     density and link density: good, near-good, short or bad;
 *  3. context-sensitive revision: short and near-good blocks take the class
 *     of their neighbours (good between good stays, short between bad goes);
 *  4. the article region: from the first good block to the last good block
 *     of the main cluster; a comments heading after the body closes it, and
 *     good blocks far from the main cluster are dropped;
 *  5. header: the title (the heading just before the body), dateline,
 *     agency slug and byline next to the body start; repeated lines.
 *
 * Every rule is a general signal about web and news pages; none names an outlet.
 */
export interface LineDecision {
  readonly zone: Zone | 'dropped';
  /** why the line was dropped, or what metadata it held */
  readonly reason: string;
  /** for kept lines: the part of the line to keep (normalised-text span) */
  readonly keep?: { start: number; end: number };
}

export interface ExtractedMetadata {
  title: string | null;
  date: string | null;
  outlet: string | null;
  dateline: string | null;
}

/** jusText classes. */
export type Klass = 'good' | 'neargood' | 'short' | 'bad';

/**
 * Thresholds of the decision procedure. jusText's defaults are 70/200
 * characters and 0.30/0.32 stop-word density with its own, longer stop list;
 * ours is shorter, hence the values. Exported (and mutable) so experiments can
 * vary them; the pipeline never changes them.
 */
export const PARAMS = {
  /** blocks shorter than this (characters) are 'short' */
  lengthLow: 70,
  /** near-good blocks longer than this with high stop-word density are 'good' */
  lengthHigh: 200,
  stopLow: 0.3,
  stopHigh: 0.34,
  maxLinkDensity: 0.2,
  /** stop-word density enough for a full sentence (terminal punctuation, 10+ words) to be near-good */
  sentenceStop: 0.2,
  /** … or whose capitalised words are at most this share of its words */
  sentenceCaps: 0.5,
  /** a text with no good block keeps its sentences whose capitalised words are at most this share of their words */
  shortTextCaps: 0.8,
  /** … and a text of at most this many lines all its sentences */
  shortTextLines: 3,
  /** this many very short title-case lines in a row are a menu */
  minMenuRun: 2,
  /** short lines allowed between the members of a run of near-good paragraphs */
  maxShortInRun: 3,
  /** good blocks further apart than this (non-good blocks or characters between) belong to different clusters */
  maxGapBlocks: 4,
  maxGapChars: 300,
  /** the article must have this much text before a comments heading can close it */
  minArticleChars: 400,
  /** this many comment markers from a comments heading on close the article however short it is */
  minThreadMarkers: 3,
  /** a list, table or box inside the article: at most this many non-good blocks between two parts of it (`inset`) */
  maxInsetBlocks: 8,
  /** clusters with less text than this share of the main cluster are dropped */
  otherClusterShare: 0.5,
  /** … and at most this many blocks away from it */
  maxClusterDistance: 30,
  /** a heading is kept when good text follows within this many characters */
  maxHeadingDistance: 100,
};

/** Explicit signals that end a text: what follows them is another part of the page. */
const BOUNDARY = new Set(['breadcrumb', 'list heading', 'author box', 'comments heading', 'comment form', 'tag list', 'post footer', 'share bar', 'copyright']);

const NOT_LETTER_RUNS = /[^\p{L}\p{N}]{2,}|[^\p{L}\p{N} ]/gu;
const isLetterOrDigit = (c: number) => (c < 0x80 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : (unitFlags(c) & (UNIT_LETTER | UNIT_NUMBER)) !== 0);

/**
 * `norm` of a line with other than ASCII characters (lower case): NOT_LETTER_RUNS replaced by a space, by a loop
 * over the code units (the regex for a line with a character above U+FFFF). Each run of characters that are no
 * letter or digit becomes one space, a single space stays. The non-ASCII lines of the 10 MB bench corpus set
 * typographically, 25,672: 112-115 ms against 278-281 for the replace with the expression's BMP twin
 * (src/text/bmp-regexp.ts); on ASCII lines the replace is the faster (99-106 against 153-164 ms).
 */
function normUnicode(lower: string): string {
  if (hasSurrogate(lower)) return lower.replace(NOT_LETTER_RUNS, ' ');
  let out = '';
  // the start of the text not yet copied to `out`
  let from = 0;
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (isLetterOrDigit(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !isLetterOrDigit(lower.charCodeAt(j))) j++;
    if (j > i + 1 || lower.charCodeAt(i) !== 32) {
      out += lower.slice(from, i) + ' ';
      from = j;
    }
    i = j;
  }
  return from === 0 ? lower : out + lower.slice(from);
}
// (exported for tests) lower case, letters and digits only: 'Read more »' -> 'read more'. Each run of other characters becomes
// one space; the patterns leave single spaces alone (most separators), which makes the replace cheap,
// and ASCII text (most lines) needs no Unicode classes
export const norm = (s: string) =>
  (/^[\x00-\x7f]*$/.test(s) ? s.toLowerCase().replace(/[^a-z0-9]{2,}|[^a-z0-9 ]/g, ' ') : normUnicode(s.toLowerCase())).trim();

const NOT_PROSE = 'not prose (few function words)';
const SHORT_LINE = 'short line outside the article';

/** The context-free jusText class of a block, with the reason a bad block is bad. */
export function contextFreeClass(l: Pick<Line, 'text' | 'words' | 'stopDensity' | 'linkDensity' | 'terminal' | 'capDensity'>): { klass: Klass; reason: string } {
  const chars = l.text.length;
  if (l.linkDensity > PARAMS.maxLinkDensity) return { klass: 'bad', reason: 'link list' };
  if (chars < PARAMS.lengthLow) return { klass: 'short', reason: 'short line outside the article' };
  if (l.stopDensity >= PARAMS.stopHigh) return { klass: chars > PARAMS.lengthHigh ? 'good' : 'neargood', reason: 'text outside the article' };
  if (l.stopDensity >= PARAMS.stopLow) return { klass: 'neargood', reason: 'text outside the article' };
  // a sentence dense with names has fewer function words: 'Azerbaijani army has seized great victory, Turkish National Defense Ministry said on Twitter, Trend reports on Oct.10.'
  if (l.terminal && l.words >= 10 && l.stopDensity >= PARAMS.sentenceStop) return { klass: 'neargood', reason: 'text outside the article' };
  // … and so is one of mostly lower-case words whatever its function words: 'Struggling Japanese car maker Mitsubishi
  // Motors has struck a deal to supply French car maker Peugeot with 30,000 sports utility vehicles (SUV).' (a team
  // sheet or a menu that ends in a full stop is mostly capitals: 'J Robinson (capt); M Cueto, J Noon, O Barkley.')
  if (l.terminal && l.words >= 10 && l.capDensity <= PARAMS.sentenceCaps) return { klass: 'neargood', reason: 'text outside the article' };
  return { klass: 'bad', reason: NOT_PROSE };
}

/** A line that could be a heading: a few words, no sentence end, not a link. */
export function isHeadingLike(l: Pick<Line, 'text' | 'words' | 'terminal' | 'linkDensity'>): boolean {
  // 'Moscow confirms the ceasefire violation'; not a one-word or ALL-CAPS section label like 'WORLD'
  return l.words >= 2 && l.words <= 20 && !l.terminal && l.linkDensity === 0 && l.text.length < PARAMS.lengthHigh && /\p{Ll}/u.test(l.text);
}

interface Cluster {
  /** first and last good block */
  from: number;
  to: number;
  /** characters of text blocks (good or near-good in themselves) */
  chars: number;
  /** number of text blocks */
  texts: number;
  /** the cluster before, when only a boundary separates the two */
  joins?: Cluster;
  /** the cluster before, when no boundary separates the two */
  follows?: Cluster;
  /** non-good blocks between this cluster and the one before */
  gap: number;
}

interface Work {
  /** text and start after a stripped prefix */
  text: string;
  start: number;
  /** the end of the prose before a promo on the line (`proseBeforePromo`; the line's end when none) */
  end: number;
  /** final decision when an explicit signal decided */
  fixed?: LineDecision;
  /** metadata candidates, accepted only next to the body */
  meta?: 'slug' | 'dateline' | 'byline';
  /**
   * a byline beside its date, parted by bars or dots (`bylineWithDate`: the date, or '' for none): classified as any
   * line (a list of other stories prints one under each headline), kept as the byline next to the body only
   */
  bylineDate?: string;
  metaValue?: string;
  caption?: boolean;
  heading: boolean;
  cf: Klass;
  cls: Klass;
  reason: string;
}

// one shape for every decision (see `Work`)
const drop = (reason: string): LineDecision => ({ zone: 'dropped', reason, keep: undefined });
const keepLine = (zone: Zone, w: Work, l: Line, reason: string = zone): LineDecision => ({ zone, reason, keep: { start: w.start, end: l.end } });

/**
 * A match report's team sheets, lines of players' names the function words' test calls no prose ('Dudek, Finnan,
 * Carragher, Traore (Biscan 67), …', 'Subs Not Used: Pellegrino, Carson.': `teamSheetNames`), are the article's where
 * they stand inside it or right under its last paragraph, only dropped lines of no explicit signal (no menu, no
 * comments' heading, no tag list) between: kept as body. (BBC sport: 59 such lines, 10-20 players' names each, had
 * been dropped.) So are a story's lists of people's names under a label (`isNameList`: 'Colorado: Ryan Call, Laura
 * Carno, …', a panel's members).
 */
function teamSheets(work: readonly Work[], lines: readonly Line[], decisions: LineDecision[], first: number): void {
  const last = lastBodyLine(decisions, first);
  if (last < 0) return;
  for (let i = first + 1; i < decisions.length; i++) {
    const w = work[i];
    if (w.fixed) {
      if (i > last) return;
      continue;
    }
    const d = decisions[i];
    if (d.zone !== 'dropped' || (d.reason !== NOT_PROSE && d.reason !== SHORT_LINE)) continue;
    if (teamSheetNames(w.text)) decisions[i] = keepLine('body', w, lines[i], 'team sheet');
    else if (isNameList(w.text)) decisions[i] = keepLine('body', w, lines[i], 'list of names');
  }
}

/** The index of the last line decided body, at `from` or after it; -1 for none. */
function lastBodyLine(decisions: readonly LineDecision[], from: number): number {
  for (let i = decisions.length - 1; i >= from; i--) if (decisions[i].zone === 'body') return i;
  return -1;
}

/**
 * The story's last lines, short sentences right under its last paragraph, are body: 'Kellin Abaro is a senior reporter
 * for the Portvale Times.', 'Zorvex Quimbar contributed reporting from Brenthia.' jusText's context drops a short line
 * between good text and the page's edge or its footer (a reporter's line under a FakeNewsNet story, the last words of a
 * blog post, 'It's back to the drawing board for the forecasters.'); one that reads as a statement of the text's is the
 * story's. Each is a sentence of five words or more (`closingSentence`), dropped only as a short line, or a wire's
 * credits in brackets (`CREDIT_LINE`, kept as a byline), and they follow the body's last line with no other line
 * between: a menu, a share bar or a comments heading after the body ends them.
 */
function closingLines(work: readonly Work[], lines: readonly Line[], decisions: LineDecision[]): void {
  const last = lastBodyLine(decisions, 0);
  if (last < 0) return;
  for (let i = last + 1; i < decisions.length; i++) {
    const d = decisions[i];
    const w = work[i];
    if (d.zone !== 'dropped' || w.fixed || w.meta) return;
    // (a wire's credits, '(Reporting by Kellin Abaro; Editing by Zorvex Quimbar)', are the story's bylines: their few
    // words in capitals had made them a menu's)
    if (CREDIT_LINE.test(w.text)) decisions[i] = keepLine('meta', w, lines[i], 'byline');
    // (and a photo's credit on its own line there, the last picture's: 'Photo: Courtesy of Kellin Abaro', 'Image credit:
    // Zorvex Quimbar/Flickr'; kept as the caption it is)
    else if (w.caption && creditOnly(w.text)) decisions[i] = keepLine('caption', w, lines[i]);
    else if (d.reason === SHORT_LINE && closingSentence(lines[i])) decisions[i] = keepLine('body', w, lines[i], 'closing line');
    else return;
  }
}

/**
 * An author's bio with no heading under the story's last paragraph ('Kellin Abaro is a staff writer for the Portvale
 * Times and a native of Brenthia.' / 'Follow @kabaro on Twitter.'): the body's last block opens with a name, 'is a',
 * 'is an' or 'is the' and a writer's role in its first sentence (`AUTHOR_BIO`), and a link to the writer's other posts
 * or accounts follows it ('Read more by Kellin Abaro', 'Follow me on Twitter', 'Learn more'; a line dropped as a
 * read-more link or a link list, `BOX_LINK`), or dropped lines part it from the paragraph above (a box's 'Kellin Abaro
 * |' / 'Website |' / 'Other Articles'). A story's own last sentence about its writer has neither ('Owain Bennallack is
 * the editor of Develop magazine.' under a BBC column: a rule with no such sign cut those). The writer's name on a line
 * of its own over the bio goes with it.
 */
function closingBio(work: readonly Work[], lines: readonly Line[], decisions: LineDecision[]): void {
  const last = lastBodyLine(decisions, 0);
  if (last < 1 || !AUTHOR_BIO.test(work[last].text)) return;
  const after = lines[last + 1];
  const sign = (after && (BOX_LINK.test(after.text) || BOX_LINK_REASONS.has(decisions[last + 1].reason))) || decisions[last - 1].zone === 'dropped';
  if (!sign) return;
  decisions[last] = drop('author box');
  const above = lines[last - 1];
  if (decisions[last - 1].zone === 'body' && personName(above) && work[last].text.startsWith(above.text)) decisions[last - 1] = drop('author box');
}
/**
 * An author's box at the top of a story, between its title and its first paragraph: a link to the writer's accounts
 * ('Follow me on Twitter'), the bio (`AUTHOR_BIO`: 'Kellin Abaro is a reporter for the Portvale Times, …') and its
 * lines up to the link that cuts it short ('When it comes to work, she feels most... → Learn More'). Kept as the
 * story's first paragraphs, the bio's names and places had been the story's.
 */
function headerBio(lines: readonly Line[], decisions: LineDecision[], titleAt: number): void {
  const to = Math.min(lines.length - 1, titleAt + HEADER_BIO_LINES);
  for (let j = titleAt + 2; j <= to; j++) {
    if (!LEARN_MORE_END.test(lines[j].text)) continue;
    let k = j;
    // (up over the bio's kept lines to the link, kept or dropped as furniture)
    while (k > titleAt + 1 && !BOX_LINK.test(lines[k].text) && (decisions[k - 1].zone === 'body' || BOX_LINK.test(lines[k - 1].text))) k--;
    if (!BOX_LINK.test(lines[k].text)) return;
    let bio = false;
    for (let i = k; i <= j; i++) bio ||= AUTHOR_BIO.test(lines[i].text);
    if (!bio) return;
    for (let i = k; i <= j; i++) decisions[i] = drop('author box');
    return;
  }
}
// (the header's lines an author's box may take: the writer's name, a staff page's link, the 'Follow' link, a bio of a
// few paragraphs)
const HEADER_BIO_LINES = 8;
// a truncated bio's link at its end: '… she feels most... → Learn More', a time line after it ('posted 1 hour ago')
const LEARN_MORE_END = /\bLearn More\s*(?:\n|$)/u;
// a name (one to three capitalised words) and 'is a/an/the', a writer's role before the first sentence's end
const AUTHOR_BIO = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*\s+is\s+(?:an?|the)\s[^.!?]{0,80}?\b(?:writer|editor|reporter|blogger|columnist|correspondent|contributor|journalist)s?\b/u;
// a box's link to the writer's posts or accounts: 'Read more by Kellin Abaro', 'Follow @kabaro', 'Learn more »'
const BOX_LINK = /^(?:follow\b|read more\b|learn more\b|more (?:posts|articles|stories) (?:by|from)\b|view (?:staff|author|full)? ?(?:page|profile)\b)/iu;
const BOX_LINK_REASONS = new Set(['read-more link', 'link list']);

/**
 * A paragraph of the story that ends in a promo keeps its prose (`proseBeforePromo`) where it stands right under or over
 * a line of the body: 'Kellin Abaro covers the harbour for the Portvale Times. Follow Kellin on Twitter or subscribe to
 * his RSS feed.' -> its first sentence, a reporter's line. The line stays dropped as a promo for the passes before (a
 * page's promos are boundaries between its parts, and a shorter block there changed the neighbours of others).
 */
function promoHeads(work: readonly Work[], lines: readonly Line[], decisions: LineDecision[]): void {
  for (let i = 0; i < work.length; i++) {
    const w = work[i];
    if (w.fixed?.reason !== 'promo' || w.end >= lines[i].end) continue;
    if (decisions[i - 1]?.zone === 'body' || decisions[i + 1]?.zone === 'body') decisions[i] = { zone: 'body', reason: 'prose before a promo', keep: { start: w.start, end: w.end } };
  }
}

/**
 * A byline that is only the writer's name, on a line of its own under the title ('Harbour fees go up again' / 'Kellin
 * Abaro' / 'July 7, 2012'; 'By' / 'KELLIN ABARO' / 'Published: July 7, 2012'): a name line (`personName`) within three
 * lines under the title and over the body, dropped as a menu's, a headline list's or a short line (its few capitalised
 * words had made it a menu's), with a byline's sign beside it (`bylineSign`: a 'by' over it, a date next to it). Not
 * one of a run of names (a 'Latest contributors' box: another name line within two lines of it), not a line an
 * explicit signal dropped (a list heading, a comment's signature). Over the title a name line is as often the blog's
 * or the section's ('Kellin Abaro's Blog', 'Portvale Harbour'): the first version kept those too, and lost more than it
 * gained (boilerplate-dev: 66 pages up, 199 down). A photo's credit on its own line there (`creditOnly`) is the header
 * picture's caption: 'Illustration by Zorvex Quimbar/The Portvale Times' / 'By' / 'KELLIN ABARO'.
 */
function headerBylines(work: readonly Work[], lines: readonly Line[], decisions: LineDecision[], titleAt: number, first: number): void {
  const to = Math.min(work.length - 1, titleAt + 3, first < 0 ? Infinity : first - 1);
  for (let i = titleAt + 1; i <= to; i++) {
    if (!LONE_BYLINE_FROM.has(decisions[i].reason)) continue;
    // (a photo's credit there is the header's picture's: 'Illustration by Zorvex Quimbar/Portvale Times' / 'By' / …)
    if (creditOnly(lines[i].text)) decisions[i] = keepLine('caption', work[i], lines[i]);
    if (!personName(lines[i]) || !bylineSign(lines, i)) continue;
    let names = 0;
    for (let j = Math.max(0, i - 2); j <= i + 2 && j < work.length; j++) if (j !== i && j !== titleAt && personName(lines[j])) names++;
    if (names === 0) {
      decisions[i] = keepLine('meta', work[i], lines[i], 'byline');
      // (and its 'By' over it, which `clean.ts` joins to it: a byline's name in capitals alone, 'KELLIN ABARO', had read
      // as a headline's words, its surname a place of the gazetteer's)
      if (i - 1 > titleAt && LONE_BY.test(lines[i - 1].text)) decisions[i - 1] = keepLine('meta', work[i - 1], lines[i - 1], 'byline');
    }
  }
}
/** a byline's 'By' on a line of its own, over the writer's name */
export const LONE_BY = /^by:?$/iu;

/**
 * A byline's signs around a name line: a 'by' ending the line above ('By' / 'Kellin Abaro', 'November 12, 2012 by' /
 * 'Kellin Abaro'), or a date on the line above or below ('Kellin Abaro' / 'July 7, 2012 10:48 AM', 'Kellin Abaro' /
 * '|' / 'Aug. 9, 2012', 'Posted on Nov 1st 2012'), a line of no letters between. A menu's or a tool's line under a
 * headline ('Stock Quotes', 'Holiday Gift Guide') has neither; nor a line next to the story's byline, which names its
 * writer already ('Posted by Kellin Abaro on July 7, 2012' / 'Text Size', 'STORY HIGHLIGHTS' / 'By Kellin Abaro, CNN').
 */
function bylineSign(lines: readonly Line[], i: number): boolean {
  const above = lines[i - 1];
  const below = lines[i + 1];
  if ([above, below].some((l) => l && NAMED_BYLINE.test(l.text))) return false;
  if (above && BY_END.test(above.text)) return true;
  const next = below && !/\p{L}/u.test(below.text) ? lines[i + 2] : below;
  return [above, next].some((l) => l !== undefined && headerLineDate(l) !== undefined);
}
// a line that ends with a byline's 'by' ('By', 'November 12, 2012 by'); a line that names one ('Posted by Kellin Abaro')
const BY_END = /(?:^|\s)by:?$/iu;
const NAMED_BYLINE = /(?:^|\s)[Bb][Yy]:?\s+\p{Lu}/u;

// (the drop reasons of a header's short lines: not an explicit signal's, a list heading, a comment's)
const LONE_BYLINE_FROM = new Set(['navigation menu', 'headline list', SHORT_LINE]);

/**
 * A line that is only a person's name: two to four capitalised words (`NAME_LINE`), no function word ('Kellin Abaro',
 * 'Zorvex J.M. Quimbar', 'KELLIN ABARO'; not 'The Morning Wrap'; 'Related Posts' is a list heading, an explicit signal).
 */
const personName = (l: Line) => l.words >= 2 && l.words <= 4 && l.stopDensity === 0 && NAME_LINE.test(l.text);

// `BOILERPLATE`'s promo pattern, which `proseBeforePromo` tries sentence by sentence
const PROMO = BOILERPLATE.find(([, r]) => r === 'promo')![0];
// where a sentence ends before the next one: 'for the Portvale Times. Follow …'
const SENTENCE_BREAK = /[.!?…]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;

/**
 * The length of a line's sentences of prose before its first promo (`BOILERPLATE`'s 'promo': 'Follow Kellin on Twitter
 * or subscribe to the RSS feed.'), 0 for none: whole sentences, each a statement with a full stop and no promo (not a
 * question or a call before the promo, 'Does this article fire you up? Comment below …'), prose together (`isProse`:
 * not an advert's 'Villa to let; 4 bedrooms, 5 baths; pool.') and half the line's words or more (not a promo's own
 * first sentence, which the pattern may miss: 'Join my free newsletter, Learn Faster. Sign up and I'll send you a free
 * ebook.').
 */
function proseBeforePromo(text: string, l: Line): number {
  if (l.sentences < 2) return 0;
  let head = 0;
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    const end = m.index + m[0].trimEnd().length;
    const sentence = text.slice(head, end);
    if (PROMO.on(sentence).test(sentence)) break;
    // (a question or a call before it is the promo's: 'Does this article fire you up? Comment below and …')
    if (!FULL_STOP.test(sentence)) return 0;
    head = end;
  }
  if (head === 0) return 0;
  const prose = lineFeatures(text.slice(0, head));
  return prose.words >= l.words / 2 && isProse(prose) ? head : 0;
}

/**
 * The passes are functions of their own, called in order on the same `work`
 * array. (They were one function of ~11 kB of bytecode with its helpers as
 * closures. V8 optimises a function as a whole, and every rarely taken branch
 * that a later document took threw the optimised code away: on the 20 MB
 * bench corpus it was compiled 10-13 times, at 85-240 ms a compile on V8's
 * background threads, all through the run. `--trace-opt`.)
 */
export function classifyLines(lines: readonly Line[], runsOn: RunsOn | null = null, page = false): { decisions: LineDecision[]; metadata: ExtractedMetadata } {
  const md: ExtractedMetadata = { title: null, date: null, outlet: null, dateline: null };
  const work = explicitSignals(lines, md);
  headlineLists(work, lines, runsOn);
  contextFreeClasses(work, lines);
  menus(work, lines);
  authorBoxes(work, lines);
  textRuns(work, lines);
  neighbours(work);
  const cut = commentsCut(work, lines);
  // (a short post right above its counted comments heading is the text, however short: `postAbove`)
  const post = cut < work.length ? postAbove(work, cut) : -1;
  if (post >= 0 && work[post].cls !== 'good' && !work.slice(0, cut).some((w) => w.cls === 'good' && (w.cf === 'good' || w.cf === 'neargood'))) work[post].cls = 'good';
  let first = mainText(work, cut);
  if (first < 0 && cut < work.length && textBeforeComments(work, cut)) first = mainText(work, cut);
  if (runsOn && first >= 0) first = typedText(work, lines, first, cut, runsOn);
  // (a web page's text is a page's, whatever it shows; a hard-wrapped text is a wire's, whose paragraphs `typedText`
  // keeps, and its tables and its 'REUTER' stay out)
  return { decisions: decide(work, lines, first, md, runsOn, !page && !runsOn && noFurniture(work, lines)), metadata: md };
}

/**
 * A typed text with no web page's furniture anywhere is a clean article (a story saved as text: its title line, then
 * its paragraphs): no explicit signal (a menu's word, a share bar, a copyright line, a comment's marker, a list's
 * heading, a promo) and no link anywhere (a URL, an e-mail address, a handle, a tag, a menu's `|` or `»`). Its lists
 * and short lines are its own, however they look: a list of an award's nominees, a squad, a table of results,
 * fixtures, a budget's measures as bullets (`plainLines`). A run of title-case lines (`headlineLists`, `menus`) is a
 * guess from the lines' shape, no signal of a page; a date line is the story's own.
 */
function noFurniture(work: readonly Work[], lines: readonly Line[]): boolean {
  for (let i = 0; i < work.length; i++) if ((work[i].fixed && !PLAIN_FIXED.has(work[i].fixed!.reason)) || lines[i].linkDensity > 0) return false;
  return true;
}
const PLAIN_FIXED = new Set(['headline list', 'date line']);
const RULE_LINE = /^[^\p{L}\p{N}\s]{3,}$/u;
// (what `plainLines` keeps of a clean article: lines dropped for their shape, not for a signal of a page)
const SHAPE_DROPS = new Set(['headline list', 'navigation menu', SHORT_LINE, NOT_PROSE, 'text outside the article', 'text outside the main text']);

/**
 * A clean article's lines (`noFurniture`) after its title, or from its body's first line where it has none, that only
 * their shape dropped (few function words, short, title case: 'Zorvex Quimbar (Brenthia Rovers)', 'K Abaro' / '8,661',
 * '- Duty cuts on Quandell's exports') are body: every block of such a text is the article's, down to a rule line.
 */
function plainLines(work: readonly Work[], lines: readonly Line[], decisions: LineDecision[], from: number): void {
  for (let i = from; i < decisions.length; i++) {
    // (a rule, '-----', parts the story from what the page appended under it: 'PREVIOUS COVERAGE:' and other stories'
    // headlines)
    if (RULE_LINE.test(lines[i].text)) return;
    const d = decisions[i];
    if (d.zone === 'dropped' && SHAPE_DROPS.has(d.reason)) decisions[i] = keepLine('body', work[i], lines[i]);
  }
}

/**
 * A hard-wrapped text is typed, not a web page (whose text has one paragraph a line: `wrapWidth`): its paragraphs
 * are the article's, from the first near-good one down to a boundary or the comments, even where figures or names
 * leave them few function words and cut them off the main text ('Imports of vegetable fats, including palm oil, rose
 * to 445,400 tonnes from 362,500 …' after a table; a wire story's first paragraphs before a list of names): every
 * near-good block there is body, and so is a sentence the wrapper broke before capitals. Lines of figures (bad),
 * short lines and explicit boilerplate stay as they were. Returns the article's first text block.
 */
function typedText(work: Work[], lines: readonly Line[], first: number, cut: number, runsOn: RunsOn): number {
  let start = first;
  for (let i = 0; i < first; i++) {
    const w = work[i];
    if (w.fixed && BOUNDARY.has(w.fixed.reason)) start = first;
    else if (start === first && !w.fixed && !w.meta && (w.cf === 'neargood' || w.cf === 'good')) start = i;
  }
  // … and from the first line of its sentence ('WASHINGTON, March 20 - Subsidiaries of John Hancock Mutual' / 'Life
  // Insurance Co told the Securities and Exchange Commission …' / 'Corp back to the company.')
  while (start > 0 && runsOn.at(start - 1) && !work[start - 1].fixed && !work[start - 1].meta) start--;
  let end = start;
  for (let i = start; i < cut; i++) {
    const w = work[i];
    if (w.fixed && BOUNDARY.has(w.fixed.reason)) break;
    if (!w.fixed && !w.meta && w.cls !== 'good' && w.cf === 'neargood') w.cls = 'good';
    if (w.cls === 'good') end = i;
  }
  // … to its last sentence: short lines right after the last good block that end a sentence, or whose sentence goes on,
  // are the story's last paragraphs ('The company, however, will remain independent.', 'Value was not disclosed.'), or
  // its last sentence broken before a capital ('The wheat flour purchases complete the Export Enhancement' / 'Program
  // initiative announced in April, 1986, it said.'); a short line between good blocks is good already (jusText's
  // context), one at the end had the page's edge for a bad neighbour. A line the sentence goes on in counts however
  // few its function words ('… killed or wounded' / '1,500 Iraqi soldiers and destroyed 45 enemy tanks …').
  for (let k = end + 1; k < cut; k++) {
    const w = work[k];
    if (w.meta || (w.cf === 'bad' && !runsOn.at(k - 1)) || !(lines[k].terminal || runsOn.at(k))) break;
    w.cls = 'good';
    end = k;
  }
  // a sentence the wrapper broke before capitals, inside the article, is body however few its function words: 'The
  // plan was proposed by House Ways and Means Committee' / 'Chairman Dan Rostenkowski (D-Ill), Rep John Duncan (R-Tenn),
  // …' / 'Bob Packwood (R-Ore).' (a list of names, what a reader of the entity tables wants most)
  for (let i = start; i < end; i++) {
    let j = i;
    let words = lines[i].words;
    while (j < end && runsOn.at(j) && !work[j].fixed && !work[j].meta) words += lines[++j].words;
    if (j > i && lines[j].terminal && words >= 8 && !work[j].fixed && !work[j].meta) for (let k = i; k <= j; k++) work[k].cls = 'good';
    i = j;
  }
  // and a short sentence between such lines is body too ('"Last week was the busiest week we had," he said.' after a
  // paragraph the loop above made body: the context pass had seen a bad neighbour)
  for (let i = start; i < end; i++) if (work[i].cf === 'short' && lines[i].terminal) work[i].cls = 'good';
  return start;
}

// ---- pass 1: explicit signals -------------------------------------------

/** Pass 1: the explicit signals of every line (with the metadata they carry) and comment threads. */
function explicitSignals(lines: readonly Line[], md: ExtractedMetadata): Work[] {
  const n = lines.length;
  const work: Work[] = [];
  // comment signature lines ('July 26, 2012 at 8:42 am', 'Luke, on November 7th, 2012'), decided after the loop
  const signatures: number[] = [];
  let inList = false;
  let listStart = -1;
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    let text = l.text;
    let start = l.start;
    // ' date 2020-12-28 Azerbaijani army …' -> date 2020-12-28, line 'Azerbaijani army …'
    const dp = i === 0 ? DATE_PREFIX.exec(text) : null;
    if (dp) {
      md.date ??= dp[1];
      start += dp[0].length;
      text = text.slice(dp[0].length);
    }
    // every field present from the start: objects that gain fields later take several hidden classes,
    // and the optimised code that reads them was thrown away and rebuilt each time a document brought a
    // new combination (14-16 TurboFan compiles of ~150 ms each on the 20 MB bench corpus; 10-13 after)
    const w: Work = { text, start, end: l.end, fixed: undefined, meta: undefined, metaValue: undefined, caption: undefined, bylineDate: undefined, heading: false, cf: 'short', cls: 'short', reason: '' };
    work.push(w);
    const short = l.words <= 12;
    // a photo's credit on its own line ('Illustration by Kellin Abaro/Portvale Times'), in a list or not: no title
    if (short && creditOnly(text)) w.caption = true;
    if (l.words <= 14 && commentSignature({ text, words: l.words, terminal: l.terminal })) signatures.push(i);

    if (short && COMMENT_MARKER.test(text) && !NEWS_SAYS_LINE.test(text)) {
      w.fixed = drop('comment marker');
      continue;
    }
    // '46 Comments on “Can 187,586 Buyers Be Wrong? Consumer Reports Thinks So...”': the heading repeats the title
    if ((short || (l.words <= 30 && /^\S+\s+\S+\s+(?:on|to)\b/iu.test(text))) && COMMENTS_HEADING.test(text)) {
      w.fixed = drop('comments heading');
      continue;
    }
    // 'Explore' / 'Related stories' / 'Most read' opens a list of other stories
    if (l.words <= 8 && LIST_HEADING.test(text)) {
      w.fixed = drop('list heading');
      inList = true;
      listStart = i;
      continue;
    }
    // 'About the Author' opens the author's box: the story is over ('Zorvex Quimbar is a senior editor at …' after it)
    if (l.words <= 6 && AUTHOR_BOX_HEADING.test(text)) {
      w.fixed = drop('author box');
      continue;
    }
    // 'Home > News > Linux', 'Home › World ›', 'Home / David Allen on GTD for Startup Founders': a breadcrumb
    // trail starts the article; what comes before it is the page header
    if (short && BREADCRUMB.test(text)) {
      w.fixed = drop('breadcrumb');
      continue;
    }
    if (short && FURNITURE.test(text)) {
      w.fixed = drop('page furniture');
      continue;
    }
    // a phrase decides alone on lines of up to 60 words; tag lists ('Categories: …') at any length
    const bp =
      l.words > 60 ? (TAG_LIST.on(text).test(text) ? 'tag list' : undefined) : BOILERPLATE_START_HINT.test(text) || BOILERPLATE_HINT.test(text) ? BOILERPLATE.find(([re]) => re.on(text).test(text))?.[1] : undefined;
    if (bp) {
      w.fixed = drop(bp);
      // (the prose before a promo, which the body around it may keep: `promoHeads`)
      const head = bp === 'promo' ? proseBeforePromo(text, l) : 0;
      if (head) w.end = start + head;
      continue;
    }
    if (READING_TIME.test(text)) {
      w.fixed = drop('reading time');
      continue;
    }
    // ('By Achieng Otieno | August 15, 2022 | 4 min read': a byline beside its date, which gives the document's date;
    // before the date lines, where 'By Kellin Abaro // November 6th, 2012 // 10:07 am', mostly a date, had gone)
    const bylineDate = l.words <= 25 && !l.terminal ? bylineWithDate(text) : undefined;
    if (inList) {
      // the list ends at the first paragraph of prose (after a blank line, or a long one), or at a byline: a 'Read More'
      // that opens a photo's caption in a story's header is no list's heading ('Read More' / 'By ZORVEX QUIMBAR and
      // KELLIN ABARO' / 'Updated … November 10, 2025' / the story); so does a menu's 'Archives' link over a blog post
      // ('Archives' / 'Yard signs as fenders' / 'Written by Kellin' / the post), and a byline beside its date or outlet
      // ('By Zorvex Quimbar | Portvale Times')
      // … or at a sentence of the text's, on a page with no blank lines (`sentenceLine`): 'Related Stories' / 'Iran says
      // the hack was controlled' / 'Kellin Abaro has issued a fix for the loopholes used by the Zorvex worm.'
      if (
        (isProse(l) && (l.blankBefore || l.words >= 25 || i - listStart > 12)) ||
        (l.words <= 12 && (BYLINE_NAMES.test(text) || POSTED_BY_NAME.test(text)) && (BYLINE.test(text) || POSTED_LINE.test(text))) ||
        (bylineDate !== undefined && BYLINE_NAMES.test(text)) ||
        postHeader(text) ||
        splitByline(lines, i) ||
        (sentenceLine(lines, i) && !summarises(text, lines[i - 1]))
      )
        inList = false;
      else {
        w.fixed = drop('headline list');
        continue;
      }
    }
    if (bylineDate !== undefined) {
      w.bylineDate = bylineDate;
      continue;
    }
    // 'December 13, 2020', 'Politics 3 December 2020 12:23 (UTC+04:00)'
    const dl = dateLine({ text, words: l.words, terminal: l.terminal });
    if (dl) {
      w.metaValue = dl;
      w.fixed = drop('date line');
      continue;
    }
    // 'SOURCE:TRTWorld and agencies' -> meta 'TRTWorld and agencies', outlet 'TRTWorld'
    const src = l.words <= 10 ? SOURCE_LINE.exec(text) : null;
    if (src) {
      md.outlet ??= outletOf(src[1]);
      const vs = start + text.indexOf(src[1]);
      w.fixed = { zone: 'meta', reason: 'outlet', keep: { start: vs, end: vs + src[1].length } };
      continue;
    }
    // candidates decided in pass 5, next to the body
    const slug = l.words <= 5 ? AGENCY_SLUG.on(text).exec(text) : null;
    if (slug) {
      w.meta = 'slug';
      w.metaValue = slug[1];
      continue;
    }
    const dlm = DATELINE.exec(text);
    if (dlm) {
      w.metaValue = dlm[1].trim();
      if (dlm[0].length >= text.length - 1) {
        w.meta = 'dateline';
        continue;
      }
    }
    if ((l.words <= 12 && BYLINE.test(text)) || (l.words <= 25 && POSTED_LINE.test(text))) {
      w.meta = 'byline';
      continue;
    }
    // '… December 7, 2020. / Reuters': a photo caption with a credit
    if (l.words >= 4 && hasCaptionCredit(text)) w.caption = true;
  }

  // three or more comment signatures make a thread: each is a comment marker (a single one is the article's timestamp)
  if (signatures.length >= PARAMS.minThreadMarkers)
    for (const k of signatures) {
      const dateValue = work[k].fixed?.reason === 'date line' ? work[k].metaValue : undefined;
      work[k].fixed = drop('comment signature');
      work[k].meta = undefined;
      work[k].metaValue = dateValue;
    }
  // a lone 'Name said:' on a page with no other comment marker nor a signature introduces a quote of the story ('Biden
  // said:' before the quote's paragraph, 'JMP Securities Mark Harding said:'); a thread repeats its markers, or signs them
  let marker: Work | undefined;
  let markers = 0;
  for (const w of work) if (isMarker(w)) (markers++, (marker = w));
  if (markers === 1 && signatures.length === 0 && NAME_SAYS.test(marker!.text)) marker!.fixed = undefined;
  return work;
}
// a dateline a table's story gives: a place and a date (`DATEISH`: 'CHICAGO, Feb 26', 'RICHMOND, Va. Feb 26'), no
// section's label ('OPINION (AP)', 'UPDATED, Dec 5', 'WORLD NEWS, Sept 4')
const SECTION_LABEL = /^(?:OPINION|PHOTOS?|BREAKING|UPDATED?|EXCLUSIVE|NEWS|WORLD NEWS|TV LISTINGS|LISTINGS|ANALYSIS|COMMENT|EDITORIAL|VIDEO|LIVE)\b/i;
// (a name in capitals as news writes one: not 'firefighter jeff said,', a commenter's handle)
const NAME_SAYS = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:says|wrote|writes|said)\s*[:,]\s*$/u;

/**
 * A post's header as a blog prints it, its title over its byline and date, which the lines' join made one block ('Yard
 * signs as fenders' / 'by Kellin Abaro on July 21, 2012'): the first line a heading of two words or more, the last
 * 'by', one to four words of a name opening with a capital, 'on' and a date. It ends a list that a menu's heading
 * opened ('Archives' / 'Videocasts' / … / the post's header / the post): a list's items are single lines.
 */
const POST_HEADER = new RegExp(String.raw`^[^\n]*\p{L}[^\n]*\s\S[^\n]*\n[Bb]y\s+\p{Lu}\S*(?:\s+\S+){0,3}?,?\s+on\s+(?:\p{L}+,?\s+)?(?:${MONTHS})\b[^\n]*$`, 'u');
const postHeader = (text: string) => POST_HEADER.test(text);

/**
 * A byline the page's markup broke in two, a lone 'By' over the name ('By' / 'Kellin Abaro'; the name a link of its
 * own): the name of one to four capitalised words. Like a byline on one line, it ends a list above it.
 */
const splitByline = (lines: readonly Line[], i: number) => LONE_BY.test(lines[i].text) && i + 1 < lines.length && NAME_LINE.test(lines[i + 1].text);
const NAME_LINE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}$/u;

// a byline's 'By' and a capitalised name, case-sensitive (BYLINE takes 'By land and sea', a list's headline), not 'By The …'
const BYLINE_NAMES = /^(?:[Bb]y|BY)\s+(?!The\b|THE\b)\p{Lu}/u;

// a posting line's 'by' and a capitalised name: 'Written by Kellin', 'Posted by Zorvex Quimbar', 'Written By: Kellin
// Abaro' (not 'Posted in News')
const POSTED_BY_NAME = /^(?:[Pp]osted|[Ww]ritten|[Pp]ublished)\s+[Bb]y:?\s+\p{Lu}/u;

// How a sentence of the text's reads (`sentenceLine`, `closingSentence`): with a full stop, not cut short, no label.
// A teaser cut short is a list's own: 'Great list! Two additions: the forgeries on Zorvex and the paintings…', 'The
// new Zorvex looks almost the same as its older versions [...]')
const TRUNCATED = /(?:\.\.\.|…|\[(?:\.\.\.|…)\])["”’)]*$/u;
// a statement's full stop, and closing quotes or brackets after it
const FULL_STOP = /\.["”’)]*$/u;

// 'Photo credit:', 'Note:', 'Source:' at a line's start
const LINE_LABEL = /^[^\s:]+(?:\s[^\s:]+)?:/u;

/**
 * A line that reads as a sentence of a text, not a list's headline: eight words or more, the share of function words
 * of prose (PARAMS.sentenceStop), mostly lower case (PARAMS.sentenceCaps), no link, not cut short (TRUNCATED); it ends
 * in a full stop ('Kellin Abaro has issued a fix for the loopholes used by the Zorvex worm.'), or in a colon before a
 * paragraph of prose ('In his essay on the tides, Abaro says the following about the moon:' / the quote). A list's
 * headlines have no full stop ('Ministers say the Zorvex attack was controlled'), are in title case or open with a
 * kicker before a colon ('Zorvex Weekly: I have a new boat. I named it Kellin.', LINE_LABEL); an exclamation
 * or a question is as often a box's call ('Like Our Site?') or a reader's comment as the text's. So the list after a
 * heading ends there even on a page with no blank lines, where a sidebar's 'Related Stories' box opens inside the
 * article (its text's first sentences had gone with the box) or a menu's 'Archives' link over a blog post had
 * swallowed the whole post. Only where the text goes on after it (`textGoesOn`): a box's teaser under its headline
 * ('Why smart watches fail' / 'The company has lost market share for three years.' / 'Five things to know about
 * Zorvex') or a form's line at the page's foot ('By submitting this form, you accept the privacy policy.' / 'Most
 * read') reads as a sentence too.
 */
function sentenceLine(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (l.words < 8 || l.stopDensity < PARAMS.sentenceStop || l.capDensity > PARAMS.sentenceCaps || l.linkDensity > 0 || TRUNCATED.test(l.text) || LINE_LABEL.test(l.text)) return false;
  return (FULL_STOP.test(l.text) && textGoesOn(lines, i)) || (l.text.endsWith(':') && next !== undefined && isProse(next));
}

/**
 * The text goes on after line i: a blank line or a line of prose (`isProse`) follows it, or two of the next three
 * lines end a sentence of four words or more (a text of short paragraphs: 'Photos capture moments frozen in time.' /
 * 'Graphics can distill the complex.'; a subheading and a paragraph: 'System status: not good' / 'At 2:15 p.m. Apple
 * updated its support site …' / 'The downtime is said to affect some users.'). A list's teaser has the next headline
 * after it, one sentence at most in three lines; a box's or a form's line, a menu or a link.
 */
function textGoesOn(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined) return false;
  if (next.blankBefore || isProse(next)) return true;
  let sentences = 0;
  for (let j = i + 1; j <= i + 3 && j < lines.length; j++) if (lines[j].terminal && lines[j].words >= 4) sentences++;
  return sentences >= 2;
}

/**
 * A list's summary of the headline above it, as a sidebar's box of other stories prints them: the sentence repeats
 * three quarters or more of the headline's content words (`contentKeys`), two or more ('Zorvex users have brain
 * changes' / 'Zorvex users have brain changes similar to those of other heavy users, research suggests.'). It does not
 * end the list (`sentenceLine`). (A half had also taken a blog post's lead for one, under a caption that shared two of
 * its four words.)
 */
function summarises(text: string, above: Line | undefined): boolean {
  if (!above) return false;
  const keys = new Set(contentKeys(above.text));
  if (keys.size < 2) return false;
  let hits = 0;
  for (const k of new Set(contentKeys(text))) if (keys.has(k)) hits++;
  return hits >= 2 && hits >= 0.75 * keys.size;
}

/**
 * One statement of five words or more, as prose writes it: a full stop, not cut short, a function word in five
 * (PARAMS.sentenceStop), mostly lower case (PARAMS.sentenceCaps), no link, no label before a colon ('Kellin Abaro is a
 * senior reporter for the Portvale Times.'; not 'Thanks for reading!', 'Photo credit: some rights reserved by zorvex.',
 * 'Read more at portvale.example.com.').
 */
function closingSentence(l: Line): boolean {
  return (
    l.words >= 5 &&
    l.sentences <= 1 &&
    FULL_STOP.test(l.text) &&
    !TRUNCATED.test(l.text) &&
    l.stopDensity >= PARAMS.sentenceStop &&
    l.capDensity <= PARAMS.sentenceCaps &&
    l.linkDensity === 0 &&
    !l.text.includes('\n') &&
    !LINE_LABEL.test(l.text)
  );
}

/** A line that may belong to a headline list: short, title case, no sentence end, not decided yet. */
function headlineLike(w: Work, l: Line): boolean {
  // (not a story's first line after its dateline: 'TORONTO, March 2 - <Four Seasons Hotels> said it and <VMS'; nor a
  // byline beside its date, 'By Kellin Abaro // November 6th, 2012 // 10:07 am', which joined the title above it in a run)
  return !w.fixed && !w.meta && w.bylineDate === undefined && l.words >= 3 && l.words <= 16 && !l.terminal && l.capDensity >= 0.3 && l.text.length < PARAMS.lengthHigh && !DATELINE.test(l.text);
}

/**
 * Runs of three or more short title-case lines without sentence end: headline lists
 * ('Expedition to find Amelia Earhart begins in Honolulu' / 'Group Hopes To End Amelia Earhart Mystery' / …).
 */
function headlineLists(work: Work[], lines: readonly Line[], runsOn: RunsOn | null): void {
  const n = lines.length;
  // (in a hard-wrapped text, no line of a paragraph the wrapper broke before capitals: 'TORONTO, March 2 - <Four Seasons
  // Hotels> said it and <VMS' / 'Realty Partners> of Chicago have agreed to purchase the Santa' / …)
  const like = (i: number) => headlineLike(work[i], lines[i]) && !runsOn?.at(i);
  for (let i = 0; i < n; ) {
    if (!like(i)) {
      i++;
      continue;
    }
    let j = i;
    let caps = 0;
    while (j < n && like(j)) caps += lines[j++].capDensity;
    if (j - i >= 3 && caps / (j - i) >= 0.5) for (let k = i; k < j; k++) work[k].fixed = drop('headline list');
    i = j;
  }
}

// ---- pass 2: context-free classes ---------------------------------------

function contextFreeClasses(work: Work[], lines: readonly Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const w = work[i];
    const l = lines[i];
    w.heading = isHeadingLike(l);
    if (w.fixed) {
      // explicit drops are bad neighbours; kept metadata is neutral (short)
      w.cf = w.fixed.zone === 'dropped' ? 'bad' : 'short';
      w.reason = w.fixed.reason;
    } else if (w.meta) {
      w.cf = 'short';
      w.reason = 'short line outside the article';
    } else {
      const c = contextFreeClass({ text: w.text, words: l.words, stopDensity: l.stopDensity, linkDensity: l.linkDensity, terminal: l.terminal, capDensity: l.capDensity });
      w.cf = c.klass;
      w.reason = c.reason;
      if (w.caption && w.cf === 'bad') w.cf = 'neargood';
      // a line opening with a dateline is a story's lead, however short or dense with names: 'WASHINGTON, FEB 26 -
      // Presidential Airways Inc said its joint marketing and services agreement with Texas Air Corp's', 'MOSCOW (Reuters)
      // - Russian President Vladimir Putin met Turkish President Tayyip Erdogan in Sochi on Tuesday.' (its few function
      // words had made it bad, and the lead, its names the story's main actors, was cut off the body)
      else if (w.metaValue !== undefined && w.cf !== 'good' && l.linkDensity === 0) w.cf = 'neargood';
    }
    w.cls = w.cf;
  }
}

/** A very short title-case line, or one with few letters: a menu entry when four or more come in a row. */
function navish(w: Work, l: Line): boolean {
  return !w.meta && !l.terminal && l.words <= 5 && l.text.length < PARAMS.lengthLow && (l.capDensity >= 0.5 || l.letterShare < 0.5);
}

/**
 * Runs of four or more very short title-case lines are menus: 'Top News' / 'Local News' / 'World' / 'U.S.' / 'Sports'
 * (lists inside an article, like '2 medium onions' / '2 cloves garlic', are not title case).
 */
function menus(work: Work[], lines: readonly Line[]): void {
  const n = lines.length;
  for (let i = 0; i < n; ) {
    if (work[i].fixed || !navish(work[i], lines[i])) {
      i++;
      continue;
    }
    const members: number[] = [];
    let k = i;
    for (; k < n; k++) {
      if (work[k].fixed) continue;
      if (!navish(work[k], lines[k])) break;
      members.push(k);
    }
    if (members.length >= PARAMS.minMenuRun)
      for (const m of members) {
        work[m].cf = work[m].cls = 'bad';
        work[m].reason = 'navigation menu';
      }
    i = k;
  }
}

/** The most blocks and characters an author's box holds after its heading (`authorBoxes`). */
const AUTHOR_BOX_BLOCKS = 4;
const AUTHOR_BOX_CHARS = 1000;

/**
 * The author's box after an 'About the Author' heading: the author's name on a short line or two, then a blurb of up to
 * AUTHOR_BOX_BLOCKS blocks and AUTHOR_BOX_CHARS characters, up to the next explicit signal or menu ('About the Author' /
 * 'Zorvex Quimbar' / 'Zorvex is a senior editor at Kellin Media. He lives in Ostrava.' / '12 comments'). It is dropped
 * as 'author box' where it would have been kept as text: a blurb of several sentences reads as prose, and when the
 * article was short it even became the main text. More text than that after the heading is not a box (an author's
 * box at the page's top, the article right after it): then the heading is only a boundary.
 */
function authorBoxes(work: Work[], lines: readonly Line[]): void {
  const n = work.length;
  for (let i = 0; i < n; i++) {
    if (work[i].fixed?.reason !== 'author box') continue;
    let k = i + 1;
    // the author's name ('Zorvex Quimbar'), printed once or twice
    while (k < n && k <= i + 2 && lines[k].words <= 4 && !lines[k].terminal) k++;
    const box: number[] = [];
    let chars = 0;
    let prose = false;
    for (; k < n && !transparent(work[k]) && work[k].cf !== 'bad' && box.length <= AUTHOR_BOX_BLOCKS && chars <= AUTHOR_BOX_CHARS; k++) {
      // (a short line after the blurb ends it: 'Post navigation', 'Follow Zorvex on Twitter')
      if (prose && work[k].cf === 'short' && !lines[k].terminal) break;
      box.push(k);
      chars += work[k].text.length;
      if (work[k].cf === 'good' || work[k].cf === 'neargood') prose = true;
    }
    // (a menu's 'About the Author' link, among 'Archives' / 'Contact' / …, heads no box)
    if (!prose || box.length > AUTHOR_BOX_BLOCKS || chars > AUTHOR_BOX_CHARS) continue;
    for (const b of box) work[b].fixed = drop('author box');
    // (the blurb's blocks, now dropped with the heading's reason, open no box of their own: the article after the box
    // stays)
    i = box[box.length - 1];
  }
}

// ---- pass 3: context-sensitive revision (jusText) -------------------------

/**
 * Lines decided by an explicit signal ('READ MORE: …', a date line) say nothing
 * about their neighbours: the neighbour search looks through them
 * (comment signatures are not: they are bad blocks between the comments).
 */
function transparent(w: Work): boolean {
  return (w.fixed !== undefined && w.fixed.reason !== 'comment signature') || w.meta !== undefined;
}

/** Nearest good/bad (or near-good) block on each side, for all blocks in one sweep (O(n)). */
function sweep(work: readonly Work[], dir: 1 | -1, ignoreNeargood: boolean): Klass[] {
  const n = work.length;
  const out: Klass[] = new Array(n);
  let last: Klass = 'bad'; // the edge of the page counts as bad
  for (let k = dir === 1 ? n - 1 : 0; k >= 0 && k < n; k -= dir) {
    out[k] = last;
    if (transparent(work[k])) continue;
    const c = work[k].cls;
    if (c === 'good' || c === 'bad' || (c === 'neargood' && !ignoreNeargood)) last = c;
  }
  return out;
}

function goodFollows(work: readonly Work[], i: number): boolean {
  let dist = 0;
  for (let k = i + 1; k < work.length && dist <= PARAMS.maxHeadingDistance; k++) {
    if (work[k].cls === 'good') return true;
    dist += work[k].text.length;
  }
  return false;
}

/**
 * A run of near-good paragraphs is a text: 'Four Azerbaijani servicemen …' / 'This is the first report …' / 'Separately, …'
 * (short lines between them, like 'Here is what is sexy, according to this year's runway show:', do not break the run).
 * A page without any good block keeps its longest run, or failing that its short typed sentences.
 */
function textRuns(work: Work[], lines: readonly Line[]): void {
  const n = work.length;
  const runs: { members: number[]; chars: number }[] = [];
  for (let i = 0; i < n; ) {
    if (work[i].cls !== 'neargood' || transparent(work[i])) {
      i++;
      continue;
    }
    const members: number[] = [];
    let chars = 0;
    let shorts = 0;
    let k = i;
    for (; k < n; k++) {
      if (transparent(work[k])) continue;
      const c = work[k].cls;
      if (c === 'short' && shorts < PARAMS.maxShortInRun) {
        shorts++;
        continue;
      }
      if (c !== 'neargood') break;
      shorts = 0;
      members.push(k);
      chars += work[k].text.length;
    }
    runs.push({ members, chars });
    i = k;
  }
  for (const r of runs) if ((r.members.length >= 2 && r.chars >= 2 * PARAMS.lengthHigh) || r.members.length >= 4) for (const m of r.members) work[m].cls = 'good';
  // a page without any good block: its longest near-good run is the best guess at the text
  if (!work.some((w) => w.cls === 'good')) {
    const top = runs.reduce<(typeof runs)[number] | undefined>((b, r) => (!b || r.chars > b.chars ? r : b), undefined);
    if (top && top.chars >= PARAMS.lengthHigh) for (const m of top.members) work[m].cls = 'good';
  }
  // still nothing: a short typed text ('The OSCE Minsk Group met in Minsk today.') keeps its sentences, and so do its
  // sentences dense with names, where some words are in lower case ('Pope Benedict XVI died in 2022. King Mohammed VI
  // of Morocco spoke.': a page's menu or list of links is in capitals or is bad for its links), or any sentence of a
  // text of a few lines, no page ('Ukrainian President Volodymyr Zelenskiy met German Chancellor Olaf Scholz in Berlin.')
  if (!work.some((w) => w.cls === 'good')) {
    const few = n <= PARAMS.shortTextLines;
    for (let i = 0; i < n; i++) {
      const l = lines[i];
      if (!transparent(work[i]) && (work[i].cf !== 'bad' || (work[i].reason === NOT_PROSE && (few || l.capDensity <= PARAMS.shortTextCaps))) && l.terminal && l.words >= 3) work[i].cls = 'good';
    }
  }
}

/** Headings, short and near-good blocks take their class from their neighbours. */
function neighbours(work: Work[]): void {
  const n = work.length;
  // short headings followed by good text become near-good
  for (let i = 0; i < n; i++) if (work[i].heading && work[i].cls === 'short' && !work[i].fixed && goodFollows(work, i)) work[i].cls = 'neargood';
  // short blocks take their neighbours' class
  {
    const prevG = sweep(work, -1, true);
    const nextG = sweep(work, 1, true);
    const prevN = sweep(work, -1, false);
    const nextN = sweep(work, 1, false);
    const shortNew = new Map<number, Klass>();
    for (let i = 0; i < n; i++) {
      if (work[i].cls !== 'short' || work[i].fixed) continue;
      const prev = prevG[i];
      const next = nextG[i];
      if (prev === 'good' && next === 'good') shortNew.set(i, 'good');
      else if (prev === 'bad' && next === 'bad') shortNew.set(i, 'bad');
      else if ((prev === 'bad' && prevN[i] === 'neargood') || (next === 'bad' && nextN[i] === 'neargood')) shortNew.set(i, 'good');
      else shortNew.set(i, 'bad');
    }
    for (const [i, c] of shortNew) work[i].cls = c;
  }
  // near-good blocks are good unless bad on both sides
  {
    const prevG = sweep(work, -1, true);
    const nextG = sweep(work, 1, true);
    for (let i = 0; i < n; i++) if (work[i].cls === 'neargood') work[i].cls = prevG[i] === 'bad' && nextG[i] === 'bad' ? 'bad' : 'good';
  }
  // headings that were not bad in themselves and are followed by good text
  for (let i = 0; i < n; i++) if (work[i].heading && work[i].cls === 'bad' && work[i].cf !== 'bad' && !work[i].fixed && goodFollows(work, i)) work[i].cls = 'good';
}

// ---- pass 4: the article region -------------------------------------------

/** Clusters of good blocks in [lo, hi): good blocks separated by little non-good text. */
function clusters(work: readonly Work[], lo: number, hi: number): Cluster[] {
  const out: Cluster[] = [];
  let cur: Cluster | undefined;
  let gapBlocks = 0;
  let gapChars = 0;
  let boundary = false;
  for (let i = lo; i < hi; i++) {
    const w = work[i];
    if (transparent(w)) {
      // a boundary ('Related stories', 'Tags: …', a share bar, '© 2012 …') ends the text before it
      if (w.fixed && BOUNDARY.has(w.fixed.reason)) boundary = true;
      continue;
    }
    if (w.cls !== 'good') {
      gapBlocks++;
      gapChars += w.text.length;
      continue;
    }
    const text = w.cf === 'good' || w.cf === 'neargood' ? w.text.length : 0;
    const close = cur && gapBlocks <= PARAMS.maxGapBlocks && gapChars <= PARAMS.maxGapChars;
    if (cur && close && !boundary) {
      cur.to = i;
      cur.chars += text;
      if (text) cur.texts++;
    } else out.push((cur = { from: i, to: i, chars: text, texts: text ? 1 : 0, joins: close ? cur : undefined, follows: boundary ? undefined : cur, gap: gapBlocks }));
    gapBlocks = 0;
    gapChars = 0;
    boundary = false;
  }
  return out;
}

// a text of several paragraphs outweighs one paragraph of the same length (a site blurb: 'X is the premier destination for …')
const weight = (c: Cluster) => c.chars * Math.min(2, 1 + 0.25 * Math.max(0, c.texts - 1));
const best = (cs: Cluster[]) => cs.reduce<Cluster | undefined>((b, c) => (!b || weight(c) > weight(b) ? c : b), undefined);
const isMarker = (w: Work) => w.fixed?.reason === 'comment marker';

/**
 * The thread starts right at block i: its first comment marker comes within a few short blocks
 * ('16 comments:' / 'Jennifer' / 'said...'), not after paragraphs of text (a '3 Comments' count above the article).
 */
function threadStartsAt(work: readonly Work[], i: number): boolean {
  let chars = 0;
  for (let k = i + 1; k < work.length && k <= i + 6; k++) {
    if (isMarker(work[k])) return true;
    if (!transparent(work[k])) chars += work[k].text.length;
    if (chars > PARAMS.lengthHigh) return false;
  }
  return isMarker(work[i]);
}

function formFollows(work: readonly Work[], i: number): boolean {
  for (let k = i + 1; k < work.length && k <= i + 8; k++) if (work[k].fixed?.reason === 'comment form') return true;
  return false;
}

/**
 * A thread of signed comments from block i: the next signatures each come after prose (a comment),
 * not after a headline (a list of latest stories with their timestamps).
 */
function signedThread(work: readonly Work[], lines: readonly Line[], i: number): boolean {
  let seen = 1;
  let prose = false;
  for (let k = i + 1; k < work.length && seen < PARAMS.minThreadMarkers; k++) {
    if (work[k].fixed?.reason === 'comment signature') {
      if (!prose) return false;
      seen++;
      prose = false;
    } else if (isProse(lines[k]) || (lines[k].terminal && lines[k].words >= 3)) prose = true;
  }
  return seen >= PARAMS.minThreadMarkers;
}

/** What a comment thread's first blocks hold (`postAbove`). */
const THREAD_SIGNS = new Set(['date line', 'comment signature', 'comment marker', 'comment form', 'comments heading']);

/** A comments heading that is only the word 'Comments' (with a count, 'Comments (4)', it heads the comments). */
const BARE_COMMENTS = /^comments?$/iu;

/**
 * A bare 'Comments' at block i is a link in a share bar, not the comments' heading, when the article
 * goes on after it: the page has another comments heading further down, and between the two come
 * paragraphs of prose (`cf` good or near-good, PARAMS.minArticleChars together) and no comment marker,
 * signature, form or short line naming comments ('Login to comment'):
 * ('Loading...' / 'Comments' / 'Weigh In' / 'Corrections?' / 'Personal Post' in the middle of a
 * newspaper's story, whose comments open with 'Comments' / 'Add your comment' at its end).
 * With no comments heading after it, the same holds when the prose after it, down to the page's end, is
 * twice the text before it or more (`before`: the largest cluster's characters): a link by the story's
 * byline, the story after it ('Zorvex Quimbar' / 'Zorvex is a reporter at the Portvale Times.' / 'Comments' /
 * six paragraphs of the story); reader comments under a story of their length or shorter, as prose with no
 * marker, still go.
 */
function toolbarLink(work: readonly Work[], lines: readonly Line[], i: number, before: number): boolean {
  if (!BARE_COMMENTS.test(work[i].text)) return false;
  let text = 0;
  for (let k = i + 1; k < work.length; k++) {
    const r = work[k].fixed?.reason;
    if (r === 'comments heading') return text >= PARAMS.minArticleChars;
    if (r === 'comment marker' || r === 'comment signature' || r === 'comment form' || (lines[k].words <= 12 && /\bcomment/iu.test(work[k].text))) return false;
    if (!work[k].fixed && (work[k].cf === 'good' || work[k].cf === 'neargood')) text += work[k].text.length;
  }
  return text >= PARAMS.minArticleChars && text >= 2 * before;
}

/**
 * The paragraph right above a comments heading at block i ('119 Comments', 'Comments (0)', 'Leave a comment'; not a bare
 * 'Comments', a link as often): a block of prose in itself (near-good or good), with
 * at most one short line between, no explicit signal: a short post's text ('I am totally inspired by the autumn
 * collection, my favourite of the year. The shirt is vintage.' / '119 Comments'), which the thread under it, kept or
 * not, outweighed. -1 for none.
 */
function postAbove(work: readonly Work[], i: number): number {
  if (BARE_COMMENTS.test(work[i].text)) return -1;
  // (a count under a story's first paragraph or by its byline has the story's next paragraph or the byline after it:
  // the thread shows itself, a commenter's name, and within a few blocks a date, a marker, the form)
  let thread = false;
  for (let j = i + 1; j < work.length && j <= i + 6; j++) if (THREAD_SIGNS.has(work[j].fixed?.reason ?? '')) thread = true;
  if (!thread) return -1;
  for (let j = i + 1; j < work.length; j++) {
    const w = work[j];
    if (w.fixed) continue;
    if (w.cf === 'good' || w.cf === 'neargood' || w.meta || w.bylineDate !== undefined) return -1;
    break;
  }
  const above = paragraphAbove(work, i);
  if (above < 0) return -1;
  // (a list of other posts' teasers, each with its count under it, repeats the pair further down: 'Ferries resume at
  // dawn after the strike ended overnight.' / '12 comments' / 'Harbour fees go up again …' / '3 comments' / the story)
  for (let j = i + 1; j < work.length; j++) if (work[j].fixed?.reason === 'comments heading' && COUNTED.test(work[j].text) && work[j - 1].fixed?.reason !== 'comments heading' && paragraphAbove(work, j) >= 0) return -1;
  return above;
}

// a comments heading's count: '119 Comments', 'Comments (0)', '{ 7 comments… }'
const COUNTED = /\d/u;

/** The block of prose right above block i, at most one short line and other comments headings between (-1: none). */
function paragraphAbove(work: readonly Work[], i: number): number {
  let shorts = 0;
  for (let k = i - 1; k >= 0; k--) {
    const w = work[k];
    if (w.fixed?.reason === 'comments heading') continue;
    if (w.fixed || w.meta || w.caption) return -1;
    if (w.cf === 'neargood' || w.cf === 'good') return k;
    if (w.cf !== 'short' || ++shorts > 1) return -1;
  }
  return -1;
}

/**
 * Where reader comments start (the number of lines when none do); the lines from there on are dropped.
 *
 * A comments heading closes the article once enough article text came before it
 * ('{ 7 comments… read them below or add one }', 'Leave a Reply', '38 comments'),
 * or the first marker of a comment thread ('Reply', '(Score:3)'), when there are several.
 * Signatures close an article only after enough article text; they are not counted as markers
 * for the 'thread shows itself' test (an article's own timestamps would look like a thread).
 */
function commentsCut(work: Work[], lines: readonly Line[]): number {
  const n = work.length;
  // markersAfter[i]: comment markers at or after block i
  const markersAfter = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) markersAfter[i] = markersAfter[i + 1] + (isMarker(work[i]) ? 1 : 0);
  const markers = markersAfter[0];
  let cut = n;
  let headingsSeen = 0;
  for (let i = 0; i < n && headingsSeen < 8; i++) {
    const r = work[i].fixed?.reason;
    if (r !== 'comments heading' && r !== 'comment signature' && !(isMarker(work[i]) && markers >= 2)) continue;
    headingsSeen++;
    const b = best(clusters(work, 0, i));
    if (r === 'comments heading' && toolbarLink(work, lines, i, b?.chars ?? 0)) continue;
    if (r === 'comment signature') {
      if (b && b.chars >= PARAMS.minArticleChars && signedThread(work, lines, i)) {
        cut = i;
        break;
      }
      continue;
    }
    // a thread that shows itself ('Jennifer said...' / … / 'Matthew said...' three times and more) closes
    // even a very short article (a photo post of a dozen words followed by 80 comments)
    // so does the comment form ('Leave a comment' / 'Name (required)' / 'Mail (will not be published)'): the post is over
    if ((b && b.chars >= PARAMS.minArticleChars) || (markersAfter[i] >= PARAMS.minThreadMarkers && threadStartsAt(work, i)) || (b && r === 'comments heading' && formFollows(work, i)) || (r === 'comments heading' && postAbove(work, i) >= 0)) {
      cut = i;
      break;
    }
  }
  for (let i = cut + 1; i < n; i++) if (!work[i].fixed) {
    work[i].fixed = drop('reader comments');
    work[i].cls = 'bad';
  }
  return cut;
}

/**
 * Every good block was in the reader comments: the article before them is the longest run of near-good
 * paragraphs and the short lines between and after them ('The abbot asked his favorite pupil …' /
 * '“Of course not!”' / … / '“Those who practice forgiveness …”', a short post followed by 69 comments),
 * by the blocks' own classes (their neighbours, the header's menus, made them bad). It becomes good when it
 * has a text's length (PARAMS.lengthHigh); returns whether one did. As textRuns' fallback for a page
 * without any good block, but before the comments.
 */
function textBeforeComments(work: Work[], cut: number): boolean {
  let best: { from: number; to: number; chars: number } | undefined;
  for (let i = 0; i < cut; i++) {
    if (transparent(work[i]) || work[i].cf !== 'neargood') continue;
    // the run: near-good paragraphs and short lines, up to a bad block or page furniture (a line that may be
    // metadata, 'The young man was shocked:', does not end it)
    let chars = 0;
    let to = i;
    for (let k = i; k < cut && !work[k].fixed && work[k].cf !== 'bad'; k++) {
      if (work[k].cf === 'neargood' || work[k].cf === 'good') chars += work[k].text.length;
      to = k;
    }
    if (!best || chars > best.chars) best = { from: i, to, chars };
    i = to;
  }
  if (!best || best.chars < PARAMS.lengthHigh) return false;
  for (let k = best.from; k <= best.to; k++) if (!transparent(work[k])) work[k].cls = 'good';
  return true;
}

/**
 * Cluster `c` is the article's other part, on the far side of a list, a table or a box inside it, from the main
 * cluster: it comes right before or after the main one, with no boundary and at most PARAMS.maxInsetBlocks non-good
 * blocks between them, and has two or more paragraphs ('… the most common conditions:' / 'Quimbar fever $25,000' /
 * 'Kellin syndrome $49,000' / … / 'I can cross out Quimbar fever …' / 'Transplants are …'). A sidebar's lone blurb
 * has one; a list of other stories after a 'Related stories' heading is behind a boundary.
 */
const inset = (main: Cluster, c: Cluster) =>
  c.texts >= 2 && ((main.follows === c && main.gap <= PARAMS.maxInsetBlocks) || (c.follows === main && c.gap <= PARAMS.maxInsetBlocks));

/**
 * A story's lead cut off by a box inside the story ('By Kellin Abaro' / 'The harbour authority of Portvale approved …' /
 * 'Related' / 'Ferry fees rise again' / 'The vote followed two years of …'): a single paragraph right before the main
 * cluster, only a box of other stories' headlines or other short lines between (a boundary or `maxInsetBlocks`), a
 * paragraph of prose that ends a sentence and shares the story's words: two fifths or more of its content words
 * (`contentKeys`, twelve or more) come back in the main cluster's first 300. A sidebar's lone blurb there ('Portvale
 * Daily is the premier source of harbour news …') speaks of the site, not of the story; a breadcrumb's line or a
 * timestamp that repeats the title is no paragraph ('You are here: Home / Ferries / …': a version that took any block
 * with half its words in the story lost two pages).
 */
function leadBefore(work: readonly Work[], main: Cluster, c: Cluster): boolean {
  if (c.texts !== 1 || !(main.joins === c || (main.follows === c && main.gap <= PARAMS.maxInsetBlocks))) return false;
  const body = bodyKeys(work, main.from).all;
  let keys = 0;
  let hits = 0;
  for (let i = c.from; i <= c.to; i++)
    if (work[i].cls === 'good' && !transparent(work[i])) {
      // (the paragraph's words, not a short line's: 'Last updated at 20:55 ET'; a paragraph of prose that ends a sentence,
      // not a breadcrumb's line that repeats the title, 'You are here: Home / Giveaways / …')
      if (work[i].cf === 'short') continue;
      if (work[i].text.length < PARAMS.lengthLow || !SENTENCE_END.test(work[i].text)) return false;
      for (const k of new Set(contentKeys(work[i].text))) {
        keys++;
        if (body.has(k)) hits++;
      }
    }
  return keys >= 12 && hits >= 0.4 * keys;
}

// a paragraph's end: a sentence's stop, and closing quotes or brackets after it
const SENTENCE_END = /[.!?…]["”’)]*$/u;

/** The good blocks of a cluster other than the main one are dropped. */
function dropCluster(work: Work[], c: Cluster): void {
  for (let i = c.from; i <= c.to; i++)
    if (!transparent(work[i]) && work[i].cls === 'good') {
      work[i].cls = 'bad';
      work[i].reason = 'text outside the main text';
    }
}

/** The main cluster of good blocks before `cut`: good blocks outside it are dropped; returns its first text block (-1: none). */
function mainText(work: Work[], cut: number): number {
  const n = work.length;
  const all = clusters(work, 0, cut);
  // a breadcrumb trail followed by text starts the article: text before it is the page header (a sidebar
  // blurb, a promo), however long
  let crumb = -1;
  for (let i = 0; i < cut; i++)
    if (work[i].fixed?.reason === 'breadcrumb') {
      const after = best(all.filter((c) => c.from > i));
      if (after && after.chars >= PARAMS.lengthHigh) crumb = i;
      break;
    }
  const main = best(crumb < 0 ? all : all.filter((c) => c.from > crumb));
  for (const c of all) {
    if (c !== main && c.to < crumb) {
      dropCluster(work, c);
      continue;
    }
    // another cluster stays when it is nearly as large as the main one and close to it
    const near = main && (c.from > main.to ? c.from - main.to : main.from - c.to) <= PARAMS.maxClusterDistance;
    if (c === main || (main && near && c.chars >= PARAMS.otherClusterShare * main.chars)) continue;
    // text on the other side of a boundary next to the article ('Related stories' box inside it) stays when it
    // has several paragraphs; a single paragraph there is a blurb ('About us' / 'X is a blog about …')
    if (main && main.joins === c && c.texts >= 2) continue;
    // … and so does the part of the article on the other side of a list or box inside it
    if (main && inset(main, c)) continue;
    if (main && leadBefore(work, main, c)) continue;
    dropCluster(work, c);
  }
  for (let i = main ? main.from : 0; i < n; i++) if (work[i].cls === 'good' && !transparent(work[i]) && (work[i].cf === 'good' || work[i].cf === 'neargood')) return i;
  return -1;
}

// ---- pass 5: header metadata, title, repeats, zones ----------------------

/**
 * The title's line (-1: none): a wire story's headline in capitals (`wireHeadline`); the text's first line when it is
 * the header's first heading and a blank line follows it (a story saved as text); else the heading above the body that
 * shares most words with it (`titleByBody`); else the header's first heading (`headerTitle`), when it shares a word
 * with the body or stands over a byline or a date and is no link, label or caption (no body: the header's first heading
 * as it is).
 */
function titleLine(work: readonly Work[], lines: readonly Line[], from: number, to: number, first: number, runsOn: RunsOn | null): number {
  if (wireHeadline(work, lines, runsOn)) return 0;
  const head = headerTitle(work, lines, from, to, first, runsOn);
  // (a text's first line over a blank line is its title: the way a story is saved as text, BBC's files, a wire's)
  if (first < 0 || (head === 0 && lines[0].blankAfter)) return head;
  const body = bodyKeys(work, first);
  const byBody = titleByBody(work, lines, first, runsOn, body);
  if (byBody >= 0) return byBody;
  // (a menu's or a box's heading in the header shares no word with the body: 'Keep me logged in', 'View all posts by …';
  // nor is a link, a label or a caption a title: NOT_TITLE)
  return head >= 0 && !NOT_TITLE.test(work[head].text) && (bodyHits(contentKeys(work[head].text), body, head === first) >= 1 || bylineAfter(work, lines, head)) ? head : -1;
}

/** The header's first heading-like line [from, to) that is not metadata or boilerplate (-1: none). */
function headerTitle(work: readonly Work[], lines: readonly Line[], from: number, to: number, first: number, runsOn: RunsOn | null): number {
  let titleAt = -1;
  for (let i = from; i < to; i++) {
    const w = work[i];
    const l = lines[i];
    if (w.fixed || w.meta || w.caption) continue;
    // a line whose sentence the next line goes on is no title ('Viacom International Inc said <National' / 'Amusements
    // Inc> has again raised ...'): the first line of a hard-wrapped paragraph, which a dateline or an indent made short
    if (runsOn?.at(i)) continue;
    if (isHeadingLike(l) && l.words >= 2 && !/^[\p{Lu}\p{N}\s\p{P}]+$/u.test(w.text) && titleText(w.text) && (w.cls === 'good' || first < 0 || i >= first - 3 || l.blankBefore)) {
      titleAt = i;
      break;
    }
  }
  // prefer the heading nearest the body when the first candidate sits in a menu
  if (titleAt >= 0 && work[titleAt].cls !== 'good') {
    for (let i = to - 1; i > titleAt; i--) {
      const w = work[i];
      if (!w.fixed && !w.meta && !w.caption && w.cls === 'good' && isHeadingLike(lines[i]) && lines[i].words >= 2) return i;
    }
  }
  // (not in a hard-wrapped text, whose lines above the body are more often its first paragraph's, unjoined: 'Motor Co
  // <F> in Japan, is considering importing cars made by')
  return titleAt >= 0 || first < 0 || runsOn ? titleAt : titleAboveBody(work, lines, first);
}

/** how far above the body's first line `titleByBody` looks for its title (lines) */
const TITLE_WINDOW = 40;

/**
 * The heading above the body (or its first line) that shares the most words with the body's first 300 content words: a story's
 * headline sums up its first paragraphs, the headlines of other stories in a list beside it ('Related stories', 'Most
 * read') share fewer of their words, a menu's or a form's none ('Keep me logged in'). The candidates: lines of 3 to 25
 * words within TITLE_WINDOW lines above the body, heading-like or one question ('Does the internet rewire brains?'),
 * not metadata, a caption, a date, a place's or a byline's names with a comma, or a line an explicit signal dropped (a headline list's may be the title: a title in
 * title case among a menu's lines is taken for one), nor a link to another post ('« Previous post', 'Next »'), a
 * section's or a list's label ('More in Business', 'Tags: …', 'Photos: …'), or a photo's caption ('… pictured …').
 * Scored by the share of its content words the body has (at least two and 30%), less 0.005 a line of distance to the
 * body, plus 0.3 over a byline or a date (within three lines); a farther one must score 0.1 more than a nearer, and the
 * first more than 0.1.
 * Measured on boilerplate-dev's 1,381 pages against the gold text's first lines (`npm run eval:clean`, docs/CLEANING.md).
 */
function titleByBody(work: readonly Work[], lines: readonly Line[], first: number, runsOn: RunsOn | null, body: BodyKeys): number {
  let best = -1;
  let bestScore = 0;
  for (let i = first; i >= 0 && i >= first - TITLE_WINDOW; i--) {
    const w = work[i];
    const l = lines[i];
    // (in a hard-wrapped text, not a line whose sentence goes on in the next: a paragraph's, unjoined)
    if (runsOn?.at(i) || w.meta || w.caption || (w.fixed && w.fixed.reason !== 'headline list') || l.words < 3 || l.words > 25) continue;
    if (!(isHeadingLike(l) || isQuestionLine(l)) || !titleText(w.text) || !standsAlone(w.text) || NOT_TITLE.test(w.text)) continue;
    // (nor a place's or a byline's short line of names with a comma: 'Harbour Road, Portvale', 'Pete Yost, Associated Press')
    if (l.words <= 4 && PLACE_OR_BYLINE.test(w.text)) continue;
    const keys = contentKeys(w.text);
    if (keys.length < 2) continue;
    const hits = bodyHits(keys, body, i === first);
    const share = hits / keys.length;
    const score = share - 0.005 * (first - i) + (bylineAfter(work, lines, i) ? 0.3 : 0);
    if (hits >= 2 && share >= 0.3 && score > bestScore + 0.1) [best, bestScore] = [i, score];
  }
  return best;
}

/** A byline or a date within three lines after line i ('By Zorvex Quimbar', 'July 24, 2012'). */
function bylineAfter(work: readonly Work[], lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < work.length; k++) {
    const w = work[k];
    // (a line of 25 words or fewer opening with 'By', no sentence, a byline the first pass left unmarked: 'By Michael
    // Pearson and Ed Lavandera, CNN updated 10:21 PM EST, Wed November 7, 2012'; not a paragraph, 'By a vote of …')
    if (w.meta === 'byline' || w.fixed?.reason === 'date line' || w.bylineDate !== undefined || (lines[k].words <= 25 && !lines[k].terminal && /^by\s/i.test(w.text))) return true;
  }
  return false;
}

// (a media label needs its colon, 'Photos: …', not 'Photography …', 'Watchdog …'; 'About' a box's heading, 'About
// Hacker Monthly', not 'About 300 jobs …')
const NOT_TITLE = /^(?:(?:tags?|topics?|categories|filed under)\b|(?:photos?|videos?|watch|gallery|slideshow)\s*:|about (?!\d)|more (?:in|from|on)\b|in the news\b|[«‹<]|- )|\bpictured\b|[»›>]$/iu;

/** one question or exclamation of at most 20 words, not a link ('Does the internet rewire brains?') */
const isQuestionLine = (l: Line) => l.words >= 2 && l.words <= 20 && /[?!]["”’']?$/.test(l.text) && l.sentences <= 1 && l.linkDensity === 0 && /\p{Ll}/u.test(l.text);

/** the content words of the body's first lines (300 of them, `contentKeys`: about twice as many words), and of those after its first line */
interface BodyKeys {
  all: Set<string>;
  after: Set<string>;
}

function bodyKeys(work: readonly Work[], first: number): BodyKeys {
  const all = new Set<string>();
  const after = new Set<string>();
  let counted = 0;
  for (let i = first; i < work.length && counted < 300; i++) {
    if (work[i].cls !== 'good') continue;
    for (const k of contentKeys(work[i].text)) {
      all.add(k);
      if (i > first) after.add(k);
      counted++;
    }
  }
  return { all, after };
}

/** how many of a line's keys the body has (the body's first line against the lines after it) */
function bodyHits(keys: readonly string[], body: BodyKeys, isFirst: boolean): number {
  const set = isFirst ? body.after : body.all;
  let hits = 0;
  for (const k of keys) if (set.has(k)) hits++;
  return hits;
}

/**
 * A line's content words as keys: lower case, three letters or more, no function word, cut to five letters so that a
 * word's forms meet ('charged' / 'charges', 'Chinese' / 'China' do not). Written by hand: a stemmer library would be a
 * dependency for one comparison, and the key only needs to be the same on both sides.
 */
function contentKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{N}'’]*/gu)) {
    const w = m[0];
    if (w.length < 3 || FUNCTION_WORDS.has(w)) continue;
    out.push(w.slice(0, 5));
  }
  return out;
}

/**
 * In a hard-wrapped text, whether line `i`'s sentence goes on in line i + 1 (`wrapped`, lines.ts): the classifier sees
 * such a paragraph's lines one by one where the wrapper broke them before a capital. null: the text is not hard-wrapped.
 */
export interface RunsOn {
  at(i: number): boolean;
}

/**
 * A wire story's headline: the text's first line, in capitals, then a blank line ('NATIONAL AMUSEMENTS AGAIN UPS VIACOM
 * <VIA> BID', 'CHINESE PORK OUTPUT SEEN LOWER -- USDA'): three words or more, no sentence's end (but 'U.S.'); in a hard-wrapped text,
 * or right over a dateline ('WASHINGTON, March 3 - …'). isHeadingLike wants a lower-case letter, as a web page's line in
 * capitals is mostly a section's label or a menu ('WORLD', 'SKIP TO CONTENT').
 */
function wireHeadline(work: readonly Work[], lines: readonly Line[], runsOn: RunsOn | null): boolean {
  const w = work[0];
  const l = lines[0];
  return (
    l !== undefined &&
    l.blankAfter &&
    (!w.fixed || w.fixed.reason === 'headline list') &&
    !w.meta &&
    (runsOn !== null || (lines.length > 1 && DATELINE.test(lines[1].text))) &&
    l.words >= 3 &&
    l.words <= 20 &&
    (!l.terminal || /(?:\p{Lu}\.){2,}$/u.test(l.text)) &&
    !hasLower(l.text) &&
    titleText(l.text)
  );
}

/**
 * A title's text: two words of letters or more ('Comments:87' has one), not a clock time ('9:49am, EDT'), no
 * image's alternative text ('Facebook logo'), no blog's or posts' name ('Rand's Blog', 'All Blog Posts', 'The blog of
 * John D. Cook': a site's name or a sidebar's heading; 'Blog reading explodes in America' is a title).
 */
const titleText = (text: string) => {
  const words = text.match(/\p{L}{2,}/gu)?.length ?? 0;
  return words >= 2 && !(words < 4 && /\d:\d\d/.test(text)) && !/\b(?:logo|icon|thumbnail)$/i.test(text) && !/\b(?:blog|posts)$|^the blog of\b/i.test(text);
};

/**
 * No free line of the header is a heading: the title is the heading of three words or more right above the body (no date:
 * '06 November 2012 by Cory Gunther Discuss'),
 * over its byline, dates, captions, furniture and lines of one or two words, even where a run of sidebar headlines
 * ended with it ('… Blog Home' / 'The importance of going first' / body) or it stood alone outside the text ('Home>
 * Entertainment' / 'Fred Willard Describes Incident …' / 'By ABC NEWS' / 'July 24, 2012' / a caption / body); -1 when
 * another line comes first.
 */
function titleAboveBody(work: readonly Work[], lines: readonly Line[], first: number): number {
  for (let i = first - 1; i >= 0 && i >= first - 8; i--) {
    const w = work[i];
    const l = lines[i];
    const r = w.fixed?.reason;
    // 'Binomial coefficient trick by John on July 21, 2012': a blog's title and byline on one line (taken for a comment's
    // signature: a name and a date)
    if (r === 'comment signature' && titleBefore(w.text)) return i;
    // (a posting line or a caption that the first pass did not take for one: 'Posted by Tom Naughton in News and Reviews',
    // '… she cried. Picture: Supplied')
    if (w.meta || w.caption || r === 'date line' || r === 'page furniture' || r === 'comment signature' || l.words <= 2) continue;
    if (POSTED_LINE.test(w.text) || hasCaptionCredit(w.text)) continue;
    // … or a place's or a byline's short line of names with a comma ('Lansdowne Road, Dublin', 'Pete Yost, Associated
    // Press'): a title of four words or fewer has no comma
    if (l.words <= 4 && PLACE_OR_BYLINE.test(w.text)) continue;
    return (r === undefined || r === 'headline list') && isHeadingLike(l) && l.words >= 3 && titleText(w.text) && standsAlone(w.text) ? i : -1;
  }
  return -1;
}

/**
 * A heading that stands alone over the body: one line, no date, not a line leading into the body ('David Hogg on linear
 * regression:', 'Brought to you by'), a byline or a video's credit ('By Oskar Garcia', 'Produced by Christine Nestel'), or a link's words ('Read all the comments', 'Play CBS News Video').
 */
const standsAlone = (text: string) =>
  !text.includes('\n') &&
  !DATEISH.test(text) &&
  !/[:,;]$|\b(?:by|of|to|for|and|the|with|from)$/i.test(text) &&
  !/^(?:by|read|play|watch|click|view)\b|\b(?:produced|written|filmed|photo|photographed) by\b/i.test(text);

// a capitalised word of a name: 'Yost', "O'Brien", 'St.'
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
const PLACE_OR_BYLINE = new RegExp(String.raw`^${CAP_WORD}(?:\s+${CAP_WORD})*,\s+${CAP_WORD}(?:\s+${CAP_WORD})*$`, 'u');

/** The title before a byline and a date on one line: 'Forgiving your enemies by Paulo Coelho on June 27, 2012' -> 'Forgiving your enemies'. */
function titleBefore(text: string): string | undefined {
  const m = TITLE_BYLINE.exec(text);
  return m && titleText(m[1]) && (m[1].match(/\p{L}+/gu)?.length ?? 0) >= 2 ? m[1] : undefined;
}
const TITLE_BYLINE = new RegExp(String.raw`^(\S.*?)\s+by\s+${CAP_WORD}(?:\s+${CAP_WORD}){0,3},?\s+(?:on|[-–—|])\s+\S`, 'u');

/**
 * The first full date a short line holds from three lines above the title (or the body, with no title) to two lines into
 * the body (`headerLineDate`): a byline's, a posting line's, a title's with its byline, a line a headline list took in
 * (a page's header of short title-case lines is often taken for one: 'By' / 'JOHN F. BURNS' / 'Published: July 24,
 * 2012'), a caption's. (A date line's own date was taken before this step.) A list of other stories below the title
 * or a file photo's caption may give another day ('Related stories' / 'Storm closes the northern bridge | July 20, 2012',
 * '… on July 4, 2009 [File: Reuters]'): versions that passed over such lists or captions found 9 and 3 right dates of
 * boilerplate-dev fewer, none wrong fewer (the page's own date line was in one, or its photo's caption dated it).
 */
function headerDate(work: readonly Work[], lines: readonly Line[], first: number, titleAt: number): string | undefined {
  const from = Math.max(0, (titleAt >= 0 ? Math.min(titleAt, first) : first) - 3);
  for (let i = from; i < work.length && i <= first + 2; i++) {
    const d = headerLineDate(lines[i]);
    if (d) return d;
  }
  return undefined;
}

/**
 * The holder the page's last copyright line names (`copyrightHolder`): the footer's, the site's publisher, after a
 * story's own ('Copyright 2012 The Associated Press' under an agency's story, '© 2012 CBS Interactive' in the footer).
 * (Only lines after the body's last was tried: 5 pages of boilerplate-dev lost their outlet, a blog's footer before a
 * last line kept as body; a photo's credit in the story is no holder, `copyrightHolder`.)
 */
function copyrightOutlet(work: readonly Work[]): string | undefined {
  for (let i = work.length - 1; i >= 0; i--) {
    if (work[i].fixed?.reason !== 'copyright') continue;
    const holder = copyrightHolder(work[i].text);
    if (holder) return holder;
  }
  return undefined;
}

/** Every line's decision, and the header's metadata (`md`), given the first body line. */
function decide(work: readonly Work[], lines: readonly Line[], first: number, md: ExtractedMetadata, runsOn: RunsOn | null, plain: boolean): LineDecision[] {
  const n = work.length;
  const decisions: LineDecision[] = new Array(n);
  const headerFrom = first < 0 ? 0 : Math.max(0, first - 8);
  const headerTo = first < 0 ? Math.min(n, 8) : first; // exclusive
  const inHeader = (i: number) => i >= headerFrom && i < headerTo;
  const titleAt = titleLine(work, lines, headerFrom, headerTo, first, runsOn);
  // (the whole line, or its part before a byline on the same line; the line is kept whole, its byline names a person)
  const title = titleAt < 0 ? undefined : (titleBefore(work[titleAt].text) ?? work[titleAt].text);
  if (title !== undefined) md.title = title;

  const seen = new Map<string, number>();
  // normalised text of every line, computed once (it was the costliest step of this pass)
  const keys = work.map((x) => norm(x.text));
  const titleKey = titleAt >= 0 ? keys[titleAt] : undefined;
  // normalised texts of all lines, built only when a caption needs the comparison
  let allTexts: Set<string> | undefined;
  const later = () => (allTexts ??= new Set(keys));
  for (let i = 0; i < n; i++) {
    const w = work[i];
    const l = lines[i];
    let d: LineDecision;
    if (i === titleAt) d = keepLine('title', w, l);
    else if (w.fixed) {
      d = w.fixed;
      if ((d.reason === 'date line' || d.reason === 'comment signature') && w.metaValue && (md.date === null || inHeader(i))) md.date ??= w.metaValue;
    } else if (w.meta && first >= 0 && i >= first - (w.meta === 'slug' ? 2 : 6) && i < first + (w.meta === 'slug' ? 0 : 2)) {
      if (w.meta === 'slug') {
        md.outlet ??= w.metaValue!;
        d = { zone: 'meta', reason: 'outlet', keep: { start: w.start, end: w.start + w.metaValue!.length } };
      } else if (w.meta === 'dateline') {
        md.dateline ??= w.metaValue!;
        d = keepLine('meta', w, l, 'dateline');
      } else d = keepLine('meta', w, l, 'byline');
    } else if (w.meta === 'dateline' && titleAt >= 0 && i > titleAt && i <= titleAt + 3 && DATEISH.test(w.metaValue!) && !SECTION_LABEL.test(w.metaValue!)) {
      // a dateline right under the title of a story that opens with a table, its body far below or none ('AM
      // INTERNATIONAL INC <AM> 2ND QTR' / 'CHICAGO, Feb 26 -' / 'Oper shr loss two cts vs …'): the story's place (586 of
      // the 10 MB bench corpus's 827 Reuters stories with a dateline line of its own had lost it)
      md.dateline ??= w.metaValue!;
      d = keepLine('meta', w, l, 'dateline');
    } else if (w.bylineDate !== undefined && first >= 0 && i >= first - 6 && i < first + 2) {
      if (w.bylineDate) md.date ??= w.bylineDate;
      d = keepLine('meta', w, l, 'byline');
    } else if (w.cls === 'good' || (first < 0 && inHeader(i) && w.caption)) {
      if (w.metaValue && !w.meta && i <= first + 1) md.dateline ??= w.metaValue; // 'WASHINGTON (Reuters) - The …'
      d = keepLine(w.caption ? 'caption' : 'body', w, l);
    } else d = drop(w.meta ? 'short line outside the article' : w.reason);

    // repeated lines: a repeated title, a caption repeating body text
    const key = keys[i];
    if (titleAt >= 0 && i > titleAt && key === titleKey) d = drop('repeated title');
    else if (d.zone !== 'dropped') {
      const prev = seen.get(key);
      if (prev !== undefined && d.zone !== 'meta') d = drop(prev === titleAt ? 'repeated title' : 'repeated line');
      else {
        const creditless = w.caption ? norm(withoutCaptionCredit(w.text)) : key;
        if (creditless !== key && creditless.length > 20 && later().has(creditless)) d = drop('caption repeating body text');
        else seen.set(key, i);
      }
    }
    decisions[i] = d;
  }
  if (first >= 0) teamSheets(work, lines, decisions, first);
  if (first >= 0) closingLines(work, lines, decisions);
  if (first >= 0) closingBio(work, lines, decisions);
  if (first >= 0) promoHeads(work, lines, decisions);
  if (titleAt >= 0) headerBylines(work, lines, decisions, titleAt, first);
  if (titleAt >= 0) headerBio(lines, decisions, titleAt);
  if (first >= 0 && plain) plainLines(work, lines, decisions, titleAt >= 0 ? titleAt + 1 : first);
  // (a dateline's date where no line gave one: 'LONDON, Nov. 12, 2024 /PRNewswire/ --')
  if (md.date === null && md.dateline !== null) md.date = datelineDate(md.dateline) ?? null;
  // (else a date another line of the header prints beside its own words, between the title and the body's first lines)
  if (md.date === null && first >= 0) md.date = headerDate(work, lines, first, titleAt) ?? null;
  // (the outlet, where no line named one: the publisher the page's last copyright line names, '© 2012 NBCNews.com')
  if (md.outlet === null) md.outlet = copyrightOutlet(work) ?? null;
  return decisions;
}
