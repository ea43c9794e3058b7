import type { SplitDocument, Token } from '../model/document.js';
import type { Candidate } from '../model/candidate.js';

/**
 * Token features for the learned name tagger. Every feature is a short
 * string (`w=Simmons`, `sh=Xx`, `g=person-B`); the model maps strings to
 * weights. Features look only at the document itself, so they are cheap:
 * a fixed window of ~45 string features per token, plus four document-level
 * lookups in maps built once per document.
 *
 * Groups:
 * - the word, lower-cased word, shape, prefixes and suffixes, wink POS tag;
 * - the same for neighbours at -2..+2 (words and shapes), and word bigrams;
 * - position: sentence-initial, ALL-CAPS line (headline);
 * - evidence from the other taggers: gazetteer matches (`g=`), the model's
 *   own name lexicon (`lex=`), the rule name finder (`r=`), with B/I position;
 * - document-level: the word also written in lower case in this document
 *   (a common word), capitalised mid-sentence elsewhere (a name even when it
 *   opens a sentence), in mixed case elsewhere (for ALL-CAPS headlines), and
 *   the types other taggers gave the same word elsewhere in the document.
 */
export interface FeatureEvidence {
  /** gazetteer candidates (shipped and extra gazetteers) */
  readonly gazetteer: readonly Candidate[];
  /** matches of the model's own name lexicon */
  readonly lexicon: readonly Candidate[];
  /** rule name finder candidates */
  readonly rules: readonly Candidate[];
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

/** `Simmons` -> `Xxxxxxx`, `1996-08-30` -> `dddd-dd-dd` (runs capped at 4). */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** `Simmons` -> `Xx`, `U.S.` -> `X.X.` (runs collapsed). */
export function shortShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

const isCap = (w: string) => UPPER.test(w[0] ?? '');
const isAllCapsWord = (w: string) => w.length > 1 && LETTER.test(w) && !LOWER.test(w);

/** Per token index: the evidence tags (`person-B`) from candidates covering it. */
function tokenTags(tokens: readonly Token[], cands: readonly Candidate[], label: (c: Candidate) => string | null): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const c of cands) {
    const l = label(c);
    if (l === null) continue;
    // first token ending after the candidate start (binary search)
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i].start < c.end; i++) {
      const tag = `${l}-${i === lo ? 'B' : 'I'}`;
      const list = out.get(i);
      if (list) {
        if (!list.includes(tag)) list.push(tag);
      } else out.set(i, [tag]);
    }
  }
  return out;
}

/** Features of every token, per sentence of the document. */
export function documentFeatures(doc: SplitDocument, ev: FeatureEvidence): string[][][] {
  const toks = doc.tokens;
  const gaz = tokenTags(toks, ev.gazetteer, (c) => c.type ?? null);
  const lex = tokenTags(toks, ev.lexicon, (c) => c.type ?? null);
  const rules = tokenTags(toks, ev.rules, (c) => `${c.source.replace(/^rule:/, '')}:${c.type ?? '-'}`);

  // document-level word statistics
  const lowerSeen = new Set<string>();
  const capMidSeen = new Set<string>();
  const mixedSeen = new Set<string>();
  const capsLine = new Uint8Array(doc.sentences.length);
  const docTypes = new Map<string, Set<string>>();
  for (const s of doc.sentences) {
    let words = 0;
    let caps = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = toks[i].text;
      if (!LETTER.test(w)) continue;
      words++;
      if (isAllCapsWord(w)) caps++;
    }
    capsLine[s.index] = words >= 2 && caps / words >= 0.6 ? 1 : 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = toks[i].text;
      if (!LETTER.test(w)) continue;
      const lw = w.toLowerCase();
      if (!isCap(w)) lowerSeen.add(lw);
      else if (!capsLine[s.index]) {
        mixedSeen.add(lw);
        if (i > s.tokenStart) capMidSeen.add(lw);
      }
      const types = [...(gaz.get(i) ?? []), ...(lex.get(i) ?? []).map((t) => `l${t}`), ...(rules.get(i) ?? []).map((t) => `r${t}`)];
      if (types.length === 0) continue;
      let set = docTypes.get(lw);
      if (!set) docTypes.set(lw, (set = new Set()));
      for (const t of types) set.add(t.replace(/-[BI]$/, ''));
    }
  }

  const out: string[][][] = [];
  for (const s of doc.sentences) {
    const n = s.tokenEnd - s.tokenStart;
    const words: string[] = [];
    const lowers: string[] = [];
    const shapes: string[] = [];
    const pos: string[] = [];
    for (let k = 0; k < n; k++) {
      const t = toks[s.tokenStart + k];
      words.push(t.text);
      lowers.push(t.text.toLowerCase());
      shapes.push(shortShape(t.text));
      pos.push(t.pos);
    }
    const at = (arr: string[], k: number) => (k < 0 ? '<s>' : k >= n ? '</s>' : arr[k]);
    const caps = capsLine[s.index] ? 'C' : '';
    const sentence: string[][] = [];
    for (let k = 0; k < n; k++) {
      const w = words[k];
      const lw = lowers[k];
      const f: string[] = ['b', `w=${w}`, `lw=${lw}`, `sh=${wordShape(w)}`, `ss=${shapes[k]}${caps}`, `pos=${pos[k]}`];
      for (let a = 1; a <= 4 && a < lw.length; a++) f.push(`p${a}=${lw.slice(0, a)}`, `s${a}=${lw.slice(-a)}`);
      f.push(
        `lw-1=${at(lowers, k - 1)}`,
        `lw+1=${at(lowers, k + 1)}`,
        `lw-2=${at(lowers, k - 2)}`,
        `lw+2=${at(lowers, k + 2)}`,
        `ss-1=${at(shapes, k - 1)}`,
        `ss+1=${at(shapes, k + 1)}`,
        `ss-1+1=${at(shapes, k - 1)}|${shapes[k]}|${at(shapes, k + 1)}`,
        `pos-1=${at(pos, k - 1)}`,
        `pos+1=${at(pos, k + 1)}`,
        `pos-1+1=${at(pos, k - 1)}|${pos[k]}|${at(pos, k + 1)}`,
        `lw-1w=${at(lowers, k - 1)}|${lw}`,
        `lww+1=${lw}|${at(lowers, k + 1)}`,
      );
      if (k === 0) f.push(`init=${shapes[k]}`);
      if (caps) f.push('capsline');
      const i = s.tokenStart + k;
      for (const g of gaz.get(i) ?? []) f.push(`g=${g}`);
      for (const g of lex.get(i) ?? []) f.push(`lex=${g}`);
      for (const g of rules.get(i) ?? []) f.push(`r=${g}`);
      // neighbours' evidence: 'Phil Simmons' (first-name lexicon on the left)
      for (const g of gaz.get(i - 1) ?? []) f.push(`g-1=${g}`);
      for (const g of lex.get(i - 1) ?? []) f.push(`lex-1=${g}`);
      for (const g of lex.get(i + 1) ?? []) f.push(`lex+1=${g}`);
      if (LETTER.test(w) && isCap(w)) {
        if (lowerSeen.has(lw)) f.push('d:lower');
        if (k === 0 && capMidSeen.has(lw)) f.push('d:capmid');
        if (caps && mixedSeen.has(lw)) f.push('d:mixed');
        for (const t of docTypes.get(lw) ?? []) f.push(`d:${t}`);
      }
      sentence.push(f);
    }
    out.push(sentence);
  }
  return out;
}
