import type { SplitDocument, Token } from '../model/document.js';
import type { Candidate } from '../model/candidate.js';
import type { EntityType, MentionSource } from '../model/entity.js';

/**
 * The name finder: names no gazetteer holds, from runs of proper nouns in
 * wink-nlp's POS tags, typed by named rules. Each step below is small and
 * shows the text it handles.
 */
export interface NameFinderLexicons {
  /** title/rank phrases, as written (`Lieutenant General`, `soldier`) */
  readonly roles: readonly string[];
  /** lower-cased first names */
  readonly firstNames: ReadonlySet<string>;
  /** demonyms and country names that may qualify a title (`Azerbaijani President`) */
  readonly qualifiers: ReadonlySet<string>;
}

// organisation heads and tails: 'Ministry of …', '… Security Service', '… Armed Forces'
const ORG_WORDS = new Set(
  'Ministry Council Agency Service Services Group Forces Force Party Bank University College Institute Inc Inc. Ltd Ltd. Corp Corp. Corporation Company Co. Committee Commission Association Union Organization Organisation Court Parliament Assembly Army Navy Police Office Department Federation FC Club Airlines Airways Times Post Press News Television TV Radio Foundation Fund Authority Board Bureau Centre Center Guard Guards Brigade Battalion Regiment Division Directorate Secretariat Senate Congress Cabinet Government Network Holdings Group Alliance Front Movement Coalition League Society Church Trust Exchange Reserve Industries Energy Petroleum Oil Gas Telecom Media Studios Records Hospital School Academy Ministry'.split(' '),
);
const ORG_HEADS = new Set('Ministry University Bank Council Committee Commission Association Union Organization Organisation Institute Court Department Federation Agency Academy Church'.split(' '));
// place cue words after a name: 'Khojavend district', 'Aghdam village'
const PLACE_AFTER = new Set('district region province village town city county oblast governorate rayon municipality settlement island islands river mountains valley peninsula'.split(' '));
// place cue words before a name: 'city of Ganja', 'village of …'
const PLACE_BEFORE = /\b(?:city|town|village|province|region|district|capital|republic|island|port|state) of\s*$/i;
// surname morphology: -ov/-ova, -ev/-yev, -yan/-ian, -oglu, -zade, -enko, -sky, -ski, -vich, -shvili, -dze
const SURNAME = /(?:[ou]va?|[ey]eva?|y[ae]v|yan|[^aeiou]ian|o[gğ]lu|zad[eə]|enko|sk[yia]|vich|shvili|dze|poulos|escu|ović|ovic|ov|ev|yev|ova|eva)$/u;
const MONTHS_DAYS = new Set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun'.split(' '),
);
// ordinary words that are capitalised only because they open a sentence
const SENTENCE_OPENERS = new Set('The A An This That These Those It He She They We I You His Her Their Our Its But And Or If When While After Before As In On At By For From With Without Although Though Despite According Following Back Separately Meanwhile However Also Then So Yet Still Some Many Most All Both Each Every No Not One Two Three Four Five Six Seven Eight Nine Ten Here There What Who Why How Where'.split(' '));

const isCap = (s: string) => /^[\p{Lu}\p{Lt}]/u.test(s);
// mid-sentence, a capitalised word is part of a name whatever its tag ('Caspian Shipping/VERB Agency');
// sentence-initially only a PROPN tag counts
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SYM', 'NUM']);
const isProperish = (t: Token, sentenceInitial = false) =>
  isCap(t.text) && (t.pos === 'PROPN' || (!sentenceInitial && !FUNCTION_POS.has(t.pos) && /[\p{Ll}]/u.test(t.text)));

export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Longest role phrase that the text ends with (`… Colonel General ` -> `Colonel General`). */
export function roleBefore(text: string, roles: readonly string[]): string | null {
  const t = text.replace(/[\s,]+$/u, '');
  let best: string | null = null;
  for (const r of roles) {
    if (t.endsWith(r) && (t.length === r.length || !/[\p{L}\p{N}]/u.test(t[t.length - r.length - 1])) && (!best || r.length > best.length)) best = r;
  }
  return best;
}

interface Run {
  from: number; // token index, inclusive
  to: number; // exclusive
}

export function findNames(doc: SplitDocument, lex: NameFinderLexicons): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  const roleWords = new Set(lex.roles.flatMap((r) => r.split(/\s+/)));
  for (const s of doc.sentences) {
    // 1. runs of proper nouns, joined across attached hyphens: 'Nagorno-Karabakh', 'Chairperson-in-Office' is not (lower-case 'in')
    const runs: Run[] = [];
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      // the tail of a hyphenated compound is not a name start: 'Chairperson-in-Office Andrzej'
      const compoundTail = i > s.tokenStart && /^[-‐‑]$/.test(toks[i - 1].text) && toks[i - 1].end === toks[i].start;
      if (!isProperish(toks[i], i === s.tokenStart) || compoundTail) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.tokenEnd) {
        if (isProperish(toks[j]) && toks[j].start - toks[j - 1].end <= 1) {
          j++;
        } else if (toks[j].text === '-' && j + 1 < s.tokenEnd && toks[j].start === toks[j - 1].end && toks[j + 1].start === toks[j].end && isCap(toks[j + 1].text)) {
          j += 2;
        } else break;
      }
      runs.push({ from: i, to: j });
      i = j;
    }
    for (const run of runs) {
      let { from, to } = run;
      // 2. drop a sentence-initial ordinary word: 'The', 'According'
      if (from === s.tokenStart && SENTENCE_OPENERS.has(toks[from].text)) from++;
      // 3. split at months and weekdays: 'Sunday', 'Dec'
      const parts: Run[] = [];
      let a = from;
      for (let k = from; k < to; k++) {
        if (MONTHS_DAYS.has(toks[k].text.replace(/\.$/, ''))) {
          if (k > a) parts.push({ from: a, to: k });
          a = k + 1;
        }
      }
      if (a < to) parts.push({ from: a, to });
      for (const p of parts) typeRun(p);
    }

    function typeRun(p: Run): void {
      let { from, to } = p;
      // 4. titles and their qualifiers go to `role`: 'Azerbaijani President Ilham Aliyev', 'Lieutenant General Rustam Muradov'
      let lead = from;
      while (lead < to - 1 && (roleWords.has(toks[lead].text) || lex.qualifiers.has(toks[lead].text))) lead++;
      const prefix = doc.clean.slice(s.start, toks[lead].start);
      const role = roleBefore(prefix, lex.roles);
      if (role) from = lead;
      else if (lead > from && lex.qualifiers.has(toks[from].text) && !ORG_WORDS.has(toks[to - 1].text)) from = lead;
      if (from >= to) return;
      // ALL-CAPS lines are not evidence of names
      if (toks.slice(from, to).every((t) => t.text.length > 1 && t.text === t.text.toUpperCase()) && s.zone !== 'body') return;
      const words = toks.slice(from, to).filter((t) => t.text !== '-');
      if (words.length === 0) return;
      const first = words[0].text;
      const last = words[words.length - 1].text;
      const start = toks[from].start;
      const end = toks[to - 1].end;
      const name = doc.clean.slice(start, end);
      const after = doc.clean.slice(end, Math.min(end + 16, s.end)).trim().split(/\s+/)[0] ?? '';
      const before = doc.clean.slice(s.start, start);
      let type: EntityType | null = null;
      let rule = '';
      let confidence = 0;
      // 5. organisation keywords: '… Security Service', 'Ministry of …'
      if (words.length > 1 && (ORG_WORDS.has(last) || ORG_HEADS.has(first))) [type, rule, confidence] = ['organization', 'org-keyword', 0.7];
      // 6. a title right before: 'Lieutenant General Rustam Muradov', 'soldier Elmir Ganbarov'
      else if (role && words.length <= 4) [type, rule, confidence] = ['person', 'title-person', 0.85];
      // 7. a known first name: 'Andrew Schofer'
      else if (words.length >= 2 && words.length <= 4 && lex.firstNames.has(first.toLowerCase())) [type, rule, confidence] = ['person', 'first-name', 0.75];
      // 8. surname morphology: 'Elmir Ganbarov', 'Nikol Pashinyan'
      else if (words.length >= 2 && words.length <= 4 && SURNAME.test(last)) [type, rule, confidence] = ['person', 'surname-suffix', 0.7];
      // 9. place cue words: 'Khojavend district', 'city of Ganja'
      else if (PLACE_AFTER.has(after.replace(/[^\p{L}]/gu, '').toLowerCase()) || PLACE_BEFORE.test(before)) [type, rule, confidence] = ['place', 'place-cue', 0.7];
      out.push({
        start,
        end,
        sentence: s.index,
        type,
        entries: [],
        name,
        source: (type ? `rule:${rule}` : 'rule:proper-noun') as MentionSource,
        confidence: type ? confidence : 0.3,
        priority: type ? 1000 : 10000,
        role: type === 'person' ? role : null,
      });
    }
  }
  return out;
}
