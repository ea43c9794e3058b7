import iconv from 'iconv-lite';

/**
 * Scoring of cleaned text against gold main text, the CleanEval way: both
 * texts become multisets ("bags") of lower-cased word tokens, and precision,
 * recall and F1 count the tokens the two bags share.
 *
 * Used by `scripts/eval-clean.ts` (`npm run eval:clean`); kept here, free of
 * I/O, so tests can check it on handmade pairs.
 */

/** Word tokens: runs of letters, marks and digits ("it's" -> `it`, `s`; "U.S." -> `u`, `s`). */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

export function bagOfWords(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of wordTokens(text)) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

export interface BagScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** words in the kept (cleaned) text */
  readonly kept: number;
  /** words in the gold text */
  readonly gold: number;
  /** words in both bags (multiset intersection) */
  readonly common: number;
}

/**
 * Bag-of-words precision/recall/F1 of `kept` against `gold`.
 *
 * Edge cases: both empty -> 1/1/1 (nothing to find, nothing wrongly kept);
 * an empty side otherwise scores 0 on the measure it cannot support
 * (empty kept text: precision 0 and recall 0; empty gold: precision 0, recall 1).
 */
export function scoreBags(kept: string, gold: string): BagScore {
  const k = bagOfWords(kept);
  const g = bagOfWords(gold);
  let nk = 0;
  let ng = 0;
  let common = 0;
  for (const n of k.values()) nk += n;
  for (const [w, n] of g) {
    ng += n;
    const m = k.get(w);
    if (m) common += Math.min(m, n);
  }
  if (nk === 0 && ng === 0) return { precision: 1, recall: 1, f1: 1, kept: 0, gold: 0, common: 0 };
  const precision = nk === 0 ? 0 : common / nk;
  const recall = ng === 0 ? 1 : common / ng;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, kept: nk, gold: ng, common };
}

/**
 * The gold main text of a boilerplate-dev (Dragnet-format) gold file: the
 * part before the `!@#$%^&*()  COMMENTS` marker, unless comments are wanted.
 * Reader comments are not article text, so by default they do not count.
 *
 * The annotators typed the marker by hand: 423 of the 1,381 gold files have
 * it, some mistyped (`@#$%^&*() COMMENTS`, `!@ $%^&*()  COMMENTS`,
 * `  #$%^&*()  COMMENTS`, `!@#$%^&*   COMMENTS`, `... COMMNENTS`,
 * `... CORRECTED`). A line of five or more of those symbols (spaces between
 * them allowed) and one upper-case word is the marker; the exact spelling
 * missed 12 files, among them a page whose 385 comments (47,000 words)
 * then counted as its main text.
 */
export const COMMENTS_MARKER = /^[ \t]*[!@#$%^&*()](?:[ \t]*[!@#$%^&*()]){4,}[ \t]*[A-Z]{5,}[ \t]*$/m;

export function goldMainText(gold: string, withComments = false): string {
  if (withComments) return gold.replace(COMMENTS_MARKER, ' ');
  const m = COMMENTS_MARKER.exec(gold);
  return m ? gold.slice(0, m.index) : gold;
}

/**
 * Decodes a file: UTF-16 when it starts with a UTF-16 byte-order mark (5 boilerplate-dev gold files are
 * UTF-16LE; read as Windows-1252 each of their letters counted as a word), else UTF-8, or Windows-1252
 * (with iconv-lite, as the read stage does) when it is not valid UTF-8 (bbc sport/199.txt).
 */
export function decodeLenient(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    // the decoder drops the byte-order mark
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}

export interface Means {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function meanScores(scores: readonly Means[]): Means {
  if (scores.length === 0) return { precision: 0, recall: 0, f1: 0 };
  let p = 0;
  let r = 0;
  let f = 0;
  for (const s of scores) {
    p += s.precision;
    r += s.recall;
    f += s.f1;
  }
  return { precision: p / scores.length, recall: r / scores.length, f1: f / scores.length };
}

/**
 * How a title the cleaner took agrees with a gold main text, which holds no title field of its own (Dragnet's gold
 * files open with the headline, a date or a byline): `'right'` when the title is one of the gold text's first six
 * lines (or, either being more than 10 characters, inside one or holding one: a title line with a count or a label
 * after it); `page` is the page's text as laid out in lines (a web page's visible text, not its markup);
 * else, whether the gold text had a headline to find: its first line of three words or more (not a byline, a
 * posting or update line, nor a sentence of more than 15 words) that the page holds as a line of its own.
 * Lines compared in lower case, spaces and curly quotes folded.
 *
 *   titleAgreement('Ferry terminal approved', 'Ferry terminal approved\n\nThe harbour …', page) = 'right'
 *   titleAgreement(null, 'Ferry terminal approved\n\nThe harbour …', 'Home\nFerry terminal approved\n…') = 'missed'
 */
export type TitleAgreement = 'right' | 'wrong' | 'missed' | 'wrong, no headline' | 'none, no headline';

export function titleAgreement(title: string | null, gold: string, page: string): TitleAgreement {
  const goldLines = gold.split('\n').map(normLine).filter(Boolean).slice(0, 6);
  const pageLines = new Set(page.split('\n').map(normLine));
  const headline = goldLines.some(
    (l) => pageLines.has(l) && (l.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3 && !/^(?:by|posted|updated)\b/.test(l) && !(/[.!?]$/.test(l) && l.split(' ').length > 15),
  );
  if (title === null) return headline ? 'missed' : 'none, no headline';
  const t = normLine(title);
  // (a part of a line, or a line inside the title, of more than 10 characters: not 'ferry' inside the first paragraph)
  if (goldLines.some((g) => g === t || (g.includes(t) && t.length > 10) || (t.includes(g) && g.length > 10))) return 'right';
  return headline ? 'wrong' : 'wrong, no headline';
}

const normLine = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim().toLowerCase();

/**
 * How the date the cleaner took agrees with the first full date written in the gold text's first 8 lines (Dragnet's
 * gold files often open with the story's date; its format varies: 'July 24, 2012', '24 July 2012', '2012-07-24'):
 * `'right'` when the two are the same day, `'wrong'`, `'missed'` (the gold has a date, the cleaner none), or, for a gold
 * text with no date there, `'date, none in gold'` / `'none, none in gold'`. A date of the gold text's first lines is
 * mostly the story's own; a page's crawl date, or a comment's, sometimes.
 *
 *   dateAgreement('2012-07-24', 'July 24, 2012\n\nFerry terminal approved') = 'right'
 */
export type DateAgreement = 'right' | 'wrong' | 'missed' | 'date, none in gold' | 'none, none in gold';

export function dateAgreement(date: string | null, gold: string): DateAgreement {
  const head = gold.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 8).join('\n');
  const golden = goldDate(head);
  if (golden === undefined) return date === null ? 'none, none in gold' : 'date, none in gold';
  if (date === null) return 'missed';
  return date.slice(0, 10) === golden ? 'right' : 'wrong';
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// (a month's name or its abbreviation, not any word it opens: 'Decision 12, 2012' is no date)
const MONTH_WORD = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember|\\.)?';
const GOLD_DATE = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_WORD}\.?,?\s+(\d{4})|\b${MONTH_WORD}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|\b(\d{4})-(\d\d)-(\d\d)\b`,
  'i',
);

/** the first date of a text in one of the three forms, as yyyy-mm-dd */
function goldDate(text: string): string | undefined {
  const m = GOLD_DATE.exec(text);
  if (!m) return undefined;
  const iso = (y: string, month: string, d: string) => `${y}-${month.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const monthOf = (w: string) => String(MONTH_KEYS.indexOf(w.slice(0, 3).toLowerCase()) + 1);
  if (m[3]) return iso(m[3], monthOf(m[2]), m[1]);
  if (m[6]) return iso(m[6], monthOf(m[4]), m[5]);
  return iso(m[7], m[8], m[9]);
}
