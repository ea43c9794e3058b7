import * as chrono from 'chrono-node';
import { isProse, type Line } from './lines.js';
import type { Zone } from '../../model/document.js';

/**
 * Step 3 of cleaning: decide for each line whether it is article (title,
 * metadata, body, caption) or boilerplate, and pull out the metadata.
 *
 * Every rule is a general signal about news pages, not a string of one outlet:
 * date-only lines, ALL-CAPS datelines, `Label: value` source lines, headings
 * that open lists of other stories, runs of short unpunctuated lines, promos,
 * copyright lines, repeated lines, credit-bearing photo captions.
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

// -- patterns ---------------------------------------------------------------

// ' date 2020-12-28 Title…' (a key/value header some scrapers prepend)
const DATE_PREFIX = /^date\s+(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+Z-]+)?\s+/i;
// '4 MIN READ', '3 minute read', 'Reading time: 5 minutes'
const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?)\s*read|reading time\s*:?\s*\d+\s*min(?:ute)?s?)$/i;
// 'BAKU, Azerbaijan, Dec.28', 'MOSCOW, Oct. 10', 'WASHINGTON (Reuters) -'
const MONTHS = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const DATELINE = new RegExp(
  `^((?:[\\p{Lu}][\\p{Lu}\\p{M}.'’ -]+)(?:,\\s*[\\p{Lu}][\\p{L}\\p{M}.'’ -]+){0,2}?(?:,\\s*(?:${MONTHS})\\.?\\s*\\d{1,2}(?:,\\s*\\d{4})?|\\s*\\((?:[\\p{Lu}][\\p{L}.& ]+)\\)))\\s*(?:[-–—:]\\s*|$)`,
  'u',
);
// 'SOURCE:TRTWorld and agencies', 'From: Deutsche Welle |', 'Via: AP'
const SOURCE_LINE = /^(?:source|sources|from|via|courtesy(?: of)?|credit)\s*:\s*(.+?)\s*[|•·]?\s*$/iu;
// 'Trend:' -- a short capitalised name alone before a colon (agency slug)
const AGENCY_SLUG = /^([\p{Lu}][\p{L}\p{M}\p{N}&.'’ -]{1,40}?)\s*:$/u;
// 'By Mehmet Emre Kahraman'
const BYLINE = /^by\s+[\p{Lu}][\p{L}\p{M}.'’ -]+(?:(?:,| and)\s+[\p{Lu}][\p{L}\p{M}.'’ -]+)*$/iu;

const LIST_HEADING =
  /^(?:explore|recommended(?: for you| stories| articles)?|related(?: stories| articles| news| content| coverage| topics)?|more (?:from|on|in|stories|news|videos?)\b.{0,40}|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|you (?:may|might) (?:also )?like|top stories|latest(?: news| stories)?|editor'?s? picks|further reading|popular(?: now| stories)?|in other news|what to read next|also on [\p{L} ]+)\s*:?$/iu;

const BOILERPLATE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:read more|read also|also read|see also|related|watch|listen)\s*[:>»|-]/iu, 'read-more link'],
  [/^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/iu, 'copyright'],
  [/\b(?:is|are) now on (?:telegram|whatsapp|instagram|facebook|twitter|x|youtube|google news|threads)\b|\bjoin our (?:channel|community|newsletter)\b|\bclick here\b|\bdownload (?:the|our) .{0,40}\bapp\b|\bsubscribe (?:to|now|today)\b|\bsign up (?:for|to|now)\b|\bfollow us on\b|\bnewsletter\b.{0,60}\b(?:sign up|subscribe|inbox)\b/iu, 'promo'],
  [/^(?:advertisement|sponsored(?: content)?|story continue[sd] below|continue reading|skip to (?:main )?content|back to top|share(?: this)?(?: article| story)?|share on \w+|tweet|print|email|comments?|loading\.{0,3}|image|photo)\s*:?$/iu, 'page furniture'],
  [/^(?:share|facebook|twitter|linkedin|whatsapp|email|print|reddit|pinterest|telegram|copy link)(?:\s*[|/•·,]?\s*(?:share|facebook|twitter|linkedin|whatsapp|email|print|reddit|pinterest|telegram|copy link))+$/iu, 'share bar'],
  [/\bcookies?\b.{0,80}\b(?:accept|consent|policy|settings)\b/iu, 'cookie notice'],
  [/^(?:tags?|topics?|filed under|categories)\s*:/iu, 'tag list'],
];

// '… in Jabrayil District, December 7, 2020. / Reuters', '… (Photo: AFP)', '… (Ministry of Defense / PA / Representation)'
const CAPTION_CREDIT = /(?:\s[/|]\s*[\p{Lu}][\p{L}\p{M}.&' -]{1,40}$)|(?:\((?:photo|image|picture|file photo|credit|source)s?\b[^)]*\)\s*$)|(?:\([^()]*\s\/\s[^()]*\)\s*$)|(?:\b(?:photo|image|picture)\s*(?:credit)?\s*:\s*[\p{Lu}][^.]{0,60}$)/iu;

function strictDate(text: string): { iso: string; covered: number } | undefined {
  const results = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
  const r = results.find((x) => x.start.isCertain('year') && x.start.isCertain('month') && x.start.isCertain('day'));
  if (!r) return undefined;
  const y = r.start.get('year')!;
  const m = r.start.get('month')!;
  const d = r.start.get('day')!;
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, covered: results.reduce((n, x) => n + x.text.length, 0) };
}

/** A line that is essentially a date: `December 13, 2020`, `Politics 3 December 2020 12:23 (UTC+04:00)`. */
export function dateLine(l: Line): string | undefined {
  if (l.words > 14 || l.terminal) return undefined;
  const d = strictDate(l.text);
  if (!d) return undefined;
  return d.covered / l.text.length >= 0.5 ? d.iso : undefined;
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function classifyLines(lines: readonly Line[]): { decisions: LineDecision[]; metadata: ExtractedMetadata } {
  const md: ExtractedMetadata = { title: null, date: null, outlet: null, dateline: null };
  const decisions: LineDecision[] = [];
  const seen = new Map<string, number>(); // normalised kept text -> line index
  let bodyStarted = false; // a prose paragraph has been seen
  let inList = false; // inside a list of other stories opened by a heading
  const firstProse = lines.findIndex(isProse);
  const headerEnd = firstProse < 0 ? Math.min(lines.length, 8) : firstProse;

  const drop = (reason: string): LineDecision => ({ zone: 'dropped', reason });
  const keep = (zone: Zone, l: Line, start = l.start, end = l.end, reason = zone as string): LineDecision => ({ zone, reason, keep: { start, end } });

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    let text = l.text;
    let start = l.start;
    const prose = isProse(l);
    const inHeader = i < headerEnd || (i <= headerEnd + 3 && !bodyStarted);

    // 1. key/value date prefix: ' date 2020-12-28 Azerbaijani army …'
    const dp = i === 0 ? DATE_PREFIX.exec(text) : null;
    if (dp) {
      md.date ??= dp[1];
      start += dp[0].length;
      text = text.slice(dp[0].length);
    }

    const decide = (): LineDecision => {
      // 2. boilerplate phrases, anywhere
      for (const [re, reason] of BOILERPLATE) if (re.test(text) && l.words <= 60) return drop(reason);
      if (READING_TIME.test(text)) return drop('reading time');
      // 3. a heading that opens a list of other stories: drop it and the list
      if (LIST_HEADING.test(text) && l.words <= 8) {
        inList = true;
        return drop('list heading');
      }
      if (inList) {
        if (prose && l.blankBefore) inList = false;
        else return drop('headline list');
      }
      // 4. metadata lines
      const dl = dateLine({ ...l, text, words: l.words });
      if (dl) {
        md.date ??= dl;
        return drop('date line');
      }
      const src = SOURCE_LINE.exec(text);
      if (src && l.words <= 10) {
        const value = src[1].replace(/\s+(?:and|&)\s+(?:agencies|wires?|staff)$/i, '').replace(/[|•·]\s*$/, '').trim();
        md.outlet ??= value;
        const vs = start + text.indexOf(src[1]);
        return keep('meta', l, vs, vs + src[1].length, 'outlet');
      }
      const slug = inHeader ? AGENCY_SLUG.exec(text) : null;
      if (slug && l.words <= 5) {
        md.outlet ??= slug[1];
        return keep('meta', l, start, start + slug[1].length, 'outlet');
      }
      if (inHeader || (!bodyStarted && i < 12)) {
        const dlm = DATELINE.exec(text);
        if (dlm) {
          md.dateline ??= dlm[1].trim();
          if (dlm[0].length >= text.length - 1) return keep('meta', l, start, l.end, 'dateline');
        }
      }
      if (BYLINE.test(text) && l.words <= 10) return keep('meta', l, start, l.end, 'byline');
      // 5. repeated lines: a repeated title, a caption repeating body text
      const key = norm(text);
      if (seen.has(key)) return drop(seen.get(key) === -1 ? 'repeated title' : 'repeated line');
      const creditless = norm(text.replace(CAPTION_CREDIT, ''));
      if (creditless !== key && creditless.length > 20 && (seen.has(creditless) || lines.some((o, j) => j > i && norm(o.text) === creditless))) return drop('caption repeating body text');
      // 6. title: the first heading-like line of the header
      if (md.title === null && inHeader && !prose && l.words >= 2 && l.words <= 30 && !/^[\p{Lu}\s\p{N}]+$/u.test(text)) {
        md.title = text;
        return keep('title', l, start, l.end);
      }
      if (md.title === null && inHeader && !prose && l.words <= 3) return drop('section label');
      // 7. photo captions with a credit are kept as captions
      if (CAPTION_CREDIT.test(text) && l.words >= 4) return keep('caption', l, start, l.end);
      // 8. runs of three or more short unpunctuated lines after the body began: headline lists
      if (bodyStarted && !prose && !l.terminal && l.words <= 20) {
        let a = i;
        while (a > 0 && !lines[a - 1].blankAfter && !isProse(lines[a - 1]) && !lines[a - 1].terminal) a--;
        let b = i;
        while (b + 1 < lines.length && !l.blankAfter && !lines[b].blankAfter && !isProse(lines[b + 1]) && !lines[b + 1].terminal) b++;
        if (b - a + 1 >= 3) return drop('headline list');
      }
      return keep('body', l, start, l.end);
    };

    const d = decide();
    if (prose && d.zone === 'body') bodyStarted = true;
    if (d.zone !== 'dropped') seen.set(norm(text), d.zone === 'title' ? -1 : i);
    decisions.push(d);
  }
  return { decisions, metadata: md };
}
