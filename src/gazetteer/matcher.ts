import type { GazetteerEntry } from './types.js';
import { aliasKeys, isAllCaps, type MatchToken } from '../text/tokenize.js';

/**
 * Alias lookup over 250k+ gazetteer entries. Every alias is tokenised once
 * (the same tokenizer as the text) and stored under its case-folded key
 * (tokens lower-cased, joined by a space) in ONE flat map, with the entry and
 * alias packed in a number. Walking the text from a token, keys of growing
 * length are looked up up to the longest alias that starts with that token.
 *
 * Why not a Map-per-node token trie (the first version): with three tries
 * (exact, ALL-CAPS, folded) it took 1.6 s and ~250 MB for the world
 * gazetteers; the flat folded map takes a fraction of both. Case modes are
 * checked on the few hits instead of having a trie each:
 * - `exact`: the text's tokens equal the alias as written (the default);
 * - `upper`: ALL-CAPS text (`BAKU, Azerbaijan`) matches aliases that are not
 *   ALL-CAPS themselves;
 * - `folded`: entries flagged `ci` (case-insensitive) match in any case.
 */
export interface AliasHit {
  readonly entry: GazetteerEntry;
  /** the alias as written in the gazetteer */
  readonly alias: string;
}

export type CaseMode = 'exact' | 'upper' | 'folded';

export interface TrieMatch {
  /** token indices, half-open */
  readonly from: number;
  readonly to: number;
  readonly hits: readonly AliasHit[];
  readonly mode: CaseMode;
}

/** at most this many aliases of one entry are indexed (name + 63 aliases) */
const ALIAS_SLOTS = 64;
const fold = (k: string) => k.toLowerCase();

export class GazetteerMatcher {
  private readonly entries: readonly GazetteerEntry[];
  /** folded key -> packed hit (entry index * 64 + alias slot, 0 = name) or several */
  private readonly index = new Map<string, number | number[]>();
  /** folded first token -> longest alias (in tokens) starting with it */
  private readonly maxTokens = new Map<string, number>();
  readonly size: number;
  private aliasCount = 0;

  constructor(entries: readonly GazetteerEntry[]) {
    this.entries = entries;
    for (let ei = 0; ei < entries.length; ei++) {
      const entry = entries[ei];
      const n = Math.min(entry.aliases.length + 1, ALIAS_SLOTS);
      for (let slot = 0; slot < n; slot++) {
        const alias = slot === 0 ? entry.name : entry.aliases[slot - 1];
        let key: string;
        let first: string;
        let length: number;
        if (SIMPLE.test(alias)) {
          // 'Novyy Karanlug': its tokens are its words, no tokenizer run needed
          key = fold(alias);
          const sp = key.indexOf(' ');
          first = sp < 0 ? key : key.slice(0, sp);
          length = sp < 0 ? 1 : key.split(' ').length;
        } else {
          const keys = aliasKeys(alias);
          if (keys.length === 0) continue;
          key = keys.map(fold).join(' ');
          first = fold(keys[0]);
          length = keys.length;
        }
        this.aliasCount++;
        const packed = ei * ALIAS_SLOTS + slot;
        const prev = this.index.get(key);
        if (prev === undefined) this.index.set(key, packed);
        else if (typeof prev === 'number') this.index.set(key, [prev, packed]);
        else prev.push(packed);
        if ((this.maxTokens.get(first) ?? 0) < length) this.maxTokens.set(first, length);
      }
    }
    this.size = entries.length;
  }

  get aliases(): number {
    return this.aliasCount;
  }

  /**
   * The longest match starting at token `from` (tokens `[from, to)` are one
   * sentence), in each case mode that applies. `capsContext` enables the
   * ALL-CAPS mode for ALL-CAPS tokens.
   */
  matchAt(tokens: readonly MatchToken[], from: number, to: number, capsContext: boolean): TrieMatch[] {
    const max = this.maxTokens.get(fold(tokens[from].key));
    if (max === undefined) return [];
    let exact: { end: number; hits: AliasHit[] } | undefined;
    let upper: { end: number; hits: AliasHit[] } | undefined;
    let folded: { end: number; hits: AliasHit[] } | undefined;
    const tryUpper = capsContext && isAllCaps(tokens[from].text);
    let docCaps = tryUpper;
    let foldedKey = '';
    let exactKey = '';
    let count = 0;
    for (let i = from; i < to && count < max; i++) {
      const t = tokens[i];
      if (t.joiner && i > from) continue;
      foldedKey = count === 0 ? fold(t.key) : `${foldedKey} ${fold(t.key)}`;
      exactKey = count === 0 ? t.key : `${exactKey} ${t.key}`;
      count++;
      if (docCaps && !isAllCaps(t.text) && /\p{L}/u.test(t.text)) docCaps = false;
      const v = this.index.get(foldedKey);
      if (v === undefined) continue;
      const e: AliasHit[] = [];
      const u: AliasHit[] = [];
      const f: AliasHit[] = [];
      for (const packed of typeof v === 'number' ? [v] : v) {
        const entry = this.entries[Math.floor(packed / ALIAS_SLOTS)];
        const slot = packed % ALIAS_SLOTS;
        const alias = slot === 0 ? entry.name : entry.aliases[slot - 1];
        const hit = { entry, alias };
        if (entry.caseInsensitive) {
          f.push(hit);
          continue;
        }
        const keys = SIMPLE.test(alias) ? alias.split(' ') : aliasKeys(alias);
        if (keys.join(' ') === exactKey) e.push(hit);
        else if (docCaps && !keys.every(isAllCaps)) u.push(hit);
      }
      if (e.length) exact = { end: i + 1, hits: dedupe(e) };
      if (u.length) upper = { end: i + 1, hits: dedupe(u) };
      if (f.length) folded = { end: i + 1, hits: dedupe(f) };
    }
    const out: TrieMatch[] = [];
    if (exact) out.push({ from, to: exact.end, hits: exact.hits, mode: 'exact' });
    if (upper && (!exact || upper.end > exact.end)) out.push({ from, to: upper.end, hits: upper.hits, mode: 'upper' });
    if (folded) out.push({ from, to: folded.end, hits: folded.hits, mode: 'folded' });
    return out;
  }
}

/** one hit per entry (two aliases of one entry can share a folded key: `Minsk Group`, `Minsk group`) */
function dedupe(hits: AliasHit[]): AliasHit[] {
  if (hits.length < 2) return hits;
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.entry.id) && (seen.add(h.entry.id), true));
}

/** an alias of letter words separated by single spaces: its words are its tokens */
const SIMPLE = /^[\p{L}\p{M}\p{N}]+(?: [\p{L}\p{M}\p{N}]+)*$/u;
