/**
 * Step 2 of cleaning: cut the normalised text into lines (the blocks of a
 * plain-text page: a rendered HTML page has one line per block element, a
 * typed article one line per paragraph) and compute the features the
 * classifier uses.
 */
import { BmpRegExp } from '../../text/bmp-regexp.js';
import { UNIT_LETTER, UNIT_MARK, UNIT_NUMBER, UNIT_SPACE, UNIT_UPPER, countLetters, hasSurrogate, unitFlags } from '../../text/chars.js';
export interface Line {
  readonly index: number;
  /** span in the normalised text, surrounding spaces trimmed */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** a blank line (or the start of the text) comes right before */
  readonly blankBefore: boolean;
  readonly blankAfter: boolean;
  /** number of word tokens */
  readonly words: number;
  /** ends like a sentence: `.`, `!`, `?`, `…`, or a closing quote after one */
  readonly terminal: boolean;
  /** share of words that are English function words (jusText's stop-word density) */
  readonly stopDensity: number;
  /** share of words starting with a capital letter ('Most Read Stories' -> 1) */
  readonly capDensity: number;
  /** share of tokens that look like links: URLs, e-mail addresses, @handles, #tags, `|`/`»` separators */
  readonly linkDensity: number;
  /** number of sentence ends inside the line ('He said. She went.' -> 2) */
  readonly sentences: number;
  /** share of letters among the non-space characters (low for '(158)', '07.21.12 at 17:46', '▼') */
  readonly letterShare: number;
  /** the counts the shares above were computed from (`joinWrapped` adds them up for a joined block) */
  readonly counts: LineCounts;
}

/** What `lineFeatures` counts in a line. */
export interface LineCounts {
  readonly words: number;
  readonly stops: number;
  readonly caps: number;
  readonly letters: number;
  readonly spaces: number;
  readonly sentences: number;
  /** link-like tokens and separators, and all tokens; both 0 when the line has no LINK_HINT */
  readonly links: number;
  readonly tokens: number;
  /** the line has a LINK_HINT character (so its `tokens` were counted) */
  readonly hinted: boolean;
}

type Features = Pick<Line, 'words' | 'terminal' | 'stopDensity' | 'capDensity' | 'linkDensity' | 'sentences' | 'letterShare' | 'counts'>;

/*
 * English function words. Hand-written rather than taken from a package:
 * stop-word density thresholds depend on the exact list, and the short,
 * closed list of determiners, pronouns, prepositions, auxiliaries and
 * conjunctions below is the part of jusText's list that carries the signal.
 */
const STOP = new Set(
  (
    'a an the and or but nor if of to in on at by for with from as is are was were be been being am has have had having do does did done not no ' +
    'this that these those it its it\'s he she they we you i me my mine his her hers their theirs our ours your yours them him us who whom whose which what ' +
    'when where why how than then so such there here will would can could should may might must shall into over after before about against between ' +
    'during under above up down out off again further also only very just says said say while because though although since until unless whether ' +
    'through throughout among across along around behind beyond upon within without toward towards onto per via ' +
    'all any both each either neither every few many more most much other another some same own several ' +
    'too yet still even ever never now once already always often however therefore thus instead rather quite ' +
    'one two first last new like well back way being get got make made go going went come came take took see seen know ' +
    'don\'t didn\'t doesn\'t isn\'t wasn\'t aren\'t won\'t can\'t i\'m i\'ve we\'re they\'re you\'re that\'s there\'s'
  ).split(/\s+/),
);
/** the function words a line's `stopDensity` counts (for tests) */
export const FUNCTION_WORDS: ReadonlySet<string> = STOP;
/** a word as `countLine` counts it: run only on a line with a surrogate (the passes over code units read the others) */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;
// (a u expression run on every line is a BmpRegExp: on a line with a curly quote or a dash, most of the web's, the
// flag made it several times slower, the sentence count 14-19 times; src/text/bmp-regexp.ts)
/** 'He left.' 'in 1990." Then': a sentence's end, after two lower-case letters, digits or closing marks, before a capital or the end */
const SENTENCE_END = new BmpRegExp(/[\p{Ll}\p{N})"”’]{2}[.!?…]["”’)]*(?=\s+["“‘(]?\p{Lu}|\s*$)/gu);
const ASCII = /^[\x00-\x7f]*$/;
/** `unitFlags` of the ASCII code units, looked up without a call */
const ASCII_FLAGS = Uint8Array.from({ length: 0x80 }, (_, c) => unitFlags(c));
const TRAILING_PUNCT = /[.'-]+$/;
const LINKISH = /^(?:https?:\/\/|www\.)|^[\w.+-]+@[\w-]+\.[\w.]+$|^[@#][\p{L}\p{N}_]+$|\.(?:com|org|net|html?|php|aspx?)(?:\/\S*)?$/iu;
const SEPARATOR = /(?:^|\s)[|»›•·>\/](?=\s|$)/gu;

/*
 * Necessary condition for a link-like token or a separator in a line: every LINKISH alternative
 * needs '/', '@', '#', 'www.' or a dot before a letter ('.com'); SEPARATOR needs one of its characters.
 */
const LINK_HINT = /[/@#|»›•·>]|\.[a-z]|www\./iu;

/** Ends like a sentence: /[.!?…][\s"'”’)\]]*$/, tested from the end (the regex scans the whole line). */
function endsSentence(t: string): boolean {
  let i = t.length - 1;
  for (; i >= 0; i--) {
    const c = t.charCodeAt(i);
    // " ' ” ’ ) ] and white space
    if (c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93) continue;
    if ((c <= 32 || c >= 0x80) && /\s/.test(t[i])) continue;
    break;
  }
  if (i < 0) return false;
  const c = t.charCodeAt(i);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Longest function word ('throughout'): longer words need no look-up. */
const MAX_STOP = Math.max(...[...STOP].map((w) => w.length));

/** the function words by length and first character: STOP_BUCKETS[length * 128 + first code unit] (all are ASCII) */
const STOP_BUCKETS: (string[] | undefined)[] = new Array((MAX_STOP + 1) * 128);
for (const w of STOP) (STOP_BUCKETS[w.length * 128 + w.charCodeAt(0)] ??= []).push(w);

/**
 * Is `t[s, e)` in lower case, its ’ read as ', a function word (`STOP.has(t.slice(s, e).toLowerCase().replaceAll('’',
 * "'"))`), for a word of ASCII letters and digits, ' ’ . - that starts with a letter or digit (`countLine`'s words;
 * the caller checks that it has no other character: lower-casing one may give ASCII, the Kelvin sign 'k'), compared
 * code unit by code unit with the few function words of its length and first letter instead of making and hashing
 * a string per word: isStopAt('Of the', 0, 2) = true, isStopAt('It’s', 0, 4) = true, isStopAt('Baku', 0, 4) = false.
 */
function isStopAt(t: string, s: number, e: number): boolean {
  const n = e - s;
  if (n > MAX_STOP) return false;
  const bucket = STOP_BUCKETS[n * 128 + foldUnit(t.charCodeAt(s))];
  if (bucket === undefined) return false;
  for (const w of bucket) {
    let k = 1;
    while (k < n && foldUnit(t.charCodeAt(s + k)) === w.charCodeAt(k)) k++;
    if (k === n) return true;
  }
  return false;
}
/** a code unit as `isStopAt` compares it: A-Z in lower case, ’ as ', the others as they are */
const foldUnit = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c === 0x2019 ? 39 : c);
/** `t[s, e)` has only ASCII characters and ’ (`isStopAt` reads such a word) */
function asciiOrCurly(t: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = t.charCodeAt(k);
    if (c > 0x7f && c !== 0x2019) return false;
  }
  return true;
}

/** Features of one line of text (exported for tests). */
export function lineFeatures(t: string): Features {
  return features(countLine(t), t.length, endsSentence(t));
}

/** The shares of a line or block of `length` characters from its counts. */
function features(c: LineCounts, length: number, terminal: boolean): Features {
  const n = c.words;
  const nonSpace = length - c.spaces;
  return {
    words: n,
    terminal,
    stopDensity: n ? c.stops / n : 0,
    capDensity: n ? c.caps / n : 0,
    linkDensity: c.tokens ? Math.min(1, c.links / c.tokens) : 0,
    sentences: c.sentences,
    letterShare: nonSpace ? c.letters / nonSpace : 0,
    counts: c,
  };
}

function countLine(t: string): LineCounts {
  let n = 0;
  let stops = 0;
  let caps = 0;
  let letters = 0;
  let spaces = 0;
  if (ASCII.test(t)) {
    // ASCII line (most): one pass over the characters finds the words (WORD restricted to ASCII:
    // [A-Za-z0-9][A-Za-z0-9'.-]*), capitals, letters and spaces, without a regex match or an array
    const len = t.length;
    let i = 0;
    while (i < len) {
      let c = t.charCodeAt(i);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
        if (c === 32 || (c >= 9 && c <= 13)) spaces++;
        i++;
        continue;
      }
      const s = i;
      if (c >= 65 && c <= 90) caps++;
      for (; i < len; i++) {
        c = t.charCodeAt(i);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
        else if (!((c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45)) break;
      }
      n++;
      // 'U.S.' -> 'u.s', 'so-' -> 'so' (no function word ends with . ' -, so the word is a function
      // word exactly when it is one without its trailing punctuation)
      let e = i;
      while (e > s + 1 && (t.charCodeAt(e - 1) === 46 || t.charCodeAt(e - 1) === 39 || t.charCodeAt(e - 1) === 45)) e--;
      if (isStopAt(t, s, e)) stops++;
    }
  } else if (!hasSurrogate(t)) {
    // a line with other characters (most of web text's: a curly quote, a dash): the same pass, each code unit's
    // classes from a table (`unitFlags`) where the ASCII pass compares ranges; the regex below is several times
    // slower over a two-byte string (the 10 MB bench corpus set typographically: countLine and wordsOf 1.34 s of
    // a worker's 33 s, 0.56 s for the same text in ASCII; docs/BENCHMARKS.md, forty-eighth session). WORD's
    // matches: a letter or digit, then letters, marks, digits, ' ’ . -
    const len = t.length;
    let i = 0;
    while (i < len) {
      let c = t.charCodeAt(i);
      let f = c < 0x80 ? ASCII_FLAGS[c] : unitFlags(c);
      if ((f & (UNIT_LETTER | UNIT_NUMBER)) === 0) {
        if (f & UNIT_SPACE) spaces++;
        i++;
        continue;
      }
      const s = i;
      // (as the regex path tests a word's first character: an ASCII capital, or any other character that lower-cases)
      if ((c >= 65 && c <= 90) || (c > 0x7f && t[s] !== t[s].toLowerCase())) caps++;
      let curly = false;
      let upper = false;
      for (; i < len; i++) {
        c = t.charCodeAt(i);
        f = c < 0x80 ? ASCII_FLAGS[c] : unitFlags(c);
        if (f & UNIT_LETTER) {
          letters++;
          if (f & UNIT_UPPER) upper = true;
        } else if (c === 0x2019) curly = true;
        else if ((f & (UNIT_MARK | UNIT_NUMBER)) === 0 && c !== 39 && c !== 46 && c !== 45) break;
      }
      n++;
      // a function word without its trailing . ' ’ - (no function word ends with one)
      let e = i;
      for (let d = t.charCodeAt(e - 1); e > s + 1 && (d === 46 || d === 39 || d === 45 || d === 0x2019); d = t.charCodeAt(e - 1)) e--;
      if (e - s <= MAX_STOP) {
        // (a word of ASCII and ’ compared in place, the others as a string: lower-cased only with a capital in it:
        // without one, lower-casing changes no ASCII letter, and a word with another letter is no function word either
        // way; the Kelvin sign, which lower-cases to 'k', is a capital)
        if (asciiOrCurly(t, s, e)) {
          if (isStopAt(t, s, e)) stops++;
        } else {
          const w = upper ? t.slice(s, e).toLowerCase() : t.slice(s, e);
          if (STOP.has(curly ? w.replaceAll('’', "'") : w)) stops++;
        }
      }
    }
  } else {
    // (a line with a character above U+FFFF: the regexes, whose `u` flag reads it as one)
    const words = t.match(WORD) ?? [];
    n = words.length;
    for (const lw of t.toLowerCase().match(WORD) ?? []) {
      // 'it’s' -> "it's", 'U.S.' -> 'u.s'
      const key = lw.includes('’') ? lw.replace(/’/g, "'") : lw;
      if (STOP.has(key)) stops++;
      else {
        const last = key.charCodeAt(key.length - 1);
        if ((last === 46 || last === 39 || last === 45) && STOP.has(key.replace(TRAILING_PUNCT, ''))) stops++;
      }
    }
    for (const w of words) {
      const c = w.charCodeAt(0);
      if ((c >= 65 && c <= 90) || (c > 0x7f && w[0] !== w[0].toLowerCase())) caps++;
    }
    letters = countLetters(t);
    spaces = (t.match(/\s/g) ?? []).length;
  }
  let links = 0;
  let tokens = 0;
  // most lines have no link-like token and no separator: one test rules out the per-token work
  const hint = LINK_HINT.test(t);
  if (hint) {
    for (const tok of t.split(/\s+/)) {
      if (!tok) continue;
      tokens++;
      // cheap pre-test: links have '/', '@', '#', 'www' or a dot
      if (/[/@#.]/.test(tok) && LINKISH.test(tok.replace(/^[(<["']+|[)>\]"',.;:]+$/g, ''))) links++;
    }
    links += (t.match(SEPARATOR) ?? []).length;
  }
  return { words: n, stops, caps, letters, spaces, sentences: (t.match(SENTENCE_END.on(t)) ?? []).length, links, tokens, hinted: hint };
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let blank = true;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    let end = nl;
    pos = nl + 1;
    while (start < end && text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    if (start === end) {
      blank = true;
      if (lines.length > 0) (lines[lines.length - 1] as { blankAfter: boolean }).blankAfter = true;
      continue;
    }
    const t = text.slice(start, end);
    lines.push({ index: lines.length, start, end, text: t, blankBefore: blank, blankAfter: false, ...lineFeatures(t) });
    blank = false;
  }
  if (lines.length) (lines[lines.length - 1] as { blankAfter: boolean }).blankAfter = true;
  return lines;
}

// a line that stops mid-sentence: ends with a comma, a dash, a conjunction or article ('… featuring the two suspension innovations,')
const OPEN_END = /(?:[,;(&–—-]|\b(?:the|a|an|and|or|of|to|in|on|for|with|by|from|at|as|that|is|are|was|were)\b)$/iu;

/**
 * Joins hard-wrapped lines into paragraph blocks: a line that does not end a
 * sentence, followed (no blank line between) by a line that starts in lower
 * case or after an open end, continues the same paragraph.
 *
 *   'BMW launched the K100 in 1983. It was the first ever BMW motorcycle'
 *   'fitted with a liquid-cooled 4-cylinder in-line engine and also featuring'  -> one block
 *
 * Lists of one item per line ('2 medium onions' / '2 cloves garlic') and
 * menus stay separate lines. The joined block keeps its inner newlines.
 */
export function joinWrapped(text: string, lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j + 1 < lines.length && !lines[j].blankAfter && continues(lines[j], lines[j + 1])) j++;
    if (j === i) {
      out.push({ ...lines[i], index: out.length });
      continue;
    }
    const start = lines[i].start;
    const end = lines[j].end;
    const t = text.slice(start, end);
    out.push({ index: out.length, start, end, text: t, blankBefore: lines[i].blankBefore, blankAfter: lines[j].blankAfter, ...joinedFeatures(lines, i, j, t) });
    i = j;
  }
  return out;
}

/**
 * `lineFeatures` of lines i..j joined (`t`), from the lines' own counts rather than a second
 * pass over the text (the 20 MB bench corpus's Reuters stories are hard-wrapped: every
 * paragraph is a joined block). Words never span a line break, so words, function words,
 * capitals and letters add up; the spaces are the lines' plus the white space between them
 * (trailing spaces, the line break, leading spaces); a sentence end inside the block is one
 * inside a line, as only the last line may end like a sentence (`continues`), and the block
 * ends as its last line does. Link-like tokens are counted only in lines with a hint of
 * one, so a block with such a line is counted again whole. (tests/stages/clean.test.ts
 * checks the result against `lineFeatures` of the joined text.)
 */
function joinedFeatures(lines: readonly Line[], i: number, j: number, t: string): Features {
  let words = 0, stops = 0, caps = 0, letters = 0, spaces = 0, sentences = 0;
  for (let k = i; k <= j; k++) {
    const c = lines[k].counts;
    if (c.hinted) return lineFeatures(t);
    words += c.words;
    stops += c.stops;
    caps += c.caps;
    letters += c.letters;
    spaces += c.spaces + (k > i ? lines[k].start - lines[k - 1].end : 0);
    sentences += c.sentences;
  }
  return features({ words, stops, caps, letters, spaces, sentences, links: 0, tokens: 0, hinted: false }, t.length, lines[j].terminal);
}

/** Where the physical line holding `pos` starts (after the line break before it). */
const lineStartAt = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;

/** The width of the last physical line of a line or block, as typed: with its indentation ('    Dynamics said ...' is 4 wider). */
function lastLineWidth(text: string, l: Pick<Line, 'end'>): number {
  return l.end - lineStartAt(text, l.end);
}

/** The indentation of the physical line holding `pos`. */
function indentAt(text: string, pos: number): number {
  const from = lineStartAt(text, pos);
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  return i - from;
}

/**
 * The width a hard-wrapped text was wrapped at, or Infinity for a text that is not hard-wrapped;
 * `lines` are `splitLines`' (before `joinWrapped`). The lines `continues` joins to the next (followed by a
 * line starting in lower case: the wrapper broke them) show it: the widest of them. A text is taken for
 * hard-wrapped when at least three lines are broken so (two in a text whose paragraphs start with an indented line
 * after a line that is not: a short wire story), most of them (the median) at three quarters of
 * that width or more, and no line of the text is more than 15% wider (a web page's text has one
 * paragraph a line: its lines followed by lower case are short menu items and captions, and its
 * paragraphs far wider).
 */
export function wrapWidth(text: string, lines: readonly Line[]): number {
  const broken: number[] = [];
  let widest = 0;
  let indented = 0;
  for (let i = 0; i < lines.length; i++) {
    const w = lastLineWidth(text, lines[i]);
    widest = Math.max(widest, w);
    if (i + 1 < lines.length && !lines[i].blankAfter && continues(lines[i], lines[i + 1])) broken.push(w);
    if (i > 0 && !lines[i - 1].blankAfter && indentAt(text, lines[i].start) >= 3 && indentAt(text, lines[i - 1].end) === 0) indented++;
  }
  if (broken.length < (indented >= 1 ? 2 : 3)) return Infinity;
  broken.sort((x, y) => x - y);
  const width = broken[broken.length - 1];
  return broken[broken.length >> 1] >= 0.75 * width && widest <= 1.15 * width ? width : Infinity;
}

// a line ending in a name's initial: 'Former President Robert D.' (before 'Hostetler is resigning ...')
const INITIAL_END = /\p{Lu}[\p{L}'’-]*\s+\p{Lu}\.$/u;

/**
 * INITIAL_END.test(t), the expression run only on a line that ends as its match must: white space, a capital, a full
 * stop. Unanchored at the start, the expression is tried at every character of the line, and with the `u` flag
 * over a two-byte string that cost (the 10 MB bench corpus set typographically: `wrapped` 168 ms and the expression
 * 111, against 9 and 46 in ASCII).
 */
export function endsOnInitial(t: string): boolean {
  const n = t.length;
  if (n < 4 || t.charCodeAt(n - 1) !== 46) return false;
  const capital = t.charCodeAt(n - 2);
  // (a capital above U+FFFF: the expression's to read)
  if (capital >= 0xd800 && capital <= 0xdfff) return INITIAL_END.test(t);
  return (unitFlags(capital) & UNIT_UPPER) !== 0 && (unitFlags(t.charCodeAt(n - 3)) & UNIT_SPACE) !== 0 && INITIAL_END.test(t);
}

/**
 * How many columns short of the wrap width a line may end and still be broken by the wrapper: wire stories are not
 * wrapped to one exact width ('… of the International' / 'Coffee Organisation's (ICO) …' at 63 in a text whose widest
 * broken line is 64). Reuters-21578, 19,043 stories: a sentence broken between two blocks 2,142 times before the
 * opening brackets and quotes below, 1,080 after, with no slack;
 * 830 with 1, 780 with 2, 770 with 3; the 316 boundaries 2 joins, read in a sample of 25, were all one sentence
 * ('West' / 'Germany', 'Central Intelligence' / 'Agency').
 */
const WRAP_SLACK = 2;

/**
 * Whether block `b` goes on the sentence that block `a` (right before it, no blank line between)
 * breaks off, in a text hard-wrapped at `width`: the wrapper broke `a` before a capitalised word or a
 * number, or an opening bracket or quote ('(KOP), told Reuters', '<RD>, has been'), as the first word of `b` would
 * not have fitted on `a`'s last line (within WRAP_SLACK) ('... in favor of the
 * company paying' / 'Dynamics 2,178,000 dlrs ...', '... as is Chief Financial' / 'Officer Gary B.
 * Erekson', "... against January's" / '15,279 and the year-ago level'), and `b` is not indented more
 * (a paragraph's first line). A block that ends a sentence does not go on, but for a name's initial
 * ('Former President Robert D.' / 'Hostetler is resigning'). (Followed by lower case, `continues`
 * joined the lines already.)
 */
export function wrapped(text: string, a: Line, b: Line, width: number): boolean {
  if (width === Infinity || a.blankAfter || a.words < 3 || (a.terminal && !endsOnInitial(a.text))) return false;
  if (!/^(?:[\p{Lu}\p{N}]|[(<"“‘'][\p{L}\p{N}])/u.test(b.text) || indentAt(text, b.start) > indentAt(text, a.end)) return false;
  const word = b.text.indexOf(' ');
  return lastLineWidth(text, a) + 1 + (word < 0 ? b.text.length : word) > width - WRAP_SLACK;
}

function continues(a: Line, b: Line): boolean {
  if (a.terminal || b.words < 1) return false;
  const first = b.text.codePointAt(0)!;
  // (a line in lower case, or one that opens with an ampersand, a firm's name broken at its '&': 'the lobbying help of
  // some of Alston' / '& Bird's biggest names'; after a name's comma a line of few words too: 'International Meal Co.,'
  // / 'which does business in Puerto Rico')
  const lower = /\p{Ll}/u.test(String.fromCodePoint(first)) || (first === 38 && b.text.charCodeAt(1) === 32);
  if (a.words < 3) return lower && a.text.endsWith(',') && a.words >= 2;
  return lower || (OPEN_END.test(a.text) && /^[\p{L}\p{N}"“‘'(]/u.test(b.text) && a.text.length >= 40) || nameBroken(a, b);
}

/**
 * Whether a line of prose that ends in a capitalised word inside a sentence goes on with the name's next capitalised
 * word and words in lower case: a web page's text wrapped by its markup, not at a fixed width ('… filed with
 * Congress on Friday. The U.S. Federal Aviation' / 'Administration this year is expected to approve …'). A
 * sentence's end inside the line says it is prose, the sentence's 'The' before the name that it is one; the next
 * line's second word in lower case that it is no heading.
 */
function nameBroken(a: Line, b: Line): boolean {
  return a.text.length >= 60 && a.sentences > 0 && a.stopDensity >= 0.15 && LAST_CAPITALISED.test(a.text) && NAME_GOES_ON_LINE.test(b.text);
}
// (a sentence's 'The' and its name, the sentence's subject: not a quote's author after its full stop, '… than anyone
// else. Albert Einstein' / 'Think like a queen.', nor a credit's or a byline's end, '… Photograph: Ahmed Ali for The
// Guardian' / 'Officials said …', 'Reporting by Jane Doe in London')
const LAST_CAPITALISED = /(?:^|[.!?]\s)The\s(?:\p{Lu}[\p{L}.'’&-]*\s){0,3}\p{Lu}[\p{Ll}.]+$/u;
const NAME_GOES_ON_LINE = /^\p{Lu}[\p{L}.'’-]*\s+\p{Ll}+\s+\p{Ll}/u;

/** Reads like running prose: a full sentence with function words. */
export function isProse(l: Pick<Line, 'words' | 'terminal' | 'stopDensity'>): boolean {
  return (l.words >= 8 && l.terminal && l.stopDensity >= 0.15) || (l.words >= 25 && l.stopDensity >= 0.2);
}
