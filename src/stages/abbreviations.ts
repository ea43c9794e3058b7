/**
 * Abbreviations the text defines: 'the Organisation for Security and
 * Cooperation in Europe (OSCE)', 'the Guangdong Post and Telecommunications
 * Administration (GPTA)', and the reverse, 'ANAMA (Azerbaijan National Agency
 * for Mine Action)'. The name finder (src/stages/find-names.ts, step 16) makes
 * the long form one name, whole across its lower-case words ('for', 'and',
 * 'in', which end a run of proper nouns), and every mention of the short form
 * in the document the same entity as the long form, as GATE's OrthoMatcher
 * and scispaCy's AbbreviationDetector do.
 *
 * The pairing follows Schwartz & Hearst (2003, "A simple algorithm for
 * identifying abbreviation definitions in biomedical text"): a short form in
 * brackets right after its long form (or the long form in brackets after the
 * short form), the long form no longer than min(|SF| + 5, 2 × |SF|) words and
 * the short form's letters found in it in order. It is stricter than theirs,
 * since here the long form must be a name: every capitalised word gives the
 * next letter by its first letter (an all-capitals word may give several:
 * 'UN High Commissioner for Refugees (UNHCR)'); connectives ('of', 'for',
 * 'and', 'the', 'de', 'al') may give their first letter or nothing ('Ministry
 * of Defence (MoD)', 'Bank of Japan (BOJ)'); the part after a hyphen may give
 * one or nothing ('Co-operation', 'Al-Qaeda in the Arabian Peninsula (AQAP)');
 * any other lower-case word, or a number, breaks the pairing. A short form in brackets after its long form
 * may be written as a word, one capital and four letters or more, and then each capitalised word gives its
 * first one, two or three letters ('New York Mercantile Exchange (Nymex)', 'Association for Payment
 * Clearing Services (Apacs)'), and so before its long form in brackets ('Nymex (New York Mercantile Exchange)'); a
 * short form in capitals gets no prefixes (a ticker's would pair). A short form of six letters or more, in capitals too,
 * may be made of its long form's syllables, each capitalised word giving its first one to four letters in any order
 * ('Chilean Copper Commission (Cochilco)', 'Baltic International Freight Futures Exchange (BIFFEX)'). A name
 * translated from a language that orders its words otherwise keeps its own
 * initials: 'Islamic Salvation Front (FIS)', 'National Election Commission
 * (CNE)'; three or more capitalised words whose initials are the short form's
 * letters in another order pair too.
 *
 * Written here: no maintained npm package pairs abbreviations with their long
 * forms (the Schwartz-Hearst implementations are Python and Java, on raw
 * strings), and the pairing needs the pipeline's tokens anyway.
 */
import type { SplitDocument, Token, Sentence } from '../model/document.js';
import { isCapitalised, isHyphen } from '../text/chars.js';

/** A stretch of tokens: [from, to) token indexes and their clean-text span. */
export interface TokenSpan {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
}

export interface Definition {
  readonly sentence: Sentence;
  /** the long form, in the clean text: 'Organisation for Security and Cooperation in Europe' */
  readonly long: TokenSpan;
  /** the short form: one token, 'OSCE' */
  readonly short: TokenSpan;
}

// words that may stand lower-case inside a name and give its short form a letter or none
export const CONNECTIVES = new Set('of for and the in on at to de du des del la le el al bin van von der da di y und'.split(' '));
// tokens a long form passes over: hyphens, apostrophes, a possessive's 's ('National Farmers ' Union (NFU)')
const JOINERS = new Set(['-', '‐', '‑', "'", '’', "'s", '’s']);
// a sentence's first word that opens no name: 'The Organisation for ...'
const ARTICLES = new Set(['The', 'A', 'An']);

/**
 * A short form: one token, a capital first, two to ten letters of which at least two capitals
 * ('OSCE', 'DoD', 'U.N.', 'TfL'), or in brackets after its long form (`titleCase`) one capital
 * before three small letters or more ('Nymex', 'Apacs', 'Sepa'); not a plural ('IDPs', 'NGOs': a
 * kind of thing, not a name)
 */
const SHORT_FORM = /^\p{Lu}[\p{L}.&]{1,15}$/u;
const PLURAL = /^\p{Lu}{2,}s$/u;
function shortLetters(text: string, titleCase = false): string | null {
  if (!SHORT_FORM.test(text) || PLURAL.test(text)) return null;
  let letters = '';
  let capitals = 0;
  for (const ch of text) {
    if (ch === '.' || ch === '&') continue;
    letters += ch.toUpperCase();
    if (ch !== ch.toLowerCase()) capitals++;
  }
  return (capitals >= 2 || (titleCase && letters.length >= 4)) && letters.length >= 2 && letters.length <= 10 ? letters : null;
}
/** a short form written as a word, a capital and small letters only: its long form's words may give it a prefix each ('Nymex') */
const WORD_FORM = /^\p{Lu}\p{Ll}{3,}$/u;
/** a short form that may be made of its long form's syllables (`spellsSyllables`): six letters or more, in capitals too (a ticker has five at most) */
const SYLLABLE_FORM = /^\p{Lu}(?:\p{Ll}{5,}|\p{Lu}{5,})$/u;

/** A word of a long form, by the letters of a short form it may give. */
const enum Kind {
  /** a capitalised word: gives the next letter by its first ('Security') */
  Name,
  /** an all-capitals word: gives one or more letters, a prefix of it ('UN' of 'UN High Commissioner') */
  Caps,
  /** a connective, or the part after a hyphen: its first letter or nothing ('of', 'operation' of 'Co-operation') */
  Optional,
  /** a hyphen or an apostrophe: nothing */
  Skip,
}

interface Word {
  readonly kind: Kind;
  readonly text: string;
}

/** The words of tokens [from, to), or null when one cannot stand in a name ('said', '1996', ','). */
function wordsOf(toks: readonly Token[], from: number, to: number): Word[] | null {
  const out: Word[] = [];
  for (let k = from; k < to; k++) {
    const t = toks[k].text;
    if (JOINERS.has(t)) {
      out.push({ kind: Kind.Skip, text: t });
      continue;
    }
    // the part after an attached hyphen: 'Qaeda' of 'Al-Qaeda'
    // (not a capitalised one after an article: 'Mandeb' of 'Bab el-Mandeb', a name's word)
    const afterHyphen = k > from && isHyphen(toks[k - 1].text) && toks[k - 1].end === toks[k].start && !(k - 2 >= from && CONNECTIVES.has(toks[k - 2].text) && isCapitalised(t));
    // a hyphenated token: 'Co-operation' gives 'C' and maybe 'o'
    const [head, ...tails] = t.split(/[-‐‑]/u);
    if (head === '' || /\d/u.test(t)) return null;
    if (afterHyphen || CONNECTIVES.has(t) || t === '&') out.push({ kind: Kind.Optional, text: head });
    else if (!isCapitalised(head)) return null;
    else out.push({ kind: head.length > 1 && head === head.toUpperCase() ? Kind.Caps : Kind.Name, text: head });
    for (const tail of tails) if (tail) out.push({ kind: Kind.Optional, text: tail });
  }
  return out;
}

/**
 * Do `words` spell `letters` (upper case), each capitalised word giving the next letter by its
 * first ('Organisation for Security and Cooperation in Europe' = OSCE), or with `prefixes` the
 * next two or three letters by its first ones too ('New York Mercantile Exchange' = NYMEX: 'Ex' of
 * 'Exchange'; 'Association for Payment Clearing Services' = APACS: 'Pa' of 'Payment')? A
 * depth-first search over (word, letter) pairs; a long form has at most a few dozen of them.
 */
function spells(words: readonly Word[], letters: string, prefixes = false): boolean {
  const seen = new Set<number>();
  const go = (i: number, j: number): boolean => {
    if (i === words.length) return j === letters.length;
    const key = i * 16 + j;
    if (seen.has(key)) return false;
    seen.add(key);
    const w = words[i];
    const first = w.text.charAt(0).toUpperCase();
    switch (w.kind) {
      case Kind.Skip:
        return go(i + 1, j);
      case Kind.Optional:
        return go(i + 1, j) || (first === letters[j] && go(i + 1, j + 1));
      case Kind.Name:
        if (first !== letters[j]) return false;
        if (prefixes) for (let n = Math.min(3, w.text.length, letters.length - j); n >= 2; n--) if (letters.startsWith(w.text.slice(0, n).toUpperCase(), j) && go(i + 1, j + n)) return true;
        return go(i + 1, j + 1);
      case Kind.Caps:
        for (let n = Math.min(w.text.length, letters.length - j); n >= 1; n--) if (letters.startsWith(w.text.slice(0, n), j) && go(i + 1, j + n)) return true;
        return false;
    }
  };
  return go(0, 0);
}

/**
 * A short form of six letters or more made of its long form's syllables: each capitalised word gives its first one to four
 * letters, the connectives none, in the words' order or another ('Baltic International Freight Futures Exchange' = BIFFEX,
 * B-I-F-F-Ex; 'Chilean Copper Commission' = Cochilco, Co-Chil-Co, a name translated from a language that orders its words
 * otherwise). Three capitalised words or more. A depth-first search over (words used, letter) pairs.
 */
function spellsSyllables(words: readonly Word[], letters: string): boolean {
  const names = words.filter((w) => w.kind === Kind.Name || w.kind === Kind.Caps).map((w) => w.text.toUpperCase());
  if (letters.length < 6 || names.length < 3 || names.length > 6) return false;
  const all = (1 << names.length) - 1;
  const seen = new Set<number>();
  const go = (used: number, j: number): boolean => {
    if (used === all) return j === letters.length;
    const key = used * 16 + j;
    if (seen.has(key)) return false;
    seen.add(key);
    for (let i = 0; i < names.length; i++) {
      if (used & (1 << i)) continue;
      for (let n = Math.min(4, names[i].length, letters.length - j); n >= 1; n--) if (letters.startsWith(names[i].slice(0, n), j) && go(used | (1 << i), j + n)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/** The same letters in another order, one a capitalised word: 'Islamic Salvation Front' and FIS. */
function permutes(words: readonly Word[], letters: string): boolean {
  const initials = words.filter((w) => w.kind === Kind.Name).map((w) => w.text.charAt(0).toUpperCase());
  if (letters.length < 3 || initials.length !== letters.length || words.some((w) => w.kind === Kind.Caps)) return false;
  return initials.sort().join('') === [...letters].sort().join('');
}

/**
 * Do tokens [from, to) form a long form of `letters`: a name that starts with a capitalised word
 * that is no article ('The'), ends in one, and spells the letters.
 */
export function isLongForm(toks: readonly Token[], from: number, to: number, letters: string, prefixes = false, syllables = false): boolean {
  const first = toks[from].text;
  const last = toks[to - 1].text;
  if (!isCapitalised(first) || ARTICLES.has(first) || !isCapitalised(last)) return false;
  const words = wordsOf(toks, from, to);
  if (!words || words.filter((w) => w.kind === Kind.Name || w.kind === Kind.Caps).length < 2) return false;
  return spells(words, letters, prefixes) || (!prefixes && permutes(words, letters)) || (syllables && spellsSyllables(words, letters));
}

const span = (toks: readonly Token[], from: number, to: number): TokenSpan => ({ from, to, start: toks[from].start, end: toks[to - 1].end });

/**
 * The abbreviations `doc` defines, in text order. For each bracketed short form the shortest long
 * form before it wins (Schwartz & Hearst's choice); a long form in brackets must fill them.
 * Cost: one look at every '(' of the document, and a few dozen steps where one is found.
 */
export function findDefinitions(doc: SplitDocument): Definition[] {
  const toks = doc.tokens;
  const out: Definition[] = [];
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (toks[k].text !== '(') continue;
      // 1. 'Long Form (SF)'
      const inside = k + 2 < s.tokenEnd && toks[k + 2].text === ')' ? shortLetters(toks[k + 1].text, true) : null;
      if (inside !== null) {
        const prefixes = WORD_FORM.test(toks[k + 1].text);
        const syllables = SYLLABLE_FORM.test(toks[k + 1].text);
        // a possessive before the bracket is not the name's: 'the Bank of Japan's (BOJ)'
        let end = k;
        while (end > s.tokenStart && JOINERS.has(toks[end - 1].text) && !isHyphen(toks[end - 1].text)) end--;
        const words = Math.min(inside.length + 5, inside.length * 2);
        for (let from = end - 1, seen = 0; from >= s.tokenStart && seen < words; from--) {
          const t = toks[from].text;
          if (!JOINERS.has(t)) seen++;
          if (!/[\p{L}&'’-]/u.test(t)) break;
          if (isLongForm(toks, from, end, inside, prefixes, syllables)) {
            out.push({ sentence: s, long: span(toks, from, end), short: span(toks, k + 1, k + 2) });
            break;
          }
        }
        continue;
      }
      // 2. 'SF (Long Form)'
      // (written as a word too: 'Nymex (New York Mercantile Exchange)')
      const before = k > s.tokenStart ? shortLetters(toks[k - 1].text, true) : null;
      if (before === null) continue;
      const prefixes = WORD_FORM.test(toks[k - 1].text);
      const syllables = SYLLABLE_FORM.test(toks[k - 1].text);
      const limit = Math.min(s.tokenEnd, k + 1 + 2 * before.length + 4);
      for (let close = k + 3; close < limit; close++) {
        if (toks[close].text !== ')') continue;
        if (isLongForm(toks, k + 1, close, before, prefixes, syllables)) out.push({ sentence: s, long: span(toks, k + 1, close), short: span(toks, k - 1, k) });
        break;
      }
    }
  }
  return out;
}

// a term's short form: a capital first, two to six letters or digits, two capitals or more ('DRM', 'PVR', 'P2P', 'VoIP')
const TERM_SHORT = /^\p{Lu}[\p{L}\d]{1,5}$/u;

/**
 * The short forms `doc` defines by words in lower case, a term's: 'digital rights management (DRM)', 'a personal video
 * recorder (PVR)', 'Peer-to-peer (P2P)' opening a sentence. The short form's letters (its digits aside) are the initials of
 * the words right before the bracket, in order, each word's parts after a hyphen giving one too or none, and the
 * connectives ('of', 'and', 'to') one or none; every word in lower case but the sentence's first. Such a short form names
 * no organisation, however the text uses it ('the PVR', 'DRM's rules'); the name finder leaves it untyped unless it acts
 * like one ('EA said'). (Schwartz & Hearst's pairing, as `findDefinitions` does for names: see this file's head.)
 */
export function findTermDefinitions(doc: SplitDocument): Set<string> {
  const toks = doc.tokens;
  const out = new Set<string>();
  for (const s of doc.sentences) {
    for (let k = s.tokenStart + 1; k + 2 < s.tokenEnd; k++) {
      if (toks[k].text !== '(' || toks[k + 2].text !== ')' || !TERM_SHORT.test(toks[k + 1].text)) continue;
      const short = toks[k + 1].text;
      const letters = short.replace(/\d/g, '').toLowerCase();
      if (letters.length < 2 || short.replace(/[^\p{Lu}]/gu, '').length < 2) continue;
      // the words before the bracket, hyphens between them ('Peer', '-', 'to', '-', 'peer'), at most twice the letters
      const parts: TermWord[] = [];
      for (let m = k - 1; m >= s.tokenStart && parts.length < 2 * letters.length + 2; m--) {
        const t = toks[m].text;
        if (isHyphen(t)) continue;
        if (!/^\p{L}+$/u.test(t)) break;
        parts.unshift({ text: t, joined: m > s.tokenStart && isHyphen(toks[m - 1].text), at: m });
      }
      if (spellsTerm(parts, letters, s.tokenStart)) out.add(short);
    }
  }
  return out;
}

/** a word before a term's bracket: its token's text and index, and whether a hyphen joins it to the word before */
interface TermWord {
  readonly text: string;
  readonly joined: boolean;
  readonly at: number;
}

/** Whether the last words of `parts` spell `letters` by their initials, the last word the last letter (`findTermDefinitions`). */
function spellsTerm(parts: readonly TermWord[], letters: string, sentenceStart: number): boolean {
  let i = letters.length - 1;
  for (let j = parts.length - 1; j >= 0; j--) {
    const p = parts[j];
    // (in lower case, or capitalised as the sentence's first word)
    if (!/^\p{Ll}+$/u.test(p.text) && !(p.at === sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(p.text))) return false;
    // (a connective, or a word's part after a hyphen, may give no letter: 'information and communication technology
    // (ICT)', 'peer-to-peer (P2P)'; the last word gives the last letter)
    if (p.text[0].toLowerCase() === letters[i]) {
      if (--i < 0) return true;
    } else if (j === parts.length - 1 || (!CONNECTIVES.has(p.text.toLowerCase()) && !p.joined)) return false;
  }
  return false;
}
