/**
 * The only file that imports wink-nlp. It turns text into tokens with
 * character offsets, Universal POS tags and sentence spans.
 *
 * wink-nlp does not expose character offsets, so they are recovered by
 * locating each token's value in the text from a running cursor (wink keeps
 * token values verbatim; `precedingSpaces` is the fallback if it ever does not).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isCapitalised } from '../text/chars.js';

export interface WinkToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** a Universal POS tag, or '' for a token `Tagging` leaves untagged */
  readonly pos: string;
}

/**
 * How tokens get their POS tags.
 *
 * - `contextual`: wink-nlp's POS tagger (its `pos` pipe), every token. The
 *   trained name model (`--model`, `npm run train`) reads every token's tag
 *   and learned from these, so runs with a model use them.
 * - `lexical`: no tagger. A token that starts with a capital letter gets its
 *   word's context-free tag from wink's own lexicon (`lexicalPos`); the rest
 *   get ''. The rules read tags only there: the name finder asks whether a
 *   capitalised word is PROPN or a function word (`isProperish`,
 *   src/stages/find-names.ts).
 *
 * Why `lexical` is the default. The tagger is ~27% of wink's time (the
 * fifteenth session: sbd + pos 6.55-6.94 s on the 20 MB bench corpus, sbd
 * alone 4.85-5.08 s), and wink is about half of a worker's. Measured on the
 * 20 MB bench corpus, one thread, three alternating rounds: `analyse` 7.90-8.22 s
 * contextual, 6.34-7.03 s lexical. What it changes (`npm run eval`, CoNLL-2003,
 * exact span and type): eng.testa F1 76.78 both ways; eng.train 75.63
 * contextual, 75.62 lexical (23 of 203,621 token lines predicted differently).
 * On the 5 MB bench corpus, 17 of 42,226 mention rows differ: sentence-initial
 * `New` is no longer part of the name that follows (`New Harry Potter tops
 * book chart` now finds Harry Potter), and `IE` (Internet Explorer), which the
 * tagger did not call PROPN, became a place in two articles, until the
 * place-preposition rule stopped taking ALL-CAPS words (74dc58b).
 */
export type Tagging = 'contextual' | 'lexical';

export interface WinkAnalysis {
  readonly tokens: WinkToken[];
  /** sentences as half-open token index ranges */
  readonly sentences: { readonly tokenStart: number; readonly tokenEnd: number }[];
}

type WinkInstance = ReturnType<typeof winkNLP>;
let nlp: WinkInstance | undefined;
/** the `Tagging` the instance was built for (its pipes) */
let nlpTagging: Tagging | undefined;

/**
 * wink-nlp learns: every out-of-vocabulary word it meets is added to the
 * instance's lexeme table, and its tokenizer then keeps any chunk found in
 * that table whole. So `Sony's` after `not Sony's,` in an earlier document
 * stays one token, where a fresh instance splits it into `Sony` `'s`: the
 * tokens (and so the mentions) of a document would depend on which documents
 * came before it — on file order, worker count, shards and the cache.
 *
 * The fix, at the one place the table is consulted (the tokenizer's and the
 * cache's `hash[text]` reads): before each document, the words learned by
 * the documents before it are deleted from the lexeme hash (`forget`), except
 * plain words, which a fresh instance reads exactly as a warm one
 * (`keepsWord`). Every document then reads as with a fresh instance; a
 * forgotten word is simply added again, under a new index (the lists keep
 * the old entries, so indices stay valid). (The first version hid them behind
 * a Proxy on the hash; a trap on every token lookup cost ~0.3 s per 5 MB.
 * Forgetting every learned word and feature value, as from f8c6ada to the
 * tenth session, cost 25-30% of wink's time.) The lists grow, so the instance
 * is rebuilt after LEARNED_LIMIT learned words or when a feature field is
 * half full, which changes nothing in the output and costs ~3 ms (see
 * `core()` below). (tests/nlp/wink.test.ts)
 *
 * The word list, and wink's table of the learned words' features with it,
 * grows until the rebuild, and the kept words stay in the hash until then:
 * on news whose names keep changing, 200k learned words cost 2 workers ~37 MB
 * more peak RSS than 50k (100 MB name-changing variant: 851 against 814 MB),
 * and 50k rebuilt 11 times instead of 3 in 40,000 bench documents without a
 * measurable cost (wink's time 16.5 / 17.1 against 15.4 / 17.7 s). (1M let a
 * worker's large-object space double.)
 */
const LEARNED_LIMIT = 50_000;

let learnedLimit = LEARNED_LIMIT;
/** for tests: rebuild after this many learned entries (default LEARNED_LIMIT) */
export function setLearnedLimit(n = LEARNED_LIMIT): void {
  learnedLimit = n;
}

/** a table wink adds values to as it meets them: the shipped ones are list[0, intrinsicSize) */
type Learned = { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex?: number };
type Core = {
  features: Record<(typeof LEARNED)[number], Learned> & { pos: { list: string[] } };
  /** the shipped words' packed properties: `packing.size` words each, fields at `packing.layout[name]` = [word, mask, shift] */
  lexicon: Uint32Array;
  packing: { size: number; layout: Record<'pos' | 'isSpellingMapped' | 'lemma', [word: number, mask: number, shift: number]> };
  /** token categories, and the patterns that give them (top level, recursive tokenizer) */
  tcat: { hash: Record<string, number> };
  trex: Record<'ltc' | 'rtc', [source: string, flags: string, category: number][]>;
};
/**
 * What wink learns: words (`lexeme`) and three word features it packs as
 * indices into bit fields (2-letter prefixes, 3-letter suffixes, shapes). A
 * feature field has a fixed size (prefixes: 8,191, of which the model uses
 * 1,279) and wink does not check it (the check is commented out in its
 * cache.js): past it an index spills into the next field, and the word's
 * features, so its POS tag, come out wrong. The instance is rebuilt once a
 * field has used half of its free room (4,096 Cyrillic letter pairs do that:
 * tests/nlp/wink.test.ts).
 */
const LEARNED = ['lexeme', 'prefix', 'suffix', 'shape'] as const;
const PACKED = ['prefix', 'suffix', 'shape'] as const;
/** the model's tables, decoded once (see `forgetfulModel.core`) */
let tables: Core | undefined;
/** lexeme list entries below this index are shipped, kept or already deleted from the hash */
let forgotten = 0;
let rebuilds = 0;
/** for tests: how many times the instance was built */
export const instancesBuilt = () => rebuilds;
/** for tests: how many words the instance has learned (added to its lexeme list) since it was built */
export const wordsLearned = () => (tables ? tables.features.lexeme.list.length - tables.features.lexeme.intrinsicSize : 0);

function mustRebuild(c: Core): boolean {
  const lx = c.features.lexeme;
  if (lx.list.length - lx.intrinsicSize > learnedLimit) return true;
  for (const k of PACKED) {
    const x = c.features[k];
    if (x.list.length - x.intrinsicSize > (x.maxIndex! - x.intrinsicSize) / 2) return true;
  }
  return false;
}

/**
 * Deletes from the lexeme hash the words learned since the last call that a
 * fresh instance could read differently (each was learned once per document,
 * so its hash entry points to it): the next document is read as by a fresh
 * instance. Kept, because knowing them changes nothing:
 * - plain words (`keepsWord`): the tokenizer never splits them (no
 *   punctuation, digits or other letters inside), so whether one is in the
 *   hash does not change the tokens; and each is learned with the category
 *   `word` wherever it occurs (no category detector of the model gives such a
 *   chunk another), so its packed features are the same whichever document
 *   taught it: they depend on its text and category only;
 * - learned feature values (2-letter prefixes, 3-letter suffixes, shapes):
 *   only their index numbers are packed, and nothing downstream of the
 *   tokenizer reads those as values, so long as no index overflows its bit
 *   field (`mustRebuild`). (The sentence and POS machines are fed a token's
 *   hint, or its lexeme index; none of their transition symbols lies between
 *   the shipped lexeme count, 87,593, and the hints' base, 1,080,000, so
 *   every learned word is "any other token" to them, whatever its index.)
 * Measured, not only argued: the tokens, tags and sentences of every document
 * came out the same as with everything forgotten, on the clean texts of the
 * 100 MB bench corpus in three orders and in the history that once exposed a
 * difference (docs/BENCHMARKS.md, eleventh session).
 */
function forget(c: Core): void {
  forgotten = deleteLearned(c.features.lexeme, forgotten, c);
}

/** every learned value deleted from the hashes, kept words included (before the lists are cut back) */
function forgetAll(c: Core): void {
  for (const k of LEARNED) deleteLearned(c.features[k], c.features[k].intrinsicSize);
}

/**
 * Deletes from `t.hash` the entries learned at list[from..], but for the words `keepsWord` keeps when `keeping` is
 * given (the model's core: `forget`); returns the list's length. (A top-level test, not a closure made per document:
 * it runs for each word learned.)
 */
function deleteLearned({ hash, list }: Learned, from: number, keeping?: Core): number {
  for (let i = from; i < list.length; i++) {
    const v = list[i];
    if (hash[v] === i && !(keeping !== undefined && keepsWord(keeping, v))) delete hash[v];
  }
  return list.length;
}

/**
 * A word wink may keep from one document to the next: two or more ASCII
 * letters, and none of the model's detectors that would give such a chunk
 * a category other than `word` matches it whole (e.g. `USD`, which the
 * recursive tokenizer tags as a currency). Built from the model's own
 * tables (`notWord`), not from a list of ours.
 */
const PLAIN = /^[A-Za-z]{2,}$/;
let notWord: RegExp[] | undefined;
function keepsWord(c: Core, v: string): boolean {
  if (!PLAIN.test(v)) return false;
  notWord ??= otherCategories(c);
  for (const r of notWord) if (r.test(v)) return false;
  return true;
}

/** the model's token-category patterns (top-level and recursive) whose category is not `word`, anchored */
function otherCategories(core: Core): RegExp[] {
  const word = core.tcat.hash.word;
  return [...core.trex.ltc, ...core.trex.rtc]
    .filter(([, , cat]) => cat !== word)
    .map(([src, flags]) => new RegExp(`^(?:${src})$`, flags.replace('g', '')));
}

/**
 * wink-eng-lite-web-model 1.8.1's `metaCER()` (load-cer-meta-model.js) does
 * `machines = JSON.stringify(machines)` on a module-level variable: every
 * instance created after the first one stringifies the previous string again,
 * so the string grows (its backslashes double) with each instance, until
 * `Invalid string length`. Rebuilding the instance every LEARNED_LIMIT learned
 * words made a long run slow down and grow past ~340,000 articles (worker
 * time in JSON.stringify, RSS to 2.7 GB: the "leak" of the 1 GB runs in
 * docs/BENCHMARKS.md). The first call's value (a proper JSON string; we never
 * use custom entities anyway) is kept and handed to every instance.
 *
 * `core()` decodes the model (~50 ms) only once: a rebuild forgets what the
 * previous instance learned, cuts the learned tables back to the shipped
 * entries and hands the same tables to the new instance (which starts its
 * own table of learned words' features, so indices restart cleanly): ~3 ms
 * instead of ~50. wink reads the rest of the core model without changing it.
 */
let metaCER: unknown;
const forgetfulModel = {
  ...(model as object),
  metaCER(): unknown {
    return (metaCER ??= (model as unknown as { metaCER(): unknown }).metaCER());
  },
  core(): Core {
    if (!tables) tables = (model as unknown as { core(): Core }).core();
    else {
      forgetAll(tables);
      for (const k of LEARNED) {
        const t = tables.features[k];
        t.list.length = t.intrinsicSize;
        t.index = t.intrinsicSize;
      }
    }
    forgotten = tables.features.lexeme.intrinsicSize;
    rebuilds++;
    return tables;
  },
};

function instance(tagging: Tagging): WinkInstance {
  if (nlp && ((tables && mustRebuild(tables)) || tagging !== nlpTagging)) nlp = undefined;
  // sbd (+ pos) only: no NER/negation/sentiment work we do not use
  nlp ??= winkNLP(forgetfulModel as unknown as typeof model, tagging === 'contextual' ? ['sbd', 'pos'] : ['sbd']);
  nlpTagging = tagging;
  return nlp;
}

/** wink's tag numbers (the model's `features.pos.list`) that `lexicalPos` reads */
const UNK = 0;
const ADJ = 1;
const NOUN = 8;
const PROPN = 12;

/**
 * A capitalised word's context-free tag, from wink's lexicon: what wink's
 * tagger starts from before its rules look at the context
 * (`mapRawTokens2UIdOfDefaultPOS` in wink-nlp, `feature.pos` in
 * wink-eng-lite-web-model), so the same tables and the same steps:
 *
 * 1. a shipped word (`The`, `He`, `US`) has its lexicon tag (through its
 *    mapped spelling, as wink reads it); one the lexicon marks as ambiguous
 *    (`May`: UNK) is NOUN, as in wink;
 * 2. otherwise its lower-case form decides: a shipped noun or adjective
 *    (`officials`, `azerbaijani`) makes it PROPN, any other tag is kept
 *    (`dole`: VERB);
 * 3. an unknown word is PROPN (`Armenia`).
 *
 * One step differs: an ambiguous lower-case form (`bob`, `nick`: UNK) gives
 * PROPN where wink's default is X, which only its tagger's rules turn into
 * PROPN. With X, CoNLL-2003 eng.train lost sentence-initial `Bob`, `Jimmy`,
 * `Nick` (F1 75.54 against 75.63 with the tagger; PROPN gives 75.62).
 *
 * Only the shipped entries (index < intrinsicSize) are read, never what wink
 * learned from earlier documents, so a tag does not depend on them.
 */
function lexicalPos(c: Core, word: string): string {
  const lexeme = c.features.lexeme;
  const i = lexeme.hash[word];
  if (i !== undefined && i < lexeme.intrinsicSize) return c.features.pos.list[packed(c, 'pos', mappedSpelling(c, i)) || NOUN];
  const j = lexeme.hash[word.toLowerCase()];
  if (j === undefined || j >= lexeme.intrinsicSize) return c.features.pos.list[PROPN];
  const p = packed(c, 'pos', j);
  return c.features.pos.list[p === NOUN || p === ADJ || p === UNK ? PROPN : p];
}

/**
 * Is `word`, in lower case, an English word wink's lexicon ships as a common word (its tag a noun, verb,
 * adjective or adverb: 'section', 'requirement', 'syndication'; not 'beirut', 'bloomsbury', which it does not
 * ship)? Only the shipped entries are read, as in `lexicalPos`.
 */
export function isCommonWord(word: string): boolean {
  const tag = commonTag(word);
  return tag === 'NOUN' || tag === 'VERB' || tag === 'ADJ' || tag === 'ADV';
}

/** Is `word` all in lower case and a noun of wink's lexicon ('ox', 'island', 'administration')? */
export function isLowerCaseNoun(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && commonTag(word) === 'NOUN';
}

/** The tag wink's lexicon ships for `word` in lower case ('ADJ' for 'democratic'), or null when it ships none. */
export function commonTag(word: string): string | null {
  if (!tables) instance(nlpTagging ?? 'lexical');
  const c = tables!;
  const i = c.features.lexeme.hash[word.toLowerCase()];
  if (i === undefined || i >= c.features.lexeme.intrinsicSize) return null;
  return c.features.pos.list[packed(c, 'pos', mappedSpelling(c, i))] ?? null;
}

/**
 * Does wink's lexicon ship an inflected form of `word` (in lower case): a shipped word whose lemma it is
 * ('revolutions', 'chemicals' of 'revolution', 'chemical'), or its plural in -s? A common noun in news text
 * mostly has; a name its web text wrote in lower case ('gaddafi', shipped as a NOUN) has none.
 */
export function hasInflections(word: string): boolean {
  return inflections(word, false);
}

/**
 * `hasInflections`, or is `word` (in lower case) itself an inflected form of a shipped word ('sues' of 'sue', 'grants'
 * of 'grant', 'planes'): a word of English's inflecting vocabulary, not a name ('Frankfurt', 'Gaza', shipped as nouns
 * with no other form).
 */
export function isInflecting(word: string): boolean {
  return inflections(word, true);
}

function inflections(word: string, orForm: boolean): boolean {
  if (!tables) instance(nlpTagging ?? 'lexical');
  const c = tables!;
  const lexeme = c.features.lexeme;
  if (!lemmasWithForms) {
    lemmasWithForms = new Set();
    for (let i = 0; i < lexeme.intrinsicSize; i++) {
      const lemma = packed(c, 'lemma', i);
      if (lemma !== i && !packed(c, 'isSpellingMapped', i)) lemmasWithForms.add(lemma);
    }
  }
  const lower = word.toLowerCase();
  const i = lexeme.hash[lower];
  const plural = lexeme.hash[lower + 's'];
  const shipped = i !== undefined && i < lexeme.intrinsicSize;
  if (orForm && shipped && packed(c, 'lemma', i) !== i && !packed(c, 'isSpellingMapped', i)) return true;
  return (shipped && lemmasWithForms.has(i)) || (plural !== undefined && plural < lexeme.intrinsicSize);
}
/** the shipped words that are the lemma of another shipped word (`hasInflections`), built on first use */
let lemmasWithForms: Set<number> | undefined;

/** a field of a shipped word's packed properties (wink's cache.js reads them the same way) */
function packed(c: Core, field: keyof Core['packing']['layout'], index: number): number {
  const [word, mask, shift] = c.packing.layout[field];
  return (c.lexicon[word + index * c.packing.size] & mask) >>> shift;
}

/** wink's `mappedSpelling`: a shipped variant spelling reads as its normal form, whose index is in its lemma field */
const mappedSpelling = (c: Core, index: number) => (packed(c, 'isSpellingMapped', index) ? packed(c, 'lemma', index) : index);

export function analyse(text: string, tagging: Tagging = 'lexical'): WinkAnalysis {
  const w = instance(tagging);
  const core = tables!;
  forget(core);
  const its = w.its;
  const doc = w.readDoc(text);
  const values = doc.tokens().out() as string[];
  const pos = tagging === 'contextual' ? (doc.tokens().out(its.pos) as string[]) : lexicalTags(core, values);
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // (each sentence's token span: what the sentence items' out(its.span) gives, without making the items)
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  // the wink tokens that end a domain name wink cut at its dot, where a sentence may start ('Booking' '.' 'com': see
  // `domainEndsAt`); its sentence goes on from the one before
  let domains: Uint8Array | undefined;
  for (let i = 2; i < values.length; i++) {
    if (!isFullStop(values[i - 1]) || !domainEndsAt(values, spaces, i)) continue;
    (domains ??= new Uint8Array(values.length))[i] = 1;
    const k = spans.findIndex(([a]) => a === i);
    if (k > 0) spans.splice(k - 1, 2, [spans[k - 1][0], spans[k][1]]);
  }
  // the wink tokens that start a sentence: a word is never joined across one
  const opens = scratch(values.length + 1);
  for (const [a] of spans) opens[a] = 1;
  // whitespace-only tokens (wink emits some for line breaks) are dropped;
  // `ours` maps wink token indices to ours for the sentence ranges
  const tokens: WinkToken[] = [];
  const ours = tokenMap(values.length + 1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    ours[i] = tokens.length;
    const v = values[i];
    // (where the token is when wink kept the text's spaces: nearly always)
    const after = cursor + spaces[i].length;
    const verbatim = text.startsWith(v, after);
    let at = verbatim ? after : text.indexOf(v, cursor);
    if (at < 0 || at - cursor > spaces[i].length + 64) at = after;
    const end = Math.min(text.length, at + v.length);
    cursor = end;
    if (v.trim() === '') continue;
    const prev = tokens[tokens.length - 1];
    if (prev && prev.end === at && !opens[i] && splitWord(text, prev.start, at, end)) {
      // 'W' 'ą' 'sikówna' -> 'Wąsikówna' (see `splitWord`); the word keeps the first piece's wink index
      const word = text.slice(prev.start, end);
      tokens[tokens.length - 1] = { start: prev.start, end, text: word, pos: tagging === 'contextual' ? prev.pos : isCapitalised(word) ? lexicalPos(core, word) : '' };
      ours[i] = tokens.length - 1;
      continue;
    }
    if (domains?.[i] && tokens.length >= 2 && tokens[tokens.length - 1].end === at && tokens[tokens.length - 2].end === tokens[tokens.length - 1].start) {
      // 'Booking' '.' 'com' -> 'Booking.com' (see `domainEndsAt`); the name keeps the first piece's wink index
      tokens.pop();
      const first = tokens[tokens.length - 1];
      const word = text.slice(first.start, end);
      tokens[tokens.length - 1] = { start: first.start, end, text: word, pos: isCapitalised(word) ? 'PROPN' : first.pos };
      ours[i - 1] = ours[i] = tokens.length - 1;
      continue;
    }
    if (possessiveKeptWhole(v, end - at) && text[end] !== '-') {
      // 'Trump's' before '.', ',', ')' -> 'Trump' ''s', as wink cuts it before a space (see `possessiveKeptWhole`)
      tokens.push({ start: at, end: end - 2, text: text.slice(at, end - 2), pos: pos[i] }, { start: end - 2, end, text: text.slice(end - 2, end), pos: tagging === 'contextual' ? 'PART' : '' });
      continue;
    }
    // found verbatim at the cursor: the value is the text there (no copy per token)
    tokens.push({ start: at, end, text: verbatim ? v : text.slice(at, end), pos: pos[i] });
  }
  ours[values.length] = tokens.length;
  const sentences: { tokenStart: number; tokenEnd: number }[] = [];
  for (const [a, b] of spans) {
    const tokenStart = ours[a];
    const tokenEnd = ours[b + 1];
    if (tokenEnd > tokenStart) sentences.push({ tokenStart, tokenEnd });
  }
  return { tokens, sentences };
}

/**
 * The lexical tag of each of wink's token values (`lexicalPos` for a capitalised one, '' for the others), as
 * `analyse` reads them without wink's tagger: lexicalTags(core, ['The', 'talks', 'in', 'Baku']) = ['DET', '', '',
 * 'PROPN'].
 */
function lexicalTags(core: Core, values: readonly string[]): string[] {
  const pos: string[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) pos[i] = isCapitalised(values[i]) ? knownLexicalPos(core, values[i]) : '';
  return pos;
}

/**
 * `lexicalPos`, remembered for words of up to 12 characters: it reads only the shipped entries, which wink never
 * changes (it adds a word only when the hash lacks it, `forget` deletes only learned ones), so a word's tag is the
 * same in every document. One look-up of the word as wink gave it (the same string for a word it knows) instead of
 * two in the lexeme hash and a lower-case copy per capitalised token. (Not longer words, which V8 may keep as a slice
 * of the whole document; cleared at MEMO_LIMIT words, a few hundred kB.) knownLexicalPos(core, 'Baku') = 'PROPN'.
 */
function knownLexicalPos(core: Core, word: string): string {
  if (word.length > 12) return lexicalPos(core, word);
  let tag = lexicalMemo.get(word);
  if (tag === undefined) {
    if (lexicalMemo.size >= MEMO_LIMIT) lexicalMemo.clear();
    tag = lexicalPos(core, word);
    lexicalMemo.set(word, tag);
  }
  return tag;
}
const MEMO_LIMIT = 20_000;
const lexicalMemo = new Map<string, string>();

/** a token that is a full stop alone: isFullStop('.') = true, isFullStop('..') = false */
const isFullStop = (v: string) => v.length === 1 && v.charCodeAt(0) === 46;

/**
 * A zeroed Uint8Array of at least `n` bytes, the same one each call while it is long enough: `analyse`'s marks of
 * the tokens that open a sentence, an array per document cost more to allocate than to fill (read before the next
 * call: `analyse` never calls itself).
 */
function scratch(n: number): Uint8Array {
  if (scratchBytes.length < n) scratchBytes = new Uint8Array(Math.max(n, 2 * scratchBytes.length));
  else scratchBytes.fill(0, 0, n);
  return scratchBytes;
}
let scratchBytes = new Uint8Array(4096);

/**
 * An Int32Array of at least `n` entries, the same one each call while it is long enough, not cleared: `analyse`'s
 * map of wink's token indices to its own, every entry of which it writes before reading it.
 */
function tokenMap(n: number): Int32Array {
  if (scratchInts.length < n) scratchInts = new Int32Array(Math.max(n, 2 * scratchInts.length));
  return scratchInts;
}
let scratchInts = new Int32Array(4096);

/**
 * the last parts of the domain names news names firms and sites by ('Booking.com', 'Salon.com', 'MoveOn.org'). (Not a
 * country's two parts, 'bbc.co.uk': wink cuts them 'bbc' '.' 'co.' 'uk', left as it cuts them.)
 */
const TOP_LEVEL_DOMAIN = /^(?:com|net|org|io|info|biz|tv|gov|edu)$/i;
/**
 * Whether wink token `i` is the last part of a domain name that wink cut at its dot: a word or a number, '.' and a
 * top-level domain (`TOP_LEVEL_DOMAIN`), touching. wink-nlp's tokenizer cuts 'Booking.com' into 'Booking' '.' 'com'
 * and its sentence splitter starts a sentence at 'com', so 'Booking.com said bookings rose.' was two sentences, and
 * 'Booking', a sentence's end, no name. (Only the dot's both sides touching: 'in London. Co-workers said' stays.)
 */
function domainEndsAt(values: readonly string[], spaces: readonly string[], i: number): boolean {
  return spaces[i - 1] === '' && spaces[i] === '' && TOP_LEVEL_DOMAIN.test(values[i]) && /[\p{L}\p{N}]$/u.test(values[i - 2]);
}

/**
 * Whether wink kept a word and its possessive `'s` as one token: its tokenizer cuts `Trump's` before a space into
 * `Trump` `'s`, but keeps it whole before a punctuation mark (`a confidant of Trump's.`, `Obama's, not Trump's,`,
 * `ate at McDonald's.`), so the gazetteer's `Trump` and `McDonald 's` were not found there. A token of two letters or
 * more before the apostrophe (straight or curly) and `s`, as long as the text it stands for; not before a hyphen, inside
 * a compound (`St. Luke's-Roosevelt Hospital`), which the caller checks.
 */
function possessiveKeptWhole(v: string, length: number): boolean {
  const n = v.length;
  if (n < 4 || length !== n || v.charCodeAt(n - 1) !== 115) return false;
  const q = v.charCodeAt(n - 2);
  return (q === 39 || q === 0x2019) && /\p{L}/u.test(v[n - 3]);
}

const LETTERS = /^[\p{L}\p{M}]+$/u;
/** a UTF-16 unit beyond Latin-1 that is not half of a surrogate pair */
const beyond = (c: number) => c > 0xff && !(c >= 0xd800 && c <= 0xdfff);

/**
 * Whether wink cut one word in two at text[at]: wink-nlp's tokenizer knows the letters of Latin-1
 * only and cuts a word at any other letter ('Wąsikówna' -> 'W' 'ą' 'sikówna', 'Əliyev' -> 'Ə'
 * 'liyev', 'Çağlar' -> 'Ça' 'ğ' 'lar'), so the name finder saw 'Józef W'. Two pieces that touch,
 * both letters only, with a letter beyond Latin-1 on either side of the cut, are one word. (Two
 * Latin-1 pieces that touch, as wink cuts 'cannot', stay apart, as it cut them.)
 */
function splitWord(text: string, from: number, at: number, to: number): boolean {
  if (!beyond(text.charCodeAt(at - 1)) && !beyond(text.charCodeAt(at))) return false;
  return LETTERS.test(text.slice(from, at)) && LETTERS.test(text.slice(at, to));
}
