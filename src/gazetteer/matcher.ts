import type { GazetteerEntry } from './types.js';
import type { EntryList } from './packed.js';
import { aliasKeys, detach, isAllCaps, type MatchToken } from '../text/tokenize.js';

/**
 * Alias lookup over 250k+ gazetteer entries. Every alias is tokenised once
 * (the same tokenizer as the text) and stored under its case-folded key
 * (tokens lower-cased, joined by a space) in ONE flat hash table (the key's
 * 30-bit hash -> the entry and alias packed in a number; a hit is checked
 * against the alias, see `HashTable`). Walking the text from a token, keys of
 * growing length are looked up while some alias continues the tokens walked
 * so far (a small bit filter of keys and key prefixes, see `FlagFilter`).
 *
 * Why not a Map-per-node token trie (the first version): with three tries
 * (exact, ALL-CAPS, folded) it took 1.6 s and ~250 MB for the world
 * gazetteers; the flat folded map takes a fraction of both. Case modes are
 * checked on the few hits instead of having a trie each:
 * - `exact`: the text's tokens equal the alias as written (the default);
 * - `upper`: ALL-CAPS text (`BAKU, Azerbaijan`) matches aliases that are not
 *   ALL-CAPS themselves;
 * - `folded`: entries flagged `ci` (case-insensitive) match in any case;
 * - `word`: an acronym of four letters or more written as a word, as British
 *   and other house styles set one that is said as a word (`Nato`, `Opec`,
 *   `Unesco` for NATO, OPEC, UNESCO); not one that is a common word too
 *   (an entry flagged `common`: `Care` is no CARE).
 */
export interface AliasHit {
  readonly entry: GazetteerEntry;
  /** the alias as written in the gazetteer */
  readonly alias: string;
}

export type CaseMode = 'exact' | 'upper' | 'folded' | 'word';

export interface TrieMatch {
  /** token indices, half-open */
  readonly from: number;
  readonly to: number;
  /** shared by every match of the same key (do not modify) */
  readonly hits: readonly AliasHit[];
  readonly mode: CaseMode;
}

const NO_MATCH: readonly TrieMatch[] = Object.freeze([]);

/** words none of which is capitalised, more than one (`GazetteerMatcher`'s index leaves a brand's so out) */
const LOWER_PHRASE = /^(?!.*\p{Lu}).*\s/u;
/** at most this many aliases of one entry are indexed (name + 63 aliases) */
const ALIAS_SLOTS = 64;
const fold = (k: string) => k.toLowerCase();

/**
 * Keys are hashed token by token: each token's folded text gets a 32-bit
 * FNV-1a hash (`tokenHash`), and a key's hash chains its tokens' hashes
 * (`chain`), kept to 30 bits (a small integer in every V8 build). So the text
 * side hashes each token once, and the hash of tokens `[i, j)` costs one
 * `chain` step from that of `[i, j - 1)`; a key's proper prefixes (in tokens)
 * are the intermediate states. The index is keyed by the hash instead of the
 * key itself: 315k key strings kept for the whole run were a third of the
 * load's memory and GC time. Hits are checked against the alias itself, so a
 * collision only costs a comparison.
 */
const FNV_OFFSET = 0x811c9dc5 | 0;
const HASH_MASK = 0x3fffffff;
const LETTER = /\p{L}/u;
const CAPITAL = /^\p{Lu}$/u;

/** FNV-1a of `fold(s)` (32 bits), without making the folded string when `s` is ASCII */
function tokenHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) {
      const f = fold(s);
      h = FNV_OFFSET;
      for (let j = 0; j < f.length; j++) h = Math.imul(h ^ f.charCodeAt(j), 0x01000193);
      return h;
    }
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h;
}

/** the state after one more token (start from `FNV_OFFSET`; `& HASH_MASK` gives the key hash) */
function chain(state: number, token: number): number {
  const h = Math.imul(state ^ token, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/** the key hash of tokens (`& HASH_MASK` applied), pushing those of its proper prefixes (`a`, `a b` for `a b c`) to `prefixes` */
function keyHash(tokens: readonly string[], prefixes: number[]): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) prefixes.push(h & HASH_MASK);
    h = chain(h, tokenHash(tokens[i]));
  }
  return h & HASH_MASK;
}

/** ASCII letters/digits in words separated by single spaces ('Novyy Karanlug') */
function isAsciiSimple(alias: string): boolean {
  let inWord = false;
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charCodeAt(i);
    if (c === 32) {
      if (!inWord) return false;
      inWord = false;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) inWord = true;
    else return false;
  }
  return inWord;
}

/**
 * For an ASCII alias of words separated by single spaces ('Novyy Karanlug',
 * most aliases), one pass computes what the index needs: the hash of the
 * key (left in `ascii.key`) and of its proper prefixes in words (`novyy`,
 * pushed to `prefixes`); false for any other alias (the SIMPLE/tokenizer path
 * handles it; `prefixes` is then left as it was).
 */
const ascii = { key: 0 };
function asciiSimple(alias: string, prefixes: number[]): boolean {
  const n = prefixes.length;
  let state = FNV_OFFSET;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < alias.length; i++) {
    let c = alias.charCodeAt(i);
    if (c === 32) {
      if (!inWord) break;
      state = chain(state, h);
      prefixes.push(state & HASH_MASK);
      h = FNV_OFFSET;
      inWord = false;
      continue;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) inWord = true;
    else if (c >= 65 && c <= 90) {
      c += 32;
      inWord = true;
    } else {
      inWord = false;
      break;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  if (!inWord) {
    prefixes.length = n;
    return false;
  }
  ascii.key = chain(state, h) & HASH_MASK;
  return true;
}

/** the alias's tokens (its words when it is SIMPLE) */
const aliasTokens = (alias: string): readonly string[] => (SIMPLE.test(alias) ? alias.split(' ') : aliasKeys(alias));

/**
 * hash -> values, an open-addressing table over two Int32Arrays (linear
 * probing, at most half full). A `Map` of 315k keys cost ~120 ms to fill and
 * ~20 MB of GC-managed memory; this is built in a few ms, holds no objects,
 * and keeps the values of one hash in insertion order (a later insert lands
 * further along the same probe path).
 */
class HashTable {
  readonly keys: Int32Array; // hash + 1; 0 = empty
  readonly values: Int32Array;
  private readonly mask: number;

  /** an empty table for `count` values, in shared memory; or one over the arrays of a built table */
  constructor(count: number, built?: { keys: Int32Array; values: Int32Array }) {
    if (built) {
      this.keys = built.keys;
      this.values = built.values;
    } else {
      let size = 16;
      while (size < count * 2) size *= 2;
      this.keys = sharedInt32(size);
      this.values = sharedInt32(size);
    }
    this.mask = this.keys.length - 1;
  }

  add(hash: number, value: number): void {
    let i = hash & this.mask;
    while (this.keys[i] !== 0) i = (i + 1) & this.mask;
    this.keys[i] = hash + 1;
    this.values[i] = value;
  }

  /** the values stored under `hash`, in insertion order (undefined: none) */
  get(hash: number): number[] | undefined {
    let out: number[] | undefined;
    for (let i = hash & this.mask, k = this.keys[i]; k !== 0; i = (i + 1) & this.mask, k = this.keys[i]) {
      if (k === hash + 1) (out ??= []).push(this.values[i]);
    }
    return out;
  }
}

const sharedInt32 = (n: number) => new Int32Array(new SharedArrayBuffer(4 * n));

/** filter flags: some key has this hash / some key of more tokens starts with a prefix of this hash */
const KEY = 1;
const PREFIX = 2;

/**
 * hash -> 2 flag bits (KEY, PREFIX), a bitmap of 2 bits per slot (2 MB for
 * the world gazetteers). Nearly every token of a text starts no alias, and
 * most of the rest start no alias longer than one token: this small table
 * answers both without touching the large `index` (a cache miss per probe),
 * and lets the walk stop at the first token no longer key continues
 * (where a per-first-token maximum length walked `The …` 8 tokens on).
 * A collision only costs a look-up in `index`, which checks the hash itself.
 */
class FlagFilter {
  readonly bits: Int32Array;
  private readonly mask: number;

  /** an empty filter for `count` hashes, in shared memory; or one over the bits of a built filter */
  constructor(count: number, built?: Int32Array) {
    if (built) this.bits = built;
    else {
      let slots = 1024;
      // ~16 slots per item (about 6% false positives), at most 2^23 slots
      while (slots < count * 16 && slots < 1 << 23) slots *= 2;
      this.bits = sharedInt32(slots / 16);
    }
    this.mask = this.bits.length * 16 - 1;
  }

  set(hash: number, flag: number): void {
    const slot = hash & this.mask;
    this.bits[slot >>> 4] |= flag << ((slot & 15) * 2);
  }

  get(hash: number): number {
    const slot = hash & this.mask;
    return (this.bits[slot >>> 4] >>> ((slot & 15) * 2)) & 3;
  }
}

/**
 * A built matcher's tables, in shared memory: a worker thread gets them (and
 * the packed entries, packed.ts) from the thread that loaded the gazetteers
 * instead of building its own.
 */
export interface MatcherTables {
  readonly keys: Int32Array;
  readonly values: Int32Array;
  readonly filter: Int32Array;
  readonly aliases: number;
}

export class GazetteerMatcher {
  private readonly entries: EntryList;
  /** hash of the folded key -> packed hits (entry index * 64 + alias slot, 0 = name) */
  private readonly index: HashTable;
  /** which hashes are keys, and which are proper prefixes (in tokens) of keys */
  private readonly filter: FlagFilter;
  /** exact key (+ '\n' in an ALL-CAPS walk) -> its hits; a pure function of the key, so caching changes no result */
  private readonly memo = new Map<string, StepHits>();
  readonly size: number;
  private aliasCount = 0;

  /**
   * Indexes `entries`; or, given the `tables` a matcher built over the same
   * entries (`tables()`), reads them as they are (a worker thread, with the
   * entries packed: `EntryTable`).
   */
  constructor(entries: EntryList, tables?: MatcherTables) {
    this.entries = entries;
    this.size = entries.length;
    if (tables) {
      this.index = new HashTable(0, tables);
      this.filter = new FlagFilter(0, tables.filter);
      this.aliasCount = tables.aliases;
      return;
    }
    // collected first (plain arrays of small integers: no objects for the GC), tables sized after
    const keys: number[] = [];
    const packs: number[] = [];
    const prefixes: number[] = [];
    for (let ei = 0; ei < entries.length; ei++) {
      const entry = entries.at(ei)!;
      const aliases = entry.aliases;
      const n = Math.min(aliases.length + 1, ALIAS_SLOTS);
      // (a brand index's name of several words none capitalised is no name in running text: '8 seconds', '5 to go',
      // '1. day' matched 'every 5.8 seconds')
      const brand = entry.type === 'organization' && entry.tier === 'generated';
      for (let slot = 0; slot < n; slot++) {
        const alias = slot === 0 ? entry.name : aliases[slot - 1];
        if (brand && LOWER_PHRASE.test(alias)) continue;
        let key: number;
        if (asciiSimple(alias, prefixes)) key = ascii.key;
        // 'Kalvarijų Gatvė': its tokens are its words, no tokenizer run needed
        else if (SIMPLE.test(alias)) key = keyHash(alias.split(' '), prefixes);
        else {
          const keys = aliasKeys(alias);
          if (keys.length === 0) continue;
          key = keyHash(keys, prefixes);
        }
        this.aliasCount++;
        keys.push(key);
        packs.push(ei * ALIAS_SLOTS + slot);
      }
    }
    this.index = new HashTable(keys.length);
    for (let i = 0; i < keys.length; i++) this.index.add(keys[i], packs[i]);
    this.filter = new FlagFilter(keys.length + prefixes.length);
    for (const k of keys) this.filter.set(k, KEY);
    for (const p of prefixes) this.filter.set(p, PREFIX);
  }

  /** the index, in shared memory: what another thread's matcher over the same entries starts from */
  tables(): MatcherTables {
    return { keys: this.index.keys, values: this.index.values, filter: this.filter.bits, aliases: this.aliasCount };
  }

  /**
   * the per-token hashes `matchAt` takes (computed once per sentence instead of once per token per walk); in `into`
   * where it has room (the previous sentence's array: one allocation per document, not per sentence; entries past the
   * tokens are left as they were, and `matchAt` reads none past its `to`)
   */
  tokenHashes(tokens: readonly MatchToken[], into?: Int32Array): Int32Array {
    const out = into !== undefined && into.length >= tokens.length ? into : new Int32Array(Math.max(tokens.length, 2 * (into?.length ?? 0)));
    for (let i = 0; i < tokens.length; i++) out[i] = tokenHash(tokens[i].key);
    return out;
  }

  get aliases(): number {
    return this.aliasCount;
  }

  /**
   * The longest match starting at token `from` (tokens `[from, to)` are one
   * sentence), in each case mode that applies. `capsContext` enables the
   * ALL-CAPS mode for ALL-CAPS tokens.
   */
  matchAt(tokens: readonly MatchToken[], from: number, to: number, capsContext: boolean, hashes?: Int32Array): readonly TrieMatch[] {
    // the key hash grows token by token (`chain`); the key strings are built only on a hit
    const h0 = chain(FNV_OFFSET, hashes ? hashes[from] : tokenHash(tokens[from].key));
    // most tokens start no key (nothing allocated for them)
    if (this.filter.get(h0 & HASH_MASK) === 0) return this.dottedAt(tokens, from, to);
    let exact: { end: number; hits: readonly AliasHit[] } | undefined;
    let upper: { end: number; hits: readonly AliasHit[] } | undefined;
    let folded: { end: number; hits: readonly AliasHit[] } | undefined;
    let word: { end: number; hits: readonly AliasHit[] } | undefined;
    const tryUpper = capsContext && isAllCaps(tokens[from].text);
    let docCaps = tryUpper;
    let state = 0;
    let flags = PREFIX;
    for (let i = from; i < to && flags & PREFIX; i++) {
      const t = tokens[i];
      if (t.joiner && i > from) continue;
      state = i === from ? h0 : chain(state, hashes ? hashes[i] : tokenHash(t.key));
      // no key continues past this token: the walk stops after it
      flags = this.filter.get(state & HASH_MASK);
      if (docCaps && !isAllCaps(t.text) && LETTER.test(t.text)) docCaps = false;
      if (!(flags & KEY)) continue;
      const v = this.index.get(state & HASH_MASK);
      if (v === undefined) continue;
      let exactKey = '';
      for (let j = from; j <= i; j++) {
        const tj = tokens[j];
        if (tj.joiner && j > from) continue;
        exactKey = j === from ? tj.key : `${exactKey} ${tj.key}`;
      }
      const memoKey = docCaps ? `${exactKey}\n` : exactKey;
      let hits = this.memo.get(memoKey);
      if (!hits) {
        // (the folded key only for a key not seen before: `hitsOf` checks the hits against it. The exact key folded
        // whole is its words folded one by one: `toLowerCase`'s one rule of context, a final sigma, reads no further
        // than the space between two words)
        hits = this.hitsOf(v, fold(exactKey), exactKey, docCaps);
        if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
        this.memo.set(detach(memoKey), hits);
      }
      if (hits.exact) exact = { end: i + 1, hits: hits.exact };
      if (hits.upper) upper = { end: i + 1, hits: hits.upper };
      if (hits.folded) folded = { end: i + 1, hits: hits.folded };
      if (hits.word) word = { end: i + 1, hits: hits.word };
    }
    if (!exact && !upper && !folded && !word) return this.dottedAt(tokens, from, to);
    const out: TrieMatch[] = [];
    if (exact) out.push({ from, to: exact.end, hits: exact.hits, mode: 'exact' });
    if (upper && (!exact || upper.end > exact.end)) out.push({ from, to: upper.end, hits: upper.hits, mode: 'upper' });
    if (folded) out.push({ from, to: folded.end, hits: folded.hits, mode: 'folded' });
    if (word && !exact) out.push({ from, to: word.end, hits: word.hits, mode: 'word' });
    return out;
  }

  /**
   * Initials written with full stops that no alias holds as written ('C.D.C.', 'F.B.I.', 'S.E.C.'; tokens `C . D . C .`,
   * three letters or more, no space between them): the entries whose alias is the letters alone ('CDC') and another of
   * whose names spells them out (`spellsOut`: Centers for Disease Control), as the `exact` mode. An alias with the stops
   * ('U.N.') is matched as written, before this; two letters ('M.D.', 'N.Z.') are left to the aliases, as degrees and a
   * wire's currency units are set so too.
   */
  private dottedAt(tokens: readonly MatchToken[], from: number, to: number): readonly TrieMatch[] {
    // (a capital letter then a full stop, the cheap test first: most tokens are neither)
    const t0 = tokens[from];
    if (t0.text.length !== 1 || tokens[from + 1]?.text !== '.' || !CAPITAL.test(t0.text)) return NO_MATCH;
    let letters = '';
    let k = from;
    while (k + 1 < to && tokens[k].text.length === 1 && CAPITAL.test(tokens[k].text) && tokens[k + 1].text === '.' && tokens[k + 1].start === tokens[k].end && (k === from || tokens[k].start === tokens[k - 1].end)) {
      letters += tokens[k].text;
      k += 2;
    }
    // (not the first initials of a longer run of them: 'J.R.R.T.' is no 'JRR' and a stop; nor a firm's initials before
    // the rest of its name in capitals, a wire's headline: 'M.D.C. HOLDINGS INC <MDC>', 'I.I.S. INTELLIGENT')
    const next = tokens[k]?.text ?? '';
    if (letters.length < 3 || (tokens[k] !== undefined && tokens[k].start === tokens[k - 1].end && /^\p{L}/u.test(next)) || (next.length > 1 && isAllCaps(next))) return NO_MATCH;
    const memoKey = `\t${letters}`;
    let hits = this.memo.get(memoKey);
    if (!hits) {
      const spelled = this.exactHits(letters).filter((h) => spellsOut(h.entry, letters));
      hits = { exact: spelled.length > 0 ? spelled : undefined, upper: undefined, folded: undefined, word: undefined };
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(memoKey, hits);
    }
    return hits.exact ? [{ from, to: k, hits: hits.exact, mode: 'exact' }] : NO_MATCH;
  }

  /**
   * The entries whose name, matched by context only (flag `context`: 'Charlotte', 'Orlando'), is `text` as written, or
   * in capitals (`CHARLOTTE, N.C.`); the same index as `matchAt`'s.
   */
  contextHits(text: string): AliasHit[] {
    const [keys, v] = this.indexed(text);
    return v === undefined ? [] : this.contextHitsOf(keys, v);
  }

  /**
   * `contextHits(text)` and `exactHits(text)`, the text tokenised and looked up in the index once for both (the
   * places a name the rules typed a place may be: tag-entities.ts `placeHits`).
   */
  contextAndExactHits(text: string): [AliasHit[], AliasHit[]] {
    const [keys, v] = this.indexed(text);
    return v === undefined ? [[], []] : [this.contextHitsOf(keys, v), this.exactHitsOf(keys, v)];
  }

  /** `contextHits` of a text whose keys are `keys` and whose key's packed values in the index are `v` */
  private contextHitsOf(keys: readonly string[], v: readonly number[]): AliasHit[] {
    const exactKey = keys.join(' ');
    const upper = keys.every(isAllCaps);
    const hits: AliasHit[] = [];
    for (const packed of v) {
      const entry = this.entries.at(Math.floor(packed / ALIAS_SLOTS))!;
      if (!entry.contextOnly) continue;
      const own = aliasTokens(entry.name).join(' ');
      if (own === exactKey || (upper && own.toUpperCase() === exactKey)) hits.push({ entry, alias: entry.name });
    }
    return dedupe(hits);
  }

  /**
   * The entries that have `text`, as written, for their name or one of their aliases (a name matched by context only
   * too): the same index as `matchAt`'s, for a name the rules found in another form ('Barack H Obama' is 'Barack Obama').
   */
  exactHits(text: string): AliasHit[] {
    const [keys, v] = this.indexed(text);
    return v === undefined ? [] : this.exactHitsOf(keys, v);
  }

  /** `exactHits` of a text whose keys are `keys` and whose key's packed values in the index are `v` */
  private exactHitsOf(keys: readonly string[], v: readonly number[]): AliasHit[] {
    const exactKey = keys.join(' ');
    const hits: AliasHit[] = [];
    for (const packed of v) {
      const entry = this.entries.at(Math.floor(packed / ALIAS_SLOTS))!;
      const slot = packed % ALIAS_SLOTS;
      const alias = slot === 0 ? entry.name : entry.aliases[slot - 1];
      if (aliasTokens(alias).join(' ') === exactKey) hits.push({ entry, alias });
    }
    return dedupe(hits);
  }

  /** a text's keys (`aliasKeys`) and the packed values of their hash in the index (undefined: none) */
  private indexed(text: string): [readonly string[], readonly number[] | undefined] {
    const keys = aliasKeys(text);
    return [keys, keys.length === 0 ? undefined : this.index.get(keyHash(keys, []))];
  }

  /** the entries behind the packed values of a key's hash that have the key, by case mode */
  private hitsOf(v: readonly number[], foldedKey: string, exactKey: string, docCaps: boolean): StepHits {
    const e: AliasHit[] = [];
    const u: AliasHit[] = [];
    const f: AliasHit[] = [];
    const w: AliasHit[] = [];
    for (const packed of v) {
      const entry = this.entries.at(Math.floor(packed / ALIAS_SLOTS))!;
      const slot = packed % ALIAS_SLOTS;
      const alias = slot === 0 ? entry.name : entry.aliases[slot - 1];
      // ASCII words separated by single spaces: its tokens are its words and
      // folding it whole is folding each word (no tokenizer run per hit)
      const simple = isAsciiSimple(alias);
      const keys = simple ? undefined : aliasTokens(alias);
      if ((simple ? fold(alias) : keys!.map(fold).join(' ')) !== foldedKey) continue; // another key with the same hash
      if (slot === 0 && entry.contextOnly) continue; // a name matched by context only (`contextHits`)
      const hit = { entry, alias };
      if (entry.caseInsensitive) {
        f.push(hit);
        continue;
      }
      if ((simple ? alias : keys!.join(' ')) === exactKey) e.push(hit);
      else if (docCaps && !(keys ?? alias.split(' ')).every(isAllCaps)) u.push(hit);
      else if (simple && !entry.commonWord && ACRONYM_AS_WORD.test(alias) && exactKey === alias[0] + alias.slice(1).toLowerCase() && spellsOut(entry, alias)) w.push(hit);
    }
    return {
      exact: e.length ? dedupe(e) : undefined,
      upper: u.length ? dedupe(u) : undefined,
      folded: f.length ? dedupe(f) : undefined,
      word: w.length ? dedupe(w) : undefined,
    };
  }
}

/** the hits of one key in each case mode (undefined: none) */
interface StepHits {
  readonly exact: readonly AliasHit[] | undefined;
  readonly upper: readonly AliasHit[] | undefined;
  readonly folded: readonly AliasHit[] | undefined;
  readonly word: readonly AliasHit[] | undefined;
}

/** an acronym that may be written as a word ('NATO' as 'Nato'): one token of four capital letters or more */
const ACRONYM_AS_WORD = /^[A-Z]{4,}$/;

/**
 * Whether another name of the entry spells `acronym` out: its capitalised words' initials, hyphenated parts each
 * ('North Atlantic Treaty Organization': NATO; 'World Anti-Doping Agency': WADA). A brand set in capitals is no
 * acronym ('ALEX', 'JOEY', 'MARTA' of the brand index: 'Alex', 'Joey' are given names).
 *
 *   spellsOut({ name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'] }, 'OPEC') = true
 */
export function spellsOut(entry: { readonly name: string; readonly aliases: readonly string[] }, acronym: string): boolean {
  for (const n of [entry.name, ...entry.aliases]) {
    if (n === acronym) continue;
    let initials = '';
    for (const w of n.split(/[\s\-‐‑–]+/)) if (/^\p{Lu}/u.test(w)) initials += w[0];
    if (initials === acronym) return true;
  }
  return false;
}

/**
 * Keys whose hits are remembered (then the memo starts again, so memory stays
 * flat on any corpus). The same names recur across a corpus ('London',
 * 'United States'): checking their hits against the aliases once instead of
 * at every occurrence also lets callers cache per hit list (`rankHits`).
 */
const MEMO_LIMIT = 50_000;

/** one hit per entry (two aliases of one entry can share a folded key: `Minsk Group`, `Minsk group`) */
function dedupe(hits: AliasHit[]): AliasHit[] {
  if (hits.length < 2) return hits;
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.entry.id) && (seen.add(h.entry.id), true));
}

/** an alias of letter words separated by single spaces: its words are its tokens */
const SIMPLE = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u;
