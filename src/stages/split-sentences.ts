import type { CleanDocument, Sentence, SplitDocument, Token } from '../model/document.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { analyse, commonTag, type Tagging } from '../nlp/wink.js';
import { DATELINE } from './clean/metadata.js';

/**
 * The split stage: wink-nlp tokens, POS tags and sentences over the clean
 * text, then two corrections:
 *
 * 1. a sentence never spans two blocks (a title, a dateline and the first
 *    paragraph are separate sentences even without a full stop), and a
 *    dateline opening a paragraph is a sentence of its own too;
 * 2. a break right after an abbreviation or an initial that is followed by a
 *    number or a name is undone: `on Sept. 27`, `Lt. Gen. Rustam Muradov`,
 *    `the U.S. envoy`, `Gregory Meeks (D-N.Y.) agreed`; so is one before a
 *    word in lower case: `Amazon.com`, `Mamma Mia! which`, `"Why?" he asked`,
 *    `Warner Bros. reported`.
 */
const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun mr mrs ms dr prof gen lt col maj capt cpt sgt cmdr adm gov sen sens rep reps pres st mt ft no vol fig jr sr inc ltd corp co bros dept est approx vs etc u.s u.k u.n e.u'.split(' '),
);
/**
 * the abbreviated titles of gazetteers/lexicons/roles.txt the list above lacks, as written (capitalised): an
 * abbreviation only before the name they title, 'Cpl. Dean Washington' ('wait a sec. Kellin is here' is two sentences)
 */
const TITLE_ABBREVIATIONS = new Set('Rev Sec Amb Det Ofc Dep Cpl Pvt Supt Insp Fr Msgr Asst'.split(' '));

function endsWithAbbreviation(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last];
  if (!t) return false;
  // (the full stop a token of its own, 'Bros' '.', as wink-nlp splits most abbreviations, joined to the word before it,
  // or the abbreviation's own: 'Inc.')
  const word = t.text === '.' ? (tokens[last - 1]?.end === t.start ? tokens[last - 1].text : null) : t.text.endsWith('.') ? t.text.slice(0, -1) : null;
  return word !== null && (ABBREVIATIONS.has(word.toLowerCase()) || TITLE_ABBREVIATIONS.has(word));
}

/**
 * a capital and a full stop inside a name: a person's initial or a state's, after a capitalised word, a hyphen,
 * a bracket or another initial ('George W. Bush', '(D-N.Y.)'); not after a lower-case word ('vitamin C. Then')
 */
function endsWithInitial(tokens: readonly Token[], last: number): boolean {
  const t = tokens[last];
  if (!t) return false;
  let initial = last;
  if (t.text === '.') {
    if (last === 0 || !/^\p{Lu}$/u.test(tokens[last - 1].text) || tokens[last - 1].end !== t.start) return false;
    initial = last - 1;
  } else if (!/^\p{Lu}\.$/u.test(t.text)) return false;
  const before = tokens[initial - 1]?.text ?? '';
  return /^(?:\p{Lu}|[-‐‑(.])/u.test(before);
}

/**
 * a word in lower case opening the next sentence of a block: no sentence starts so in edited text, the break is
 * wink-nlp's at a web address's full stop ('Shares of Amazon.' / 'com rose'), a title's mark ('Mamma Mia! which', 'the
 * band Wham! through'), a question a speaker asked ('"Why?" he asked'), an abbreviation it does not know ('Warner Bros.
 * reported', '1 tbs. olive oil') or an ellipsis ('minister..with')
 * (wink breaks a line at its punctuation only; a line break is a block's end, where step 1 cuts)
 */
const lowerAfter = (next: Token) => /^\p{Ll}/u.test(next.text);

/** the tags of function words, which open sentences (`opensSentence`) */
const OPENER_TAGS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX']);
/**
 * a function word in capitals after an abbreviation's full stop opens a sentence, no name goes on there: 'sold to Acme
 * Corp. The company said', 'made in the U.S. It said', 'and so on, etc. But' (a name does: 'Warner Bros. Discovery',
 * 'Gov. Smith', 'Oct. 5')
 */
const opensSentence = (next: Token) => OPENER_TAGS.has(commonTag(next.text) ?? '');

/** A sentence never holds more tokens than this (news sentences rarely pass 80). */
export const MAX_SENTENCE_TOKENS = 300;

/** `tagging`: how tokens get their POS tags ('lexical' unless a trained model will read them: see `Tagging`) */
export function splitSentences(doc: CleanDocument, ctx: { report: Reporter; tagging?: Tagging }): SplitDocument {
  const { tokens: winkTokens, sentences: winkSentences } = analyse(doc.clean, ctx.tagging);
  const tokens: Token[] = winkTokens;
  // block index of every token
  const blockOf = blockIndices(doc.blocks, tokens);
  // 1. cut wink sentences at block boundaries, and after a dateline that opens a block: 'BAKU, March 3 (Reuters) -' /
  // 'Soldier Elmir Ganbarov was killed …' (the place and date are no part of the sentence, and the rules that read a
  // sentence's first word see its first word: 'Soldier' is no name's, as at any sentence's start)
  const datelineEnds = datelineCuts(doc, tokens);
  const ranges: [number, number][] = [];
  for (const s of winkSentences) {
    let a = s.tokenStart;
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      if (blockOf[i] !== blockOf[i - 1] || (datelineEnds.size > 0 && datelineEnds.has(i))) {
        ranges.push([a, i]);
        a = i;
      }
    }
    if (a < s.tokenEnd) ranges.push([a, s.tokenEnd]);
  }
  // 2. undo breaks after abbreviations and initials inside one block
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    const next = tokens[r[0]];
    if (prev && blockOf[prev[1] - 1] === blockOf[r[0]] && (((endsWithAbbreviation(tokens, prev[1] - 1) || endsWithInitial(tokens, prev[1] - 1)) && /^[\p{N}\p{Lu}]/u.test(next.text) && !opensSentence(next)) || lowerAfter(next))) {
      prev[1] = r[1];
    } else merged.push([r[0], r[1]]);
  }
  // 3. a run-on 'sentence' (a text with no end punctuation, one huge line) is cut every MAX_SENTENCE_TOKENS
  // tokens: later stages and the sentence_text column cost grows with sentence length times mentions
  const bounded: [number, number][] = [];
  let cut = 0;
  for (const [a, b] of merged) {
    for (let x = a; x < b; x += MAX_SENTENCE_TOKENS) bounded.push([x, Math.min(b, x + MAX_SENTENCE_TOKENS)]);
    if (b - a > MAX_SENTENCE_TOKENS) cut++;
  }
  if (cut > 0) ctx.report.warn('split/long-sentence', `${cut} sentence(s) longer than ${MAX_SENTENCE_TOKENS} tokens cut into pieces of ${MAX_SENTENCE_TOKENS} tokens`);
  const sentences: Sentence[] = [];
  for (const [a, b] of bounded) {
    if (b <= a) continue;
    const start = tokens[a].start;
    const end = tokens[b - 1].end;
    sentences.push({
      index: sentences.length,
      start,
      end,
      source: doc.toSource.toOriginal({ start, end }),
      tokenStart: a,
      tokenEnd: b,
      zone: doc.blocks[blockOf[a]]?.zone ?? 'body',
    });
  }
  if (sentences.length === 0 && doc.clean.trim().length > 0) ctx.report.warn('split/no-sentence', 'the cleaned text has no sentence');
  return { ...doc, sentences, tokens };
}

/**
 * The index of the block of every token (tokens and blocks in text order; a token after the last block's end is in
 * the last block): blockIndices([{ clean: { start: 0, end: 5 } }, { clean: { start: 7, end: 20 } }], tokens at 0, 7,
 * 12) = [0, 1, 1].
 */
function blockIndices(blocks: CleanDocument['blocks'], tokens: readonly Token[]): Int32Array {
  const blockOf = new Int32Array(tokens.length);
  const last = blocks.length - 1;
  let bi = 0;
  let end = last > 0 ? blocks[0].clean.end : 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens[i].start;
    while (bi < last && start >= end) end = ++bi < last ? blocks[bi].clean.end : 0;
    blockOf[i] = bi;
  }
  return blockOf;
}

/**
 * The first token after each dateline that opens a block ('NEW YORK, March 3 (Reuters) - The'); after a block that is a
 * dateline whole, the next block's first token, where the sentences are cut anyway.
 */
function datelineCuts(doc: CleanDocument, tokens: readonly Token[]): Set<number> {
  const cuts = new Set<number>();
  let t = 0;
  for (const { clean } of doc.blocks) {
    // (a dateline is a few words: the pattern reads no further than this into the block)
    const m = DATELINE.exec(doc.clean.slice(clean.start, Math.min(clean.end, clean.start + 120)));
    if (!m) continue;
    while (t < tokens.length && tokens[t].start < clean.start + m[0].length) t++;
    cuts.add(t);
  }
  return cuts;
}
