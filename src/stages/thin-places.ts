import type { Candidate } from '../model/candidate.js';
import type { SplitDocument } from '../model/document.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { commonTag } from '../nlp/wink.js';

/**
 * A place that only a preposition said was one, in few of its mentions, is no place. The name finder types a name
 * no gazetteer holds as a place after a location preposition ('in Chechnya', 'near Grozny': find-names step 13), and
 * document consistency (step 14) gives that type to every other mention of the name. Products, services and firms
 * stand after 'in' too ('in Windows', 'in Slackware', 'sign into Flickr', 'invested in Thesis', 'piled into Cairn'),
 * and a story about one names it many times, nearly always elsewhere: one preposition made 38 mentions of Flickr a
 * place. So, per document, a name (in any case) whose place-typed candidates without a gazetteer entry come only from
 * the preposition rule, document consistency and an ALL-CAPS headline's borrowing
 *   1. with at least `MIN_MENTIONS` such candidates, and
 *   2. fewer than a third of them after a place's preposition (`PLACE_BEFORE`: 'in', 'from', 'near', 'in the' ...;
 *      the rule's own are a narrower set)
 * loses its type on all of them (they stay untyped names, for coreference); so does 3. below. Real places that a story names so often
 * mostly stand after prepositions ('fighting in Talish', 'shells fell near Talish'); those a gazetteer knows (a town the
 * context linked: 'Aurora', 'Charlotte'), that another rule typed, or that a gazetteer's place follows after a comma
 * ('in Zorvex, Michigan') are left alone.
 * Measured on 2026-12-04 (forty-third session): docs/ACCURACY.md. Reported as `tag/thin-place`.
 */

/** the fewest mentions for the share to say anything ('Barentsburg' after 'in' once among 4 mentions is left) */
const MIN_MENTIONS = 5;
/** a place's preposition right before a mention, or with 'the' between: 'in Longyear', 'from Longyear', 'in the Gulf' */
const PLACE_BEFORE = /\b(?:in|near|from|outside|inside|across|throughout|towards?|into|around|within)\s+(?:the\s+)?$/i;
/** the sources that spread or borrow a place type without evidence of their own */
const SPREAD = new Set(['rule:document-consistency', 'rule:headline-borrow']);
const PREPOSITION = 'rule:place-preposition';
const COMMA_AFTER = /^,[ \t]*/;

/**
 * 3. Whatever its count: one word wink-nlp's lexicon ships as a common noun that no gazetteer's town of the name placed
 * ('published in Nature', 'in Science', 'sign in to Workday', 'in Safari', 'in Motion': a journal's, a product's, a
 * film's name; the towns 'Aurora', 'Elizabeth', 'Bath', whose context linked them, have entries and stay), but for the
 * nouns that name a land alone ('ships in Gulf waters', 'in Outback towns'). Measured on 2026-12-05 (fifty-third
 * session): docs/ACCURACY.md.
 */
function commonNounOnly(key: string): boolean {
  return !key.includes(' ') && !LAND_NOUNS.has(key) && commonTag(key) === 'NOUN';
}
const LAND_NOUNS = new Set('gulf outback highlands lowlands midlands delta steppe tundra savanna savannah sahel interior mainland peninsula subcontinent valley bay coast island islands'.split(' '));

export function thinPlaces(cands: readonly Candidate[], gazetteer: readonly Candidate[], doc: SplitDocument, report?: Reporter): Candidate[] {
  // where the gazetteer's places start: a mention before a comma and one of them is placed ('in Zorvex, Michigan')
  let placeStarts: Set<number> | undefined;
  const placedAfter = (c: Candidate) => {
    const comma = COMMA_AFTER.exec(doc.clean.slice(c.end, c.end + 4));
    if (!comma) return false;
    placeStarts ??= new Set(gazetteer.filter((g) => g.type === 'place').map((g) => g.start));
    return placeStarts.has(c.end + comma[0].length);
  };
  // per name: its place candidates' count and the preposition's, or null where other evidence types it
  const groups = new Map<string, { all: number; preposition: number } | null>();
  for (const c of cands) {
    if (c.type !== 'place') continue;
    const key = doc.clean.slice(c.start, c.end).toLowerCase();
    const g = groups.get(key);
    if (g === null) continue;
    if (c.entries.length > 0 || (c.source !== PREPOSITION && !SPREAD.has(c.source)) || placedAfter(c)) {
      groups.set(key, null);
      continue;
    }
    const next = g ?? { all: 0, preposition: 0 };
    next.all++;
    const s = doc.sentences[c.sentence];
    if (c.source === PREPOSITION || PLACE_BEFORE.test(doc.clean.slice(Math.max(s?.start ?? 0, c.start - 20), c.start))) next.preposition++;
    groups.set(key, next);
  }
  const thin = new Set<string>();
  for (const [key, g] of groups) if (g && ((g.all >= MIN_MENTIONS && 3 * g.preposition < g.all) || commonNounOnly(key))) thin.add(key);
  if (thin.size === 0) return cands as Candidate[];
  const reported = new Set<string>();
  return cands.map((c) => {
    if (c.type !== 'place') return c;
    const text = doc.clean.slice(c.start, c.end);
    const key = text.toLowerCase();
    if (!thin.has(key)) return c;
    if (!reported.has(key)) {
      reported.add(key);
      const g = groups.get(key)!;
      report?.info('tag/thin-place', `${JSON.stringify(text)}: no place, after a preposition in ${g.preposition} of its ${g.all} mentions`, { span: doc.toSource.toOriginal(c) });
    }
    return { ...c, type: null, source: 'rule:proper-noun', confidence: 0.3, priority: 10000 };
  });
}
